package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * A fraction after "and" completes the whole before it: "three quarters" there is no length of three fiscal quarters,
 * and the whole alone is not the value. Sources: Recognizers-Text tuning NumberModel "The number is five billion and
 * three quarters" (read 5 billion and 3 quarters of a year) and "The population is 3 million and a half" (read 3
 * million people), made-up probes "a mile and three quarters" (3 quarters of a year), "two and three quarter hours"
 * (2 hours and 3 hours). Where the whole is a number word the two make one mixed number; otherwise nothing is read.
 */
class FractionsAfterWholeTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Derby at Kelso is run over a mile and three quarters.     | -                           |      |
            The town's population is now 3 million and a half.           | -                           |      |
            Arden Trust raised £2 million and a half in pledges.          | -                           |      |
            Passengers waited 5 hours and a half for a bus to Leeds.      | -                           |      |
            The flight from Doha took two and three quarter hours.        | two and three quarter hours | 2.75 | HR
            The flight took 2 and three-quarters hours in all.            | 2 and three-quarters hours  | 2.75 | HR
            The journey took three and a half hours.                      | three and a half hours      | 3.5  | HR
            Brill Motors lost money for three quarters in a row.          | three quarters              | 3    | QTR
            """)
    void readsTheWholeWithItsFractionOrNothing(String sentence, String text, String value, String unit) {
        List<FigureCandidate> figures = PARSER.parse(sentence);
        if (text.equals("-")) {
            assertTrue(figures.isEmpty(), figures.toString());
            return;
        }
        assertEquals(1, figures.size(), figures.toString());
        FigureCandidate figure = figures.get(0);
        assertEquals(text, sentence.substring(figure.start(), figure.end()));
        assertEquals(0, figure.value().compareTo(new BigDecimal(value)), figure.toString());
        assertEquals(unit, figure.unit());
    }
}
