package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.extract.figure.ChangeWords;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * What an amount measures where the parse of a long sentence (a 10-K's line-item prose) lost the structure that
 * says it, read from where the words are written; the last step of {@link FigureMeasures}' chain, with its own
 * name in the figure's evidence:
 * <ul>
 *   <li>{@link #OF_WRITTEN}: "(4) Includes pension plan net loss of $5.4 billion and ...", where the parser hangs the
 *       amount on a later word: the common noun written right before "of" and the amount, unless it names how much
 *       ("a principal amount of") or is the last of coordinated nouns one amount sums.</li>
 * </ul>
 * Bounded: at most {@link #MAX_CLIMB} steps.
 */
final class WrittenMeasures {

    /** The step of a noun written right before "of" and the amount. */
    static final String OF_WRITTEN = "of-written";
    /** Nouns before "of" that name how much, not what: "a principal amount of $3.3 billion", "cash of $521 million". */
    private static final Set<String> NOT_WHAT = Set.of("amount", "value", "total", "number", "sum",
            "cash", "level", "region", "excess", "order", "range", "maximum", "minimum", "average", "median", "mean", "rate", "price");
    private static final int MAX_CLIMB = 4;
    /** The most words a measure holds (issue 12: a short noun phrase). */
    private static final int MAX_WORDS = 4;

    /** The step of a noun phrase written right before a verb of change the parse gave no subject. */
    static final String SUBJECT_WRITTEN = "subject-written";
    /** Verbs of reaching a level, besides the verbs of change ({@link ChangeWords}). */
    private static final Set<String> REACHING = Set.of("reach", "hit", "total", "top", "exceed");

    private WrittenMeasures() {
    }

    /**
     * "Revenue rose 17% to $11.5 billion and operating margin reached 30%", where the parser hung "operating margin" on
     * the first clause and left "reached" without a subject: the noun phrase written right before the figure's verb
     * of change or reaching (common nouns and their modifiers, at most four words) when that verb has no subject in
     * the parse and the phrase opens the clause (after "and", a comma, a semicolon or at the start of the sentence).
     * Proposed, never sure: the words, not the parse, say it. Null when the words are not so.
     */
    static FigureContext.Found subjectBefore(AnnotatedSentence sentence, Token verb, java.util.List<Token> span,
            Predicate<Token> measureNoun) {
        String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
        if (!verb.pos().startsWith("VB") || !ChangeWords.isVerb(verb.text().toLowerCase(Locale.ROOT))
                && !REACHING.contains(lemma) || sentence.children(verb).stream()
                        .anyMatch(c -> sentence.relationToHead(c).startsWith("nsubj"))) {
            return null;
        }
        int first = sentence.tokens().get(0).index();
        int at = verb.index() - 1;
        if (at < first || !isCommonNoun(sentence.token(at)) || sentence.token(at).isEntity()
                || span.contains(sentence.token(at)) || !measureNoun.test(sentence.token(at))) {
            return null;
        }
        int start = at;
        while (start - 1 >= first && at - start < MAX_WORDS - 1 && isModifier(sentence.token(start - 1))) {
            start--;
        }
        String before = start - 1 >= first ? sentence.token(start - 1).text().toLowerCase(Locale.ROOT) : null;
        if (before != null && !before.equals("and") && !before.equals(",") && !before.equals(";")) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        for (int i = start; i <= at; i++) {
            Token word = sentence.token(i);
            words.append(words.length() == 0 ? "" : " ").append(word.pos().startsWith("NNP") ? word.text()
                    : word.text().toLowerCase(Locale.ROOT));
        }
        return new FigureContext.Found(words.toString(), SUBJECT_WRITTEN, false);
    }

    /** A word that can modify a noun in a measure's phrase: a common noun, an adjective, a gerund ("operating"). */
    private static boolean isModifier(Token token) {
        return !token.isEntity() && (isCommonNoun(token) || token.pos().matches("JJ|VBG"));
    }

    /**
     * "(4) Includes pension plan net loss of $5.4 billion and $5.1 billion at December 31, 2020 and 2019,
     * respectively, and ...", "a pre-tax charge of $167 million ($108 million after tax)": the common noun written
     * right before the "of" that opens the amount ({@code first}, the amount's first word), where the parse hung the
     * amount elsewhere; null when the words before the amount are not "noun of", or the noun names how much rather
     * than what ({@link #NOT_WHAT}), or it is the last of coordinated nouns the one amount sums.
     *
     * @param measureNoun whether a noun can name a measure (no name, company word or change noun)
     */
    static Token beforeOf(AnnotatedSentence sentence, Token first, Predicate<Token> measureNoun) {
        int of = first.index() - 1;
        if (sentence.tokens().isEmpty() || of - 1 < sentence.tokens().get(0).index()
                || !sentence.token(of).text().equalsIgnoreCase("of")) {
            return null;
        }
        Token noun = sentence.token(of - 1);
        String lemma = noun.lemma() == null ? "" : noun.lemma().toLowerCase(Locale.ROOT);
        // "lease assets and lease liabilities of $9 million": one amount of two line items measures neither alone
        boolean conjunct = sentence.relationToHead(noun).startsWith("conj")
                || sentence.children(noun).stream().anyMatch(c -> sentence.relationToHead(c).equals("cc"));
        return isCommonNoun(noun) && measureNoun.test(noun) && !NOT_WHAT.contains(lemma) && !conjunct ? noun : null;
    }

    /** Whether a noun sits in a prepositional phrase (its own "case" word, or its first conjunct's): not a subject. */
    static boolean inPrepositionalPhrase(AnnotatedSentence sentence, Token noun) {
        return inPrepositionalPhrase(sentence, noun, MAX_CLIMB, token -> false);
    }

    /**
     * Whether a noun sits in a prepositional phrase, climbing at most {@code steps} conjuncts back and stopping (no)
     * at a noun {@code stop} accepts.
     */
    static boolean inPrepositionalPhrase(AnnotatedSentence sentence, Token noun, int steps,
            java.util.function.Predicate<Token> stop) {
        Token current = noun;
        for (int step = 0; step < steps && current != null && !stop.test(current); step++) {
            Token at = current;
            String relation = sentence.relationToHead(at);
            // "related to property, equipment and technology": the enhanced parse names the preposition on the
            // relation of every conjunct (obl:to), the case word only on the first
            if (relation.matches("(obl|nmod):(?!poss|tmod|npmod).+") || sentence.children(at).stream()
                    .anyMatch(c -> sentence.relationToHead(c).equals("case") && c.index() < at.index())) {
                return true;
            }
            Token head = sentence.head(at);
            if (head == null || !relation.startsWith("conj") || head.index() > at.index()) {
                return false;
            }
            current = head;
        }
        return false;
    }

    private static boolean isCommonNoun(Token token) {
        return token.pos().matches("NNS?") && token.ner().equals("O");
    }
}
