package org.newsgraph.extract.coref;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** "the city", "the country", "the capital": one short text each, parsed by hand; the word is in the last sentence. */
class PlaceReferenceTest {

    private static final String MOVING = "Acme/NNP/ORGANIZATION is/VBZ/_/be moving/VBG/_/move its/PRP$ "
            + "headquarters/NNS to/IN Denver/NNP/CITY ./.";
    private static final String MOVING_PARSE = "nsubj(moving, Acme) aux(moving, is) root(ROOT, moving) "
            + "obj(moving, headquarters) nmod:poss(headquarters, its) obl:to(moving, Denver) case(Denver, to)";

    static Stream<CoreferenceCase> cases() {
        return Stream.of(
                new CoreferenceCase("the city named in the sentence before", "city", "denver", "named-place",
                        MOVING, MOVING_PARSE,
                        "The/DT city/NN has/VBZ/_/have 700,000/CD residents/NNS ./.",
                        "det(city, The) nsubj(has, city) root(ROOT, has) obj(has, residents) nummod(residents, 700,000)"),
                new CoreferenceCase("a country is no answer for 'the city'", "city", "-", "-",
                        "Acme/NNP/ORGANIZATION sells/VBZ/_/sell cars/NNS in/IN Spain/NNP/COUNTRY ./.",
                        "nsubj(sells, Acme) root(ROOT, sells) obj(sells, cars) obl:in(sells, Spain) case(Spain, in)",
                        "The/DT city/NN has/VBZ/_/have 700,000/CD residents/NNS ./.",
                        "det(city, The) nsubj(has, city) root(ROOT, has) obj(has, residents) nummod(residents, 700,000)"),
                new CoreferenceCase("the country named earlier in the sentence", "country", "namibia", "named-place",
                        "Acme/NNP/ORGANIZATION drills/VBZ/_/drill in/IN Namibia/NNP/COUNTRY ,/, and/CC the/DT "
                                + "country/NN pays/VBZ/_/pay ./.",
                        "nsubj(drills, Acme) root(ROOT, drills) obl:in(drills, Namibia) case(Namibia, in) "
                                + "conj:and(drills, pays) cc(pays, and) nsubj(pays, country) det(country, the)"),
                new CoreferenceCase("two cities within reach: none", "city", "-", "-",
                        "Acme/NNP/ORGANIZATION moved/VBD/_/move from/IN Leeds/NNP/CITY to/IN Porto/NNP/CITY ./.",
                        "nsubj(moved, Acme) root(ROOT, moved) obl:from(moved, Leeds) case(Leeds, from) "
                                + "obl:to(moved, Porto) case(Porto, to)",
                        "The/DT city/NN grew/VBD/_/grow ./.", "det(city, The) nsubj(grew, city) root(ROOT, grew)"),
                new CoreferenceCase("a city two sentences back is out of reach", "city", "-", "-",
                        MOVING, MOVING_PARSE,
                        "Acme/NNP/ORGANIZATION makes/VBZ/_/make tools/NNS ./.",
                        "nsubj(makes, Acme) root(ROOT, makes) obj(makes, tools)",
                        "The/DT city/NN grew/VBD/_/grow ./.", "det(city, The) nsubj(grew, city) root(ROOT, grew)"),
                new CoreferenceCase("a modifier may make it another city", "city", "-", "-",
                        MOVING, MOVING_PARSE,
                        "The/DT neighbouring/JJ city/NN grew/VBD/_/grow ./.",
                        "det(city, The) amod(city, neighbouring) nsubj(grew, city) root(ROOT, grew)"),
                new CoreferenceCase("a possessed country is the possessor's", "country", "-", "-",
                        MOVING, MOVING_PARSE,
                        "Its/PRP$ home/NN country/NN grew/VBD/_/grow ./.",
                        "nmod:poss(country, Its) compound(country, home) nsubj(grew, country) root(ROOT, grew)"),
                new CoreferenceCase("'the city council' is a council", "city", "-", "-",
                        MOVING, MOVING_PARSE,
                        "The/DT city/NN council/NN voted/VBD/_/vote ./.",
                        "det(council, The) compound(council, city) nsubj(voted, council) root(ROOT, voted)"),
                new CoreferenceCase("the city of a name is that place", "city", "porto", "described",
                        "Acme/NNP/ORGANIZATION moved/VBD/_/move from/IN Leeds/NNP/CITY ./.",
                        "nsubj(moved, Acme) root(ROOT, moved) obl:from(moved, Leeds) case(Leeds, from)",
                        "The/DT city/NN of/IN Porto/NNP/CITY grew/VBD/_/grow ./.",
                        "det(city, The) nmod:of(city, Porto) case(Porto, of) nsubj(grew, city) root(ROOT, grew)"),
                new CoreferenceCase("the pipeline's coarse LOCATION: a country's name is a country", "country",
                        "namibia", "named-place",
                        "Acme/NNP/ORGANIZATION drills/VBZ/_/drill in/IN Namibia/NNP/LOCATION ,/, near/IN "
                                + "Windhoek/NNP/LOCATION ./.",
                        "nsubj(drills, Acme) root(ROOT, drills) obl:in(drills, Namibia) case(Namibia, in) "
                                + "obl:near(drills, Windhoek) case(Windhoek, near)",
                        "The/DT country/NN grew/VBD/_/grow ./.", "det(country, The) nsubj(grew, country) root(ROOT, grew)"),
                new CoreferenceCase("the pipeline's coarse LOCATION: any other place may be the city", "city",
                        "windhoek", "named-place",
                        "Acme/NNP/ORGANIZATION drills/VBZ/_/drill in/IN Namibia/NNP/LOCATION ,/, near/IN "
                                + "Windhoek/NNP/LOCATION ./.",
                        "nsubj(drills, Acme) root(ROOT, drills) obl:in(drills, Namibia) case(Namibia, in) "
                                + "obl:near(drills, Windhoek) case(Windhoek, near)",
                        "The/DT city/NN grew/VBD/_/grow ./.", "det(city, The) nsubj(grew, city) root(ROOT, grew)"),
                new CoreferenceCase("the capital of a country is another place", "capital", "-", "-",
                        MOVING, MOVING_PARSE,
                        "The/DT capital/NN of/IN Spain/NNP/COUNTRY grew/VBD/_/grow ./.",
                        "det(capital, The) nmod:of(capital, Spain) case(Spain, of) nsubj(grew, capital) "
                                + "root(ROOT, grew)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesThePlace(CoreferenceCase example) {
        example.check((text, entities) -> new Coreference(text, entities)::place);
    }
}
