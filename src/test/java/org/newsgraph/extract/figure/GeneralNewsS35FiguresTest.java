package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * Session 35: a compound counted noun counts its head ("4,000 police officers"); "up to" after a verb of movement is
 * the level reached, not "at most"; "over a" before a figure's noun phrase is a preposition, not a qualifier; "per
 * forty-foot box" divides by the box; "a 48MP camera" counts megapixels, where "5G" and "4K" stay names;
 * "10-year government bonds" names a bond, not a length of time.
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Freight rates rose to $3,150 per forty-foot box.           | box
            Rates to Rotterdam fell to $2,800 per 40-foot container.   | container
            Rents average £1,450 per two-bedroom flat in the city.     | flat
            Diesel costs €1.82 per litre.                              | litre
            """)
    void aHyphenatedSizeModifiesTheNounDividedBy(String sentence, String per) {
        FigureCandidate figure = PARSER.parse(sentence).stream().filter(f -> f.per() != null).findFirst().orElseThrow(
                () -> new AssertionError(PARSER.parse(sentence).toString()));
        assertEquals(per, figure.per());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The phone has a 48MP main camera.                      | 48MP  | 48
            It pairs a 50MP sensor with a 10MP telephoto camera.   | 50MP  | 50
            A 12.5MP sensor sits in the front.                     | 12.5MP | 12.5
            """)
    void gluedMegapixelsCount(String sentence, String words, String value) {
        FigureCandidate figure = first(sentence);
        assertEquals(words, sentence.substring(figure.start(), figure.end()));
        assertEquals("megapixel", figure.unit());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()));
    }

    @Test
    void networksAndResolutionsStayNames() {
        assertEquals(List.of(), PARSER.parse("The laptop supports 5G and can play 4K video."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Borrowing costs on 10-year government bonds rose to 4.6%.
            The state sold $2 billion of 30-year municipal bonds.
            """)
    void aTenorBeforeAModifiedBondIsNoDuration(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> f.unit() != null && f.unit().equals("YR")),
                () -> PARSER.parse(sentence).toString());
    }

    @Test
    void aLengthOfTimeBeforeAnotherNounStays() {
        assertEquals("YR", first("A five-year deal yields $5 billion for the city.").unit());
    }
}
