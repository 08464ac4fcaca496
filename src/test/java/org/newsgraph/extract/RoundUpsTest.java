package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A round-up's later figures measure what its first one does ({@link RoundUps}, step round-up); a figure by "at" on a
 * name that is no round-up keeps its own. Made-up sentences, parsed by hand as CoreNLP 4.5.10 parses these shapes.
 */
class RoundUpsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "with a name at a share | smartphone market | round-up | 19% | "
                    + "Kestrel/NNP/ORGANIZATION held/VBD/_/hold 24/CD/PERCENT ~%/NN/PERCENT of/IN the/DT "
                    + "smartphone/NN/_/smartphone market/NN/_/market ,/, with/IN Orvane/NNP/ORGANIZATION at/IN "
                    + "19/CD/PERCENT ~%/NN/PERCENT ~./. | root(ROOT, held) nsubj(held, Kestrel) obj(held, %) "
                    + "nummod(%, 24) nmod:of(%, market) case(market, of) det(market, the) "
                    + "compound(market, smartphone) punct(held, ,) obl:with(held, Orvane) case(Orvane, with) "
                    + "nmod:at(Orvane, %#2) case(%#2, at) nummod(%#2, 19) punct(held, .)",
            "followed by a name at a share | vote | round-up | 33% | "
                    + "The/DT candidate/NN/_/candidate won/VBD/_/win 41/CD/PERCENT ~%/NN/PERCENT of/IN the/DT "
                    + "vote/NN/_/vote ,/, followed/VBN/_/follow by/IN the/DT Conservative/NN/_/conservative at/IN "
                    + "33/CD/PERCENT ~%/NN/PERCENT ~./. | root(ROOT, won) det(candidate, The) nsubj(won, candidate) "
                    + "obj(won, %) nummod(%, 41) nmod:of(%, vote) case(vote, of) det(vote, the) punct(won, ,) "
                    + "advcl:followed_by(won, Conservative) case(Conservative, followed) fixed(followed, by) "
                    + "det(Conservative, the) nmod:at(Conservative, %#2) case(%#2, at) nummod(%#2, 33) "
                    + "punct(won, .)",
            "a share at a place is no round-up | - | - | 5% | "
                    + "Prices/NNS/_/price rose/VBD/_/rise 5/CD/PERCENT ~%/NN/PERCENT at/IN the/DT "
                    + "airport/NN/_/airport ~./. | root(ROOT, rose) nsubj(rose, Prices) obj(rose, %) nummod(%, 5) "
                    + "obl:at(rose, airport) case(airport, at) det(airport, the) punct(rose, .)"})
    void measure(String name, String measure, String step, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.SHARE, "percent");
        if (step.equals("-")) {
            assertEquals(false, RoundUps.STEP.equals(about.measure().step()), "step");
            return;
        }
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, about.measure().step(), "step");
    }
}
