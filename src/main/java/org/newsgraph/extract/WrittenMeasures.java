package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
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

    private WrittenMeasures() {
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
