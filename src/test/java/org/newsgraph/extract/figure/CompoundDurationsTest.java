package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/** Lengths of time in parts ({@link CompoundDurations}): one duration in the smallest unit written. */
class CompoundDurationsTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The men's race was won in 1 hour 58 minutes over the shortened course. | 1 hour 58 minutes | 118 | MIN |
            The marathon runner ran the course in 2 hours 6 minutes.              | 2 hours 6 minutes | 126 | MIN |
            The judge jailed him for three years and nine months.                 | three years and nine months | 45 | MO |
            She served one year and six months as ambassador.                     | one year and six months | 18 | MO |
            The flight from Perth to London takes 17 hours, 20 minutes.           | 17 hours, 20 minutes | 1040 | MIN |
            The rescue took an hour and 15 minutes.                               | an hour and 15 minutes | 75 | MIN |
            She finished the stage in 4 hours, 12 minutes and 30 seconds.         | 4 hours, 12 minutes and 30 seconds | 15150 | SEC |
            The strike lasted 3 weeks and 2 days.                                 | 3 weeks and 2 days | 23 | DAY |
            The crossing took nearly 2 hours 40 minutes.                          | 2 hours 40 minutes | 160 | MIN | at_most
            """)
    void partsStepDownToOneDuration(String sentence, String text, String value, String unit, String qualifier) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate duration = found.stream().filter(f -> sentence.substring(f.start(), f.end()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals("duration", duration.kind().label(), sentence);
        assertEquals(unit, duration.unit(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(duration.value()), sentence);
        assertEquals(qualifier, duration.qualifier(), sentence);
        assertEquals(1, found.size(), sentence + ": " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The shop is open 24 hours a day, seven days a week.     | 24 hours    | seven days
            The warranty runs 10 years, or 5 years for the battery.  | 10 years    | 5 years
            The meeting ran 2 hours, 90 minutes longer than planned. | 2 hours     | 90 minutes
            """)
    void partsThatDoNotStepDownStayApart(String sentence, String first, String second) {
        List<String> texts = PARSER.parse(sentence).stream().map(f -> sentence.substring(f.start(), f.end())).toList();
        assertTrue(texts.contains(first) && texts.contains(second), sentence + ": " + texts);
    }
}
