package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/** The earlier amount a stated amount is compared with, written without its currency ({@link ComparedAmounts}). */
class ComparedAmountsTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tarrow Dairies made a profit of £4.1m in the half, against 3.7m a year earlier.        | 3.7m      | 3700000    | GBP
            House prices in Blackmere averaged £312,000 in June, compared with 298,000 a year ago. | 298,000   | 298000     | GBP
            Season tickets will cost €640, up from 590 last season.                                | 590       | 590        | EUR
            Revenue at Quenby Tools rose to $88 million from 79 million.                           | 79 million | 79000000  | USD
            The council spent £2.2bn on social care, compared to 2.05bn the year before.           | 2.05bn    | 2050000000 | GBP
            The fare is now A$3.20, versus about 2.90 in March.                                    | about 2.90 | 2.90      | AUD
            """)
    void aBareEarlierAmountTakesTheCurrencyOfTheAmountItIsComparedWith(String sentence, String words, String value,
                                                                        String currency) {
        List<FigureCandidate> found = ComparedAmounts.find(sentence, PARSER.parse(sentence));
        assertEquals(1, found.size(), found::toString);
        FigureCandidate figure = found.get(0);
        assertEquals(words, sentence.substring(figure.start(), figure.end()));
        assertEquals(FigureKind.AMOUNT, figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals(currency, figure.unit());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Revenue reached $3.4 billion, up from 2.9 a year earlier.",     // the scale left out: not of one size
            "The charity raised $48,500 this year, up from 2019.",           // a year
            "The price rose to $50 from 10 shops.",                          // a noun is counted
            "The firm sold 40,000 cars, up from 35,000 a year earlier.",     // the amount compared is no money
            "Sales rose 12%, to $4.5 million, from 3.9% of the market.",     // a percentage is read as one
            "Fees rose to $1,200 from $1,100.",                              // the currency is stated: not this rule's
            "It cost $40. Prices had fallen from 45 in the spring.",         // another sentence
            "Shares rose 5 cents to $3.10 from 310 pence."})                 // a unit follows
    void nothingElseIsRead(String sentence) {
        assertEquals(List.of(), ComparedAmounts.find(sentence, PARSER.parse(sentence)));
    }
}
