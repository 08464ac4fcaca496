package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The other side of a "respectively" list, read from the enhanced++ parse: "Revenue and operating income increased 3%
 * and 5%, respectively", "ROU assets and lease liabilities were $1,372 million and $1,392 million, respectively",
 * "Domestic and international sales rose 4% and 9%, respectively". The amounts of the list are one side (found by
 * {@code FigureMeasures}); the nouns coordinated as the subject of the clause the list is an argument of are the
 * other, and the k-th amount measures the k-th noun only where the counts agree. The subject is found by structure,
 * not by words: a nominal subject of the first amount itself (a copula, "X and Y were $A and $B") or of the verb it
 * hangs on ("X and Y rose 3% and 5%"), or the noun a misparsed "were" hangs on (dep(assets, were) with
 * obl:tmod(were, $)). The parser's comma joins, which may pull a noun of an opening phrase into the list ("As a result
 * of the adoption, our ROU assets and lease liabilities were ...": dep(",", assets) beside "result"), are not
 * followed: only {@code conj} edges make the list. Every walk is bounded.
 */
final class RespectiveLists {

    /** Steps from a list's first amount up to the verb whose subject the list is about. */
    private static final int MAX_HOPS = 3;
    /** More nouns than any list of line items has; a group this big is a broken parse. */
    private static final int MAX_NOUNS = 8;

    private RespectiveLists() {
    }

    /**
     * The nominal subject of the clause whose argument is a list's first amount ({@code amount}, its head), or null:
     * the amount's own nsubj (a copula), else that of the first verb above it within {@link #MAX_HOPS} steps (not
     * beyond it: a clause above has a subject of its own; nor through a noun, whose amount it is), or the noun a "be" above the amount hangs on by a bare
     * dep or acl (a copula the parser read as a modifier of its subject).
     */
    static Token listSubject(AnnotatedSentence sentence, Token amount) {
        Token current = amount;
        for (int step = 0; step <= MAX_HOPS && current != null; step++) {
            if (step > 0 && current.pos().startsWith("NN")) {
                // "Retail and wholesale reported operating profits of $90 million and $60 million": an amount of a
                // noun measures that noun, not the subject of the verb above it
                return null;
            }
            for (Token child : sentence.children(current)) {
                if (DependencyWalk.relation(sentence, current, child).startsWith("nsubj")) {
                    return child;
                }
            }
            Token governor = sentence.head(current);
            if (current.pos().startsWith("VB")) {
                boolean misreadCopula = "be".equals(current.lemma()) && governor != null
                        && governor.pos().startsWith("NN")
                        && sentence.relationToHead(current).matches("dep|acl");
                return misreadCopula ? governor : null;
            }
            current = governor;
        }
        return null;
    }

    /** The nouns joined to a noun by {@code conj} edges (either way, through one another), in order, itself included. */
    static List<Token> conjuncts(AnnotatedSentence sentence, Token noun) {
        SortedSet<Token> group = new TreeSet<>(Comparator.comparingInt(Token::index));
        List<Token> todo = new ArrayList<>(List.of(noun));
        while (!todo.isEmpty() && group.size() < MAX_NOUNS) {
            Token current = todo.remove(todo.size() - 1);
            if (!group.add(current)) {
                continue;
            }
            for (Dependency edge : sentence.dependencies()) {
                if (edge.governor() < 0 || !edge.relation().startsWith("conj")) {
                    continue;
                }
                Token governor = sentence.token(edge.governor());
                Token dependent = sentence.token(edge.dependent());
                Token other = governor.equals(current) ? dependent : dependent.equals(current) ? governor : null;
                if (other != null && other.pos().startsWith("NN") && !group.contains(other)) {
                    todo.add(other);
                }
            }
        }
        return List.copyOf(group);
    }

    /**
     * "Domestic and international sales", "Subscription, advertising and hardware revenues": the modifiers before a
     * noun (amod or compound) that {@code conj} joins to one another, in order; empty when the noun has no such
     * coordinated modifiers.
     */
    static List<Token> coordinatedModifiers(AnnotatedSentence sentence, Token noun) {
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if (child.index() >= noun.index() || !(relation.equals("amod") || relation.equals("compound"))) {
                continue;
            }
            List<Token> group = new ArrayList<>(List.of(child));
            for (Token conjunct : sentence.children(child)) {
                if (DependencyWalk.relation(sentence, child, conjunct).startsWith("conj")
                        && conjunct.index() > child.index() && conjunct.index() < noun.index()) {
                    group.add(conjunct);
                }
            }
            if (group.size() > 1 && group.size() <= MAX_NOUNS) {
                group.sort(Comparator.comparingInt(Token::index));
                return List.copyOf(group);
            }
        }
        return List.of();
    }

    /**
     * The words between the first and last of coordinated modifiers that are no modifier of the group: the commas
     * and "and" joining them, which a phrase of one of them leaves out with the others.
     */
    static List<Token> joiners(AnnotatedSentence sentence, List<Token> modifiers) {
        List<Token> out = new ArrayList<>();
        Token first = modifiers.get(0);
        Token last = modifiers.get(modifiers.size() - 1);
        for (Token token : sentence.tokens()) {
            if (token.index() > first.index() && token.index() < last.index() && !modifiers.contains(token)
                    && (token.pos().equals("CC") || token.pos().equals(","))) {
                out.add(token);
            }
        }
        return out;
    }

    /**
     * A figure's head and the heads {@code conj} joins to it (directly, or as conjuncts of the same word), in text
     * order: "declines of 20% and 33%" gives both percent signs. Read from every edge of the enhanced++ parse, as its
     * second conjunct also hangs on the noun the first does; at most {@link #MAX_NOUNS} heads.
     */
    static List<Token> listed(AnnotatedSentence sentence, Token head) {
        SortedSet<Token> out = new TreeSet<>(Comparator.comparingInt(Token::index));
        out.add(head);
        List<Token> firsts = new ArrayList<>();
        for (Dependency edge : sentence.dependencies()) {
            if (edge.governor() >= 0 && edge.relation().startsWith("conj")) {
                if (edge.governor() == head.index()) {
                    out.add(sentence.token(edge.dependent()));
                } else if (edge.dependent() == head.index()) {
                    firsts.add(sentence.token(edge.governor()));
                }
            }
        }
        for (Token first : firsts) {
            out.add(first);
            for (Dependency edge : sentence.dependencies()) {
                if (edge.governor() == first.index() && edge.relation().startsWith("conj")) {
                    out.add(sentence.token(edge.dependent()));
                }
            }
        }
        return out.size() > MAX_NOUNS ? List.of(head) : List.copyOf(out);
    }
}
