package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/**
 * s26-products: a model of the same number family as a model whose maker the article states is that maker's
 * ({@code product-model-family}), unless its own name opens with another word than the maker's: "the ATR 72" beside
 * "Boeing's 737" is no Boeing (session 25's held-out set B), nor "Dornier 328" beside "Saab 340".
 */
class ModelFamilyS26ProductsTest {

    private static final String TEXT = "Brindle makes the Z300. The others fly.";
    private static final List<Sentence> SENTENCES = List.of(new Sentence(0, 0, 23), new Sentence(1, 24, 39));

    @ParameterizedTest(name = "{1} beside {0} of {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "747         | 737          | Boeing         | true",
        "Boeing 747  | Boeing 737   | Boeing         | true",
        "Boeing 747  | 737-800      | The Boeing Co. | true",
        "A380        | A350 XWB     | Airbus         | true",
        "Boeing 747  | ATR 72       | Boeing         | false",
        "Saab 340    | Dornier 328  | Saab           | false",
        "HA-90       | Dash 90      | Halvard Aero   | false",
        "Brindle Z300| Brindle Z320 | Brindle Aero   | true",
    })
    void aModelOpeningWithAnotherNameIsNoFamilyMembers(String sure, String other, String maker, boolean expected) {
        Entity org = new Entity("maker", maker, EntityType.ORGANIZATION,
                maker.startsWith("The ") ? List.of(maker.substring(4, maker.indexOf(' ', 4))) : List.of(), null,
                List.of(new Span(0, 7, "Brindle", 0)));
        Entity known = new Entity("sure", sure, EntityType.PRODUCT, List.of(), null, List.of(new Span(18, 22, "Z300", 0)));
        Entity product = new Entity("other", other, EntityType.PRODUCT, List.of(), null,
                List.of(new Span(28, 34, "others", 1)));
        Relation stated = new Relation("sure", "productOf", "maker", null, new Span(0, 23, TEXT.substring(0, 23), 0),
                "test", 0.85);
        List<String> found = MakerInArticle.relations(List.of(org, known, product), List.of(stated), null, false,
                name -> false, SENTENCES, TEXT).stream().map(r -> r.subject() + " " + r.object() + " " + r.rule()).toList();
        assertEquals(expected ? List.of("other maker product-model-family") : List.of(), found);
    }
}
