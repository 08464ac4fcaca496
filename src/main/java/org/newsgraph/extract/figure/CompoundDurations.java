package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * A length of time written in two or three parts, each a smaller unit than the one before: "1 hour 58 minutes", "two
 * years and four months", "4 hours, 12 minutes and 30 seconds". Race times, sentences, flight times and terms of office
 * are written so. The parts make one duration in the smallest unit ("1 hour 58 minutes" is 118 minutes), replacing
 * whatever the parts were read as alone (the first part's "1 hour" is no figure by itself, "one" being mostly a
 * pronoun; "2 hours" and "9 minutes" would be two figures).
 *
 * <p>Only units one step apart on the ladder year, month; week, day, hour, minute, second are joined, since only
 * those convert exactly ("a year and 30 days" stays two figures).
 */
final class CompoundDurations {

    private static final String UNIT = "(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)";
    /** "a year and six months", "an hour and 20 minutes": "a" and "an" count one only before a further part. */
    private static final String FIRST_NUMBER = "(?:" + Numbers.NUMBER + "|(?i:one|an?))";
    private static final String JOIN = "(?:,?\\s+and\\s+|,\\s*|\\s+)";
    private static final Pattern COMPOUND = Pattern.compile("(?<![\\w.,])(?<n1>" + FIRST_NUMBER + ")\\s+(?<u1>(?i:"
            + UNIT + "))" + JOIN + "(?<n2>" + Numbers.NUMBER + ")\\s+(?<u2>(?i:" + UNIT + "))(?:" + JOIN + "(?<n3>"
            + Numbers.NUMBER + ")\\s+(?<u3>(?i:" + UNIT + ")))?\\b");
    private static final Map<String, String> CODES = Map.of("year", "YR", "month", "MO", "week", "WK", "day", "DAY",
            "hour", "HR", "minute", "MIN", "second", "SEC");
    /** How many of the next smaller unit make one of each unit. */
    private static final Map<String, Integer> NEXT_SMALLER = Map.of("YR", 12, "WK", 7, "DAY", 24, "HR", 60, "MIN", 60);
    private static final Map<String, String> SMALLER = Map.of("YR", "MO", "WK", "DAY", "DAY", "HR", "HR", "MIN",
            "MIN", "SEC");

    private CompoundDurations() {
    }

    /** Replaces the figures inside each compound length of time in {@code found} by the one it states. */
    static void add(String text, List<FigureCandidate> found) {
        Matcher m = COMPOUND.matcher(text);
        while (m.find()) {
            FigureCandidate compound = compound(text, m);
            if (compound != null) {
                found.removeIf(c -> c.start() < compound.end() && c.end() > compound.start());
                found.add(compound);
            }
        }
    }

    /** The one duration {@code m} matched, or null when its parts do not step down the ladder one unit at a time. */
    private static FigureCandidate compound(String text, Matcher m) {
        BigDecimal value = m.group("n1").equalsIgnoreCase("an") ? BigDecimal.ONE : Numbers.read(m.group("n1"));
        String unit = code(m.group("u1"));
        for (String part : new String[] {"2", "3"}) {
            if (m.group("n" + part) == null) {
                break;
            }
            BigDecimal next = Numbers.read(m.group("n" + part));
            String nextUnit = code(m.group("u" + part));
            if (value == null || next == null || unit == null || !nextUnit.equals(SMALLER.get(unit))
                    || next.compareTo(BigDecimal.valueOf(NEXT_SMALLER.get(unit))) >= 0) {
                return null; // "a day, 24 hours" or "2 hours 90 minutes" are two figures, not one
            }
            value = value.multiply(BigDecimal.valueOf(NEXT_SMALLER.get(unit))).add(next);
            unit = nextUnit;
        }
        if (m.group("n2") == null) {
            return null;
        }
        Qualifier.Before before = Qualifier.before(text, m.start());
        return new FigureCandidate(m.start(), m.end(), FigureKind.DURATION, value, null, null, unit,
                before == null ? null : before.label(), null, null, null, null, null);
    }

    private static String code(String written) {
        String singular = written.toLowerCase(Locale.ROOT);
        return CODES.get(singular.endsWith("s") ? singular.substring(0, singular.length() - 1) : singular);
    }
}
