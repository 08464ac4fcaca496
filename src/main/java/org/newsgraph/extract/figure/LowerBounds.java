package org.newsgraph.extract.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plus written right after a number makes it a lower bound: "290+ seats", "a 290-plus seat majority", "$5bn+",
 * "50%+"; so does "-odd", which says the same in words ("40-odd passengers", "twenty-odd years": somewhat more than
 * the round number). The figure keeps the number and reads as "at least" it. A plus before a number ("Nasdaq +1.1%") is a sign,
 * and a plus between numbers ("5+3") is a sum: neither is one.
 */
final class LowerBounds {

    private static final Pattern PLUS = Pattern.compile("^(?:\\+(?![\\d+])|-plus\\b|-odd\\b)");

    /** How many characters the plus at {@code end} takes ("+" 1, "-plus" 5, "-odd" 4), 0 when there is none. */
    static int width(String text, int end) {
        if (end >= text.length()) {
            return 0;
        }
        Matcher plus = PLUS.matcher(Text.after(text, end));
        return plus.lookingAt() ? plus.end() : 0;
    }

    /**
     * The text a counted noun is looked for in after a plus: as written, or, for "a 290+ seat majority", with the
     * space after the plus read as the hyphen of "a 290-seat majority" (same length, so every offset holds).
     */
    static String asHyphenated(String text, int afterPlus) {
        if (afterPlus < text.length() && text.charAt(afterPlus) == ' ') {
            return text.substring(0, afterPlus) + "-" + text.substring(afterPlus + 1);
        }
        return text;
    }

    private LowerBounds() {
    }
}
