package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * s41-relations: a name the NER left unnamed before the noun "brand" ("its Hummer brand", "the Slim-Fast brand") is the
 * goods sold under it, a product, so the relation rules can read the brand's owner (main found no entity at all); a
 * name the NER called a firm keeps its type (no cue). Each row a hand-parsed sentence ({@link TypeCuesTest#sentence}),
 * the name, and the rule and type its cue gives (or "none").
 */
class BrandNameS41RelationsTest {

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "Marlow/NNP/marlow/ORGANIZATION sold/VBD/sell its/PRP$/its Tarrant/NNP/tarrant brand/NN/brand . "
                + "| 1:nsubj:0 1:obj:4 4:nmod:poss:2 4:compound:3 | Tarrant | compound-of-product-noun Product",
        "Marlow/NNP/marlow/ORGANIZATION revived/VBD/revive the/DT/the Tarrant/NNP/tarrant brand/NN/brand . "
                + "| 1:nsubj:0 1:obj:4 4:det:2 4:compound:3 | Tarrant | compound-of-product-noun Product",
        "Marlow/NNP/marlow/ORGANIZATION sold/VBD/sell its/PRP$/its Tarrant/NNP/tarrant/ORGANIZATION brand/NN/brand . "
                + "| 1:nsubj:0 1:obj:4 4:nmod:poss:2 4:compound:3 | Tarrant | none"})
    void aNameBeforeBrandIsAProduct(String words, String parse, String name, String expected) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        int[] span = TypeCuesTest.find(sentence, name.strip());
        TypeCues.Cue cue = TypeCues.cue(sentence, span[0], span[1]);
        String got = cue == null || cue.type() != EntityType.PRODUCT ? "none" : cue.rule() + " " + cue.type().label();
        assertEquals(expected.strip(), got, words);
    }
}
