package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * "The fair value of long-term debt was $3.8 billion", "the net balance of these receivables was $9,247", "the
 * carrying amount of goodwill": a noun of a valuation or balance says how a thing is counted, and its "of" names the
 * thing; alone ("fair value", "net balance") it names no line item. This finds the thing: the {@code nmod:of} of
 * "value" or "balance", or of an "amount" with a modifier of its own ("carrying amount", "notional amount"; a bare
 * "the amount of goodwill" measures goodwill, {@code FigureMeasures}), so that the measure is the head noun with its
 * of-object ("fair value of long-term debt") where that fits in a measure's words.
 */
final class ValuedObjects {

    private static final Set<String> VALUATIONS = Set.of("value", "balance");
    private static final String AMOUNT = "amount";

    private ValuedObjects() {
    }

    /** The noun a valuation noun is "of", or null. */
    static Token object(AnnotatedSentence sentence, Token noun) {
        String lemma = (noun.lemma() == null ? noun.text() : noun.lemma()).toLowerCase(Locale.ROOT);
        boolean valuation = VALUATIONS.contains(lemma) || lemma.equals(AMOUNT) && sentence.children(noun).stream()
                .anyMatch(c -> c.index() < noun.index()
                        && DependencyWalk.relation(sentence, noun, c).matches("amod|compound"));
        if (!valuation) {
            return null;
        }
        for (Token child : sentence.children(noun)) {
            if (child.index() > noun.index() && DependencyWalk.relation(sentence, noun, child).equals("nmod:of")
                    && child.pos().startsWith("NN") && child.ner().equals("O")) {
                return child;
            }
        }
        return null;
    }
}
