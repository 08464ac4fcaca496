package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 17's measure steps for filings (task kpi): an "of" the parser hangs on the noun by a bare dep before a
 * written list ({@link OfDependents}), a measure noun that is the first of two nouns joined by "and"
 * ({@link CoordinatedMeasures}) and the noun of a compound preposition after an amount ({@link PrepositionNouns}),
 * from made-up sentences parsed by hand the way CoreNLP parses them, misparses
 * included.
 */
class FilingListMeasureTest {

    private static final String LEASE = "The/DT group/NN incurred/VBN/_/incur total/JJ lease/NN expense/NN of/IN "
            + "$/$/MONEY 52/CD/MONEY million/CD/MONEY ,/, $/$/MONEY 48/CD/MONEY million/CD/MONEY ./.";
    /** "of" hangs on "expense" by a bare dep, the first amount on "of" by another. */
    private static final String LEASE_PARSE = "root(ROOT, incurred) det(group, The) nsubj(incurred, group) "
            + "obj(incurred, expense) amod(expense, total) compound(expense, lease) dep(expense, of) dep(of, $) "
            + "nummod($, million) compound(million, 52) punct($, ,) appos($, $#2) nummod($#2, million#2) "
            + "compound(million#2, 48)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a bare-dep 'of' right after the noun: the amount is the noun's | total lease expense | $ 52 million | "
                    + LEASE + " | " + LEASE_PARSE,
            "a bare-dep 'of' on a verb is no noun's | - | $ 5 million | "
                    + "We/PRP spoke/VBD/_/speak of/IN $/$/MONEY 5/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, spoke) nsubj(spoke, We) dep(spoke, of) dep(of, $) nummod($, million) "
                    + "compound(million, 5)",
            "the first of two nouns joined by 'and' names the line item with the second | "
                    + "depreciation and amortization expense | $ 44 million | "
                    + "Depreciation/NN and/CC amortization/NN expense/NN was/VBD/_/be $/$/MONEY 44/CD/MONEY "
                    + "million/CD/MONEY ./. | "
                    + "root(ROOT, Depreciation) cc(expense, and) compound(expense, amortization) "
                    + "conj:and(Depreciation, expense) dep(Depreciation, was) nsubj(was, $) nummod($, million) "
                    + "compound(million, 44)",
            "the first noun loses its farthest words to fit | depreciation and amortization expense | $ 61 million | "
                    + "Total/JJ depreciation/NN and/CC amortization/NN expense/NN was/VBD/_/be $/$/MONEY "
                    + "61/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, depreciation) amod(depreciation, Total) cc(expense, and) "
                    + "compound(expense, amortization) conj:and(depreciation, expense) dep(depreciation, was) "
                    + "nsubj(was, $) nummod($, million) compound(million, 61)",
            "a pair whose head and second noun do not fit in four words is left empty, not cut to the first | - | "
                    + "$ 9 million | "
                    + "Compensation/NN and/CC other/JJ employee/NN benefit/NN costs/NNS were/VBD/_/be $/$/MONEY "
                    + "9/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, Compensation) cc(costs, and) amod(costs, other) compound(costs, employee) "
                    + "compound(costs, benefit) conj:and(Compensation, costs) dep(Compensation, were) "
                    + "nsubj(were, $) nummod($, million) compound(million, 9)",
            "the noun of 'in connection with' is no in-noun | - | $ 3 million | "
                    + "The/DT firm/NN holds/VBZ/_/hold $/$/MONEY 3/CD/MONEY million/CD/MONEY in/IN connection/NN "
                    + "with/IN the/DT sale/NN ./. | "
                    + "root(ROOT, holds) det(firm, The) nsubj(holds, firm) obj(holds, $) nummod($, million) "
                    + "compound(million, 3) nmod:in($, connection) case(connection, in) nmod:with(connection, sale) "
                    + "case(sale, with) det(sale, the)",
            "an in-noun without a preposition after it stays | bailout money | $ 3 million | "
                    + "The/DT firm/NN holds/VBZ/_/hold $/$/MONEY 3/CD/MONEY million/CD/MONEY in/IN bailout/NN "
                    + "money/NN ./. | "
                    + "root(ROOT, holds) det(firm, The) nsubj(holds, firm) obj(holds, $) nummod($, million) "
                    + "compound(million, 3) nmod:in($, money) case(money, in) compound(money, bailout)"})
    void measure(String name, String measure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.AMOUNT, "USD");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
    }
}
