package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Whether the parser reads KPI-EDGAR's levels as levels. The gold marks a value a level ({@code cy}, {@code py},
 * {@code py1}: what a KPI amounts to in a year) or a change ({@code increase}, {@code decrease} and their
 * {@code _py} forms); a found level the parser calls a change ("premiums of $148 million" read as a rise) is a
 * precision error that direction accuracy, scored on the changes only, does not see.
 */
public final class KpiChangeLevel {

    /** Found levels, those read as changes, and each such one with its sentence (at most {@code MAX_LISTED}). */
    public record Result(int levels, int readAsChange, List<String> listed) {

        static final Result NONE = new Result(0, 0, List.of());

        public Result {
            listed = List.copyOf(listed);
        }

        public String line() {
            return String.format(Locale.ROOT, "%d of %d found cy/py/py1 values (%.3f)", readAsChange, levels,
                    levels == 0 ? 0.0 : (double) readAsChange / levels);
        }
    }

    private static final int MAX_LISTED = 200;

    private int levels;
    private int readAsChange;
    private final List<String> listed = new ArrayList<>();

    /** Counts one found gold value: {@code type} is the gold's, {@code hit} the figure found on it. */
    void add(String type, FigureCandidate hit, String goldText, String sentence) {
        if (KpiEdgarTime.fiscalYear(type, 0) == null) {
            return;
        }
        levels++;
        if (hit.kind() == FigureKind.CHANGE) {
            readAsChange++;
            if (listed.size() < MAX_LISTED) {
                listed.add(String.format(Locale.ROOT, "%s (%s) read as a change (%s '%s') in: %s", goldText, type,
                        hit.direction(), sentence.substring(hit.start(), hit.end()), sentence));
            }
        }
    }

    Result result() {
        return new Result(levels, readAsChange, listed);
    }
}
