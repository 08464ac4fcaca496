package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurements written in two units, the larger first: "6 feet 3 inches", "5 ft 2 in", "7 pounds 4 ounces". The
 * smaller part is added to the first in the first's unit, so the figure keeps one value and one unit.
 */
final class Compounds {

    /** The smaller unit after each larger one, and how many of it make one of the larger. */
    private static final Map<String, Part> SMALLER = Map.of(
            "FT", new Part(Pattern.compile("^(?:,?\\s+(?:and\\s+)?(?<n>\\d{1,2}(?:\\.\\d+)?|" + Numbers.NUMBER_WORDS
                    + ")(?:\\s?(?:inches|inch)|\\s?(?:in\\b(?!\\s+(?:the|a|an|his|her|their|its)\\b)))(?![\\w-])"
                    + "|\\s?(?<mark>\\d{1,2}(?:\\.\\d+)?)\\s?(?:\"|″|''))"), // "5' 11\"", "6′2″"
                    BigDecimal.valueOf(12)),
            "LB", new Part(Pattern.compile("^,?\\s+(?:and\\s+)?(?<n>\\d{1,2}(?:\\.\\d+)?|" + Numbers.NUMBER_WORDS
                    + ")\\s?(?:ounces|ounce|oz)\\b"), BigDecimal.valueOf(16)));

    private record Part(Pattern pattern, BigDecimal perUnit) {
    }

    /** The smaller part after a measurement and where it ends, in the larger unit; null when none follows. */
    record Smaller(BigDecimal value, int end) {
    }

    static Smaller after(String text, int end, String unit) {
        Part part = SMALLER.get(unit);
        if (part == null) {
            return null;
        }
        Matcher m = part.pattern().matcher(Text.after(text, end));
        if (!m.lookingAt()) {
            return null;
        }
        BigDecimal n = Numbers.read(m.group("n") != null ? m.group("n") : m.group("mark"));
        if (n == null || n.compareTo(part.perUnit()) >= 0) {
            return null;
        }
        return new Smaller(n.divide(part.perUnit(), MathContext.DECIMAL64), end + m.end());
    }

    private Compounds() {
    }
}
