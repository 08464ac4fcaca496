package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.extract.FigureKind;

/**
 * The precision count of eval --values on a small made-up gold: "Acme paid $5 million for 30% of Brill on 12 May 2019,
 * three years after it bought 40 trucks." with values $5 million (MONEY), 30% (PERCENT), 40 trucks (QUANTITY) and
 * times 12 May 2019 (DATE), three years (DURATION).
 */
class ValueReadingsTest {

    private static final List<ValueReadings.Annotated> VALUES = List.of(new ValueReadings.Annotated(10, 20, "MONEY"),
            new ValueReadings.Annotated(25, 28, "PERCENT"), new ValueReadings.Annotated(80, 89, "QUANTITY"),
            new ValueReadings.Annotated(95, 99, null));
    private static final List<ValueReadings.Annotated> TIMEX = List.of(new ValueReadings.Annotated(41, 52, "DATE"),
            new ValueReadings.Annotated(54, 65, "DURATION"));

    static Stream<Arguments> readings() {
        return Stream.of(
                Arguments.of("$5 million read as dollars", 10, 20, FigureKind.AMOUNT, "USD", ValueReadings.Reading.RIGHT),
                Arguments.of("$5 million read as a count", 10, 20, FigureKind.COUNT, "million",
                        ValueReadings.Reading.WRONG_TYPE),
                Arguments.of("30% read as a share", 25, 28, FigureKind.SHARE, "percent", ValueReadings.Reading.RIGHT),
                Arguments.of("30% read as pounds", 25, 28, FigureKind.AMOUNT, "GBP", ValueReadings.Reading.WRONG_TYPE),
                Arguments.of("40 trucks read as a count", 80, 89, FigureKind.COUNT, "truck", ValueReadings.Reading.RIGHT),
                Arguments.of("40 trucks read as money", 80, 86, FigureKind.AMOUNT, "EUR",
                        ValueReadings.Reading.WRONG_TYPE),
                Arguments.of("an untyped value agrees with any reading", 95, 99, FigureKind.AMOUNT, "EUR",
                        ValueReadings.Reading.RIGHT),
                Arguments.of("the day of a date read as a figure", 41, 43, FigureKind.COUNT, null,
                        ValueReadings.Reading.ON_DATE),
                Arguments.of("a duration is MEANTIME's time, not judged", 54, 65, FigureKind.DURATION, "YR",
                        ValueReadings.Reading.ON_DURATION),
                Arguments.of("nothing annotated there", 70, 75, FigureKind.COUNT, "truck",
                        ValueReadings.Reading.UNANNOTATED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readings")
    void classifies(String what, int start, int end, FigureKind kind, String unit, ValueReadings.Reading expected) {
        assertEquals(expected, ValueReadings.classify(start, end, kind, unit, VALUES, TIMEX));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readings")
    void tallies(String what, int start, int end, FigureKind kind, String unit, ValueReadings.Reading expected) {
        ValueReadings.Tally tally = ValueReadings.Tally.NONE.plus(ValueReadings.Reading.RIGHT).plus(expected);
        boolean sure = expected != ValueReadings.Reading.ON_DURATION && expected != ValueReadings.Reading.UNANNOTATED;
        assertEquals(new Accuracy(expected == ValueReadings.Reading.RIGHT ? 2 : 1, sure ? 2 : 1), tally.sure());
    }
}
