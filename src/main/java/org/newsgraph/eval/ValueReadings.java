package org.newsgraph.eval;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.figure.Currencies;

/**
 * How a figure the product reads sits against an annotation of values: on an annotated value of the same type (right),
 * of another type (a wrong reading), on a date or time of day (a wrong reading: not a quantity), on a duration or a
 * frequency (the annotation's convention, not counted), or on nothing annotated (unsure when the annotation is not
 * exhaustive). MEANTIME types its values MONEY, PERCENT and QUANTITY (and leaves a few untyped, which agree with any
 * reading) and its TIMEX3 mentions DATE, TIME, DURATION and SET.
 */
public final class ValueReadings {

    public enum Reading {
        RIGHT, WRONG_TYPE, ON_DATE, ON_DURATION, UNANNOTATED
    }

    /** An annotated span: a value (MONEY, PERCENT, QUANTITY or null) or a TIMEX3 (DATE, TIME, DURATION, SET). */
    public record Annotated(int start, int end, String type) {

        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    /** The readings of one set of articles, by class. */
    public record Tally(int right, int wrongType, int onDate, int onDuration, int unannotated) {

        public static final Tally NONE = new Tally(0, 0, 0, 0, 0);

        public Tally plus(Reading reading) {
            return new Tally(right + (reading == Reading.RIGHT ? 1 : 0),
                    wrongType + (reading == Reading.WRONG_TYPE ? 1 : 0), onDate + (reading == Reading.ON_DATE ? 1 : 0),
                    onDuration + (reading == Reading.ON_DURATION ? 1 : 0),
                    unannotated + (reading == Reading.UNANNOTATED ? 1 : 0));
        }

        /** Right among the readings the annotation judges surely: on a value, a date or a time of day. */
        public Accuracy sure() {
            return new Accuracy(right, right + wrongType + onDate);
        }
    }

    private static final Set<String> DATES = Set.of("DATE", "TIME");

    private ValueReadings() {
    }

    /**
     * @param start  where the figure's mention starts in the text
     * @param end    where it ends
     * @param values the annotated values of the text
     * @param timex  the annotated times of the text
     */
    public static Reading classify(int start, int end, FigureKind kind, String unit, List<Annotated> values,
                                   List<Annotated> timex) {
        List<Annotated> on = values.stream().filter(v -> v.overlaps(start, end)).toList();
        if (!on.isEmpty()) {
            return on.stream().anyMatch(v -> typeAgrees(v.type(), kind, unit)) ? Reading.RIGHT : Reading.WRONG_TYPE;
        }
        List<Annotated> times = timex.stream().filter(t -> t.overlaps(start, end)).toList();
        if (times.isEmpty()) {
            return Reading.UNANNOTATED;
        }
        return times.stream().anyMatch(t -> t.type() != null && DATES.contains(t.type())) ? Reading.ON_DATE
                : Reading.ON_DURATION;
    }

    /** MONEY is an amount (or change) in a currency, PERCENT a percentage, QUANTITY anything else; untyped agrees. */
    static boolean typeAgrees(String type, FigureKind kind, String unit) {
        boolean money = unit != null && Currencies.codes().contains(unit);
        boolean percent = "percent".equals(unit) || "percentage_point".equals(unit);
        if (type == null) {
            return true;
        }
        return switch (type) {
            case "MONEY" -> money;
            case "PERCENT" -> percent;
            case "QUANTITY" -> !money && !percent;
            default -> true;
        };
    }
}
