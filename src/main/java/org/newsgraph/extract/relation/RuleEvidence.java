package org.newsgraph.extract.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Relation;
import org.newsgraph.io.ResourceTable;

/**
 * How sure a relation rule may be, by its evidence ({@code relation-rule-evidence.tsv}): the number of distinct
 * sources (a MEANTIME tuning article, one of the project's own gold articles, one made-up held-out set) where it gave
 * a right relation, and the readings it got wrong by itself. A rule that got a reading wrong is weak: its relations
 * are kept as readings and marked, not asserted; the cap is {@code (sources + 1) / (sources + wrong + 2)} (the rule's
 * precision over sources with one right and one wrong added), at most 0.65. A rule with no wrong reading keeps what its
 * writer gave it: capping rules right in fewer than two sources as well (tried in session 20) removed 22 of the 66
 * right asserted relations of the MEANTIME tuning half and none of its extras. The evidence only lowers a confidence.
 */
public final class RuleEvidence {

    static final String BUNDLED = "/org/newsgraph/extract/relation-rule-evidence.tsv";
    /** The most a rule with a wrong reading may be sure of: below {@link Relation#WEAK_BELOW}. */
    static final double WRONG_CAP = 0.65;

    private record Counts(int sources, int wrong) {
    }

    private static final class Holder {
        private static final RuleEvidence BUNDLED_EVIDENCE = parse(ResourceTable.lines(BUNDLED));
    }

    private final Map<String, Counts> byRule;

    private RuleEvidence(Map<String, Counts> byRule) {
        this.byRule = Map.copyOf(byRule);
    }

    /** The bundled table. */
    public static RuleEvidence bundled() {
        return Holder.BUNDLED_EVIDENCE;
    }

    /** A table's lines: comments, a header naming at least {@code rule}, {@code sources} and {@code wrong}, rows. */
    static RuleEvidence parse(List<String> lines) {
        Map<String, Counts> byRule = new HashMap<>();
        for (Map<String, String> row : ResourceTable.headed(lines)) {
            byRule.put(row.get("rule"),
                    new Counts(Integer.parseInt(row.get("sources")), Integer.parseInt(row.get("wrong"))));
        }
        return new RuleEvidence(byRule);
    }

    /** The most a rule with this evidence may be sure of: no limit unless a reading was wrong. */
    public static double cap(int sources, int wrong) {
        return wrong > 0 ? Math.min(WRONG_CAP, (sources + 1.0) / (sources + wrong + 2.0)) : 1.0;
    }

    /** The most this rule may be sure of (a rule with no row has no wrong reading counted). */
    public double capOf(String rule) {
        Counts counts = byRule.getOrDefault(rule, new Counts(0, 0));
        return cap(counts.sources(), counts.wrong());
    }

    /** The relation with its confidence lowered to what its rule's evidence allows. */
    public Relation applyTo(Relation relation) {
        return relation.withConfidenceAtMost(capOf(relation.rule()));
    }
}
