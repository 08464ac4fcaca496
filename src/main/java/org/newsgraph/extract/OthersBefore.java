package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The organisation the sentence before names as the subject of its main clause, itself or beside a common noun
 * ("Its main supplier, Glenholt Farms, warned on prices.", "Mercer Rail's bus arm, Dalby Coaches, lost money."), or
 * null. A figure that names no owner in the next sentence ("Revenue dropped 9%.") is then as readily that
 * organisation's as the article's company: session 40 (issue 12) found implicit-result asserting the article's company
 * there in made-up briefs. Reads one sentence's root and its subject's own words only.
 */
final class OthersBefore {

    /** How a name stands beside the subject's common noun: "its supplier, Glenholt Farms", "supplier Glenholt". */
    private static final Set<String> NAMING = Set.of("appos", "compound");

    private OthersBefore() {
    }

    /** The organisation subject of the main clause of the sentence before {@code index}, or null. */
    static Entity subject(List<AnnotatedSentence> sentences, int index, Function<Token, Entity> entityAt) {
        if (index <= 0 || index > sentences.size()) {
            return null;
        }
        AnnotatedSentence before = sentences.get(index - 1);
        Token root = before.root();
        Token subject = root == null ? null : ProductClauses.subject(before, root);
        if (subject == null) {
            return null;
        }
        Entity named = organisation(entityAt.apply(subject));
        if (named != null) {
            return named;
        }
        for (Token child : before.children(subject)) {
            if (NAMING.contains(DependencyWalk.relation(before, subject, child))) {
                Entity beside = organisation(entityAt.apply(child));
                if (beside != null) {
                    return beside;
                }
            }
        }
        return null;
    }

    private static Entity organisation(Entity entity) {
        return entity != null && entity.type() == EntityType.ORGANIZATION ? entity : null;
    }
}
