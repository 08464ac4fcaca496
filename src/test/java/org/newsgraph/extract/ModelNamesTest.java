package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Token;

class ModelNamesTest {

    /** Tokens of words as written: "_" joins a word to the one before without a space ("EV _- _6" is "EV-6"). */
    private static List<Token> run(String written, String ner) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : written.split(" ")) {
            boolean glued = word.startsWith("_");
            String text = glued ? word.substring(1) : word;
            int start = tokens.isEmpty() ? 0 : glued ? at : at + 1;
            tokens.add(new Token(tokens.size(), 0, start, start + text.length(), text, text.toLowerCase(),
                    text.matches("\\d+") ? "CD" : "NNP", ner, null));
            at = start + text.length();
        }
        return tokens;
    }

    @Test
    void aMakersNameAndACodeTheTokenizerSplitAtItsHyphenIsAModel() {
        assertTrue(ModelNames.named(run("Vantor EV _- _6", "MISC")), "Vantor EV-6");
        assertTrue(ModelNames.named(run("Vantor EV-6", "O")), "the code as one token");
        assertFalse(ModelNames.named(run("Vantor EV - 6", "MISC")), "a dash between words is no code");
        assertFalse(ModelNames.named(run("Form S _- _1", "O")), "a document's code");
        assertFalse(ModelNames.named(run("EV _- _6", "O")), "a code with no maker's word");
        assertFalse(ModelNames.named(run("Vantor EV _- _6", "ORGANIZATION")), "a name the NER typed is left to it");
    }
}
