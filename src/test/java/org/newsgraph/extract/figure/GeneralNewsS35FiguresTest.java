package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * Session 35: a compound counted noun counts its head ("4,000 police officers"); "up to" after a verb of movement is
 * the level reached, not "at most"; "over a" before a figure's noun phrase is a preposition, not a qualifier.
 */
class GeneralNewsS35FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    private static FigureCandidate first(String sentence) {
        return PARSER.parse(sentence).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor promised 4,000 new police officers by 2028.   | officer
            The force will recruit 40 staff members.                | member
            The airline ordered 20 aircraft engines.                | engine
            The force has 4,000 police in the city.                 | police
            The council announced 1,200 staff cuts.                 | staff
            """)
    void aCompoundCountsItsHead(String sentence, String unit) {
        assertEquals(unit, first(sentence).unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The price of a bus ticket will go up to €2.40 next month.
            Unemployment went up to 5.1% in March.
            The fare has gone up to $3.10 since January.
            Talks broke down in a dispute over a 5% pay offer.
            The row over a £2 parking charge has split the council.
            """)
    void noQualifier(String sentence) {
        assertNull(first(sentence).qualifier(), () -> first(sentence).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rents could rise by up to 12% next year.          | at_most
            The phone is expected to cost up to $1,200.       | at_most
            The company lost more than a third of its value.  | at_least
            Sales rose to over £3 million.                    | at_least
            """)
    void qualifiersStay(String sentence, String qualifier) {
        assertEquals(qualifier, first(sentence).qualifier(), () -> first(sentence).toString());
    }
}
