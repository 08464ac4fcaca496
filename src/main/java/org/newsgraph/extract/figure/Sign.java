package org.newsgraph.extract.figure;

/**
 * A plus or minus glued to a number: "Nasdaq +1.1%", "DAX -0.4%", "CAC 40 -0.1%", "-5C". Only where it starts a word:
 * the hyphen of "COVID-19" or of the range "10-20" is no sign.
 */
public enum Sign {
    NONE,
    PLUS,
    MINUS;

    /** The sign right before {@code start} in the text, if it stands there as a sign. */
    public static Sign before(String text, int start) {
        if (start < 1) {
            return NONE;
        }
        char c = text.charAt(start - 1);
        Sign sign = c == '+' ? PLUS : c == '-' || c == '−' || c == '–' ? MINUS : NONE;
        if (sign == NONE) {
            return NONE;
        }
        if (start >= 2) {
            char before = text.charAt(start - 2);
            if (!Character.isWhitespace(before) && "([/:,".indexOf(before) < 0) {
                return NONE;
            }
            // "2010 - 5" and "10 –5" join two numbers or list items; a sign follows a word or an opening
            if (c != '+' && start >= 3 && Character.isDigit(text.charAt(start - 3)) && !afterIndexName(text, start)) {
                return NONE;
            }
        }
        return sign;
    }

    /** An index named with a number ("CAC 40", "Stoxx 600"), then a signed move in percent. */
    private static final java.util.regex.Pattern INDEX_NAME_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|[\\s,;:(])\\p{Lu}[\\p{L}&]*\\s\\d{1,4}\\s[-−–]$");
    private static final java.util.regex.Pattern PERCENT_AFTER = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?%");

    /**
     * "CAC 40 -0.1%", "Stoxx 600 -0.8%": a minus after an index's name and its number, before a percentage, is the
     * sign of the index's move, not a range from the name's number ("10 -20" stays a range).
     */
    private static boolean afterIndexName(String text, int start) {
        return PERCENT_AFTER.matcher(text).region(start, text.length()).lookingAt()
                && INDEX_NAME_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    /** How many characters the sign takes in the text. */
    public int width() {
        return this == NONE ? 0 : 1;
    }
}
