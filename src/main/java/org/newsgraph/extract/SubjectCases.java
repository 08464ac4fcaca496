package org.newsgraph.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.io.ResourceTable;

/**
 * Which cases of the attribution chain may assert a figure's subject, decided by data. A case is a step with what it
 * went through ("nsubj/organization", "coreference/described", "nsubj/organization/far",
 * "possessor/name-modifier/strayed"); {@code subject-case-groups.tsv} sorts cases into groups by structure (the first
 * pattern that matches: a refusal of the syntax, a climb beyond the figure's own verb, coreference across sentences,
 * ...), and {@code subject-cases.tsv} holds for each group how often its answers were right on the held-in gold. A
 * group asserts only when the lower bound of the Wilson score interval of that precision is at least the table's
 * bound: a group with few examples, however right, stays a candidate, and a group the table does not list never
 * asserts. Groups rather than single cases, because single cases have too few examples to prove anything.
 *
 * <p>The counts are measured by {@code newsgraph eval --figures --half tuning --verbose} (the "subject group" lines);
 * {@code AttributionIT} recomputes them and fails when a group that asserts no longer meets the bound.
 */
public final class SubjectCases {

    private static final String RESOURCE = "/org/newsgraph/extract/subject-cases.tsv";
    private static final String GROUPS = "/org/newsgraph/extract/subject-case-groups.tsv";

    /** A pattern over case keys and the group its cases belong to. */
    private record GroupPattern(java.util.regex.Pattern pattern, String group) {
    }

    /** One case's evidence: its answers that were right, of those checked. */
    public record Evidence(String key, int right, int total) {

        /** The Wilson lower bound of this case's precision at the given z (0 when nothing was checked). */
        public double lowerBound(double z) {
            return wilsonLowerBound(right, total, z);
        }
    }

    /** The rule that turns counts into a decision: assert when the Wilson lower bound at {@code z} is >= bound. */
    public record Rule(double z, double bound) {

        public boolean asserts(int right, int total) {
            return total > 0 && wilsonLowerBound(right, total, z) >= bound;
        }
    }

    private static final SubjectCases BUNDLED = load();

    private final Rule rule;
    private final Map<String, Evidence> cases;
    private final java.util.List<GroupPattern> groups;

    SubjectCases(Rule rule, Map<String, Evidence> cases, java.util.List<GroupPattern> groups) {
        this.rule = rule;
        this.cases = Map.copyOf(cases);
        this.groups = java.util.List.copyOf(groups);
    }

    /**
     * A table of its own: the rule, the evidence per group, and patterns over case keys each naming a group (first
     * match wins), as the bundled resources hold them.
     */
    static SubjectCases of(Rule rule, Map<String, Evidence> evidence, Map<String, String> patterns) {
        java.util.List<GroupPattern> groups = new java.util.ArrayList<>();
        patterns.forEach((pattern, group) -> groups.add(new GroupPattern(java.util.regex.Pattern.compile(pattern),
                group)));
        return new SubjectCases(rule, evidence, groups);
    }

    /** The table bundled with the extractor. */
    public static SubjectCases bundled() {
        return BUNDLED;
    }

    public Rule rule() {
        return rule;
    }

    /** The evidence per group, as the table holds it. */
    public Map<String, Evidence> groups() {
        return cases;
    }

    /** The group a case belongs to: the first pattern of {@code subject-case-groups.tsv} that matches it; else null. */
    public String group(String key) {
        if (key == null) {
            return null;
        }
        for (GroupPattern pattern : groups) {
            if (pattern.pattern().matcher(key).find()) {
                return pattern.group();
            }
        }
        return null;
    }

    /** Whether an answer found by this case may be asserted as the figure's subject: its group's evidence says so. */
    public boolean asserts(String key) {
        return groupAsserts(group(key));
    }

    /** Whether the answers of a group may be asserted: the table lists it and its counts meet the rule. */
    public boolean groupAsserts(String group) {
        Evidence evidence = group == null ? null : cases.get(group);
        return evidence != null && rule.asserts(evidence.right(), evidence.total());
    }

    /**
     * The lower bound of the Wilson score interval for a proportion of {@code right} in {@code total} at {@code z}
     * (1.645 for a one-sided 95% bound, 1.96 for a two-sided 95% interval): unlike the plain share, it is low when there are few examples.
     */
    public static double wilsonLowerBound(int right, int total, double z) {
        if (total <= 0) {
            return 0;
        }
        double p = (double) right / total;
        double z2 = z * z;
        double centre = p + z2 / (2.0 * total);
        double spread = z * Math.sqrt(p * (1 - p) / total + z2 / (4.0 * total * total));
        return (centre - spread) / (1 + z2 / total);
    }

    private static SubjectCases load() {
        double z = Double.NaN;
        double bound = Double.NaN;
        Map<String, Evidence> cases = new LinkedHashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows(RESOURCE, 3, "case <TAB> right <TAB> checked")) {
            String key = row.columns()[0].strip();
            try {
                if (key.equals("rule")) {
                    z = Double.parseDouble(row.columns()[1].strip().replaceFirst("^z=", ""));
                    bound = Double.parseDouble(row.columns()[2].strip().replaceFirst("^bound=", ""));
                    continue;
                }
                int right = Integer.parseInt(row.columns()[1].strip());
                int total = Integer.parseInt(row.columns()[2].strip());
                if (right < 0 || right > total) {
                    throw row.problem("0 <= right <= checked");
                }
                cases.put(key, new Evidence(key, right, total));
            } catch (NumberFormatException e) {
                throw row.problem("numbers in the second and third columns");
            }
        }
        if (Double.isNaN(z) || Double.isNaN(bound)) {
            throw new IllegalStateException(RESOURCE + ": no 'rule <TAB> z=... <TAB> bound=...' row");
        }
        java.util.List<GroupPattern> groups = new java.util.ArrayList<>();
        for (ResourceTable.Row row : ResourceTable.rows(GROUPS, 2, "pattern over case keys <TAB> group")) {
            try {
                groups.add(new GroupPattern(java.util.regex.Pattern.compile(row.columns()[0].strip()),
                        row.columns()[1].strip()));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw row.problem("a regular expression in the first column");
            }
        }
        return new SubjectCases(new Rule(z, bound), cases, groups);
    }
}
