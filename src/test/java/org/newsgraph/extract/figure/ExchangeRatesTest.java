package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * Exchange rates written as a bare number against a base currency ({@link ExchangeRates}): an amount of the currency
 * named before, per one of the base; no figure when no other currency is named before the number.
 */
class ExchangeRatesTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The yen weakened to 151.8 to the dollar on Thursday.                   | 151.8 | JPY | dollar
            The rand firmed to 18.42 against the dollar as gold climbed.           | 18.42 | ZAR | dollar
            The rupee hit a record low of 83.5 per dollar in Mumbai.               | 83.5 | INR | dollar
            The Australian dollar fell to 0.6512 against the greenback.            | 0.6512 | AUD | greenback
            The pound rose to 1.2710 against the US dollar after the data.         | 1.2710 | GBP | US dollar
            """)
    void aRateIsAnAmountOfTheQuotedCurrencyPerBase(String sentence, String value, String unit, String per) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate rate = found.stream().filter(f -> sentence.substring(f.start(), f.end()).startsWith(value))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals("amount", rate.kind().label(), sentence);
        assertEquals(unit, rate.unit(), sentence);
        assertEquals(per, rate.per(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(rate.value()), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The dollar bought 151.8 yen, up from 150.2 to the dollar a week earlier.   | 150.2
            Shares of the exporter rose to 12.5 against the dollar index's slide.     | 12.5
            The chain sold 40 to the dollar store group last year.                     | 40
            """)
    void noOtherCurrencyNamedBeforeGivesNoRate(String sentence, String words) {
        int at = sentence.indexOf(words);
        List<FigureCandidate> over = PARSER.parse(sentence).stream()
                .filter(f -> f.start() < at + words.length() && at < f.end()).toList();
        assertTrue(over.isEmpty(), sentence + ": " + over);
    }
}
