package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * A figure as the text states it, before it is tied to an entity: offsets relative to the parsed string.
 * Field meanings follow {@link Figure}; values are exact decimals without trailing zeros.
 *
 * @param convertedFrom where the figure this one restates in another currency starts ("9.2 million Canadian dollars
 *                      ($6.7 million)": the dollar figure's is the start of the Canadian one), or null
 */
public record FigureCandidate(int start, int end, FigureKind kind, BigDecimal value, BigDecimal min, BigDecimal max,
                              String unit, String qualifier, String period, String per, String direction, String vague,
                              String of, Integer convertedFrom) {

    public FigureCandidate {
        value = Figure.plain(value);
        min = Figure.plain(min);
        max = Figure.plain(max);
    }

    /** A figure that restates no other. */
    public FigureCandidate(int start, int end, FigureKind kind, BigDecimal value, BigDecimal min, BigDecimal max,
                           String unit, String qualifier, String period, String per, String direction, String vague,
                           String of) {
        this(start, end, kind, value, min, max, unit, qualifier, period, per, direction, vague, of, null);
    }

    public FigureCandidate withSpan(int newStart, int newEnd) {
        return new FigureCandidate(newStart, newEnd, kind, value, min, max, unit, qualifier, period, per, direction,
                vague, of, convertedFrom);
    }

    /** This figure in {@code newUnit}. */
    public FigureCandidate withUnit(String newUnit) {
        return new FigureCandidate(start, end, kind, value, min, max, newUnit, qualifier, period, per, direction,
                vague, of, convertedFrom);
    }

    /** This figure, restating the one that starts at {@code start} in another currency. */
    public FigureCandidate convertedFrom(int start) {
        return new FigureCandidate(this.start, end, kind, value, min, max, unit, qualifier, period, per, direction,
                vague, of, start);
    }

    /** Whether any of {@code found} shares a character with the span from {@code start} to {@code end}. */
    public static boolean anyOverlaps(Collection<FigureCandidate> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }
}
