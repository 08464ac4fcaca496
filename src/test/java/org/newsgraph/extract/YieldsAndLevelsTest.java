package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What moved in a market report, told apart from an index ({@link MarketMoves}): a yield moved in basis points, a
 * measure an adjective "average" describes, and a name moved to a bare level. The sentences are those of session 18's
 * markets probe articles (a Wall Street close, a jobs report, a central-bank decision), parsed as CoreNLP parsed them.
 */
class YieldsAndLevelsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a yield moved in basis points is no index", "4.07 %", "percent", "yield",
                        FigureContext.SUBJECT_NOUN,
                        "The/DT yield/NN on/IN the/DT note/NN fell/VBD/_/fall 14/CD basis/NN points/NNS to/IN 4.07/CD "
                                + "%/NN ./.",
                        "root(ROOT, fell) det(yield, The) nmod:on(yield, note) nsubj(fell, yield) obj(fell, points) "
                                + "obl:to(fell, %) case(note, on) det(note, the) nummod(points, 14) "
                                + "compound(points, basis) case(%, to) nummod(%, 4.07)"),
                Arguments.of("a two-year yield moved in basis points is no index either", "4.71 %", "percent",
                        "two-year yield", FigureContext.SUBJECT_NOUN,
                        "The/DT two-year/JJ yield/NN dropped/VBD/_/drop 16/CD basis/NN points/NNS to/IN 4.71/CD %/NN ./.",
                        "root(ROOT, dropped) det(yield, The) amod(yield, two-year) nsubj(dropped, yield) "
                                + "obj(dropped, points) obl:to(dropped, %) nummod(points, 16) compound(points, basis) "
                                + "case(%, to) nummod(%, 4.71)"),
                Arguments.of("the adjective average names no index", "0.2 %", "percent", "average hourly earnings",
                        FigureContext.SUBJECT_NOUN,
                        "Average/JJ hourly/JJ earnings/NNS increased/VBD/_/increase 0.2/CD %/NN ./.",
                        "root(ROOT, increased) amod(earnings, Average) amod(earnings, hourly) "
                                + "nsubj(increased, earnings) obj(increased, %) nummod(%, 0.2)"),
                Arguments.of("nor does it for a workweek", "2 %", "percent", "average workweek",
                        FigureContext.SUBJECT_NOUN,
                        "The/DT average/JJ workweek/NN slipped/VBD/_/slip 2/CD %/NN ./.",
                        "root(ROOT, slipped) det(workweek, The) amod(workweek, average) nsubj(slipped, workweek) "
                                + "obj(slipped, %) nummod(%, 2)"),
                Arguments.of("a name moved to a bare level is an index", "0.4 %", "percent", "index level",
                        MarketMoves.INDEX_LEVEL,
                        "The/DT FTSE/NNP/ORGANIZATION 100/CD/ORGANIZATION ended/VBD/_/end 0.4/CD %/NN lower/JJR at/IN "
                                + "8,912.4/CD ./.",
                        "root(ROOT, ended) det(FTSE, The) nummod(FTSE, 100) nsubj(ended, FTSE) advmod(ended, lower) "
                                + "obl:at(ended, 8,912.4) nummod(%, 0.4) obl:npmod(lower, %) case(8,912.4, at)"),
                Arguments.of("a company moved to a price stays a stock", "2 %", "percent", "stock price",
                        MarketMoves.STOCK_PRICE,
                        "Acme/NNP/ORGANIZATION fell/VBD/_/fall 2/CD %/NN to/IN $/$ 1,250.50/CD ./.",
                        "root(ROOT, fell) nsubj(fell, Acme) obj(fell, %) nummod(%, 2) obl:to(fell, $) case($, to) "
                                + "nummod($, 1,250.50)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void measures(String name, String figure, String unit, String measure, String step, String tokens,
                  String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, "percent".equals(unit) ? FigureKind.CHANGE : FigureKind.AMOUNT, unit);
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, HandParsedFigure.dash(about.measure().step()), "measure step");
    }
}
