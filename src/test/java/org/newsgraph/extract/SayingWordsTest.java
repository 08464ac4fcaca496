package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.IndexedSentence;

/**
 * Whether a word of a measure's phrase is a verb of saying, on hand-made parses: words and dependencies as
 * {@link IndexedSentence} reads them (1-based, 0 the root), the phrase's words as token indexes (0-based), the word
 * asked about, and the answer. Session 43 (measures): before, any word whose lemma a verb of saying
 * shares refused the phrase ("senior notes", "confirmed orders" left the measure empty).
 */
class SayingWordsTest {

    private static final Set<String> SAYING = FigureContext.SPEECH_VERBS;

    @ParameterizedTest(name = "{0}: word {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
        // a noun sharing the lemma of a verb of saying is a thing
        "$/$/$ 500/CD/500 million/CD/million of/IN/of senior/JJ/senior notes/NNS/note| nmod:of 1 6; case 6 4; amod 6 5;"
                + " nummod 1 3; compound 3 2; root 0 1| 4 5| 5| false",
        "jobless/JJ/jobless claims/NNS/claim rose/VBD/rise| amod 2 1; nsubj 3 2; root 0 3| 0 1| 1| false",
        // an adjectival participle of one says which things
        "320/CD/320 confirmed/VBN/confirm orders/NNS/order| nummod 3 1; amod 3 2; root 0 3| 1 2| 1| false",
        "the/DT/the estimated/VBN/estimate cost/NN/cost| det 3 1; amod 3 2; root 0 3| 1 2| 1| false",
        // a verb of saying the parser folded into the phrase, not as a modifier of its words, spoils it
        "company/NN/company said/VBD/say revenue/NN/revenue| nsubj 2 1; obj 2 3; root 0 2| 1 2| 1| true",
        // a participle modifying a word outside the phrase is no adjective of it
        "confirmed/VBN/confirm orders/NNS/order rose/VBD/rise| amod 3 1; nsubj 3 2; root 0 3| 0 1| 0| true",
        // a word of no verb of saying is never one
        "net/JJ/net income/NN/income| amod 2 1; root 0 2| 0 1| 0| false"})
    void onlyAWordUsedAsAVerbOfSayingIsOne(String sentence, String deps, String phrase, int word, boolean expected) {
        AnnotatedSentence annotated = IndexedSentence.of(sentence, deps);
        List<Token> tokens = annotated.tokens();
        Set<Token> words = new TreeSet<>(Comparator.comparingInt(Token::index));
        for (String at : phrase.strip().split(" ")) {
            words.add(tokens.get(Integer.parseInt(at)));
        }
        assertEquals(expected, SayingWords.isSaying(annotated, tokens.get(word), SAYING, words));
    }
}
