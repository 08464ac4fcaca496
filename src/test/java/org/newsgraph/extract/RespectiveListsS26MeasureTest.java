package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26's reader of the other side of a "respectively" list ({@link RespectiveLists}, s26-measure) and the
 * subject a date or heading holds as its apposition ({@link ApposedSubjects}). Seen on KPI-EDGAR train: KO ("our
 * operating lease ROU assets and operating lease liabilities were $1,372 million and $1,392 million, respectively",
 * the copula read as dep(assets, were) and a comma join pulling "result" into the noun list: the second amount took
 * the first's measure); DIS ("As of October 3, 2020 and September 28, 2019, capitalized software costs, net of
 * accumulated depreciation, totaled $778 million and $927 million, respectively": nsubj(totaled, 28)
 * appos(28, costs)) and V, two filings ("Cash Flow Hedges As of September 30, 2020 and 2019, the Company's cash flow
 * hedges in an asset position totaled $71 million and $47 million, respectively": nsubj(totaled, Hedges)
 * appos(Hedges, hedges)), both empty. The sentences are those parses as CoreNLP gave them, with other words. The
 * news rows (a subject list of a change verb, coordinated modifiers with one head) are written by hand in the shape
 * of those parses; so is JPM's shape of two nouns and four amounts ("the amortized cost and fair value of such
 * securities were $95.7 billion and $98.8 billion, and $54.7 billion and $55.8 billion, respectively": the later
 * amounts took the first's measure). Controls: an amount of its own noun is that noun's, not the subject's; a heading's apposition is
 * taken only for a date or a heading, not for a common-noun subject.
 */
class RespectiveListsS26MeasureTest {

