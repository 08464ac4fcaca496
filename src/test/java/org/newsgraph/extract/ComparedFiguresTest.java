package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure set against an earlier one of its clause measures what that one does ({@link ComparedFigures}): the base
 * of "compared with", "compared to", "up from", "down from", "from" after a level reached by "to", and a change in
 * apposition ("$148.2 million, an increase of $19.6 million"). Made-up filing sentences (session 17's and 18's kpi
 * held-out sets), parsed as CoreNLP 4.5.10 parsed them, misparses included.
 */
class ComparedFiguresTest {

    private static final String SERVICE = "Service/NNP/_/Service revenues/NNS/_/revenue were/VBD/_/be $/$/MONEY "
            + "211.7/CD/MONEY million/CD/MONEY for/IN the/DT/DATE year/NN/DATE ended/VBD/_/end "
            + "December/NNP/DATE/December 31/CD/DATE ,/,/DATE 2026/CD/DATE ,/, compared/VBN/_/compare with/IN "
            + "$/$/MONEY 198.2/CD/MONEY million/CD/MONEY for/IN the/DT/DATE year/NN/DATE ended/VBD/_/end "
            + "December/NNP/DATE/December 31/CD/DATE ,/,/DATE 2025/CD/DATE ./.";
    private static final String SERVICE_PARSE = "root(ROOT, revenues) compound(revenues, Service) dep(revenues, "
            + "were) punct(revenues, .) nsubj(were, $) nummod($, million) nmod:for($, year) acl($, ended) punct($, "
            + ",#2) acl:with($, ended#2) compound(million, 211.7) case(year, for) det(year, the) obl:tmod(ended, "
            + "December) nummod(December, 31) punct(December, ,) nummod(December, 2026) case(ended#2, compared) "
            + "mark(ended#2, with) nsubj(ended#2, $#2) obl:tmod(ended#2, December#2) punct(ended#2, ,#3) "
            + "obl:tmod(ended#2, 2025) nummod($#2, million#2) nmod:for($#2, year#2) compound(million#2, 198.2) "
            + "case(year#2, for#2) det(year#2, the#2) nummod(December#2, 31#2)";
    private static final String MARGIN = "Gross/JJ margin/NN was/VBD/_/be 36.2/CD/PERCENT %/NN/PERCENT in/IN "
            + "the/DT/DATE third/JJ/DATE quarter/NN/DATE ,/, down/RB from/IN 38.9/CD/PERCENT %/NN/PERCENT in/IN "
            + "the/DT/DATE third/JJ/DATE quarter/NN/DATE of/IN/DATE last/JJ/DATE year/NN/DATE ./.";
    private static final String MARGIN_PARSE = "root(ROOT, %) amod(margin, Gross) nsubj(%, margin) cop(%, was) "
            + "nummod(%, 36.2) obl:in(%, quarter) punct(%, ,) advmod(%, down) punct(%, .) case(quarter, in) "
            + "det(quarter, the) amod(quarter, third) obl:from(down, %#2) case(%#2, from) nummod(%#2, 38.9) "
            + "obl:in(%#2, quarter#2) case(quarter#2, in#2) det(quarter#2, the#2) amod(quarter#2, third#2) "
            + "nmod:of(quarter#2, year) case(year, of) amod(year, last)";
    private static final String ROYALTY = "Royalty/NN income/NN decreased/VBD/_/decrease to/IN $/$/MONEY "
            + "9.6/CD/MONEY million/CD/MONEY in/IN 2026/CD/DATE from/IN $/$/MONEY 12.3/CD/MONEY million/CD/MONEY "
            + "in/IN 2025/CD/DATE as/IN certain/JJ license/NN agreements/NNS/_/agreement expired/VBD/_/expire ./.";
    private static final String ROYALTY_PARSE = "root(ROOT, decreased) compound(income, Royalty) nsubj(decreased, "
            + "income) advmod(decreased, to) punct(decreased, .) dep(to, $) nummod($, million) nmod:in($, 2026) "
            + "nmod:from($, expired) compound(million, 9.6) case(2026, in) case(expired, from) dep(expired, $#2) "
            + "mark(expired, as) nsubj(expired, agreements) nummod($#2, million#2) nmod:in($#2, 2025) "
            + "compound(million#2, 12.3) case(2025, in#2) amod(agreements, certain) compound(agreements, license)";
    private static final String SEGMENT = "Operating/VBG/_/operate income/NN for/IN the/DT "
            + "Specialty/NNP/_/Specialty Chemicals/NNP/_/Chemicals segment/NN was/VBD/_/be $/$/MONEY 148.2/CD/MONEY "
            + "million/CD/MONEY ,/, an/DT/_/a increase/NN of/IN $/$/MONEY 19.6/CD/MONEY million/CD/MONEY over/IN "
            + "the/DT/DATE prior/JJ/DATE year/NN/DATE ./.";
    private static final String SEGMENT_PARSE = "root(ROOT, income) amod(income, Operating) nmod:for(income, "
            + "segment) dep(income, was) punct(income, .) case(segment, for) det(segment, the) compound(segment, "
            + "Specialty) compound(segment, Chemicals) dep(was, $) nummod($, million) punct($, ,) appos($, "
            + "increase) compound(million, 148.2) det(increase, an) amod(increase, of) dep(of, $#2) nummod($#2, "
            + "million#2) nmod:over($#2, year) compound(million#2, 19.6) case(year, over) det(year, the#2) "
            + "amod(year, prior)";
    private static final String LOSS = "We/PRP recorded/VBD/_/record a/DT net/JJ loss/NN of/IN $/$/MONEY "
            + "24.8/CD/MONEY million/CD/MONEY in/IN 2026/CD/DATE ,/, compared/VBN/_/compare with/IN net/JJ "
            + "income/NN of/IN $/$/MONEY 5.1/CD/MONEY million/CD/MONEY in/IN 2025/CD/DATE ./.";
    private static final String LOSS_PARSE = "root(ROOT, recorded) nsubj(recorded, We) obj(recorded, loss) "
            + "det(loss, a) amod(loss, net) acl(loss, of) dep(of, $) nummod($, million) nmod:in($, 2026) punct($, "
            + ",) nmod:compared_with($, income) compound(million, 24.8) case(2026, in) case(income, compared) "
            + "amod(income, net#2) acl(income, of#2) fixed(compared, with) dep(of#2, $#2) nummod($#2, million#2) "
            + "nmod:in($#2, 2025) punct($#2, .) compound(million#2, 5.1) case(2025, in#2)";
    private static final String MARKETING = "Marketing/NN expenses/NNS/_/expense were/VBD/_/be $/$/MONEY "
            + "47.9/CD/MONEY million/CD/MONEY in/IN 2026/CD/DATE ,/, compared/VBN/_/compare to/IN $/$/MONEY "
            + "39.2/CD/MONEY million/CD/MONEY in/IN 2025/CD/DATE ./.";
    private static final String MARKETING_PARSE = "root(ROOT, expenses) compound(expenses, Marketing) dep(expenses, "
            + "were) dep(were, $) nummod($, million) nmod:in($, 2026) punct($, ,) acl($, compared) "
            + "compound(million, 47.9) case(2026, in) dep(compared, to) dep(to, $#2) nummod($#2, million#2) "
            + "nmod:in($#2, 2025) punct($#2, .) compound(million#2, 39.2) case(2025, in#2)";
    private static final String BACKLOG = "Backlog/NN at/IN year/NN/DURATION end/NN stood/VBD/_/stand at/IN "
            + "$/$/MONEY 915/CD/MONEY million/CD/MONEY ,/, up/RB from/IN $/$/MONEY 780/CD/MONEY million/CD/MONEY "
            + "a/DT/DATE year/NN/DATE earlier/RBR/DATE/early ./.";
    private static final String BACKLOG_PARSE = "root(ROOT, stood) nsubj(stood, Backlog) advmod(stood, at#2) "
            + "punct(stood, .) nmod:at(Backlog, end) case(end, at) compound(end, year) dep(at#2, $) nummod($, "
            + "million) punct($, ,) advmod($, up) compound(million, 915) obl:from(up, year#2) case(year#2, from) "
            + "nummod(year#2, $#2) det(year#2, a) advmod(year#2, earlier) nummod($#2, million#2) "
            + "compound(million#2, 780)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "compared with, after a date phrase whose 'ended' is tagged as a finite verb | service revenues | "
                    + "compared-with | $ 198.2 million | AMOUNT | USD | " + SERVICE + " | " + SERVICE_PARSE,
            "compared to | marketing expenses | compared-with | $ 39.2 million | AMOUNT | USD | " + MARKETING + " | "
                    + MARKETING_PARSE,
            "down from, a share | gross margin | compared-with | 38.9 % | SHARE | percent | " + MARGIN + " | "
                    + MARGIN_PARSE,
            "up from, the base hung on a year | backlog | compared-with | $ 780 million | AMOUNT | USD | " + BACKLOG
                    + " | " + BACKLOG_PARSE,
            "from after a level reached by to, hung on a later clause | royalty income | compared-with | "
                    + "$ 12.3 million | AMOUNT | USD | " + ROYALTY + " | " + ROYALTY_PARSE,
            "a change in apposition to a level | operating income | compared-with | $ 19.6 million | CHANGE | USD | "
                    + SEGMENT + " | " + SEGMENT_PARSE,
            "the level itself keeps its own step | operating income | copula | $ 148.2 million | AMOUNT | USD | "
                    + SEGMENT + " | " + SEGMENT_PARSE,
            "a figure with a noun of its own after the link is its own | net income | head-noun | $ 5.1 million | "
                    + "AMOUNT | USD | " + LOSS + " | " + LOSS_PARSE})
    void measure(String name, String measure, String step, String figure, String kind, String unit, String tokens,
                 String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.valueOf(kind), unit);
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, about.measure().step(), "step");
    }
}
