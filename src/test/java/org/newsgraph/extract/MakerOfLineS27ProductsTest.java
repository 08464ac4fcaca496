package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * s27-products: the one-word owner of a maker's line of goods ("Brightcell's flagship phone", "Norvik's latest model")
 * is the maker, an organisation, whatever person the NER guessed (TypeCues rule maker-of-product-line; the modifiers
 * in {@code product-line-words.txt}). Not a person's "new car", not a place the NER lists ("Europe's newest
 * aircraft", as the MEANTIME tuning half writes), not a full person's name. Each row a hand-parsed sentence
 * ({@link TypeCuesTest#sentence}), the name, and the rule and type its cue gives (or "none").
 */
class MakerOfLineS27ProductsTest {

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
        "the Lumen/NNP X5/NN ,/, Brightcell/NNP/brightcell/PERSON 's/POS flagship/NN/flagship phone/NN/phone ,/, "
                + "sells/VBZ/sell well/RB . | 2:det:0 2:compound:1 2:appos:7 7:nmod:poss:4 4:case:5 7:compound:6 "
                + "9:nsubj:2 9:advmod:10 | Brightcell | maker-of-product-line Organization",
        "Norvik/NNP/norvik/PERSON 's/POS latest/JJS/latest model/NN/model sold/VBD/sell well/RB . "
                + "| 3:nmod:poss:0 0:case:1 3:amod:2 4:nsubj:3 4:advmod:5 | Norvik | maker-of-product-line Organization",
        "Tessar/NNP/tessar/PERSON 's/POS best-selling/JJ/best-selling car/NN/car is/VBZ/be cheap/JJ . "
                + "| 3:nmod:poss:0 0:case:1 3:amod:2 5:nsubj:3 5:cop:4 | Tessar | maker-of-product-line Organization",
        // a person's new car; a place the NER lists; a person named in full
        "Smith/NNP/smith/PERSON 's/POS new/JJ/new car/NN/car was/VBD/be stolen/VBN/steal . "
                + "| 3:nmod:poss:0 0:case:1 3:amod:2 5:nsubj:pass:3 5:aux:pass:4 | Smith | none",
        "Europe/NNP/europe/LOCATION 's/POS newest/JJS/newest aircraft/NN/aircraft flew/VBD/fly . "
                + "| 3:nmod:poss:0 0:case:1 3:amod:2 4:nsubj:3 | Europe | none",
        "Anna/NNP/anna/PERSON Berg/NNP/berg/PERSON 's/POS latest/JJS/latest phone/NN/phone broke/VBD/break . "
                + "| 4:nmod:poss:1 1:compound:0 1:case:2 4:amod:3 5:nsubj:4 | Anna Berg | none"})
    void theOwnerOfAMakersLineIsTheMaker(String words, String parse, String name, String expected) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        int[] span = TypeCuesTest.find(sentence, name.strip());
        TypeCues.Cue cue = TypeCues.cue(sentence, span[0], span[1]);
        String got = cue == null || !cue.rule().equals(TypeCues.MAKER_OF_LINE) ? "none" : cue.rule() + " " + cue.type().label();
        assertEquals(expected.strip(), got, words);
    }
}
