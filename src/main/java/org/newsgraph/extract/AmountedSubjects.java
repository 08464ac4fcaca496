package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * "Total rebates receivable included in other receivables amounted to $4.7 billion", "Cash dividends declared in 2021
 * totaled $12.98 per share", "The value of the licenses won by Verizon amounted to $3.4 billion": where a participle
 * phrase follows the noun, the parser often takes the participle for the clause's verb and gives it the noun as its
 * subject; the finite "amounted" or "totaled" is left without a subject of its own and hung on the participle by a bare
 * {@code dep}, and the amount on "amounted" (through its "to") or as the object of "totaled". The amount measures the
 * participle's subject, the noun written before the participle. Null unless every link is so: the verb of amounting is
 * finite and has no subject, the word it hangs on is a participle (or adjective) with a nominal subject written before
 * it, and the amount hangs on the verb by "to" or as its object. One step up from the verb, no walk.
 */
final class AmountedSubjects {

    static final String STEP = "amounted";
    /** Lemmas of the verbs that say what a noun comes to: "amounted to", "totaled". */
    private static final Set<String> AMOUNTING_VERBS = Set.of("amount", "total");
    /** Finite verb tags: "amounted", "totals", "total". */
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
    /** Tags of the participle (or adjective) the parser took for the verb: "included", "declared", "won". */
    private static final Set<String> PARTICIPLE_TAGS = Set.of("VBN", "JJ");

    private AmountedSubjects() {
    }

    /**
     * The noun the amount measures, or null. {@code verb} is the word the figure's phrase hangs on above any
     * preposition ("amounted" above "to"), {@code last} the figure's top word.
     */
    static Token subject(AnnotatedSentence sentence, Token verb, Token last) {
        if (verb == null || !AMOUNTING_VERBS.contains(lemma(verb)) || !FINITE_TAGS.contains(verb.pos())
                || hasSubject(sentence, verb) || !sentence.relationToHead(verb).equals("dep")
                || !reachedByTo(sentence, verb, last)) {
            return null;
        }
        Token participle = sentence.head(verb);
        if (participle == null || !PARTICIPLE_TAGS.contains(participle.pos()) || participle.index() > verb.index()) {
            return null;
        }
        for (Token child : sentence.children(participle)) {
            if (DependencyWalk.relation(sentence, participle, child).startsWith("nsubj")
                    && child.index() < participle.index() && child.pos().startsWith("NN")) {
                return child;
            }
        }
        return null;
    }

    /**
     * "Rebates receivable included in ...": the adjective written right after the noun, hung on the noun (amod) or on
     * the participle that took the noun for its subject (as advmod), which names the line item with it ("rebates
     * receivable", "taxes payable"); null when there is none.
     */
    static Token postposed(AnnotatedSentence sentence, Token noun) {
        int at = sentence.tokens().indexOf(noun);
        if (at < 0 || at + 1 >= sentence.tokens().size()) {
            return null;
        }
        Token next = sentence.tokens().get(at + 1);
        Token above = sentence.head(next);
        return next.pos().equals("JJ") && above != null
                && (above.equals(noun) || above.equals(sentence.head(noun))) ? next : null;
    }

    /** "Amounted to $4.7 billion" (the amount on "to", or on the verb by obl:to) or "totaled $12.98" (its object). */
    private static boolean reachedByTo(AnnotatedSentence sentence, Token verb, Token last) {
        Token above = sentence.head(last);
        String relation = sentence.relationToHead(last);
        if (verb.equals(above)) {
            return relation.equals("obj") || relation.matches("(obl|nmod):to");
        }
        return above != null && above.text().equalsIgnoreCase("to") && verb.equals(sentence.head(above))
                && above.index() < last.index();
    }

    private static boolean hasSubject(AnnotatedSentence sentence, Token verb) {
        return sentence.children(verb).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, verb, c).startsWith("nsubj"));
    }

    private static String lemma(Token token) {
        return token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
    }
}
