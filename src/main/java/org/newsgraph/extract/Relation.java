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
 * @param confidence how sure that rule is, from 0 to 1, lowered to {@link #WEAK_END_CAP} when an end was resolved
 *                   weakly
 * @param endResolution how sure the coreference that resolved an end ("it", "its", "the company", "he") is: the
 *                   {@link org.newsgraph.extract.coref.Coreference.Confidence#label() label} of the weaker end's
 *                   resolution ("sure", "likely", "weak"); null when both ends are named in the sentence
 */
public record Relation(String subject, String predicate, String object, String role, Span evidence, String rule,
                       double confidence, String endResolution) {

    /** Below this confidence a relation comes from a weak rule, and pages mark it so. */
    public static final double WEAK_BELOW = 0.7;

    /**
     * The most a relation with a weakly resolved end may be sure of, whatever its rule: below {@link #WEAK_BELOW}, so
     * that it is marked weak. A sure or likely resolution leaves the rule's confidence as it is.
     */
    public static final double WEAK_END_CAP = 0.5;

    /** A relation whose ends the sentence names, or whose resolution does not matter (a maker found in a name). */
    public Relation(String subject, String predicate, String object, String role, Span evidence, String rule,
                    double confidence) {
        this(subject, predicate, object, role, evidence, rule, confidence, null);
    }

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
        if (endResolution != null && !LEVELS.contains(endResolution)) {
            throw new IllegalArgumentException("unknown end resolution '" + endResolution + "'");
        }
    }

    /** Whether a weak rule found it, or an end of it was resolved weakly. */
    public boolean weak() {
        return confidence < WEAK_BELOW;
    }

    /**
     * This relation with an end resolved at this level ("sure", "likely", "weak"; null for none): the weaker of it and
     * the level already kept, and the confidence lowered to {@link #WEAK_END_CAP} when that is "weak".
     */
    public Relation withEndResolution(String level) {
        String weaker = weakerResolution(endResolution, level);
        double lowered = "weak".equals(weaker) ? Math.min(confidence, WEAK_END_CAP) : confidence;
        return new Relation(subject, predicate, object, role, evidence, rule, lowered, weaker);
    }

    /**
     * This relation no surer than {@code cap}: a relation stated only as a plan or a possibility ("X plans to buy Y")
     * is kept with its rule, but marked weak.
     */
    public Relation withConfidenceAtMost(double cap) {
        return confidence <= cap ? this
                : new Relation(subject, predicate, object, role, evidence, rule, cap, endResolution);
    }

    private static final java.util.List<String> LEVELS = java.util.List.of("sure", "likely", "weak");

    /** The weaker of two resolution levels ("sure" < "likely" < "weak" in doubt), either possibly null (none). */
    public static String weakerResolution(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
    }
}
