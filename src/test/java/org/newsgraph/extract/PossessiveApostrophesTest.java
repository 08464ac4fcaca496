package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A plural possessive's typographic apostrophe the tagger read as a closing quote, on hand-made sentences: words as
 * {@code word/POS} (a word glued to the one before it written with a leading {@code +}), the index of the token asked
 * about, and the answer. Session 43 (measures): read as punctuation, it left the measure of "workers’ wages rose 3%"
 * empty.
 */
class PossessiveApostrophesTest {

    @ParameterizedTest(name = "{0}: token {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Workers/NNS +’/'' wages/NNS rose/VBD| 1| true",
        "total/JJ stockholders/NNS +’/'' equity/NN was/VBD| 2| true",
        // the tagger's own possessive stays one
        "Workers/NNS +'/POS wages/NNS rose/VBD| 1| true",
        // a closing quote after an opening one, at the end, after a singular word, or apart from the word: no marker
        "the/DT ‘/`` Lions/NNS +’/'' won/VBD| 3| false",
        "they/PRP called/VBD them/PRP winners/NNS +’/''| 4| false",
        "the/DT chief/NN +’/'' said/VBD| 2| false",
        "the/DT unions/NNS ’/'' pay/NN| 2| false"})
    void anApostropheGluedToAPluralBeforeAWordMarksItsOwner(String sentence, int at, boolean expected) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        for (String written : sentence.strip().split(" ")) {
            boolean glued = written.startsWith("+");
            String word = written.substring(glued ? 1 : 0, written.lastIndexOf('/'));
            String pos = written.substring(written.lastIndexOf('/') + 1);
            if (glued && start > 0) {
                start--;
            }
            tokens.add(new Token(tokens.size(), 0, start, start + word.length(), word, word.toLowerCase(), pos, "O",
                    null));
            start += word.length() + 1;
        }
        AnnotatedSentence annotated = new AnnotatedSentence(0, 0, start, tokens, List.of());
        assertEquals(expected, PossessiveApostrophes.isPossessive(annotated, tokens.get(at)));
    }
}
