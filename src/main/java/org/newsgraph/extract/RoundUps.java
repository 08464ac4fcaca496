package org.newsgraph.extract;

import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * A round-up's later figures measure what its first one does: in "Kestrel held 24% of the smartphone market, with
 * Orvane at 19%, followed by Lumio at 11%" the 19% and the 11% are shares of the same market. A figure is in a
 * round-up when it is attached by "at" to a name that hangs on a verb by with/by/followed by ("with Orvane at 19%",
 * parsed nmod:at(Orvane, 19%) obl:with(held, Orvane); "followed by" also as advcl:followed_by), or by "at" to a verb
 * that takes such a name before it ("rose to 18%, with Dunmore at 12%"); the first figure is the verb's object (or
 * the level its "to" names) of the same type (a percentage for a percentage), written before. The measure is the
 * first figure's when the chain is sure of it (step {@code round-up}), found without a round-up of its own.
 */
final class RoundUps {

    static final String STEP = "round-up";
    private static final Set<String> AT = Set.of("nmod:at", "obl:at");
    private static final Set<String> BESIDE = Set.of("obl:with", "obl:by", "obl:agent", "obl:followed_by",
            "advcl:followed_by", "nmod:with", "nmod:by", "nmod:agent", "nmod:followed_by");
    private static final Set<String> FIRST = Set.of("obj", "nsubj:pass", "obl:to");

    private RoundUps() {
    }

    /** The head of the round-up's first figure, or null when the figure is in no round-up. */
    static Token first(AnnotatedSentence sentence, Token head, Token firstOfSpan) {
        String relation = sentence.relationToHead(head);
        Token governor = sentence.head(head);
        if (governor == null || !AT.contains(relation) || head.ner().equals("O")) {
            return null;
        }
        Token verb;
        if (governor.pos().startsWith("VB")) {
            verb = sentence.children(governor).stream().anyMatch(c -> c.index() < firstOfSpan.index()
                    && BESIDE.contains(DependencyWalk.relation(sentence, governor, c))) ? governor : null;
        } else {
            Token above = sentence.head(governor);
            verb = above != null && above.pos().startsWith("VB")
                    && BESIDE.contains(sentence.relationToHead(governor)) ? above : null;
        }
        if (verb == null) {
            return null;
        }
        for (Token child : sentence.children(verb)) {
            if (FIRST.contains(DependencyWalk.relation(sentence, verb, child)) && child.ner().equals(head.ner())
                    && child.index() < firstOfSpan.index()) {
                return child;
            }
        }
        return null;
    }
}
