package org.newsgraph.extract.relation;

import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Whose goods "their" means when a sentence opens with "Their batteries are made by Y": the organisation that, in the
 * sentence just before, makes plural goods ("The trams are built by X", "X makes 80,000 scooters a year"), so that Y
 * supplies that maker. One such organisation or none: two makers, goods in the singular, a maker that is no
 * organisation or no sentence before leave the maker unsaid.
 */
final class GoodsMaker {

    /** The verbs of making goods (the rules file's MAKE, and assembling). */
    private static final Set<String> MAKING = Set.of("make", "produce", "manufacture", "build", "assemble");

    private GoodsMaker() {
    }

    /**
     * The organisation that makes the plural goods the sentence before names, or null.
     *
     * @param before   the sentence just before, or null
     * @param entityAt the entity a token names (its own name, or what "it" stands for), or null
     */
    static Entity of(AnnotatedSentence before, Function<Token, Entity> entityAt) {
        if (before == null) {
            return null;
        }
        Entity maker = null;
        for (Dependency goods : before.dependencies()) {
            boolean passive = goods.relation().equals("nsubj:pass");
            if (!passive && !goods.relation().equals("obj") || goods.governor() < 0) {
                continue;
            }
            Token verb = before.token(goods.governor());
            Token made = before.token(goods.dependent());
            if (!verb.pos().startsWith("VB") || verb.lemma() == null
                    || !MAKING.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))
                    || !made.pos().equals("NNS") || made.ner() != null && !made.ner().equals("O")) {
                continue;
            }
            String makerRelation = passive ? "obl:agent" : "nsubj";
            for (Dependency by : before.dependencies()) {
                if (by.governor() == goods.governor() && by.relation().equals(makerRelation)) {
                    Entity named = entityAt.apply(before.token(by.dependent()));
                    if (named == null || named.type() != EntityType.ORGANIZATION
                            || maker != null && !maker.equals(named)) {
                        return null;
                    }
                    maker = named;
                }
            }
        }
        return maker;
    }
}
