package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A loss of $381 million, or $0.67 per share": a rate that restates an amount it is a conjunct of measures that
 * amount's measure per unit, also where the enhanced graph hangs the rate on something else first (the "of" before the
 * amount: dep(of, $#2) before conj:or($, $#2)); a list joined by "and" restates nothing. Sentences of MEANTIME tuning
 * article 126029 and of KPI-EDGAR train as CoreNLP parsed them;
 * the second row ("had lost a net $5.9 billion dollars, or $9.66 per share", no conjunct) read so before the
 * change too.
 */
class PerUnitOfTest {

    private static final String LOSS_OF = "In/IN the/DT/DATE first/JJ/DATE quarter/NN/DATE of/IN/DATE last/JJ/DATE "
            + "year/NN/DATE ~,/, GM/NNP/ORGANIZATION/GM had/VBD/_/have reported/VBN/_/report a/DT loss/NN of/IN "
            + "$/$/MONEY ~381/CD/MONEY million/CD/MONEY ~,/, or/CC $/$/MONEY ~0.67/CD/MONEY per/IN share/NN ~./.";
    private static final String LOSS_OF_PARSE = "root(ROOT, reported) case(quarter, In) det(quarter, the) "
            + "amod(quarter, first) nmod:of(quarter, year) obl:in(reported, quarter) punct(reported, ,) "
            + "nsubj(reported, GM) aux(reported, had) obj(reported, loss) punct(reported, .) case(year, of) "
            + "amod(year, last) det(loss, a) acl(loss, of#2) dep(of#2, $) dep(of#2, $#2) nummod($, million) "
            + "punct($, ,#2) conj:or($, $#2) nmod:per($, share) compound(million, 381) cc($#2, or) "
            + "nummod($#2, 0.67) case(share, per)";
    private static final String LOST = "Not/RB including/VBG/_/include special/JJ items/NNS/_/item ~,/, the/DT "
            + "firm/NN said/VBD/_/say it/PRP had/VBD/_/have lost/VBN/_/lose a/DT net/JJ $/$/MONEY ~5.9/CD/MONEY "
            + "billion/CD/MONEY dollars/NNS/MONEY/dollar ~,/, or/CC $/$/MONEY ~9.66/CD/MONEY per/IN share/NN ~./.";
    private static final String LOST_PARSE = "root(ROOT, said) advmod(items, Not) case(items, including) "
            + "amod(items, special) obl:including(said, items) punct(said, ,) nsubj(said, firm) ccomp(said, lost) "
            + "det(firm, the) nsubj(lost, it) aux(lost, had) obj(lost, dollars) det(dollars, a) amod(dollars, net) "
            + "nummod(dollars, $) punct(dollars, ,#2) dep(dollars, or) nummod($, billion) compound(billion, 5.9) "
            + "dep(or, $#2) dep($#2, 9.66) punct($#2, .) nmod:per(9.66, share) case(share, per)";

    /** KPI-EDGAR train: a list of rates joined by "and", each per share itself, restates no amount. */
    private static final String DIVIDENDS = "Dividends/NNS/_/dividend on/IN Common/NNP/_/Common Stock/NNP/_/Stock "
            + "During/IN fiscal/JJ 2021/CD/DATE ~,/, 2020/CD/DATE and/CC 2019/CD/DATE ~,/, our/PRP$/_/we "
            + "Board/NNP/_/Board of/IN Directors/NNPS/_/Directors declared/VBD/_/declare cash/NN "
            + "dividends/NNS/_/dividend of/IN $/$/MONEY ~1.04/CD/MONEY ~,/, $/$/MONEY ~0.96/CD/MONEY and/CC "
            + "$/$/MONEY ~0.81/CD/MONEY per/IN share/NN of/IN our/PRP$/_/we outstanding/JJ common/JJ stock/NN ~,/, "
            + "respectively/RB ~,/, which/WDT we/PRP paid/VBD/_/pay during/IN the/DT same/JJ period/NN ~./.";
    private static final String DIVIDENDS_PARSE = "root(ROOT, declared) nsubj(declared, Dividends) "
            + "punct(declared, ,#2) nsubj(declared, Board) obj(declared, dividends) nmod:on(Dividends, Stock) "
            + "nmod:during(Dividends, 2021) nmod:during(Dividends, 2019) case(Stock, on) compound(Stock, Common) "
            + "case(2021, During) amod(2021, fiscal) punct(2021, ,) nummod(2021, 2020) conj:and(2021, 2019) "
            + "cc(2019, and) nmod:poss(Board, our) nmod:of(Board, Directors) case(Directors, of) "
            + "compound(dividends, cash) acl(dividends, of#2) dep(of#2, $) nummod($, 1.04) orphan(1.04, ,#3) "
            + "dep(,#3, $#2) dep(,#3, $#3) nummod($#2, 0.96) conj:and($#2, $#3) nmod:per($#2, share) "
            + "nmod:of($#2, stock) punct($#2, ,#4) advmod($#2, respectively) punct($#2, ,#5) ref($#2, which) "
            + "acl:relcl($#2, paid) punct($#2, .) obj(paid, $#2) obj(paid, $#3) nsubj(paid, we) "
            + "obl:during(paid, period) cc($#3, and#2) nummod($#3, 0.81) case(share, per) case(stock, of#3) "
            + "nmod:poss(stock, our#2) amod(stock, outstanding) amod(stock, common) case(period, during) "
            + "det(period, the) amod(period, same)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a rate hung on the of first, on the amount as its or-conjunct | $0.67 per share | loss per share | "
                    + "per-unit-of | " + LOSS_OF + " | " + LOSS_OF_PARSE,
            "a rate hung on the amount first | $9.66 per share | loss per share | per-unit-of | " + LOST + " | "
                    + LOST_PARSE,
            "a list of rates joined by and restates nothing | $0.81 per share | cash dividends | listed | " + DIVIDENDS + " | "
                    + DIVIDENDS_PARSE})
    void theRateRestatesTheAmount(String name, String figure, String measure, String step, String tokens,
                                  String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.AMOUNT, "USD", "share");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, HandParsedFigure.dash(about.measure().step()), "measure step");
    }
}
