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
 * Comparisons by a factor written with a word, not a number: "twice as many passengers as", "half as much",
 * "twice as likely as". A multiple of the thing compared ({@code times}), like "three times as much", which the number
 * reading already takes. "as many" and "as much" compare by themselves; any other word after "as" ("twice as large")
 * compares only when a second "as" or "than" follows within a few words, so that "half as a result" is none.
 */
final class Comparisons {

    private static final Map<String, BigDecimal> FACTORS = Map.of("twice", BigDecimal.valueOf(2),
            "thrice", BigDecimal.valueOf(3), "half", new BigDecimal("0.5"));
    private static final Pattern FACTOR_AS = Pattern.compile("(?i)(?<![\\w-])(?<f>twice|thrice|half)\\s+as\\s+"
            + "(?:(?<many>many|much)\\b|(?<adj>[a-z]+)(?=(?:\\s+[\\w'’-]+){0,4}?\\s+(?:as|than)\\b))");

    private Comparisons() {
    }

    /** Adds each worded comparison of {@code text} that overlaps no figure already found. */
    static void add(String text, List<FigureCandidate> found) {
        Matcher m = FACTOR_AS.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (FigureCandidate.anyOverlaps(found, start, end)) {
                continue;
            }
            BigDecimal factor = FACTORS.get(m.group("f").toLowerCase(Locale.ROOT));
            found.add(new FigureCandidate(start, end, FigureKind.MULTIPLE, factor, null, null, "times", null, null,
                    null, null, null, null));
        }
    }
}
