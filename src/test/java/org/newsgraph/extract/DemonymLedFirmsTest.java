package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.Token;

/** A demonym that opens a firm's name is no mention of its country, on hand-made token runs (word/TAG). */
class DemonymLedFirmsTest {

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
        // a run of proper nouns from the demonym that a firm's last word ends
        "Korean/NNP Air/NNP agreed/VBD, 0, true",
        "sold/VBD to/TO Norwegian/NNP Air/NNP, 2, true",
        "Ethiopian/NNP Airlines/NNPS cut/VBD, 0, true",
        "Chilean/NNP Shipping/NNP plans/VBZ, 0, true",
        // the whole run decides: a body's name ("Force" ends no firm's), a common noun after the demonym
        "The/DT Indian/NNP Air/NNP Force/NNP ordered/VBD, 1, false",
        "Korean/JJ carriers/NNS cut/VBD, 0, false",
        "Canadian/NNP officials/NNS said/VBD, 0, false",
        // one word, or no demonym
        "Korean/NNP said/VBD, 0, false",
        "Kessler/NNP Air/NNP said/VBD, 0, false"})
    void aDemonymOpeningAFirmsNameIsAWordOfIt(String sentence, int at, boolean expected) {
        assertEquals(expected, DemonymLedFirms.opens(tokens(sentence), at));
    }

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        int index = 0;
        for (String pair : sentence.split(" ")) {
            String word = pair.substring(0, pair.indexOf('/'));
            String tag = pair.substring(pair.indexOf('/') + 1);
            tokens.add(new Token(index++, 0, start, start + word.length(), word, word.toLowerCase(), tag, "O", null));
            start += word.length() + 1;
        }
        return tokens;
    }
}
