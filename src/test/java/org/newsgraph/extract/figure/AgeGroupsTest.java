package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * A group of people bounded by age ({@link Ages}, {@code age-group-nouns.txt}): "people over 65" is an age of at least
 * 65 years, "children under five" of at most five; a number that counts a noun after it, or a length of time, is none.
 */
class AgeGroupsTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The pill cut the risk of a second stroke by a fifth in people over 65, according to a trial. | over 65 | 65 | at_least
            He said that the effect was smaller in patients over 80, at about 12%.        | over 80            | 80 | at_least
            The vaccine cut hospitalisations by 71 percent in adults over 65, the study found. | over 65       | 65 | at_least
            Rates among children under five fell to 84%.                                  | under five         | 5  | at_most
            Adults aged over 50 were invited for screening.                               | over 50            | 50 | at_least
            Drivers over 70 must renew their licence every three years.                   | over 70            | 70 | at_least
            Patients over 18 years old can apply.                                         | over 18 years old  | 18 | at_least
            """)
    void anAgeBoundsAGroup(String sentence, String text, String value, String qualifier) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate age = found.stream().filter(f -> sentence.substring(f.start(), f.end()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals("duration", age.kind().label(), sentence);
        assertEquals("YR", age.unit(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(age.value()), sentence);
        assertEquals(qualifier, age.qualifier(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The study followed 4,000 patients over 10 years.         | 10 years          | YR
            Workers over 40 hours a week are paid overtime.           | 40 hours          | HR
            The firm has people over 30 countries.                    | over 30 countries | country
            """)
    void noAgeWhereTheNumberCountsOrLasts(String sentence, String text, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate figure = found.stream().filter(f -> sentence.substring(f.start(), f.end()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals(unit, figure.unit(), sentence);
        assertTrue(figure.qualifier() == null || !unit.equals("YR") && !unit.equals("HR"), sentence + ": " + figure);
    }
}
