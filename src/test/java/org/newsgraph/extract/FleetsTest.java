package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of vehicles an organisation has or runs measures its fleet ({@link Fleets}, step fleet); vehicles on order,
 * a person's and a verb of buying keep the counted noun. Made-up sentences, parsed by hand as CoreNLP 4.5.10 parses
 * these shapes.
 */
class FleetsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a named organisation has them | aircraft fleet | fleet | 62 aircraft | "
                    + "Albion/NNP/ORGANIZATION/Albion has/VBZ/_/have 62/CD/NUMBER/62 aircraft/NNS/_/aircraft ~./. | "
                    + "root(ROOT, has) nsubj(has, Albion) obj(has, aircraft) nummod(aircraft, 62) punct(has, .)",
            "an organisation's common noun runs them | bus fleet | fleet | 1,400 buses | "
                    + "The/DT airline/NN/_/airline operates/VBZ/_/operate 1,400/CD/NUMBER/1400 buses/NNS/_/bus "
                    + "~./. | root(ROOT, operates) det(airline, The) nsubj(operates, airline) "
                    + "obj(operates, buses) nummod(buses, 1,400) punct(operates, .)",
            "on order is no fleet yet | jets | counted-noun | 40 jets | "
                    + "Albion/NNP/ORGANIZATION/Albion has/VBZ/_/have 40/CD/NUMBER/40 jets/NNS/_/jet on/IN "
                    + "order/NN/_/order ~./. | root(ROOT, has) nsubj(has, Albion) obj(has, jets) nummod(jets, 40) "
                    + "obl:on(has, order) case(order, on) punct(has, .)",
            "the order is the later conjunct's | aircraft fleet | fleet | 91 aircraft | "
                    + "Albion/NNP/ORGANIZATION/Albion has/VBZ/_/have 91/CD/NUMBER/91 aircraft/NNS/_/aircraft "
                    + "and/CC 230/CD/NUMBER/230 on/IN order/NN/_/order ~./. | root(ROOT, has) nsubj(has, Albion) "
                    + "obj(has, aircraft) obj(has, 230) nummod(aircraft, 91) conj:and(aircraft, 230) cc(230, and) "
                    + "obl:on(has, order) case(order, on) punct(has, .)",
            "a person's cars | cars | counted-noun | three cars | "
                    + "Smith/NNP/PERSON/Smith owns/VBZ/_/own three/CD/NUMBER/3 cars/NNS/_/car ~./. | "
                    + "root(ROOT, owns) nsubj(owns, Smith) obj(owns, cars) nummod(cars, three) punct(owns, .)",
            "bought ones are no fleet | buses | counted-noun | 12 buses | "
                    + "Albion/NNP/ORGANIZATION/Albion bought/VBD/_/buy 12/CD/NUMBER/12 buses/NNS/_/bus ~./. | "
                    + "root(ROOT, bought) nsubj(bought, Albion) obj(bought, buses) nummod(buses, 12) "
                    + "punct(bought, .)"})
    void measure(String name, String measure, String step, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.COUNT, "thing");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, about.measure().step(), "step");
    }
}
