package org.newsgraph.extract;

import java.util.Objects;

/**
 * A fact linking two entities, with the sentence that states it.
 *
 * @param subject   entity id
 * @param predicate one of {@link #PREDICATES}
 * @param role      the title for roleAt ("CEO", "chair"), else null
 * @param evidence  the sentence span that says so
 */
public record Relation(String subject, String predicate, String object, String role, Span evidence) {

    public static final java.util.List<String> PREDICATES = java.util.List.of("ownedBy", "roleAt", "basedIn",
            "customerOf", "supplierOf", "competitorOf", "partnerOf", "investsIn", "acquires", "productOf");

    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
        if (!PREDICATES.contains(predicate)) {
            throw new IllegalArgumentException("unknown predicate '" + predicate + "'");
        }
    }
}
