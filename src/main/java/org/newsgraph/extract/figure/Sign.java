package org.newsgraph.extract.figure;

/**
 * A plus or minus glued to a number: "Nasdaq +1.1%", "DAX -0.4%", "-5C". Only where it starts a word: the hyphen
 * of "COVID-19" or of the range "10-20" is no sign.
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
            if (c != '+' && start >= 3 && Character.isDigit(text.charAt(start - 3))) {
                return NONE;
            }
        }
        return sign;
    }

    /** How many characters the sign takes in the text. */
    public int width() {
        return this == NONE ? 0 : 1;
    }
}
