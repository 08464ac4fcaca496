package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * s30-products: a named line written before its kind noun is a product ("its Pico earbuds", "its Volo e-scooters"),
 * also where the kind is one the product-noun list held only in the plural (the tagger's lemma "earbud") or an
 * electric version written with "e-" that WordNet does not list ("e-scooter", "e-van": the kind is the rest's). Not
 * "e-commerce", whose rest names no product. Each row a hand-parsed sentence ({@link TypeCuesTest#sentence}), the
 * name, and the rule and type its cue gives (or "none").
 */
class ProductKindNounsS30ProductsTest {

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "Farrow/NNP/farrow/ORGANIZATION unveiled/VBD/unveil its/PRP$/its Pico/NNP/pico earbuds/NNS/earbud . "
                + "| 1:nsubj:0 1:obj:4 4:nmod:poss:2 4:compound:3 | Pico | compound-of-product-noun Product",
        "Sendara/NNP/sendara/ORGANIZATION released/VBD/release its/PRP$/its Volo/NNP/volo e-scooters/NNS/e-scooter . "
                + "| 1:nsubj:0 1:obj:4 4:nmod:poss:2 4:compound:3 | Volo | compound-of-product-noun Product",
        "Korvath/NNP/korvath/ORGANIZATION ordered/VBD/order 40 Tarn/NNP/tarn e-vans/NNS/e-van . "
                + "| 1:nsubj:0 1:obj:4 4:nummod:2 4:compound:3 | Tarn | compound-of-product-noun Product",
        // a trade whose rest names no product
        "Korvath/NNP/korvath/ORGANIZATION grew/VBD/grow its/PRP$/its Tarn/NNP/tarn e-commerce/NN/e-commerce arm/NN/arm . "
                + "| 1:nsubj:0 1:obj:5 5:nmod:poss:2 5:compound:3 5:compound:4 | Tarn | none"})
    void aNamedLineBeforeItsKindIsAProduct(String words, String parse, String name, String expected) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        int[] span = TypeCuesTest.find(sentence, name.strip());
        TypeCues.Cue cue = TypeCues.cue(sentence, span[0], span[1]);
        String got = cue == null || cue.type() != EntityType.PRODUCT ? "none" : cue.rule() + " " + cue.type().label();
        assertEquals(expected.strip(), got, words);
    }
}
