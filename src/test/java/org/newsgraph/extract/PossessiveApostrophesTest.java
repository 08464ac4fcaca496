package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.IndexedSentence;

/**
 * A plural possessive's typographic apostrophe the tagger read as a closing quote, on hand-made sentences: words as
 * {@link IndexedSentence} reads them ({@code word/POS}, a word glued to the one before it written {@code ~word/POS}),
 * the index of the token asked about, and the answer. Session 43 (measures): read as punctuation, it left the
 * measure of "workers’ wages rose 3%" empty.
 */
class PossessiveApostrophesTest {

    @ParameterizedTest(name = "{0}: token {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Workers/NNS ~’/'' wages/NNS rose/VBD| 1| true",
        "total/JJ stockholders/NNS ~’/'' equity/NN was/VBD| 2| true",
        // the tagger's own possessive stays one
        "Workers/NNS ~'/POS wages/NNS rose/VBD| 1| true",
        // a closing quote after an opening one, at the end, after a singular word, or apart from the word: no marker
        "the/DT ‘/`` Lions/NNS ~’/'' won/VBD| 3| false",
        "they/PRP called/VBD them/PRP winners/NNS ~’/''| 4| false",
        "the/DT chief/NN ~’/'' said/VBD| 2| false",
        "the/DT unions/NNS ’/'' pay/NN| 2| false"})
    void anApostropheGluedToAPluralBeforeAWordMarksItsOwner(String sentence, int at, boolean expected) {
        AnnotatedSentence annotated = IndexedSentence.of(sentence, "root 0 1");
        List<Token> tokens = annotated.tokens();
        assertEquals(expected, PossessiveApostrophes.isPossessive(annotated, tokens.get(at)));
    }
}
