package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/** A length of one unit of time ({@link SingleDurations}): "1 hour", "within one year", "a one-year contract". */
class SingleDurationsTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bonds worth $2.1 billion mature within one year and the rest later.          | one year | 1 | YR |
            The leases have terms of more than one year and are shown below.             | more than one year | 1 | YR | at_least
            Contracts with terms of at least one year were as follows.                   | at least one year | 1 | YR | at_least
            The striker was banned for one year by the league.                           | one year | 1 | YR |
            Harbour Road will be closed for one week from Monday.                        | one week | 1 | WK |
            The fire crew spent 1 hour at the scene.                                     | 1 hour | 1 | HR |
            Police held the man for 1 day and then released him.                         | 1 day | 1 | DAY |
            The winger signed a one-year contract with the club.                         | one-year | 1 | YR |
            The ban on night flights lasts one month.                                    | one month | 1 | MO |
            """)
    void oneUnitOfTimeIsADuration(String sentence, String text, String value, String unit, String qualifier) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate duration = found.stream().filter(f -> sentence.substring(f.start(), f.end()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals("duration", duration.kind().label(), sentence);
        assertEquals(unit, duration.unit(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(duration.value()), sentence);
        assertEquals(qualifier, duration.qualifier(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            One year later he was fired by the board.                      | One year
            She hopes one day to run the family firm.                      | one day
            One day, the founders say, the company will be listed.        | One day
            It was one of the worst days for the market in a decade.       | one of
            At one point the index was down 500 points.                    | one point
            Vestry shares had their biggest one-day fall in 20 years.      | one-day
            Revenue for the one year ended June 30 rose.                   | one year
            The deal closed one year after the merger was agreed.          | one year
            """)
    void oneThatStatesNoLengthIsNoFigure(String sentence, String words) {
        int at = sentence.indexOf(words);
        List<FigureCandidate> over = PARSER.parse(sentence).stream()
                .filter(f -> f.start() < at + words.length() && at < f.end()).toList();
        assertTrue(over.isEmpty(), sentence + ": " + over);
    }
}
