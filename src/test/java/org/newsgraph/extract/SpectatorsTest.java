package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of people who watched or attended measures spectators or attendance ({@link Spectators}, step spectators);
 * watching on television (on the verb or on what was watched), people a verb with its own subject takes, and people
 * who do anything else, keep the counted noun. Made-up sentences, parsed by hand as
 * CoreNLP 4.5.10 parses these shapes.
 */
class SpectatorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fans who watched | spectators | spectators | 60,000 fans | "
                    + "60,000/CD/NUMBER/60000 fans/NNS/_/fan watched/VBD/_/watch the/DT final/NN/_/final ~./. | "
                    + "root(ROOT, watched) nummod(fans, 60,000) nsubj(watched, fans) obj(watched, final) "
                    + "det(final, the) punct(watched, .)",
            "people who attended | attendance | spectators | 2,000 people | "
                    + "2,000/CD/NUMBER/2000 people/NNS/_/person attended/VBD/_/attend the/DT funeral/NN/_/funeral "
                    + "~./. | root(ROOT, attended) nummod(people, 2,000) nsubj(attended, people) "
                    + "obj(attended, funeral) det(funeral, the) punct(attended, .)",
            "on television they are viewers | people | counted-noun | 8 million people | "
                    + "8/CD/NUMBER/8000000 million/CD/NUMBER/8000000 people/NNS/_/person watched/VBD/_/watch "
                    + "the/DT debate/NN/_/debate on/IN television/NN/_/television ~./. | root(ROOT, watched) "
                    + "compound(million, 8) nummod(people, million) nsubj(watched, people) obj(watched, debate) "
                    + "det(debate, the) obl:on(watched, television) case(television, on) punct(watched, .)",
            "fans the parser hung on the verb by 'around' | spectators | spectators | 60,000 fans | "
                    + "Around/IN 60,000/CD/NUMBER/60000 fans/NNS/_/fan watched/VBD/_/watch the/DT final/JJ/_/final "
                    + "~./. | root(ROOT, watched) case(fans, Around) nummod(fans, 60,000) obl:around(watched, fans) "
                    + "obj(watched, final) det(final, the) punct(watched, .)",
            "'around' on a verb with its own subject | people | counted-noun | 300 people | "
                    + "Police/NNS/_/police watched/VBD/_/watch around/IN 300/CD/NUMBER/300 people/NNS/_/person "
                    + "~./. | root(ROOT, watched) nsubj(watched, Police) case(people, around) nummod(people, 300) "
                    + "obl:around(watched, people) punct(watched, .)",
            "television on what was watched | people | counted-noun | 8 million people | "
                    + "8/CD/NUMBER/8000000 million/CD/NUMBER/8000000 people/NNS/_/person watched/VBD/_/watch "
                    + "the/DT debate/NN/_/debate on/IN television/NN/_/television ~./. | root(ROOT, watched) "
                    + "compound(million, 8) nummod(people, million) nsubj(watched, people) obj(watched, debate) "
                    + "det(debate, the) nmod:on(debate, television) case(television, on) punct(watched, .)",
            "people who did something else | people | counted-noun | 300 people | "
                    + "300/CD/NUMBER/300 people/NNS/_/person signed/VBD/_/sign the/DT petition/NN/_/petition ~./. | "
                    + "root(ROOT, signed) nummod(people, 300) nsubj(signed, people) obj(signed, petition) "
                    + "det(petition, the) punct(signed, .)"})
    void measure(String name, String measure, String step, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.COUNT, "thing");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, about.measure().step(), "step");
    }
}
