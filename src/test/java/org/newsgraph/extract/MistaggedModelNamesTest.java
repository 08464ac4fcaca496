package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.IndexedSentence;

/**
 * Session 35 (s35-entities, issue 13): a product's name holding a word the tagger read as a verb or a common noun
 * ("the Switch/VB 2", "the Model Y/NN"), after a determiner or a launch verb; not one ordinary word, a lower-case
 * phrase, a sentence's first word, a number cut from a longer code or a law's name.
 */
class MistaggedModelNamesTest {


    private static List<String> names(String words, String dependencies) {
        AnnotatedSentence sentence = IndexedSentence.withNumbers(words, dependencies);
        StringBuilder text = new StringBuilder();
        for (Token token : sentence.tokens()) {
            text.append(" ".repeat(token.start() - text.length())).append(token.text());
        }
        return MistaggedModelNames.find(text.toString(), sentence, List.of()).stream().map(FoundName::text).toList();
    }

    @Test
    void aNameAndNumberAVerbBrokeIsAProductShippedOrUnveiled() {
        // the tagger's verb broke the parse: "the" is ship's object, "2" Switch's
        assertEquals(List.of("Switch 2"), names(
                "Nintendo/NNP will/MD ship/VB the/DT Switch/VB/switch 2/CD in/IN June/NNP ./.",
                "root 0 3;nsubj 3 1;aux 3 2;obj 3 4;dep 4 5;obj 5 6;obl:in 5 8;case 8 7;punct 3 9"));
    }

    @Test
    void aNameWithACommonNounThatIsSoldIsAProduct() {
        assertEquals(List.of("Model Y"), names("Tesla/NNP cut/VBD/cut the/DT price/NN of/IN the/DT Model/NNP Y/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;nmod:of 4 8;case 8 5;det 8 6;compound 8 7;punct 2 9"));
    }

    @Test
    void anOrdinaryWordAloneLowerCaseOrOpeningASentenceIsNone() {
        assertEquals(List.of(), names("Fold/VB/fold it/PRP twice/RB ./.", "root 0 1;obj 1 2;advmod 1 3;punct 1 4"));
        assertEquals(List.of(), names("They/PRP sold/VBD/sell the/DT new/JJ model/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 5;det 5 3;amod 5 4;punct 2 6"));
        assertEquals(List.of(), names("They/PRP unveiled/VBD/unveil the/DT Fold/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;punct 2 5"));
        // a number cut from a longer code ("the Dash 8-400") and a law's name are no such product
        assertEquals(List.of(), names("They/PRP ordered/VBD/order the/DT Dash/NN 8/CD ~-400/CD ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;dep 4 5;dep 4 6;punct 2 7"));
        assertEquals(List.of(), names("He/PRP introduced/VBD/introduce the/DT Digital/NNP Privacy/NN Bill/NNP ./.",
                "root 0 2;nsubj 2 1;obj 2 6;det 6 3;compound 6 4;compound 6 5;punct 2 7"));
    }
}
