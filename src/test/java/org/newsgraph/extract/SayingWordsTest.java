package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Whether a word of a measure's phrase is a verb of saying, on hand-made parses: words as {@code word/POS~lemma},
 * dependencies as {@code relation:governor:dependent} (0-based, governor -1 the root), the phrase's words as token
 * indexes, the word asked about, and the answer. Session 43 (measures): before, any word whose lemma a verb of saying
 * shares refused the phrase ("senior notes", "confirmed orders" left the measure empty).
 */
class SayingWordsTest {

    private static final Set<String> SAYING = FigureContext.SPEECH_VERBS;

    @ParameterizedTest(name = "{0}: word {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
        // a noun sharing the lemma of a verb of saying is a thing
        "$/$~$ 500/CD~500 million/CD~million of/IN~of senior/JJ~senior notes/NNS~note| nmod:of:0:5 case:5:3 amod:5:4"
                + " nummod:0:2 compound:2:1 root:-1:0| 4 5| 5| false",
        "jobless/JJ~jobless claims/NNS~claim rose/VBD~rise| amod:1:0 nsubj:2:1 root:-1:2| 0 1| 1| false",
        // an adjectival participle of one says which things
        "320/CD~320 confirmed/VBN~confirm orders/NNS~order| nummod:2:0 amod:2:1 root:-1:2| 1 2| 1| false",
        "the/DT~the estimated/VBN~estimate cost/NN~cost| det:2:0 amod:2:1 root:-1:2| 1 2| 1| false",
        // a verb of saying the parser folded into the phrase, not as a modifier of its words, spoils it
        "company/NN~company said/VBD~say revenue/NN~revenue| nsubj:1:0 obj:1:2 root:-1:1| 1 2| 1| true",
        // a participle modifying a word outside the phrase is no adjective of it
        "confirmed/VBN~confirm orders/NNS~order rose/VBD~rise| amod:2:0 nsubj:2:1 root:-1:2| 0 1| 0| true",
        // a word of no verb of saying is never one
        "net/JJ~net income/NN~income| amod:1:0 root:-1:1| 0 1| 0| false"})
    void onlyAWordUsedAsAVerbOfSayingIsOne(String sentence, String deps, String phrase, int word, boolean expected) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        for (String written : sentence.strip().split(" ")) {
            String text = written.substring(0, written.indexOf('/'));
            String pos = written.substring(written.indexOf('/') + 1, written.indexOf('~'));
            String lemma = written.substring(written.indexOf('~') + 1);
            tokens.add(new Token(tokens.size(), 0, start, start + text.length(), text, lemma, pos, "O", null));
            start += text.length() + 1;
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String d : deps.strip().split(" ")) {
            int last = d.lastIndexOf(':');
            int middle = d.lastIndexOf(':', last - 1);
            dependencies.add(new Dependency(Integer.parseInt(d.substring(middle + 1, last)),
                    Integer.parseInt(d.substring(last + 1)), d.substring(0, middle)));
        }
        AnnotatedSentence annotated = new AnnotatedSentence(0, 0, start, tokens, dependencies);
        Set<Token> words = new TreeSet<>(Comparator.comparingInt(Token::index));
        for (String at : phrase.strip().split(" ")) {
            words.add(tokens.get(Integer.parseInt(at)));
        }
        assertEquals(expected, SayingWords.isSaying(annotated, tokens.get(word), SAYING, words));
    }
}
