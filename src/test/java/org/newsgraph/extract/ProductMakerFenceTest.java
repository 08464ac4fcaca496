package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A figure whose own clause is about a product the answer is the maker of is the product's, whatever step reached the
 * maker ({@code FigureContext.notTheMakers}): the class of MEANTIME tuning "Apple's iTunes held 19 percent" and
 * "Boeing's upcoming new design, the 7e7, ... at 200-250 seats", and of session 22's held-out B, where sure steps
 * asserted the maker ("Corvin's Mistral 7 business jet ... has won only nine orders", "its Kestrel engine ... had
 * logged 1.2 million flight hours"). Made-up sentences, one a row; controls keep a buyer's, a seller's and a maker's
 * own figures.
 */
class ProductMakerFenceTest {

    private static final String[] MAKER = {"Corvin/NNP/ORGANIZATION opened/VBD/_/open a/DT plant/NN ./.",
            "nsubj(opened, Corvin) root(ROOT, opened) obj(opened, plant) det(plant, a)"};

    record Row(String name, String[] sentence, String figure, FigureKind kind, String unit, String subject,
               boolean asserted) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Row> rows() {
        return List.of(
                new Row("possessor of a product noun named by a product: the product, asserted (s39)",
                        new String[] {"Corvin/NNP/ORGANIZATION 's/POS Vela/NNP/PRODUCT business/NN jet/NN has/VBZ "
                                + "won/VBN/_/win nine/CD orders/NNS ./.",
                                "nmod:poss(jet, Corvin) case(Corvin, 's) compound(jet, Vela) compound(jet, business) "
                                        + "nsubj(won, jet) aux(won, has) root(ROOT, won) obj(won, orders) "
                                        + "nummod(orders, nine) punct(won, .)"},
                        "nine orders", FigureKind.COUNT, "order", "vela", true),
                new Row("possessor of an unnamed product noun: empty",
                        new String[] {"Corvin/NNP/ORGANIZATION 's/POS new/JJ jet/NN has/VBZ won/VBN/_/win nine/CD "
                                + "orders/NNS ./.",
                                "nmod:poss(jet, Corvin) case(Corvin, 's) amod(jet, new) nsubj(won, jet) aux(won, has) "
                                        + "root(ROOT, won) obj(won, orders) nummod(orders, nine) punct(won, .)"},
                        "nine orders", FigureKind.COUNT, "order", null, false),
                new Row("its for the maker of a named engine: the engine, asserted (s39)",
                        new String[] {"Its/PRP$ Kestrel/NNP/PRODUCT engine/NN had/VBD logged/VBN/_/log 1.2/CD "
                                + "million/CD hours/NNS ./.",
                                "nmod:poss(engine, Its) compound(engine, Kestrel) nsubj(logged, engine) "
                                        + "aux(logged, had) root(ROOT, logged) obj(logged, hours) "
                                        + "nummod(hours, million) compound(million, 1.2) punct(logged, .)"},
                        "1.2 million hours", FigureKind.COUNT, "hour", "kestrel", true),
                new Row("a participle after launching a named product the maker marks: the product, asserted (s39)",
                        new String[] {"Corvin/NNP/ORGANIZATION unveiled/VBD/_/unveil its/PRP$ Vela/NNP/PRODUCT "
                                + "yacht/NN ,/, cutting/VBG/_/cut the/DT price/NN to/TO 400/CD pounds/NNS ./.",
                                "nsubj(unveiled, Corvin) root(ROOT, unveiled) obj(unveiled, yacht) "
                                        + "nmod:poss(yacht, its) compound(yacht, Vela) punct(unveiled, ,) "
                                        + "advcl(unveiled, cutting) obj(cutting, price) det(price, the) "
                                        + "obl:to(cutting, pounds) case(pounds, to) nummod(pounds, 400) "
                                        + "punct(unveiled, .)"},
                        "400 pounds", FigureKind.AMOUNT, "GBP", "vela", true),
                new Row("a product noun the maker marks, its name typed an organisation: the maker, proposed",
                        new String[] {"Corvin/NNP/ORGANIZATION unveiled/VBD/_/unveil its/PRP$ Aria/NNP/ORGANIZATION "
                                + "e-bike/NN ,/, cutting/VBG/_/cut the/DT price/NN to/TO 400/CD pounds/NNS ./.",
                                "nsubj(unveiled, Corvin) root(ROOT, unveiled) obj(unveiled, e-bike) "
                                        + "nmod:poss(e-bike, its) compound(e-bike, Aria) punct(unveiled, ,) "
                                        + "advcl(unveiled, cutting) obj(cutting, price) det(price, the) "
                                        + "obl:to(cutting, pounds) case(pounds, to) nummod(pounds, 400) "
                                        + "punct(unveiled, .)"},
                        "400 pounds", FigureKind.AMOUNT, "GBP", "corvin", false),
                new Row("control: the maker's own revenue stays the maker's",
                        new String[] {"Corvin/NNP/ORGANIZATION 's/POS revenue/NN rose/VBD/_/rise 12/CD %/NN ./.",
                                "nmod:poss(revenue, Corvin) case(Corvin, 's) nsubj(rose, revenue) root(ROOT, rose) "
                                        + "obj(rose, %) nummod(%, 12) punct(rose, .)"},
                        "12 %", FigureKind.CHANGE, "percent", "corvin", true),
                new Row("control: a buyer's order of the maker's jets stays the buyer's",
                        new String[] {"Skyreach/NNP/ORGANIZATION ordered/VBD/_/order 24/CD Vela/NNP/PRODUCT jets/NNS "
                                + "from/IN Corvin/NNP/ORGANIZATION ./.",
                                "nsubj(ordered, Skyreach) root(ROOT, ordered) obj(ordered, jets) nummod(jets, 24) "
                                        + "compound(jets, Vela) case(Corvin, from) obl:from(ordered, Corvin) "
                                        + "punct(ordered, .)"},
                        "24 Vela jets", FigureKind.COUNT, "jet", "skyreach", true),
                new Row("control: the maker selling its jets stays the maker's",
                        new String[] {"Corvin/NNP/ORGANIZATION sold/VBD/_/sell 140/CD jets/NNS ./.",
                                "nsubj(sold, Corvin) root(ROOT, sold) obj(sold, jets) nummod(jets, 140) "
                                        + "punct(sold, .)"},
                        "140 jets", FigureKind.COUNT, "jet", "corvin", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aProductsFigureIsNotItsMakers(Row row) {
        FigureContext.About about = HandParsedFigure.about(List.of(MAKER, row.sentence()), row.figure(), row.kind(),
                row.unit());
        FigureContext.Found subject = about.subject();
        assertEquals(row.subject(), subject.value(), subject.key());
        assertEquals(row.asserted(), subject.sure(), subject.key());
        if (row.name().contains("typed an organisation")) {
            assertEquals(true, subject.key().endsWith("/product-maker"), subject.key());
        } else if (row.subject() == null || !row.subject().equals("corvin")) {
            assertFalse("corvin".equals(subject.value()) || subject.others().contains("corvin"), subject.key());
        }
    }
}
