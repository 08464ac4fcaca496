package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * A range whose unit is written only on its second end, after a noun and "of" (s33-genres): "winds of 50 to 60 mph"
 * read '50' as a count of winds (the noun before "of") and '60 mph' alone; the first end is written in the second's
 * unit, so the two make one range. A list joined by "and" stays two figures.
 */
class RangesAfterOfS33GenresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Winds of 50 to 60 mph are expected on higher ground.  | 50 to 60 mph | 50 | 60 | MI-PER-HR
            Snow depths of 10 to 15 cm were recorded in Aviemore.  | 10 to 15 cm  | 10 | 15 | CentiM
            Waves of 5-6 metres hit the harbour wall.              | 5-6 metres   | 5  | 6  | M
            A crowd of 50 to 60 people gathered outside.           | 50 to 60 people | 50 | 60 | person
            """)
    void aBareFirstEndAfterOfTakesTheSecondEndsUnit(String sentence, String text, String min, String max,
                                                     String unit) {
        FigureCandidate range = AgesTest.figureAt(sentence, text);
        assertNull(range.value(), sentence);
        assertEquals(0, new BigDecimal(min).compareTo(range.min()), sentence);
        assertEquals(0, new BigDecimal(max).compareTo(range.max()), sentence);
        assertEquals(unit, range.unit(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Job cuts of 10,000 and 2,000 contractors were announced. | 10,000 | cut
            """)
    void anAndJoinsTwoCountsNoRange(String sentence, String text, String unit) {
        assertEquals(unit, AgesTest.figureAt(sentence, text).unit(), sentence);
    }
}
