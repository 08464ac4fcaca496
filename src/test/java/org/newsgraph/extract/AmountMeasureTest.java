package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an amount of money measures, from hand-parsed sentences: "$15 billion in bailout money", "paid $2bn in cash". */
class AmountMeasureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an amount in a bare noun is an amount of that noun | bailout money | in-noun | "
                    + "Acme/NNP/ORGANIZATION received/VBD/_/receive $/$ 15/CD billion/CD in/IN bailout/NN money/NN ./. | "
                    + "nsubj(received, Acme) root(ROOT, received) obj(received, $) nummod($, billion) "
                    + "compound(billion, 15) nmod:in($, money) case(money, in) compound(money, bailout)",
            "an amount in cash is paid in cash, not an amount of cash | - | - | "
                    + "Acme/NNP/ORGANIZATION received/VBD/_/receive $/$ 2/CD billion/CD in/IN cash/NN ./. | "
                    + "nsubj(received, Acme) root(ROOT, received) obj(received, $) nummod($, billion) "
                    + "compound(billion, 2) nmod:in($, cash) case(cash, in)",
            "what a verb of money names, with where the money went (outlay) | investment in robots | outlay | "
                    + "Acme/NNP/ORGANIZATION invested/VBD/_/invest $/$ 5/CD billion/CD in/IN robots/NNS ./. | "
                    + "nsubj(invested, Acme) root(ROOT, invested) obj(invested, $) nummod($, billion) "
                    + "compound(billion, 5) obl:in(invested, robots) case(robots, in)",
            "an amount in the first quarter is no amount of a quarter | - | - | "
                    + "Acme/NNP/ORGANIZATION had/VBD/_/have $/$ 5/CD billion/CD in/IN the/DT first/JJ "
                    + "quarter/NN ./. | "
                    + "nsubj(had, Acme) root(ROOT, had) obj(had, $) nummod($, billion) compound(billion, 5) "
                    + "nmod:in($, quarter) case(quarter, in) det(quarter, the) amod(quarter, first)"})
    void measures(String name, String measure, String step, String tokens, String dependencies) {
        measuresAs(tokens.contains("$/$ 15") ? "$ 15 billion" : tokens.contains("$/$ 2") ? "$ 2 billion" : "$ 5 billion",
                FigureKind.AMOUNT, "USD", measure, step, tokens, dependencies);
    }

    @Test
    void whatAVerbSetsToAFigureIsItsObject() {
        measuresAs("$ 5 billion", FigureKind.AMOUNT, "USD", "forecast", "object-noun",
                "Acme/NNP/ORGANIZATION lifted/VBD/_/lift its/PRP$ forecast/NN to/IN $/$ 5/CD billion/CD ./.",
                "nsubj(lifted, Acme) root(ROOT, lifted) obj(lifted, forecast) nmod:poss(forecast, its) "
                        + "obl:to(lifted, $) case($, to) nummod($, billion) compound(billion, 5)");
    }

    @Test
    void theNumberOfSomethingMeasuresThatThing() {
        measuresAs("230", FigureKind.COUNT, null, "outstanding orders", "object-noun",
                "This/DT brings/VBZ/_/bring the/DT number/NN of/IN outstanding/JJ orders/NNS to/IN 230/CD ./.",
                "nsubj(brings, This) root(ROOT, brings) obj(brings, number) det(number, the) "
                        + "nmod:of(number, orders) case(orders, of) amod(orders, outstanding) obl:to(brings, 230) "
                        + "case(230, to)");
    }

    private static void measuresAs(String figure, FigureKind kind, String unit, String measure, String step,
                                   String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, kind, unit);
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, HandParsedFigure.dash(about.measure().step()), "measure step");
    }
}
