package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Average" as an adjective of what moved ("Average weekly earnings increased 5.1%", "Average daily production rose
 * 8%") names no index, and the clause's subject is the measure; the noun "average" of an index name ("The Dow Jones
 * industrial average fell 212.4 points") still makes the move an index level ({@link MarketMoves}; MarketMovesTest,
 * FigurePhrasingsIT). Sentences of
 * session 15's held-out measure set (s15b, a known failure there) and of session 18's kpi set A, parsed as CoreNLP
 * 4.5.10 parsed them.
 */
class IndexNounAdjectiveTest {

    private static final String EARNINGS = "Average/JJ weekly/JJ/SET earnings/NNS increased/VBD/_/increase "
            + "5.1/CD/PERCENT %/NN/PERCENT ,/, officials/NNS/_/official said/VBD/_/say on/IN "
            + "Tuesday/NNP/DATE/Tuesday ./.";
    private static final String EARNINGS_PARSE = "root(ROOT, said) amod(earnings, Average) amod(earnings, weekly) "
            + "nsubj(increased, earnings) obj(increased, %) ccomp(said, increased) punct(said, ,) nsubj(said, "
            + "officials) obl:on(said, Tuesday) punct(said, .) nummod(%, 5.1) case(Tuesday, on)";
    private static final String PRODUCTION = "Average/JJ daily/JJ/SET production/NN rose/VBD/_/rise 8/CD/PERCENT "
            + "%/NN/PERCENT to/IN 46,200/CD/NUMBER/46200 barrels/NNS/_/barrel of/IN oil/NN equivalent/NN ./.";
    private static final String PRODUCTION_PARSE = "root(ROOT, rose) amod(production, Average) amod(production, "
            + "daily) nsubj(rose, production) obj(rose, %) obl:to(rose, barrels) punct(rose, .) nummod(%, 8) "
            + "case(barrels, to) nummod(barrels, 46,200) nmod:of(barrels, equivalent) case(equivalent, of) "
            + "compound(equivalent, oil)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an adjective average before earnings | average weekly earnings | 5.1 % | " + EARNINGS + " | "
                    + EARNINGS_PARSE,
            "an adjective average before production | average daily production | 8 % | " + PRODUCTION + " | "
                    + PRODUCTION_PARSE})
    void measure(String name, String measure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.CHANGE, "percent");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
    }
}
