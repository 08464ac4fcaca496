package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * What moved when a market report writes the move in a "with" phrase after the clause that names it: "YRC Worldwide
 * was the biggest faller in this index, with its loss of 27.30%", "Bank of America fared worse, with a fall of
 * 17.38%", "General Motors was the best performer, with its value rising by 31.49%". The phrase has no mover of its
 * own: a move noun ({@code move-noun} of {@code market-words.tsv}) the figure is "of", or a clause whose subject is
 * missing or is the mover's own ("its value"), hung by "with" (obl:with, nmod:with, advcl:with) on the clause; the
 * mover is that clause's subject, a verb's or a noun predicate's ("was the biggest faller"). Null for anything else.
 */
final class MoveAbsolutes {

    /** The relations by which a "with" phrase hangs on its clause. */
    private static final Set<String> WITH_RELATIONS = Set.of("obl:with", "nmod:with", "advcl:with");
    /** Relations by which a figure is what a move noun or a move clause of the phrase is of or by. */
    private static final Set<String> FIGURE_RELATIONS = Set.of("nmod:of", "nmod:by", "obl:by", "obl:npmod", "obj");

    private MoveAbsolutes() {
    }

    /**
     * The subject of the clause a "with" phrase of the figure (its words: {@code span}) describes, or null.
     */
    static Token mover(AnnotatedSentence sentence, List<Token> span) {
        Token figure = span.stream().filter(t -> sentence.head(t) != null && !span.contains(sentence.head(t)))
                .findFirst().orElse(null);
        Token move = figure == null ? null : sentence.head(figure);
        if (move == null || span.contains(move) || !FIGURE_RELATIONS.contains(sentence.relationToHead(figure))) {
            return null;
        }
        boolean noun = move.pos().startsWith("NN") && MarketMoves.isMoveNoun(lemma(move))
                && sentence.relationToHead(figure).equals("nmod:of");
        boolean clause = move.pos().startsWith("VB") && MarketMoves.isMoveVerb(move) && ownSubjectOnly(sentence, move);
        Token clauseHead = sentence.head(move);
        if (!(noun || clause) || clauseHead == null || !WITH_RELATIONS.contains(sentence.relationToHead(move))) {
            return null;
        }
        for (Token child : sentence.children(clauseHead)) {
            if (DependencyWalk.relation(sentence, clauseHead, child).startsWith("nsubj") && !span.contains(child)
                    && child.index() < move.index()) {
                return child;
            }
        }
        return null;
    }

    /**
     * Whether a move clause of a "with" phrase has no subject, or one that belongs to the mover ("with its value
     * rising": a noun owned by a possessive pronoun).
     */
    private static boolean ownSubjectOnly(AnnotatedSentence sentence, Token verb) {
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj")) {
                return sentence.children(child).stream().anyMatch(owner -> owner.pos().equals("PRP$")
                        && DependencyWalk.relation(sentence, child, owner).equals("nmod:poss"));
            }
        }
        return true;
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
