package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;

/**
 * The evidence for deciding the steps of the measure chain ({@code FigureMeasures}): per step, how the found values it
 * answered for were judged, in columns by source, so that a step is asserted or only proposed on counts from more
 * than one source. A row is a step that asserted ("head-noun"), a step that only proposed ("head-noun?", judged by
 * its candidate) or {@code (none)}: the found values no step answered for, all empty. A cell reads right / partial /
 * wrong / empty (partial only on KPI-EDGAR, {@link KpiMeasureMatch}). The columns are the tuning half's parts: the
 * KPI-EDGAR splits (train, valid) and the MEANTIME folds ({@link Halves.Fold}).
 */
public final class MeasureSteps {

    /** The row of the values no step answered for. */
    static final String NONE = "(none)";

    /** How one found value's measure was judged. */
    public enum Verdict { RIGHT, PARTIAL, WRONG, EMPTY }

    /**
     * One found value's measure.
     *
     * @param column the source it is counted under ("kpi train", "meantime a")
     * @param step   the step that answered, or null when none did
     * @param sure   whether the step asserted its answer (false: it proposed it)
     */
    public record Answer(String column, String step, boolean sure, Verdict verdict) {

        String row() {
            return step == null ? NONE : sure ? step : step + "?";
        }
    }

    private MeasureSteps() {
    }

    /** The answers on one MEANTIME article's gold figures that have a measure, each counted under {@code column}. */
    public static List<Answer> meantime(String text, Extraction extraction, GoldFile gold, String column) {
        List<Answer> answers = new ArrayList<>();
        for (GoldFile.GoldFigure g : gold.figures()) {
            Figure p = FigureEvaluation.matchOf(text, extraction, gold, g);
            if (p == null || g.measure() == null) {
                continue;
            }
            String measured = p.measure() != null ? p.measure() : p.how().measureCandidate();
            Verdict verdict = measured == null ? Verdict.EMPTY
                    : FigureEvaluation.sameMeasure(measured, g.measure()) ? Verdict.RIGHT : Verdict.WRONG;
            answers.add(new Answer(column, measured == null ? null : p.how().measureStep(), p.measure() != null,
                    verdict));
        }
        return answers;
    }

    /** The table's lines: a header, then one line per row (sorted, {@code (none)} last), cells in column order. */
    public static List<String> table(List<Answer> answers) {
        Set<String> columns = new LinkedHashSet<>();
        Map<String, Map<String, int[]>> rows = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(NONE) ? 1 : b.equals(NONE) ? -1 : a.compareTo(b));
        for (Answer answer : answers) {
            columns.add(answer.column());
            rows.computeIfAbsent(answer.row(), k -> new TreeMap<>())
                    .computeIfAbsent(answer.column(), k -> new int[Verdict.values().length])[answer.verdict().ordinal()]++;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s", "step"));
        columns.forEach(c -> header.append(String.format(Locale.ROOT, " %-17s", c)));
        lines.add(header.append("  (right/partial/wrong/empty)").toString());
        rows.forEach((row, cells) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", row));
            for (String column : columns) {
                int[] c = cells.getOrDefault(column, new int[Verdict.values().length]);
                line.append(String.format(Locale.ROOT, " %-17s", c[0] + "/" + c[1] + "/" + c[2] + "/" + c[3]));
            }
            lines.add(line.toString().stripTrailing());
        });
        return lines;
    }
}
