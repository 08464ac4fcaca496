package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/** A rate glued to its figure by hyphens ({@link Rates}): "a 9-cent-a-share dividend", "a $50,000-a-year job". */
class HyphenatedRatesTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Halstow Bank will pay a 12-cent-a-share dividend.                   | 12-cent-a-share   | 0.12  | USD | share | -
            Fenwick Steel raised its payout to a 22-pence-a-share final dividend. | 22-pence-a-share | 0.22  | GBP | share | -
            She left a $50,000-a-year job to start the bakery.                  | $50,000-a-year    | 50000 | USD | -     | P1Y
            Pickers earn a $15-an-hour wage on the farm.                        | $15-an-hour       | 15    | USD | -     | PT1H
            """)
    void theHyphenatedRateIsRead(String sentence, String words, String value, String unit, String per, String period) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(1, found.size(), found::toString);
        FigureCandidate figure = found.get(0);
        assertEquals(words, sentence.substring(figure.start(), figure.end()));
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals(unit, figure.unit());
        assertEquals(per, figure.per());
        assertEquals(period, figure.period());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They played a 5-a-side game on Sunday.      | 5
            The $20-a-side-bet was settled in cash.     | $20
            """)
    void aHyphenatedWordThatDividesNothingIsNoRate(String sentence, String words) {
        for (FigureCandidate figure : PARSER.parse(sentence)) {
            if (sentence.substring(figure.start(), figure.end()).startsWith(words)) {
                assertEquals(null, figure.per(), figure::toString);
                assertEquals(null, figure.period(), figure::toString);
            }
        }
    }
}
