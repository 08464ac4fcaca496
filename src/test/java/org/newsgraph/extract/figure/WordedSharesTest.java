package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/** Shares written in words, one made-up sentence each: the text read, kind, value in percent, direction, whole. */
class WordedSharesTest {

    private static List<FigureCandidate> read(String sentence) {
        List<FigureCandidate> found = new ArrayList<>();
        WordedShares.addFractions(sentence, found);
        WordedShares.addRatios(sentence, found);
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Two-thirds of the staff backed the plan.           | Two-thirds              | share  | 66.67 | -        | -
            Nearly half of the shops shut early.                | Nearly half             | share  | 50    | -        | at_most
            Profits fell by a third last year.                  | a third                 | change | 33.33 | decrease | -
            Exports rose by a quarter in May.                   | a quarter               | change | 25    | increase | -
            One in five workers is over sixty.                  | One in five workers     | share  | 20    | -        | -
            About one in 4 homes lacks a meter.                 | About one in 4 homes    | share  | 25    | -        | approximately
            The new boiler uses a quarter less gas than the old. | a quarter              | change | 25    | decrease | -
            Nurses on the ward now earn a tenth more than in 2020. | a tenth              | change | 10    | increase | -
            The hybrid bus emits two-fifths less carbon.        | two-fifths              | change | 40    | decrease | -
            The new stand seats a third more fans than before.  | a third                 | change | 33.33 | increase | -
            The budget airline flies a fifth fewer routes.      | a fifth                 | change | 20    | decrease | -
            Rail tickets are about a quarter cheaper online.    | about a quarter         | change | 25    | decrease | approximately
            """)
    void wordedShares(String sentence, String text, String kind, String value, String direction, String qualifier) {
        List<FigureCandidate> found = read(sentence);
        assertEquals(1, found.size(), () -> sentence + ": " + found);
        FigureCandidate figure = found.get(0);
        assertEquals(text, sentence.substring(figure.start(), figure.end()), sentence);
        assertEquals(kind, figure.kind().label(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), sentence);
        assertEquals("percent", figure.unit(), sentence);
        assertEquals(direction, figure.direction(), sentence);
        assertEquals(qualifier, figure.qualifier(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The first half was dull.
            He ate a half and left.
            Only one in 1 passed.
            The model A1 in 5 colours.
            Sales in a quarter more than doubled.
            A third lesson was cancelled.
            """)
    void noShareIsReadWhereNoneIsWritten(String sentence) {
        assertTrue(read(sentence).isEmpty(), () -> sentence + ": " + read(sentence));
    }
}
