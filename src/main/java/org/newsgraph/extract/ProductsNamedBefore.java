package org.newsgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The product a definite product noun of a later sentence stands for: "The Airbus A380 has made its maiden flight.
 * ... The aircraft flew with a flight crew of six", "Boeing's newest aircraft, the 787, made its first flight. ... The
 * aircraft is thought to have attracted 840 orders", "The plane left four hours late, carrying 150 passengers" (MEANTIME
 * tuning, three articles about two aircraft; the gold credits the product each time). The noun is a product noun of
 * {@link ProductClauses} with "the", "this" or "these" and no possessor ("its jet" is the maker's word: {@link
 * ProductClauses#madeBy}); the product is the one the nearest sentence before that names a product names, none when
 * that sentence names two (which one the noun takes up is not read) or names it only in a comparison or an adverbial
 * (Aer Lingus, MEANTIME tuning: "better on fuel than the 787. ... the aircraft have a catalogue value of"). A
 * candidate only: the noun may as well be another aircraft of the story. Bounded by the sentences before.
 */
final class ProductsNamedBefore {

    private static final Set<String> DEFINITE = Set.of("the", "this", "these");

    private ProductsNamedBefore() {
    }

    /** Whether a product noun is written definite and unowned ("the aircraft", "these planes", not "its jet"). */
    static boolean definite(AnnotatedSentence sentence, Token noun) {
        boolean definite = false;
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if (relation.equals("nmod:poss") || relation.equals("det:poss")) {
                return false;
            }
            if (relation.equals("det") && DEFINITE.contains(child.text().toLowerCase(Locale.ROOT))) {
                definite = true;
            }
        }
        return definite;
    }

    /**
     * Whether a figure is the agent of a passive verb ("The aircraft was greeted by some 400 guests"): the people
     * counted act on the product; they are none of its figures.
     */
    static boolean agentOfPassive(AnnotatedSentence sentence, Token head) {
        Token verb = sentence.head(head);
        if (verb == null) {
            return false;
        }
        String relation = sentence.relationToHead(head);
        if (relation.equals("obl:agent") || relation.equals("nmod:agent")) {
            return true;
        }
        return (relation.equals("obl:by") || relation.equals("nmod:by")) && sentence.children(verb).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, verb, c).equals("nsubj:pass"));
    }

    /**
     * Whether a product is named as the subject or the object of a clause, or in its own phrase ("The world's largest
     * passenger aircraft, the Airbus A380, has made its maiden flight", "A test flight of the new Airbus A380 superjumbo
     * was delayed", "Veltra unveiled the Veltra K7"), rather than in a comparison or an adverbial ("better on fuel than
     * the 787", "approached Boeing regarding a deal for its 787"): a later "the aircraft" takes up the thing a sentence
     * was about. Bounded by {@link FigureContext#MAX_CLIMB} steps.
     */
    private static boolean namedAsSubject(AnnotatedSentence sentence, String productId,
                                          Function<Token, Entity> entityAt) {
        for (Token token : sentence.tokens()) {
            Entity entity = entityAt.apply(token);
            if (entity == null || !entity.id().equals(productId)) {
                continue;
            }
            Token current = token;
            for (int step = 0; step < FigureContext.MAX_CLIMB && current != null; step++) {
                String relation = sentence.relationToHead(current);
                if (relation.startsWith("nsubj") || relation.equals("obj")) {
                    return true;
                }
                if (!WITHIN_A_PHRASE.contains(relation) && !relation.startsWith("nmod")) {
                    break;
                }
                current = sentence.head(current);
            }
        }
        return false;
    }

    /** How a word hangs inside a noun phrase, on the way up to the phrase's head. */
    private static final Set<String> WITHIN_A_PHRASE = Set.of("compound", "appos", "flat", "amod", "det",
            "nummod", "dep");

    /**
     * The product the nearest sentence before {@code index} that names any product names, or null when that sentence
     * names two or more, or none does.
     */
    static Entity before(List<AnnotatedSentence> sentences, int index, Function<Token, Entity> entityAt) {
        for (int at = Math.min(index, sentences.size()) - 1; at >= 0; at--) {
            Map<String, Entity> products = new LinkedHashMap<>();
            for (Token token : sentences.get(at).tokens()) {
                Entity entity = entityAt.apply(token);
                if (entity != null && entity.type() == EntityType.PRODUCT) {
                    products.putIfAbsent(entity.id(), entity);
                }
            }
            if (!products.isEmpty()) {
                return products.size() == 1 && namedAsSubject(sentences.get(at), products.keySet().iterator().next(),
                        entityAt) ? products.values().iterator().next() : null;
            }
        }
        return null;
    }
}
