package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25's fence on measures cut inside a coordinated modifier (s25-measure, {@link CoordinatedModifiers}): a
 * measure longer than four words loses its farthest words, and where that cut falls inside "X and Y", the last
 * conjunct left alone names another line item. Seen on KPI-EDGAR train in three filers: COST, two filings ("Credit and
 * debit card receivables were $1,816 and $1,636": "debit card receivables"), JNJ, two filings ("recorded an in-process
 * research and development intangible asset of $2.9 billion": "development intangible asset"), NKE, two filings ("has
 * available domestic and foreign loss carry-forwards of $65 million": "foreign loss carry-forwards"). The sentences are
 * those parses as CoreNLP gave them, with other words. Control: the "and" of two whole list items, cut alone, takes
 * no word of the later item (BAC: "fully-insured loans of $225 million and nonperforming loans of $126 million").
 */
class CoordinatedModifiersS25MeasureTest {

    private static final String CARDS = "Gift/NN and/CC debit/NN card/NN receivables/NNS/_/receivable were/VBD/_/be "
            + "$/$/MONEY 2,410/CD/MONEY ./.";
    private static final String CARDS_PARSE = "root(ROOT, receivables) compound(receivables, Gift) "
            + "compound(receivables, card) conj:and(Gift, card) cc(card, and) compound(card, debit) "
            + "dep(receivables, were) dep(were, $) nummod($, 2,410) punct(receivables, .)";
    private static final String ASSET = "the/DT company/NN recorded/VBD/_/record an/DT in/IN -/HYPH process/NN "
            + "research/NN and/CC development/NN intangible/JJ asset/NN of/IN $/$/MONEY 1.4/CD/MONEY "
            + "billion/CD/MONEY ./.";
    private static final String ASSET_PARSE = "root(ROOT, recorded) det(company, the) nsubj(recorded, company) "
            + "obj(recorded, asset) det(asset, an) compound(asset, process) compound(asset, research) "
            + "compound(asset, development) amod(asset, intangible) acl(asset, of) case(process, in) "
            + "punct(process, -) conj:and(research, development) cc(development, and) dep(of, $) "
            + "nummod($, billion) compound(billion, 1.4) punct(recorded, .)";
    private static final String CARRY = "The/DT group/NN has/VBZ/_/have available/JJ domestic/JJ and/CC foreign/JJ "
            + "loss/NN carry-forwards/NNS/_/carry-forward of/IN $/$/MONEY 40/CD/MONEY million/CD/MONEY ./.";
    private static final String CARRY_PARSE = "root(ROOT, has) det(group, The) nsubj(has, group) "
            + "obj(has, carry-forwards) amod(carry-forwards, available) compound(carry-forwards, loss) "
            + "acl(carry-forwards, of) amod(loss, domestic) amod(loss, foreign) "
            + "conj:and(domestic, foreign) cc(foreign, and) dep(of, $) nummod($, million) compound(million, 40) "
            + "punct(has, .)";
    private static final String LOANS = "Auto/NN loans/NNS/_/loan includes/VBZ/_/include fully/RB -/HYPH "
            + "insured/JJ loans/NNS/_/loan of/IN $/$/MONEY 225/CD/MONEY million/CD/MONEY and/CC nonperforming/JJ "
            + "loans/NNS/_/loan of/IN $/$/MONEY 126/CD/MONEY million/CD/MONEY ./.";
    private static final String LOANS_PARSE = "root(ROOT, includes) compound(loans, Auto) nsubj(includes, loans) "
            + "obj(includes, loans#2) punct(includes, .) advmod(insured, fully) punct(insured, -) "
            + "amod(loans#2, insured) nmod:of(loans#2, loans#3) case(loans#3, of) compound(loans#3, $) "
            + "compound(loans#3, nonperforming) acl(loans#3, of#2) nummod($, million) conj:and($, nonperforming) "
            + "compound(million, 225) cc(nonperforming, and) dep(of#2, $#2) nummod($#2, million#2) "
            + "compound(million#2, 126)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "gift and debit card receivables: the head, not the last conjunct | receivables | $ 2,410 | " + CARDS
                    + " | " + CARDS_PARSE,
            "in-process research and development intangible asset | intangible asset | $ 1.4 billion | " + ASSET
                    + " | " + ASSET_PARSE,
            "domestic and foreign loss carry-forwards | loss carry-forwards | $ 40 million | " + CARRY + " | "
                    + CARRY_PARSE,
            "control: the and of two list items | nonperforming loans | $ 126 million | " + LOANS + " | "
                    + LOANS_PARSE})
    void measure(String name, String measure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.AMOUNT, "USD");
        FigureContext.Found found = about.measure();
        String read = found.value() == null ? "-" : found.value() + (found.sure() ? "" : "?");
        assertEquals(measure, read, "measure");
    }
}
