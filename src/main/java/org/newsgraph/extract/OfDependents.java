package org.newsgraph.extract;

import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * "We incurred total lease expense of $52 million, $48 million and $41 million in fiscal 2025, 2024 and 2023": before a
 * written list of amounts the parser often hangs "of" on the noun by a bare {@code dep} (not {@code acl} or
 * {@code nmod:of}) and the first amount on "of" by another bare dep. The amount is still the noun's, as in "expense of
 * $52 million" read right; this says when an "of" is such a bare dependent of a common noun just before it, so that
 * {@code FigureMeasures} climbs from the amount to that noun. One step up, no walk.
 */
final class OfDependents {

    /** Tags of a word that follows its noun and keeps it: "payable", "receivable" (JJ), "assumed", "acquired" (VBN). */
    private static final java.util.Set<String> POSTPOSED_TAGS = java.util.Set.of("JJ", "VBN");

    private OfDependents() {
    }

    /**
     * Whether {@code of} (the word "of") hangs by a bare dep on a common noun that stands right before it: "expense of"
     * in "incurred total lease expense of $52 million, ...".
     */
    static boolean bareOf(AnnotatedSentence sentence, Token of) {
        Token noun = sentence.head(of);
        return noun != null && sentence.relationToHead(of).equals("dep") && noun.pos().startsWith("NN")
                && !noun.pos().startsWith("NNP") && noun.index() == of.index() - 1;
    }

    /**
     * The noun of "interest payable of $282 million", "liabilities assumed of $235": the parser hangs "of" by a bare
     * dep (or acl) on the adjective or participle written right after the noun, and that word on the noun by amod or
     * acl. The amount is the noun's, read with its postposed word ("interest payable"); null unless the three words
     * stand next to each other (noun, adjective or participle, "of") and the noun is a common noun. One step up, no
     * walk.
     */
    static Token postposedOf(AnnotatedSentence sentence, Token of) {
        Token word = sentence.head(of);
        if (word == null || !sentence.relationToHead(of).matches("dep|acl") || !POSTPOSED_TAGS.contains(word.pos())
                || word.index() != of.index() - 1) {
            return null;
        }
        Token noun = sentence.head(word);
        return noun != null && sentence.relationToHead(word).matches("amod|acl") && noun.pos().startsWith("NN")
                && !noun.pos().startsWith("NNP") && noun.index() == word.index() - 1 ? noun : null;
    }

    /**
     * The adjective or participle of {@link #postposedOf} that keeps the noun the figure is measured by: "payable" of
     * "interest payable of $282 million", where {@code figureHead} ("$") hangs by dep on the "of"; null otherwise.
     */
    static Token postposedWord(AnnotatedSentence sentence, Token noun, Token figureHead) {
        Token of = sentence.head(figureHead);
        return of != null && of.text().equalsIgnoreCase("of") && sentence.relationToHead(figureHead).equals("dep")
                && noun.equals(postposedOf(sentence, of)) ? sentence.head(of) : null;
    }
}
