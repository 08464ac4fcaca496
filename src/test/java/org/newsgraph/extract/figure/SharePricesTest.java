package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;

/** Share prices with no currency: read in the article's one currency, or in points after a move in points. */
class SharePricesTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pellmont shares closed at 14.20 on Tuesday.                      | USD | 14.20   | 14.20
            The loss took the company's share price down to 5.13.            | USD | 5.13    | 5.13
            Shares of Pellmont fell 4.5% to 12.40 after the warning.         | EUR | 12.40   | 12.40
            Its stock ended the week at about 88.5.                          | CAD | 88.5    | about 88.5
            The shares were trading at 7.25 in Frankfurt.                    | EUR | 7.25    | 7.25
            Its shares closed at 14.20 yesterday.                            | USD | 14.20   | 14.20
            The shares traded at 12.50 apiece in Toronto.                    | USD | 12.50   | 12.50
            The stock finished at 31.75 today after the report.              | CAD | 31.75   | 31.75
            The new shares were priced at 17.25 apiece.                      | USD | 17.25   | 17.25
            Its shares were offered at 9.80 in the listing.                  | EUR | 9.80    | 9.80
            """)
    void aBareSharePriceTakesTheArticlesCurrency(String sentence, String currency, String value, String text) {
        List<FigureCandidate> prices = SharePrices.find(sentence, currency, PARSER.parse(sentence));
        assertEquals(1, prices.size(), () -> sentence + ": " + prices);
        FigureCandidate price = prices.get(0);
        assertEquals(text, sentence.substring(price.start(), price.end()));
        assertEquals(0, new BigDecimal(value).compareTo(price.value()), price::toString);
        assertEquals(currency, price.unit());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            Pellmont shares closed at 233.25 on Tuesday.                     | GBP | 233.25
            Pellmont shares closed at 14.20 on Tuesday.                      | -   | 14.20
            Pellmont sold its shares to 120 investors.                       | USD | 120
            The shares were sold to 40 funds at a discount.                  | USD | 40
            The stock fell to 12 and profits rose to 150.                    | USD | 150
            Shares of the bank fell back to 2019 levels.                     | USD | 2019
            Profits rose to 150 as costs fell.                               | USD | 150
            Pellmont shares fell 6% after the news at 4:05 p.m. Eastern.     | USD | 4:05
            Pellmont shares jumped 7.8% when trading opened at 9 a.m.        | USD | 9 a.m.
            """)
    void noPriceWithoutAShareOrACurrencyQuotedInIt(String sentence, String currency, String number) {
        String code = currency.equals("-") ? null : currency;
        int at = sentence.indexOf(number);
        List<FigureCandidate> prices = SharePrices.find(sentence, code, PARSER.parse(sentence));
        assertTrue(prices.stream().noneMatch(p -> p.start() <= at && at < p.end()), () -> sentence + ": " + prices);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Voss Travel went up by 41.25 points (21.48%), to take it to a new share price of 233.25. | 233.25 | point
            Pellmont shares fell 12 points to 388.5 in London.                                        | 388.5  | point
            """)
    void aPriceAfterAMoveInPointsIsInPoints(String sentence, String text, String unit) {
        FigureCandidate price = PARSER.parse(sentence).stream()
                .filter(f -> sentence.substring(f.start(), f.end()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(sentence + ": " + PARSER.parse(sentence)));
        assertEquals(unit, price.unit());
    }

    /** The move in points must be the price's own: another clause's move says nothing of the price's unit. */
    @org.junit.jupiter.api.Test
    void anotherClausesMoveInPointsGivesNoUnit() {
        String sentence = "The index fell 30 points and the bank's shares were trading at 41.30.";
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> sentence.substring(f.start(), f.end()).equals("41.30")),
                () -> PARSER.parse(sentence).toString());
    }
}
