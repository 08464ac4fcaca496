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
}
