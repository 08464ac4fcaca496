package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A market report's move written in a "with" phrase after the clause that names what moved measures that mover's
 * stock price or index level ({@link MoveAbsolutes}). The first three rows are sentences of two MEANTIME tuning-half
 * market reports (114613, 115064) as CoreNLP parsed them; the last two are made-up guards: an article that names no
 * index, and a "with" clause with a subject of its own.
 */
class MoveAbsolutesTest {

    /** MEANTIME 114613: a move noun in a "with" phrase on a noun predicate. */
    private static final String FALLER = "YRC/NNP/ORGANIZATION/YRC Worldwide/NNP/ORGANIZATION/Worldwide "
            + "~,/,/ORGANIZATION Inc./NNP/ORGANIZATION/Inc. was/VBD/_/be the/DT biggest/JJS/_/big faller/NN in/IN "
            + "this/DT index/NN ~,/, with/IN its/PRP$ loss/NN of/IN 27.30/CD/PERCENT ~%/NN/PERCENT that/WDT "
            + "took/VBD/_/take the/DT company/NN ~'s/POS share/NN price/NN down/IN to/IN 5.13/CD/NUMBER ~./.";
    private static final String FALLER_PARSE = "root(ROOT, faller) compound(Worldwide, YRC) punct(Worldwide, ,) "
            + "appos(Worldwide, Inc.) nsubj(faller, Worldwide) cop(faller, was) det(faller, the) "
            + "amod(faller, biggest) nmod:in(faller, index) punct(faller, ,#2) obl:with(faller, loss) "
            + "punct(faller, .) case(index, in) det(index, this) case(loss, with) nmod:poss(loss, its) "
            + "nmod:of(loss, %) ref(loss, that) acl:relcl(loss, took) nsubj(took, loss) obj(took, price) "
            + "obl:to(took, 5.13) case(%, of) nummod(%, 27.30) det(company, the#2) case(company, 's) "
            + "nmod:poss(price, company) compound(price, share) case(5.13, down) case(5.13, to)";
    /** MEANTIME 114613: a move noun in a "with" phrase on a verb. */
    private static final String FARED = "Bank/NNP/ORGANIZATION/Bank of/IN/ORGANIZATION America/NNP/ORGANIZATION/America "
            + "fared/VBD/_/fare worse/JJR/_/bad ~,/, with/IN a/DT fall/NN/DATE of/IN 17.38/CD/PERCENT "
            + "~%/NN/PERCENT ~./.";
    private static final String FARED_PARSE = "root(ROOT, fared) nsubj(fared, Bank) advmod(fared, worse) "
            + "punct(fared, ,) obl:with(fared, fall) punct(fared, .) nmod:of(Bank, America) case(America, of) "
            + "case(fall, with) det(fall, a) nmod:of(fall, %) case(%, of#2) nummod(%, 17.38)";
    /** MEANTIME 115064: a move clause whose subject is the mover's own ("its value"). */
    private static final String PERFORMER = "General/NNP/ORGANIZATION/General Motors/NNPS/ORGANIZATION/Motors "
            + "was/VBD/_/be the/DT best/JJS/_/good performer/NN in/IN this/DT index/NN ~,/, with/IN its/PRP$ "
            + "value/NN rising/VBG/_/rise by/IN 31.49/CD/PERCENT ~%/NN/PERCENT ~./.";
    private static final String PERFORMER_PARSE = "root(ROOT, performer) compound(Motors, General) "
            + "nsubj(performer, Motors) cop(performer, was) det(performer, the) amod(performer, best) "
            + "obl:in(performer, index) punct(performer, ,) advcl:with(performer, rising) punct(performer, .) "
            + "case(index, in) det(index, this) mark(rising, with) nsubj(rising, value) obl:by(rising, %) "
            + "nmod:poss(value, its) case(%, by) nummod(%, 31.49)";
    /** Made up: no index anywhere in the article, so the "with" phrase may be any loss. */
    private static final String YEAR = "Acme/NNP/ORGANIZATION was/VBD/_/be the/DT weakest/JJS/_/weak unit/NN "
            + "in/IN the/DT group/NN ~,/, with/IN a/DT loss/NN of/IN 3/CD/PERCENT ~%/NN/PERCENT ~./.";
    private static final String YEAR_PARSE = "root(ROOT, unit) nsubj(unit, Acme) cop(unit, was) det(unit, the) "
            + "amod(unit, weakest) nmod:in(unit, group) det(group, the#2) case(group, in) punct(unit, ,) "
            + "obl:with(unit, loss) case(loss, with) det(loss, a) nmod:of(loss, %) case(%, of) nummod(%, 3) "
            + "punct(unit, .)";
    /** Made up: the "with" clause has a subject of its own, which is what rose. */
    private static final String REVENUE = "Acme/NNP/ORGANIZATION was/VBD/_/be the/DT best/JJS/_/good performer/NN "
            + "in/IN the/DT index/NN ~,/, with/IN revenue/NN rising/VBG/_/rise by/IN 5/CD/PERCENT ~%/NN/PERCENT ~./.";
    private static final String REVENUE_PARSE = "root(ROOT, performer) nsubj(performer, Acme) cop(performer, was) "
            + "det(performer, the) amod(performer, best) obl:in(performer, index) det(index, the#2) "
            + "case(index, in) advcl:with(performer, rising) mark(rising, with) nsubj(rising, revenue) "
            + "obl:by(rising, %) case(%, by) nummod(%, 5) punct(performer, ,) punct(performer, .)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "with its loss of N% on a noun predicate | 27.30% | stock price | " + FALLER + " | " + FALLER_PARSE,
            "with a fall of N% on a verb | 17.38% | stock price | " + FARED + " | " + FARED_PARSE,
            "with its value rising by N% | 31.49% | stock price | " + PERFORMER + " | " + PERFORMER_PARSE,
            "an article that names no index | 3% | loss | " + YEAR + " | " + YEAR_PARSE,
            "a with clause with its own subject | 5% | revenue | " + REVENUE + " | " + REVENUE_PARSE})
    void theWithPhraseMovesTheClauseSubject(String name, String figure, String measure, String tokens,
                                            String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.CHANGE, "percent");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
    }
}
