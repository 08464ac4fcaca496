package org.newsgraph.extract;

import java.math.BigDecimal;

/**
 * A figure as the text states it, before it is tied to an entity: offsets relative to the parsed string.
 * Field meanings follow {@link Figure}; values are exact decimals without trailing zeros.
 */
public record FigureCandidate(int start, int end, FigureKind kind, BigDecimal value, BigDecimal min, BigDecimal max,
                              String unit, String qualifier, String period, String per, String direction, String vague,
                              String of) {

    public FigureCandidate {
        value = Figure.plain(value);
        min = Figure.plain(min);
        max = Figure.plain(max);
    }

    public FigureCandidate withSpan(int newStart, int newEnd) {
        return new FigureCandidate(newStart, newEnd, kind, value, min, max, unit, qualifier, period, per, direction,
                vague, of);
    }
}
