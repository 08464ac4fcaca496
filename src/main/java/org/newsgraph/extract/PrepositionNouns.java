package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The noun of a compound preposition, "in connection with", "in conjunction with", "in addition to": after an amount
 * ("recognized a net loss of $118 million in conjunction with the acquisition") it looks like the noun of "$15 billion
 * in bailout money", but it says how the amount relates to what follows, not what it measures. A noun of
 * {@code preposition-nouns.txt} with no determiner, followed at once by a preposition.
 */
final class PrepositionNouns {

    private static final Set<String> NOUNS = ResourceTable.words("/org/newsgraph/extract/preposition-nouns.txt");
    /** Tags of the preposition that closes the compound: "with", "of", "to". */
    private static final Set<String> PREPOSITION_TAGS = Set.of("IN", "TO");

    private PrepositionNouns() {
    }

    /** Whether the noun is the middle of a compound preposition: one of the list, a preposition right after it. */
    static boolean isPrepositionNoun(AnnotatedSentence sentence, Token noun) {
        if (noun.lemma() == null || !NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        int next = tokens.indexOf(noun) + 1;
        return next > 0 && next < tokens.size() && PREPOSITION_TAGS.contains(tokens.get(next).pos());
    }
}
