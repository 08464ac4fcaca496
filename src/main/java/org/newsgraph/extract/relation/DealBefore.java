package org.newsgraph.extract.relation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Whether the sentence just before sells or buys a firm other than the company a stake would fall back on: "X agreed
 * to sell a majority of its unit Y to Z. W will also take a stake." The unsaid stake is then in the firm dealt in
 * (or in its buyer), not in the seller, and the sentence alone does not say which: the stake's company stays unsaid.
 */
final class DealBefore {

    /** Verbs that part with or take over a firm. */
    private static final Set<String> DEALS = Set.of("sell", "divest", "offload", "unload", "spin", "buy", "acquire",
            "purchase");
    /** The edges to what is dealt in: the parse leaves "buy the software maker Y" an indirect object at times. */
    private static final Set<String> OBJECTS = Set.of("obj", "iobj");
    /** How far below the dealt object a firm's name may sit ("a majority of its German unit Opel"). */
    private static final int DEPTH = 4;

    private DealBefore() {
    }

    /**
     * Whether the sentence before deals in an organisation other than {@code company}.
     *
     * @param before   the sentence just before, or null
     * @param entityAt the entity a token names (its own name, or what "it" stands for), or null
     * @param company  the organisation the stake would fall back on, or null
     */
    static boolean dealsInAnother(AnnotatedSentence before, Function<Token, Entity> entityAt, Entity company) {
        if (before == null) {
            return false;
        }
        for (Dependency object : before.dependencies()) {
            if (!OBJECTS.contains(object.relation()) || object.governor() < 0) {
                continue;
            }
            Token verb = before.token(object.governor());
            if (!verb.pos().startsWith("VB") || !DEALS.contains(verb.lemma().toLowerCase())) {
                continue;
            }
            if (namesAnother(before, before.token(object.dependent()), entityAt, company)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the object or a noun hanging off it (bounded walk) names an organisation other than the company. */
    private static boolean namesAnother(AnnotatedSentence sentence, Token top, Function<Token, Entity> entityAt,
                                        Entity company) {
        Deque<Token> queue = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        queue.add(top);
        depths.add(0);
        while (!queue.isEmpty()) {
            Token token = queue.poll();
            int depth = depths.poll();
            Entity named = entityAt.apply(token);
            if (named != null && named.type() == EntityType.ORGANIZATION && !named.equals(company)) {
                return true;
            }
            if (depth >= DEPTH) {
                continue;
            }
            for (Token child : sentence.children(token)) {
                String relation = sentence.relationToHead(child);
                if (relation.startsWith("nmod") || relation.startsWith("appos") || relation.startsWith("compound")
                        || relation.startsWith("conj") || relation.equals("dep")) {
                    queue.add(child);
                    depths.add(depth + 1);
                }
            }
        }
        return false;
    }
}
