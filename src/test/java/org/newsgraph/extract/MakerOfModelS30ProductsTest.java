package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * s30-products: the one-word owner of a named model ("Quellan's Nimbus 7", "Tolvane's new Arcus 3", "Kessler's Velo
 * Max") or of a named line of a product's kind ("Wilmot's Cadence headphones") is its maker, an organisation, whatever
 * person the NER guessed (TypeCues rule maker-of-named-model; a surname slot, so a person the article named in full
 * keeps the short name). Not a count of a common noun ("Smith's 12 goals"), not a year after a name ("Lund's Odyssey
 * 2030"), not a place ("Germany's DAX 30"), not a person named in full, not a place's name before a product noun
 * ("Smith's Detroit car"). Each row a hand-parsed sentence ({@link TypeCuesTest#sentence}), the name, and the rule and
 * type its cue gives (or "none").
 */
class MakerOfModelS30ProductsTest {

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "Quellan/NNP/quellan/PERSON 's/POS Nimbus/NNP/nimbus/ORGANIZATION 7/CD/7/NUMBER sold/VBD/sell well/RB . "
                + "| 2:nmod:poss:0 0:case:1 2:nummod:3 4:nsubj:2 4:advmod:5 | Quellan | maker-of-named-model Organization",
        "Tolvane/NNP/tolvane/PERSON 's/POS new/JJ/new Arcus/NNP/arcus/ORGANIZATION 3/CD/3/NUMBER arrives/VBZ/arrive . "
                + "| 3:nmod:poss:0 0:case:1 3:amod:2 3:nummod:4 5:nsubj:3 | Tolvane | maker-of-named-model Organization",
        "Kessler/NNP/kessler/PERSON 's/POS Velo/NNP/velo/PERSON Max/NNP/max/PERSON follows/VBZ/follow . "
                + "| 3:nmod:poss:0 0:case:1 3:compound:2 4:nsubj:3 | Kessler | maker-of-named-model Organization",
        "Wilmot/NNP/wilmot/PERSON 's/POS Cadence/NNP/cadence/O headphones/NNS/headphones will/MD cost/VB/cost more/JJR . "
                + "| 3:nmod:poss:0 0:case:1 3:compound:2 5:nsubj:3 5:aux:4 5:obj:6 | Wilmot | maker-of-named-model Organization",
        // a count of a common noun; a year after a name; a place; a person named in full; a place's name before a kind
        "Smith/NNP/smith/PERSON 's/POS 12/CD/12/NUMBER goals/NNS/goal won/VBD/win it/PRP . "
                + "| 3:nmod:poss:0 0:case:1 3:nummod:2 4:nsubj:3 4:obj:5 | Smith | none",
        "Lund/NNP/lund/PERSON 's/POS Odyssey/NNP/odyssey/O 2030/CD/2030/DATE failed/VBD/fail . "
                + "| 2:nmod:poss:0 0:case:1 2:nummod:3 4:nsubj:2 | Lund | none",
        "Germany/NNP/germany/COUNTRY 's/POS DAX/NNP/dax/ORGANIZATION 30/CD/30/NUMBER rose/VBD/rise . "
                + "| 2:nmod:poss:0 0:case:1 2:nummod:3 4:nsubj:2 | Germany | none",
        "Anna/NNP/anna/PERSON Berg/NNP/berg/PERSON 's/POS Nimbus/NNP/nimbus/O 7/CD/7/NUMBER broke/VBD/break . "
                + "| 3:nmod:poss:1 1:compound:0 1:case:2 3:nummod:4 5:nsubj:3 | Anna Berg | none",
        "Smith/NNP/smith/PERSON 's/POS Detroit/NNP/detroit/CITY car/NN/car was/VBD/be stolen/VBN/steal . "
                + "| 3:nmod:poss:0 0:case:1 3:compound:2 5:nsubj:pass:3 5:aux:pass:4 | Smith | none"})
    void theOwnerOfANamedModelIsItsMaker(String words, String parse, String name, String expected) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        int[] span = TypeCuesTest.find(sentence, name.strip());
        TypeCues.Cue cue = TypeCues.cue(sentence, span[0], span[1]);
        String got = cue == null || !cue.rule().equals(TypeCues.MAKER_OF_MODEL) ? "none" : cue.rule() + " " + cue.type().label();
        assertEquals(expected.strip(), got, words);
    }
}
