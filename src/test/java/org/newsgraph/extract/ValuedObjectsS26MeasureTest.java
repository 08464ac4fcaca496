package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26's valuation nouns with their of-object ({@link ValuedObjects}, s26-measure): "the X of Y" measures "X
 * of Y" where both fit in a measure's four words. Seen on KPI-EDGAR: CVX ("The net balance of these receivables was
 * $9,247 and $10,046": "net balance"), ABT, train and valid ("the value of this long-term debt": a bare "value",
 * judged wrong in session 25's slice), CVX ("the company's carrying value of its investment in Petroboscan"), and
 * "The total amount of goodwill was $23.2 billion" (train and valid: "goodwill", which the gold names "total amount of
 * goodwill"). The sentences are that shape, parsed by hand as CoreNLP parses such copulas. Controls: a bare "amount"
 * measures what it is of; a valuation whose object does not fit keeps its own words.
 */
class ValuedObjectsS26MeasureTest {

    private static final String NET = "The/DT/_/the net/JJ/_/net balance/NN/_/balance of/IN/_/of these/DT/_/these "
            + "receivables/NNS/_/receivable was/VBD/_/be $/$/MONEY/$ 9,247/CD/MONEY/9247 million/CD/MONEY/million ./.";
    private static final String NET_PARSE = "root(ROOT, $) det(balance, The) amod(balance, net) nsubj($, balance) "
            + "nmod:of(balance, receivables) case(receivables, of) det(receivables, these) cop($, was) "
            + "nummod($, million) compound(million, 9,247) punct($, .)";
    private static final String TOTAL = "The/DT/_/the total/JJ/_/total amount/NN/_/amount of/IN/_/of "
            + "goodwill/NN/_/goodwill was/VBD/_/be $/$/MONEY/$ 232/CD/MONEY/232 million/CD/MONEY/million ./.";
    private static final String TOTAL_PARSE = "root(ROOT, $) det(amount, The) amod(amount, total) nsubj($, amount) "
            + "nmod:of(amount, goodwill) case(goodwill, of) cop($, was) nummod($, million) compound(million, 232) "
            + "punct($, .)";
    private static final String BARE = "The/DT/_/the amount/NN/_/amount of/IN/_/of goodwill/NN/_/goodwill "
            + "was/VBD/_/be $/$/MONEY/$ 410/CD/MONEY/410 million/CD/MONEY/million ./.";
    private static final String BARE_PARSE = "root(ROOT, $) det(amount, The) nsubj($, amount) "
            + "nmod:of(amount, goodwill) case(goodwill, of) cop($, was) nummod($, million) compound(million, 410) "
            + "punct($, .)";
    private static final String LONG = "The/DT/_/the fair/JJ/_/fair value/NN/_/value of/IN/_/of the/DT/_/the "
            + "contingent/JJ/_/contingent consideration/NN/_/consideration was/VBD/_/be $/$/MONEY/$ 71/CD/MONEY/71 "
            + "million/CD/MONEY/million ./.";
    private static final String LONG_PARSE = "root(ROOT, $) det(value, The) amod(value, fair) nsubj($, value) "
            + "nmod:of(value, consideration) case(consideration, of) det(consideration, the) "
            + "amod(consideration, contingent) cop($, was) nummod($, million) compound(million, 71) punct($, .)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "net balance of receivables | net balance of receivables | $ 9,247 million | " + NET + " | " + NET_PARSE,
            "total amount of goodwill | total amount of goodwill | $ 232 million | " + TOTAL + " | " + TOTAL_PARSE,
            "control: a bare amount is what it is of | goodwill | $ 410 million | " + BARE + " | " + BARE_PARSE,
            "control: too long with its object | fair value | $ 71 million | " + LONG + " | " + LONG_PARSE})
    void measure(String name, String measure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.AMOUNT, "USD");
        FigureContext.Found found = about.measure();
        String read = found.value() == null ? "-" : found.value() + (found.sure() ? "" : "?");
        assertEquals(measure, read, "measure");
    }
}
