package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Session 36: a reporting window "in the 12 weeks to early January", "in the first nine months" is when, not a
 * length of time; a later figure that leaves out the change's noun ("a 6% pay rise this year and 4% next year") is a
 * change too; "a maximum of" and "a minimum of" are limits; the later amounts of a list that shares out money ("900
 * million euros for hospitals and 250 million for clinics") take the first one's currency.
 */
class GeneralNewsS36FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Grocery sales rose 4.1% in the 12 weeks to early January.
            Spending climbed 2% in the four weeks to 10 September.
            Footfall dropped 6% in the three months to mid-February.
            Sales fell 2% in the first six months of the year.
            The deficit widened to €62 billion in the first nine months.
            """)
    void aReportingWindowIsNoDuration(String sentence) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FigureKind.DURATION), sentence + ": " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He spent the first three years of the contract abroad.  | 3  | YR
            The crew spent the first four weeks at sea.             | 4  | WK
            """)
    void aStretchSpentOrLastedStaysADuration(String sentence, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertTrue(found.stream().anyMatch(f -> f.kind() == FigureKind.DURATION && unit.equals(f.unit())
                && new BigDecimal(value).compareTo(f.value()) == 0), sentence + ": " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nurses were offered a 5% pay rise this year and 3% next year.
            Dockers accepted a 7% pay increase this year and 5% next year.
            Council tax will rise 5% this year and 3% next year.
            """)
    void aChangeWhoseNounIsLeftOutIsAChange(String sentence) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(2, found.size(), () -> found.toString());
        assertEquals(FigureKind.CHANGE, found.get(1).kind(), () -> found.toString());
        assertEquals(found.get(0).direction(), found.get(1).direction(), () -> found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gatherings are limited to a maximum of 12 people.    | at_most
            Shops may admit a maximum of 20 customers at a time. | at_most
            Trainees must work a minimum of 30 hours a week.     | at_least
            """)
    void aMaximumOrMinimumIsALimit(String sentence, String qualifier) {
        assertEquals(qualifier, PARSER.parse(sentence).get(0).qualifier(), () -> PARSER.parse(sentence).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The plan sets aside 900 million euros for hospitals and 250 million for clinics. | 250000000  | EUR
            The fund gives $3 million to museums and 1.5 million to libraries.              | 1500000    | USD
            The budget includes 2.1 billion dollars for schools and 400 million for roads.  | 400000000  | USD
            """)
    void aListedAmountTakesTheCurrencyBeforeIt(String sentence, String value, String unit) {
        List<FigureCandidate> listed = ListedAmounts.find(sentence, PARSER.parse(sentence));
        assertEquals(1, listed.size(), () -> listed.toString());
        assertEquals(unit, listed.get(0).unit());
        assertEquals(0, new BigDecimal(value).compareTo(listed.get(0).value()), () -> listed.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The firm paid $5 million to its founders and 200 million to lenders.
            The fund gives $3 million to museums and 1.5 million visitors came.
            The club paid $3 million for the striker and 40 million fans watched.
            """)
    void noListedAmountOfAnotherSizeOrNotParallel(String sentence) {
        assertTrue(ListedAmounts.find(sentence, PARSER.parse(sentence)).isEmpty(), sentence);
    }
}
