package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.Token;

class LegalTextsTest {

    @ParameterizedTest
    @CsvSource({"Clean Water Act, true", "Digital Markets Act, true", "Paris Agreement, true", "Maastricht Treaty, true",
            "Act, false", "Galaxy Fold, false", "Actors Guild, false", "Surface Pro, false", "Bill Gates, false"})
    void aNameEndingInALegalTextsWordIsALegalText(String name, boolean legal) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        for (String word : ("The " + name + " passed").split(" ")) {
            tokens.add(new Token(tokens.size(), 0, start, start + word.length(), word, word.toLowerCase(), "NNP", "O", null));
            start += word.length() + 1;
        }
        assertEquals(legal, LegalTexts.legalText(tokens, 1, tokens.size() - 1), name);
    }
}
