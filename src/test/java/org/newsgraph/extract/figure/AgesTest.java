package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.FigureCandidate;

/** Ages ({@link Ages}): a duration in years, from the words around a bare number or a decade of life. */
class AgesTest {

    private static final FigureParser PARSER = new FigureParser();

    /** The figure the parser reads in exactly {@code text} of {@code sentence} (also for the other parser tests here). */
    static FigureCandidate figureAt(String sentence, String text) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        return found.stream().filter(f -> sentence.substring(f.start(), f.end()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(sentence + ": " + found));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The chief executive, 58, will retire in June.            | 58 | 58
            Brindle's founder, 71, stepped down on Friday.           | 71 | 71
            The singer turned 50 on Monday.                          | 50 | 50
            The Quillon brewery turns 100 next year.                 | 100 | 100
            He will turn 65 in March.                                | 65 | 65
            At 82, he still runs the family firm.                    | 82 | 82
            The dean said she was pleased. At 34, she is the youngest. | 34 | 34
            Ilse Brandt, who is 58, will chair the board.            | 58 | 58
            The driver, who was 19, died at the scene.               | 19 | 19
            The club's chairman, who is now 81, has no plans to sell. | 81 | 81
            Three men, aged 24, 31 and 45, were rescued.             | 31 | 31
            Three men, aged 24, 31 and 45, were rescued.             | 45 | 45
            Four men, aged 33, 38, 41 and 56, have been charged.     | 41 | 41
            Two boys aged 14 or 15 were seen running away.           | 15 | 15
            """)
    void aBareNumberTheWordsAroundMakeAnAge(String sentence, String text, String value) {
        FigureCandidate age = figureAt(sentence, text);
        assertEquals("duration", age.kind().label(), sentence);
        assertEquals("YR", age.unit(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(age.value()), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Volunteers aged between 18 and 24 took part.     | between 18 and 24 | 18 | 24
            Adults aged 18 to 24 were surveyed.              | 18 to 24          | 18 | 24
            A woman in her 40s was arrested.                 | 40s               | 40 | 49
            The suspect, a man in his mid-30s, fled.         | mid-30s           | 34 | 36
            Two men in their early 20s were charged.         | early 20s         | 20 | 23
            She moved to Lisbon in her late forties.         | late forties      | 47 | 49
            Most of its buyers are in their 30s and 40s.     | 40s               | 40 | 49
            """)
    void agesAsARangeOfYears(String sentence, String text, String min, String max) {
        FigureCandidate age = figureAt(sentence, text);
        assertEquals("duration", age.kind().label(), sentence);
        assertEquals("YR", age.unit(), sentence);
        assertNull(age.value(), sentence);
        assertEquals(0, new BigDecimal(min).compareTo(age.min()), sentence);
        assertEquals(0, new BigDecimal(max).compareTo(age.max()), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Prices peaked in the 1990s.",
            "The fund made most of its gains in the 80s.",
            "The chief executive, 5, ...",
            "At 10, the index was flat.",
            "At 5, Tokyo time, the market opened.",
            "The director, 12.5, smiled.",
            "Halden, who is 3 points clear of the pack, won again.",
            "The coach, who was 2 goals down at half-time, smiled.",
    })
    void noAge(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> "YR".equals(f.unit())),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sales turned 40 stores around.          | 40 stores | count
            The index turned 2% lower.              | 2% lower  | change
            """)
    void aTurnThatCountsOrMovesIsNoAge(String sentence, String text, String kind) {
        assertEquals(kind, figureAt(sentence, text).kind().label(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The vaccine is offered to children aged five months to three years. | five months    | 5 | 5  | MO
            The trial enrolled infants aged 6 months to 2 years.                | 6 months       | 6 | 6  | MO
            Newborns aged 3 weeks were tested.                                  | 3 weeks        | 3 | 3  | WK
            The study followed 2,000 infants aged 6 to 18 months.               | 6 to 18 months | 6 | 18 | MO
            """)
    void anAgeAfterAgedInTheUnitItNames(String sentence, String text, String min, String max, String unit) {
        FigureCandidate age = figureAt(sentence, text);
        assertEquals("duration", age.kind().label(), sentence);
        assertEquals(unit, age.unit(), sentence);
        BigDecimal low = age.value() != null ? age.value() : age.min();
        BigDecimal high = age.value() != null ? age.value() : age.max();
        assertEquals(0, new BigDecimal(min).compareTo(low), sentence);
        assertEquals(0, new BigDecimal(max).compareTo(high), sentence);
    }
}
