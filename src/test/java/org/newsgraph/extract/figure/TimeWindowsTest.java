package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/** Windows of time ({@link TimeWindows}): "the last 12 months" is when, "to last seven years" how long. */
class TimeWindowsTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The trial, which is expected to last seven years, began in May.  | seven years | 7  | YR
            Union leaders warned that the strike could last three weeks.     | three weeks | 3  | WK
            The drought may last 18 months, forecasters said.                | 18 months   | 18 | MO
            """)
    void lastAfterToOrAModalIsTheVerbOfLasting(String sentence, String text, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate duration = found.stream().filter(f -> sentence.substring(f.start(), f.end()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals("duration", duration.kind().label(), sentence);
        assertEquals(unit, duration.unit(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(duration.value()), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sales rose in the last three years.
            Prices fell over the last 12 months.
            Ticket sales have risen in the past five years.
            """)
    void aWindowStaysNoFigure(String sentence) {
        assertTrue(PARSER.parse(sentence).isEmpty(), sentence + ": " + PARSER.parse(sentence));
    }
}
