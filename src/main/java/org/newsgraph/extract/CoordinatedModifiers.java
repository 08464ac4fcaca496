package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * "Credit and debit card receivables were $1,816", "recorded an in-process research and development intangible asset
 * of $2.9 billion", "domestic and foreign loss carry-forwards of $65 million": a measure longer than four words is cut
 * from its farthest word, and a cut that falls inside a coordinated modifier leaves only the last conjunct, which
 * names another line item ("debit card receivables", "development intangible asset", "foreign loss carry-forwards").
 * When the cut took a conjunction and one of its conjuncts, the kept conjuncts of the cut word (a {@code conj} of it,
 * either way) go too, with their own modifiers, and the measure keeps the nearer words of the head ("receivables", "intangible asset", "loss carry-forwards"). Seen on KPI-EDGAR train in
 * four filers (COST, JNJ, and two more; see the s25-measure report); none in MEANTIME, where no measure was cut so.
 */
final class CoordinatedModifiers {

    private CoordinatedModifiers() {
    }

    /**
     * The kept word groups without the conjuncts of a conjunction among {@code cut}; unchanged when no conjunction
     * was cut; never removes the group of {@code head}.
     */
    static List<List<Token>> withoutCutConjuncts(AnnotatedSentence sentence, List<List<Token>> kept, List<Token> cut,
                                                 Token head) {
        Set<Token> conjunctions = new HashSet<>();
        for (Token word : cut) {
            if (word.pos().equals("CC")) {
                conjunctions.add(word);
            }
        }
        if (conjunctions.isEmpty()) {
            return kept;
        }
        Set<Token> gone = new HashSet<>();
        for (List<Token> group : kept) {
            for (Token word : group) {
                if (word.equals(head)) {
                    continue;
                }
                // a conjunct of a word that was cut: the coordination itself was cut in two
                boolean joined = cut.stream().anyMatch(other -> isConjunct(sentence, other, word)
                        || isConjunct(sentence, word, other));
                if (joined) {
                    for (Token below : DependencyWalk.subtree(sentence, word)) {
                        if (!below.equals(head) && below.index() <= word.index()) {
                            gone.add(below);
                        }
                    }
                }
            }
        }
        if (gone.isEmpty()) {
            return kept;
        }
        List<List<Token>> rest = new ArrayList<>();
        for (List<Token> group : kept) {
            if (group.contains(head) || group.stream().noneMatch(gone::contains)) {
                rest.add(group);
            }
        }
        return rest;
    }

    /** {@code second} is a {@code conj} dependent of {@code first}. */
    private static boolean isConjunct(AnnotatedSentence sentence, Token first, Token second) {
        return sentence.relationToHead(second).startsWith("conj") && first.equals(sentence.head(second))
                || DependencyWalk.relation(sentence, first, second).startsWith("conj");
    }
}
