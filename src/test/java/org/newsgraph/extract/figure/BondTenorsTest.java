package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A length of time before a noun of debt or rates names the instrument's maturity, not a figure; before any other
 * noun it stays a duration. Sentences of session 18's markets probe articles (a Wall Street close, a jobs report, a
 * central-bank decision) and made-up ones beside them.
 */
class BondTenorsTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The yield on the 10-year note fell 14 basis points to 4.07%.                 | 10-year
            The two-year yield, which is sensitive to rate expectations, dropped sharply. | two-year
            The yield on two-year gilts slipped 9 basis points to 3.98%.                 | two-year
            The average two-year fixed rate is now 6.85%.                                 | two-year
            Investors sold 30-year bonds after the auction.                               | 30-year
            """)
    void aMaturityBeforeANounOfDebtIsNoFigure(String sentence, String words) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertTrue(found.stream().noneMatch(f -> sentence.substring(f.start(), f.end()).contains(words)),
                () -> sentence + ": " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The club signed a 10-year lease on the ground.          | 10-year
            The bonds will be repaid over 30 years.                 | 30 years
            The coach agreed a two-year deal with the club.        | two-year
            """)
    void otherLengthsOfTimeStayDurations(String sentence, String words) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertTrue(found.stream().anyMatch(f -> sentence.substring(f.start(), f.end()).contains(words)
                        && f.kind() == FigureKind.DURATION),
                () -> sentence + ": " + found);
    }
}
