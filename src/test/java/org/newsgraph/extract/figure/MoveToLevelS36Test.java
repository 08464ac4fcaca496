package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * Session 36 (lead): "grew by 12,000 to 7.6 million patients" is a move of 12,000 patients to a level of 7.6 million,
 * not 12 billion patients (the level's scale is not the move's when the move is many times the level's digits) and
 * not a range; "3 to 4 million people" and "rise by 2 to 3 percent" stay ranges.
 */
class MoveToLevelS36Test {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Union membership rose by 40,000 to 6.2 million members last year.        | 40000  | 6200000
            The list lengthened by 9,500 to 3.1 million people in June.               | 9500   | 3100000
            The number of unemployed fell by 30,000 to 1.5 million workers.          | 30000  | 1500000
            Enrolment dropped by 700 to 2.4 million students.                        | 700    | 2400000
            Visitor numbers climbed 120,000 to 2.9 million visitors.                 | 120000 | 2900000
            """)
    void aMoveAndTheLevelItReachesAreTwoFigures(String sentence, BigDecimal move, BigDecimal level) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(2, found.size(), sentence + ": " + found);
        assertEquals(0, move.compareTo(found.get(0).value()), sentence + ": " + found);
        assertEquals(0, level.compareTo(found.get(1).value()), sentence + ": " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Between 3 and 4 million people watched the final.      | 3000000 | 4000000
            Prices will rise by 2 to 3 percent next year.          | 2       | 3
            The crowd numbered 30,000 to 40,000 people.            | 30000   | 40000
            """)
    void nearEndsStayARange(String sentence, BigDecimal min, BigDecimal max) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(1, found.size(), sentence + ": " + found);
        assertEquals(0, min.compareTo(found.get(0).min()), sentence + ": " + found);
        assertEquals(0, max.compareTo(found.get(0).max()), sentence + ": " + found);
    }
}
