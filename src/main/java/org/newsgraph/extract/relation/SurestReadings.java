package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Relation;

/**
 * One reading of each relation an article states: a relation the rules read and a later step read again ("the
 * company's iPhone" by product-possessive and by product-sole-maker, in two MEANTIME tuning articles) keeps the surer
 * reading, the first of equally sure ones, in the place of the first.
 */
public final class SurestReadings {

    private SurestReadings() {
    }

    private record Fact(String subject, String predicate, String object, String role) {
    }

    public static List<Relation> of(List<Relation> relations) {
        Map<Fact, Relation> kept = new LinkedHashMap<>();
        for (Relation relation : relations) {
            kept.merge(new Fact(relation.subject(), relation.predicate(), relation.object(), relation.role()), relation,
                    (first, next) -> next.confidence() > first.confidence() ? next : first);
        }
        return new ArrayList<>(kept.values());
    }
}
