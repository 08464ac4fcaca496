package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line item that the parser hangs by {@code nmod:of} on the item before it, with that item's amount and "and" between
 * the two, is the next item of a list, and its noun measures its figure surely ({@link ListedLineItems}); a noun
 * inside an "of" phrase of another noun with no amount between stays proposed. Made-up filing sentences parsed by
 * CoreNLP 4.5.10 (the class seen in KPI-EDGAR train: "includes fully-insured loans of $225 million and nonperforming
 * loans of $126 million", "recognized leased assets in other long-term assets of $604 million and corresponding accrued
 * liabilities of $173 million", "recorded net ROU assets of $545 million and lease liabilities of $591 million",
 * "restricted cash of $64 million and time deposits of $614 million").
 */
class ListedLineItemsTest {

    private static final String LOANS = "The/DT portfolio/NN includes/VBZ/_/include commercial/JJ loans/NNS/_/loan "
            + "of/IN $/$/MONEY ~4.2/CD/MONEY billion/CD/MONEY and/CC consumer/NN loans/NNS/_/loan of/IN $/$/MONEY "
            + "~1.9/CD/MONEY billion/CD/MONEY ~./.";
    private static final String LOANS_PARSE = "root(ROOT, includes) det(portfolio, The) nsubj(includes, portfolio) "
            + "obj(includes, loans) punct(includes, .) amod(loans, commercial) nmod:of(loans, loans#2) "
            + "case(loans#2, of) compound(loans#2, $) compound(loans#2, consumer) acl(loans#2, of#2) "
            + "nummod($, billion) conj:and($, consumer) compound(billion, 4.2) cc(consumer, and) dep(of#2, $#2) "
            + "nummod($#2, billion#2) compound(billion#2, 1.9)";
    private static final String LEASES = "Upon/IN adoption/NN ~,/, the/DT Company/NNP/ORGANIZATION/Company "
            + "recorded/VBD/_/record right/JJ ~-/HYPH ~of/IN ~-/HYPH ~use/NN assets/NNS/_/asset of/IN $/$/MONEY "
            + "~312/CD/MONEY million/CD/MONEY and/CC lease/NN liabilities/NNS/_/liability of/IN $/$/MONEY "
            + "~327/CD/MONEY million/CD/MONEY ~./.";
    private static final String LEASES_PARSE = "root(ROOT, recorded) case(adoption, Upon) obl:upon(recorded, adoption) "
            + "punct(recorded, ,) nsubj(recorded, Company) obj(recorded, assets) det(Company, the) "
            + "compound(assets, right) nmod:of(assets, liabilities) punct(right, -) nmod:of(right, use) "
            + "case(use, of) punct(use, -#2) case(liabilities, of#2) compound(liabilities, $) "
            + "compound(liabilities, lease) dep(liabilities, of#3) nummod($, million) conj:and($, lease) "
            + "compound(million, 312) cc(lease, and) dep(of#3, $#2) nummod($#2, million#2) punct($#2, .) "
            + "compound(million#2, 327)";
    private static final String PORTION = "The/DT balance/NN includes/VBZ/_/include the/DT current/JJ/DATE "
            + "portion/NN of/IN the/DT deferred/VBN/_/defer tax/NN liabilities/NNS/_/liability of/IN $/$/MONEY "
            + "~45/CD/MONEY million/CD/MONEY ~./.";
    private static final String PORTION_PARSE = "root(ROOT, includes) det(balance, The) nsubj(includes, balance) "
            + "obj(includes, portion) det(portion, the) amod(portion, current) nmod:of(portion, liabilities) "
            + "case(liabilities, of) det(liabilities, the#2) amod(liabilities, deferred) compound(liabilities, tax) "
            + "acl(liabilities, of#2) dep(of#2, $) nummod($, million) punct($, .) compound(million, 45)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the second of two loan items | consumer loans | true | $1.9 billion | " + LOANS + " | " + LOANS_PARSE,
            "lease liabilities after right-of-use assets | lease liabilities | true | $327 million | " + LEASES + " | "
                    + LEASES_PARSE,
            "a noun in an of-phrase of a part noun, no amount between: proposed | deferred tax liabilities | false | "
                    + "$45 million | " + PORTION + " | " + PORTION_PARSE})
    void measure(String name, String measure, boolean sure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.AMOUNT, "USD");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals("head-noun", about.measure().step(), "step");
        assertEquals(sure, about.measure().sure(), "asserted");
    }
}
