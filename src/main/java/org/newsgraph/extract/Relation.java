package org.newsgraph.extract;

import java.util.Objects;

/**
 * A fact linking two entities, with the sentence that states it.
 *
 * @param subject   entity id
 * @param predicate one of {@link #PREDICATES}
 * @param role      the title for roleAt ("CEO", "chair"), else null
 * @param evidence  the sentence span that says so
 * @param rule       the id of the rule that found it (in relation-rules.txt)
 * @param confidence how sure that rule is, from 0 to 1
 */
public record Relation(String subject, String predicate, String object, String role, Span evidence, String rule,
                       double confidence) {

    /** Below this confidence a relation comes from a weak rule, and pages mark it so. */
    public static final double WEAK_BELOW = 0.7;

    public static final java.util.List<String> PREDICATES = java.util.List.of("ownedBy", "roleAt", "basedIn",
            "customerOf", "supplierOf", "competitorOf", "partnerOf", "investsIn", "acquires", "productOf");

    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
        if (!PREDICATES.contains(predicate)) {
            throw new IllegalArgumentException("unknown predicate '" + predicate + "'");
        }
        Objects.requireNonNull(rule, "rule");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1], was " + confidence);
        }
    }

    /** Whether a weak rule found it. */
    public boolean weak() {
        return confidence < WEAK_BELOW;
    }
}
