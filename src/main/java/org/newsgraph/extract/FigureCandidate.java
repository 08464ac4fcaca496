package org.newsgraph.extract;

/**
 * A figure as the text states it, before it is tied to an entity: offsets relative to the parsed string.
 * Field meanings follow {@link Figure}.
 */
public record FigureCandidate(int start, int end, FigureKind kind, Double value, Double min, Double max, String unit,
                              String qualifier, String period, String per, String direction, String vague,
                              String of) {

    public FigureCandidate withSpan(int newStart, int newEnd) {
        return new FigureCandidate(newStart, newEnd, kind, value, min, max, unit, qualifier, period, per, direction,
                vague, of);
    }
}
