package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * s40-relations: a region a firm serves, written before a kind noun the product cue reads ("its Northeast services",
 * "its Midwest routes"), is no product of the firm (s39-orders set B read "Northeast productOf Amtrak"); a named line
 * before its kind stays one ("its Pico services"). Each row a hand-parsed sentence ({@link TypeCuesTest#sentence}), the
 * name, and the rule and type its cue gives (or "none").
 */
class RegionBeforeKindS40RelationsTest {

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "Veloria/NNP/veloria/ORGANIZATION expanded/VBD/expand its/PRP$/its Northeast/NNP/northeast services/NNS/service . "
                + "| 1:nsubj:0 1:obj:4 4:nmod:poss:2 4:compound:3 | Northeast | none",
        "Veloria/NNP/veloria/ORGANIZATION expanded/VBD/expand its/PRP$/its Midwest/NNP/midwest services/NNS/service . "
                + "| 1:nsubj:0 1:obj:4 4:nmod:poss:2 4:compound:3 | Midwest | none",
        "Veloria/NNP/veloria/ORGANIZATION expanded/VBD/expand its/PRP$/its Pico/NNP/pico services/NNS/service . "
                + "| 1:nsubj:0 1:obj:4 4:nmod:poss:2 4:compound:3 | Pico | compound-of-product-noun Product"})
    void aRegionBeforeAKindNounIsNoProduct(String words, String parse, String name, String expected) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        int[] span = TypeCuesTest.find(sentence, name.strip());
        TypeCues.Cue cue = TypeCues.cue(sentence, span[0], span[1]);
        String got = cue == null || cue.type() != EntityType.PRODUCT ? "none" : cue.rule() + " " + cue.type().label();
        assertEquals(expected.strip(), got, words);
    }
}