    /** KO's parse: a misparsed copula, and the comma after the opening phrase joining "result" to the nouns. */
    private static final String LEASES = "As/IN/_/as a/DT/_/a result/NN/_/result of/IN/_/of the/DT/_/the "
            + "standard/NN/_/standard ,/,/_/, our/PRP$/_/we operating/NN/_/operating lease/NN/_/lease "
            + "right-of-use/NN/_/right-of-use assets/NNS/_/asset and/CC/_/and operating/VBG/_/operate "
            + "lease/NN/_/lease liabilities/NNS/_/liability were/VBD/_/be $/$/MONEY/$ 2,210/CD/MONEY/2210 "
            + "million/CD/MONEY/million and/CC/_/and $/$/MONEY/$ 2,305/CD/MONEY/2305 million/CD/MONEY/million ,/,/_/, "
            + "respectively/RB/_/respectively ,/,/_/, as/IN/_/as of/IN/_/of December/NNP/DATE/December "
            + "31/CD/DATE/31 ,/,/DATE/, 2019/CD/DATE/2019 ././_/.";
    private static final String LEASES_PARSE = "root(ROOT, result) case(result, As) det(result, a) "
            + "nmod:of(result, standard) punct(result, ,) case(standard, of) det(standard, the) dep(,, assets) "
            + "dep(,, liabilities) nmod:poss(assets, our) compound(assets, right-of-use) conj:and(assets, liabilities) "
            + "dep(assets, were) punct(assets, .) compound(lease, operating) compound(right-of-use, lease) "
            + "cc(liabilities, and) compound(liabilities, lease#2) amod(lease#2, operating#2) obl:tmod(were, $) "
            + "obl:tmod(were, $#2) nummod($, million) conj:and($, $#2) punct($, ,#2) advmod($, respectively) "
            + "punct($, ,#3) nmod:as_of($, December) compound(million, 2,210) cc($#2, and#2) nummod($#2, million#2) "
            + "compound(million#2, 2,305) case(December, as) nummod(December, 31) punct(December, ,#4) "
            + "nummod(December, 2019) fixed(as, of#2)";
    /** DIS's parse: a date list before the subject, the date the verb's subject. */
    private static final String DATED = "As/IN/_/as of/IN/_/of October/NNP/DATE/October 3/CD/DATE/3 ,/,/DATE/, "
            + "2020/CD/DATE/2020 and/CC/_/and September/NNP/DATE/September 28/CD/DATE/28 ,/,/DATE/, "
            + "2019/CD/DATE/2019 ,/,/_/, deferred/VBD/_/defer contract/NN/_/contract costs/NNS/_/cost ,/,/_/, "
            + "net/NN/_/net of/IN/_/of accumulated/VBN/_/accumulate amortization/NN/_/amortization ,/,/_/, "
            + "totaled/VBD/_/total $/$/MONEY/$ 412/CD/MONEY/412 million/CD/MONEY/million and/CC/_/and $/$/MONEY/$ "
            + "388/CD/MONEY/388 million/CD/MONEY/million ,/,/_/, respectively/RB/_/respectively ././_/.";
    private static final String DATED_PARSE = "root(ROOT, totaled) case(October, As) nummod(October, 3) fixed(As, of) "
            + "obl:as_of(totaled, October) punct(totaled, ,) dep(totaled, 2020) dep(totaled, September) "
            + "nsubj(totaled, 28) obj(totaled, $) obj(totaled, $#2) punct(totaled, .) conj:and(2020, September) "
            + "cc(September, and) punct(28, ,#2) nummod(28, 2019) punct(28, ,#3) appos(28, costs) punct(28, ,#4) "
            + "appos(28, net) punct(28, ,#5) amod(costs, deferred) compound(costs, contract) "
            + "nmod:of(net, amortization) case(amortization, of#2) amod(amortization, accumulated) "
            + "nummod($, million) conj:and($, $#2) punct($, ,#6) advmod($, respectively) compound(million, 412) "
            + "cc($#2, and#2) nummod($#2, million#2) compound(million#2, 388)";
    /** V's parse: a heading run into the sentence, the heading the verb's subject. */
    private static final String HEADING = "Fair/NNP/_/Fair Value/NNP/_/Value Hedges/NNP/_/Hedges As/IN/_/as "
            + "of/IN/_/of September/NNP/DATE/September 30/CD/DATE/30 ,/,/DATE/, 2020/CD/DATE/2020 and/CC/_/and "
            + "2019/CD/DATE/2019 ,/,/_/, the/DT/_/the group/NN/_/group 's/POS/_/'s fair/NN/_/fair value/NN/_/value "
            + "hedges/NNS/_/hedge in/IN/_/in a/DT/_/a liability/NN/_/liability position/NN/_/position "
            + "totaled/VBD/_/total $/$/MONEY/$ 64/CD/MONEY/64 million/CD/MONEY/million and/CC/_/and $/$/MONEY/$ "
            + "52/CD/MONEY/52 million/CD/MONEY/million ,/,/_/, respectively/RB/_/respectively ././_/.";
    private static final String HEADING_PARSE = "root(ROOT, totaled) compound(Hedges, Fair) compound(Hedges, Value) "
            + "nmod:as_of(Hedges, September) nmod:as_of(Hedges, 2019) punct(Hedges, ,#2) appos(Hedges, hedges) "
            + "nsubj(totaled, Hedges) obj(totaled, $) obj(totaled, $#2) punct(totaled, .) case(September, As) "
            + "nummod(September, 30) punct(September, ,) nummod(September, 2020) conj:and(September, 2019) "
            + "fixed(As, of) cc(2019, and) det(group, the) case(group, 's) nmod:poss(hedges, group) "
            + "compound(hedges, value) nmod:in(hedges, position) compound(value, fair) case(position, in) "
            + "det(position, a) compound(position, liability) nummod($, million) conj:and($, $#2) punct($, ,#3) "
            + "advmod($, respectively) compound(million, 64) cc($#2, and#2) nummod($#2, million#2) "
            + "compound(million#2, 52)";
    /** A subject list of a change verb, the amounts its objects. */
    private static final String ROSE = "Revenue/NN/_/revenue and/CC/_/and operating/NN/_/operating "
            + "income/NN/_/income increased/VBD/_/increase 3/CD/PERCENT/3 %/NN/PERCENT/% and/CC/_/and "
            + "5/CD/PERCENT/5 %/NN/PERCENT/% ,/,/_/, respectively/RB/_/respectively ././_/.";
    private static final String ROSE_PARSE = "root(ROOT, increased) nsubj(increased, Revenue) "
            + "nsubj(increased, income) conj:and(Revenue, income) cc(income, and) compound(income, operating) "
            + "obj(increased, %) obj(increased, %#2) nummod(%, 3) conj:and(%, %#2) cc(%#2, and#2) nummod(%#2, 5) "
            + "punct(increased, ,) advmod(increased, respectively) punct(increased, .)";
    /** Coordinated modifiers of one subject noun. */
    private static final String SALES = "Domestic/JJ/_/domestic and/CC/_/and international/JJ/_/international "
            + "sales/NNS/_/sale increased/VBD/_/increase 4/CD/PERCENT/4 %/NN/PERCENT/% and/CC/_/and "
            + "9/CD/PERCENT/9 %/NN/PERCENT/% ,/,/_/, respectively/RB/_/respectively ././_/.";
    private static final String SALES_PARSE = "root(ROOT, increased) amod(sales, Domestic) amod(sales, international) "
            + "conj:and(Domestic, international) cc(international, and) nsubj(increased, sales) obj(increased, %) "
            + "obj(increased, %#2) nummod(%, 4) conj:and(%, %#2) cc(%#2, and#2) nummod(%#2, 9) punct(increased, ,) "
            + "advmod(increased, respectively) punct(increased, .)";
    /** Control: the amounts are of a noun of their own; the coordinated subject says whose, not what. */
    private static final String PROFITS = "Retail/NN/_/retail and/CC/_/and wholesale/NN/_/wholesale "
            + "reported/VBD/_/report operating/NN/_/operating profits/NNS/_/profit of/IN/_/of $/$/MONEY/$ "
            + "90/CD/MONEY/90 million/CD/MONEY/million and/CC/_/and $/$/MONEY/$ 60/CD/MONEY/60 "
            + "million/CD/MONEY/million ,/,/_/, respectively/RB/_/respectively ././_/.";
    private static final String PROFITS_PARSE = "root(ROOT, reported) nsubj(reported, Retail) "
            + "nsubj(reported, wholesale) conj:and(Retail, wholesale) cc(wholesale, and) obj(reported, profits) "
            + "compound(profits, operating) nmod:of(profits, $) nmod:of(profits, $#2) case($, of) nummod($, million) "
            + "compound(million, 90) conj:and($, $#2) cc($#2, and#2) nummod($#2, million#2) compound(million#2, 60) "
            + "punct(reported, ,) advmod(reported, respectively) punct(reported, .)";
    /** Two nouns and four amounts (pairs of pairs, JPM's shape): the later amounts pair with no one noun. */
    private static final String PAIRS = "Amortized/VBN/_/amortize cost/NN/_/cost and/CC/_/and fair/JJ/_/fair "
            + "value/NN/_/value were/VBD/_/be $/$/MONEY/$ 95/CD/MONEY/95 million/CD/MONEY/million and/CC/_/and "
            + "$/$/MONEY/$ 98/CD/MONEY/98 million/CD/MONEY/million ,/,/_/, and/CC/_/and $/$/MONEY/$ 54/CD/MONEY/54 "
            + "million/CD/MONEY/million and/CC/_/and $/$/MONEY/$ 55/CD/MONEY/55 million/CD/MONEY/million ,/,/_/, "
            + "respectively/RB/_/respectively ././_/.";
    private static final String PAIRS_PARSE = "root(ROOT, $) amod(cost, Amortized) nsubj($, cost) "
            + "conj:and(cost, value) cc(value, and) amod(value, fair) cop($, were) nummod($, million) "
            + "compound(million, 95) conj:and($, $#2) cc($#2, and#2) nummod($#2, million#2) compound(million#2, 98) "
            + "punct($, ,) conj:and($, $#3) cc($#3, and#3) nummod($#3, million#3) compound(million#3, 54) "
            + "conj:and($#3, $#4) cc($#4, and#4) nummod($#4, million#4) compound(million#4, 55) punct($, ,#2) "
            + "advmod($, respectively) punct($, .)";
    /** Control: a common-noun subject with an apposition stays the subject. */
    private static final String APPOSED = "Revenue/NN/_/revenue ,/,/_/, the/DT/_/the largest/JJS/_/large "
            + "item/NN/_/item ,/,/_/, totaled/VBD/_/total $/$/MONEY/$ 70/CD/MONEY/70 million/CD/MONEY/million "
            + "././_/.";
    private static final String APPOSED_PARSE = "root(ROOT, totaled) nsubj(totaled, Revenue) punct(Revenue, ,) "
            + "appos(Revenue, item) det(item, the) amod(item, largest) punct(Revenue, ,#2) obj(totaled, $) "
            + "nummod($, million) compound(million, 70) punct(totaled, .)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "misparsed copula, first noun of the list | operating lease right-of-use assets | $ 2,210 million | "
                    + LEASES + " | " + LEASES_PARSE,
            "misparsed copula, second noun of the list | operating lease liabilities | $ 2,305 million | " + LEASES
                    + " | " + LEASES_PARSE,
            "a date list before the subject | deferred contract costs | $ 412 million | " + DATED + " | "
                    + DATED_PARSE,
            "a heading run into the sentence | fair value hedges | $ 52 million | " + HEADING + " | "
                    + HEADING_PARSE,
            "subject list of a change verb | operating income | 5 % | " + ROSE + " | " + ROSE_PARSE,
            "coordinated modifiers of one noun | international sales | 9 % | " + SALES + " | " + SALES_PARSE,
            "two nouns, four amounts: a later amount pairs with none | - | $ 55 million | " + PAIRS + " | "
                    + PAIRS_PARSE,
            "control: the amounts' own noun | operating profits | $ 90 million | " + PROFITS + " | " + PROFITS_PARSE,
            "control: a common-noun subject keeps its place | revenue | $ 70 million | " + APPOSED + " | "
                    + APPOSED_PARSE})
    void measure(String name, String measure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, figure.contains("%") ? FigureKind.SHARE : FigureKind.AMOUNT, figure.contains("%") ? "percent"
                        : "USD");
        FigureContext.Found found = about.measure();
        String read = found.value() == null ? "-" : found.value() + (found.sure() ? "" : "?");
        assertEquals(measure, read, "measure");
    }
}
