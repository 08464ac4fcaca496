package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Counts written as an abbreviation glued to the number ("a 48MP camera", "a 12MP selfie camera":
 * {@code glued-counts.tsv}), which the rules otherwise refuse as a name glued to letters ("5G", "4K").
 */
final class GluedCounts {

    private static final Map<String, String> COUNTED = WordList.rows("glued-counts.tsv", 2).stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[1]));

    private static final Pattern GLUED = Pattern.compile("(?<![\\w.,$€£-])(?<num>\\d{1,4}(?:\\.\\d+)?)(?<abbr>"
            + String.join("|", COUNTED.keySet().stream().map(Pattern::quote).toList()) + ")(?![\\w-])");

    private GluedCounts() {
    }

    /** Adds the glued counts of {@code text} that no figure found overlaps. */
    static void add(String text, List<FigureCandidate> found) {
        Matcher m = GLUED.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (FigureCandidate.anyOverlaps(found, start, end)) {
                continue;
            }
            found.add(new FigureCandidate(start, end, FigureKind.COUNT, new BigDecimal(m.group("num")), null, null,
                    COUNTED.get(m.group("abbr")), null, null, null, null, null, null));
        }
    }
}
