package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/** Cents of a dollar named with its country ({@link Currencies}): an amount of that dollar, never a count of coins. */
class CurrencySubunitsTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Australian dollar slipped to 64.85 U.S. cents after the rate decision.  | 64.85 U.S. cents | 0.6485 | USD
            The kiwi eased to 58.9 US cents in early trading in Wellington.              | 58.9 US cents | 0.589 | USD
            The miner will pay a dividend of 20 Australian cents a share.                | 20 Australian cents | 0.20 | AUD
            Shares in the Toronto grocer jumped 23 Canadian cents to C$4.01.             | 23 Canadian cents | 0.23 | CAD
            The stamp will cost 95 euro cents from July.                                 | 95 euro cents | 0.95 | EUR
            """)
    void centsOfANamedDollarAreThatDollar(String sentence, String text, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate amount = found.stream().filter(f -> sentence.substring(f.start(), f.end()).startsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals(unit, amount.unit(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(amount.value()), sentence);
    }
}
