package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Whether a word of a measure's phrase is a verb of saying, which spoils the phrase (a clause the parser folded into a
 * noun phrase: "the company said revenue"). Only a word used as a verb is one: a noun whose lemma a verb of saying
 * shares is a thing ("senior notes", "jobless claims", "member states", "estimates" all have the lemma of a verb of
 * saying), and a participle that modifies the head as an adjective says which things ("149 confirmed orders", "the
 * estimated repatriation tax charge", "announced job cuts"). Before session 43 the lemma alone refused the phrase:
 * the measure of "$610 million of 4.00% notes" and of "149 confirmed orders" was left empty.
 */
final class SayingWords {

    /** How an adjectival participle hangs on the noun it modifies. */
    private static final Set<String> ADJECTIVAL = Set.of("amod", "compound");

    private SayingWords() {
    }

    /**
     * Whether {@code word}, a word of a phrase whose words are {@code phrase}, is a verb of saying ({@code verbs},
     * lemmas): tagged a verb, and not an adjectival modifier of another word of the phrase.
     */
    static boolean isSaying(AnnotatedSentence sentence, Token word, Set<String> verbs, Set<Token> phrase) {
        String lemma = (word.lemma() == null ? word.text() : word.lemma()).toLowerCase(Locale.ROOT);
        if (!verbs.contains(lemma) || !word.pos().startsWith("VB")) {
            return false;
        }
        Token head = sentence.head(word);
        return head == null || !phrase.contains(head) || !ADJECTIVAL.contains(sentence.relationToHead(word));
    }
}
