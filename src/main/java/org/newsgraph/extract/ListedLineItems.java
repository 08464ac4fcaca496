package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * "Includes fully-insured loans of $225 million and nonperforming loans of $126 million", "recorded net ROU assets of
 * $545 million and lease liabilities of $591 million": filings list line items, each with its amount, and the parser
 * often hangs the second item on the first by {@code nmod:of}, as if it were a part of the first. A figure whose own
 * noun is so hung is not inside a prepositional phrase of another thing: the noun is the next item of the list, and
 * names what its figure measures as surely as the first item does. Told by the words between the two nouns: an amount
 * of the first and then a conjunction or comma ("the long-term portion of the unrecognized tax benefits of $352
 * million" has none, and stays a phrase of "portion").
 */
final class ListedLineItems {

    /** Named-entity types of an amount that ends the item before. */
    private static final Set<String> AMOUNT_TYPES = Set.of("MONEY", "PERCENT");
    /** Tags of what separates two items of a list. */
    private static final Set<String> SEPARATORS = Set.of("CC", ",");

    private ListedLineItems() {
    }

    /**
     * Whether {@code noun} is hung by {@code nmod:of} on a noun before it with an amount and then a conjunction or
     * comma between the two.
     */
    static boolean isNextItem(AnnotatedSentence sentence, Token noun) {
        Token first = sentence.head(noun);
        if (first == null || !sentence.relationToHead(noun).equals("nmod:of") || !first.pos().startsWith("NN")) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        int from = tokens.indexOf(first);
        int to = tokens.indexOf(noun);
        boolean amount = false;
        for (int i = from + 1; i < to; i++) {
            Token word = tokens.get(i);
            if (AMOUNT_TYPES.contains(word.ner())) {
                amount = true;
            } else if (amount && SEPARATORS.contains(word.pos())) {
                return true;
            }
        }
        return false;
    }
}
