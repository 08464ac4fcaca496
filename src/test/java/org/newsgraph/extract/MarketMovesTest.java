package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a market report's figures measure and whose they are, one made-up sentence per class of phrasing: moves and
 * levels of an index (told from a company by the words around its name, or by moves in points, never by its name),
 * moves of a company's stock, and sentences that look like them but are not.
 */
class MarketMovesTest {

    /** A figure in the last sentence, with its unit; "-" for an empty field. */
    record Case(String name, List<String[]> sentences, String figure, FigureKind kind, String unit, String measure,
                String step, String subject) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, String figure, FigureKind kind, String unit, String measure, String step,
                           String subject, String... sentences) {
        List<String[]> parsed = new ArrayList<>();
        for (int i = 0; i < sentences.length; i += 2) {
            parsed.add(new String[] {sentences[i], sentences[i + 1]});
        }
        return new Case(name, parsed, figure, kind, unit, measure, step, subject);
    }

    private static final String INDEX_IN_POINTS = "The/DT Zenith/NNP/MISC index/NN lost/VBD/_/lose 2/CD %/NN ,/, or/CC "
            + "40/CD points/NNS ,/, to/IN 1,950/CD ./.";
    private static final String INDEX_IN_POINTS_PARSE = "det(index, The) compound(index, Zenith) nsubj(lost, index) "
            + "root(ROOT, lost) obj(lost, %) nummod(%, 2) cc(points, or) conj:or(%, points) obj(lost, points) "
            + "nummod(points, 40) obl:to(lost, 1,950) case(1,950, to)";

    static Stream<Case> cases() {
        return Stream.of(
                of("a move in points is an index level", "40 points", FigureKind.CHANGE, "point", "index level",
                        MarketMoves.INDEX_LEVEL, "-", INDEX_IN_POINTS, INDEX_IN_POINTS_PARSE),
                of("the percent beside a move in points moves the index too", "2 %", FigureKind.CHANGE, "percent",
                        "index level", MarketMoves.INDEX_LEVEL, "-", INDEX_IN_POINTS, INDEX_IN_POINTS_PARSE),
                of("a name the article moved in points is an index in later sentences", "3 %", FigureKind.CHANGE,
                        "percent", "index level", MarketMoves.INDEX_LEVEL, "zenith",
                        "Zenith/NNP/ORGANIZATION fell/VBD/_/fall 120/CD points/NNS ./.",
                        "nsubj(fell, Zenith) root(ROOT, fell) obj(fell, points) nummod(points, 120)",
                        "On/IN Monday/NNP Zenith/NNP/ORGANIZATION rose/VBD/_/rise 3/CD %/NN ./.",
                        "obl:on(rose, Monday) case(Monday, On) nsubj(rose, Zenith) root(ROOT, rose) obj(rose, %) "
                                + "nummod(%, 3)"),
                of("a company's move in percent is its stock price", "5 %", FigureKind.CHANGE, "percent",
                        "stock price", MarketMoves.STOCK_PRICE, "acme",
                        "Acme/NNP/ORGANIZATION fell/VBD/_/fall 5/CD %/NN ./.",
                        "nsubj(fell, Acme) root(ROOT, fell) obj(fell, %) nummod(%, 5)"),
                of("shares in a company: its stock price, the company the subject", "4 %", FigureKind.CHANGE,
                        "percent", "stock price", MarketMoves.STOCK_PRICE, "acme",
                        "Shares/NNS in/IN Acme/NNP/ORGANIZATION climbed/VBD/_/climb 4/CD %/NN ./.",
                        "nsubj(climbed, Shares) nmod:in(Shares, Acme) case(Acme, in) root(ROOT, climbed) "
                                + "obj(climbed, %) nummod(%, 4)"),
                of("shares that end on a number of points are still a stock", "40 %", FigureKind.CHANGE, "percent",
                        "stock price", MarketMoves.STOCK_PRICE, "acme",
                        "Shares/NNS in/IN Acme/NNP/ORGANIZATION fell/VBD/_/fall 40/CD %/NN to/TO end/VB/_/end "
                                + "on/IN 94/CD points/NNS ./.",
                        "nsubj(fell, Shares) nmod:in(Shares, Acme) case(Acme, in) root(ROOT, fell) obj(fell, %) "
                                + "nummod(%, 40) xcomp(fell, end) mark(end, to) obl:on(end, points) case(points, on) "
                                + "nummod(points, 94)"),
                of("a participle on shares in a company", "9 %", FigureKind.CHANGE, "percent", "stock price",
                        MarketMoves.STOCK_PRICE, "acme",
                        "Banks/NNS fared/VBD/_/fare badly/RB ,/, with/IN shares/NNS in/IN Acme/NNP/ORGANIZATION "
                                + "falling/VBG/_/fall 9/CD %/NN ./.",
                        "nsubj(fared, Banks) root(ROOT, fared) advmod(fared, badly) obl:with(fared, shares) "
                                + "case(shares, with) nmod:in(shares, Acme) case(Acme, in) acl(shares, falling) "
                                + "obj(falling, %) nummod(%, 9)"),
                of("a price a company's stock closed at", "$ 3.93", FigureKind.AMOUNT, "USD", "stock price",
                        MarketMoves.STOCK_PRICE, "acme",
                        "Acme/NNP/ORGANIZATION closed/VBD/_/close at/IN $/$ 3.93/CD ./.",
                        "nsubj(closed, Acme) root(ROOT, closed) obl:at(closed, $) case($, at) nummod($, 3.93)"),
                of("money a company lost is not its stock price", "$ 6 billion", FigureKind.AMOUNT, "USD", "loss",
                        FigureContext.VERB_NOUN,
                        "acme",
                        "Acme/NNP/ORGANIZATION lost/VBD/_/lose $/$ 6/CD billion/CD ./.",
                        "nsubj(lost, Acme) root(ROOT, lost) obj(lost, $) nummod($, billion) compound(billion, 6)"),
                of("a company's reported increase is no market move", "5 %", FigureKind.CHANGE, "percent", "-", "-",
                        "acme",
                        "Acme/NNP/ORGANIZATION reported/VBD/_/report a/DT 5/CD %/NN increase/NN ./.",
                        "nsubj(reported, Acme) root(ROOT, reported) obj(reported, increase) det(increase, a) "
                                + "compound(increase, %) nummod(%, 5)"),
                of("points scored are counted, not an index level", "31 points", FigureKind.COUNT, "point",
                        "points", FigureContext.COUNTED_NOUN, "-",
                        "She/PRP scored/VBD/_/score 31/CD points/NNS in/IN the/DT final/NN ./.",
                        "nsubj(scored, She) root(ROOT, scored) obj(scored, points) nummod(points, 31) "
                                + "obl:in(scored, final) case(final, in) det(final, the)"),
                of("points a team won are counted too", "12 points", FigureKind.COUNT, "point", "points",
                        FigureContext.COUNTED_NOUN, "-",
                        "The/DT club/NN won/VBD/_/win 12/CD points/NNS ./.",
                        "det(club, The) nsubj(won, club) root(ROOT, won) obj(won, points) nummod(points, 12)"),
                of("a plain measure that rose keeps its own name", "5 %", FigureKind.CHANGE, "percent", "revenue",
                        FigureContext.SUBJECT_NOUN, "-",
                        "revenue/NN rose/VBD/_/rise 5/CD %/NN ./.",
                        "nsubj(rose, revenue) root(ROOT, rose) obj(rose, %) nummod(%, 5)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void measures(Case c) {
        FigureContext.About about = HandParsedFigure.about(c.sentences(), c.figure(), c.kind(), c.unit());
        assertEquals(c.measure(), HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(c.step(), HandParsedFigure.dash(about.measure().step()), "measure step");
        assertEquals(c.subject(), HandParsedFigure.dash(about.subject().sure() ? about.subject().value() : null), "subject");
    }
}
