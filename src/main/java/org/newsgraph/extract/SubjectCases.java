package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.io.ResourceTable;

/**
 * Which cases of the attribution chain may assert a figure's subject, decided by data. A case is a step with what it
 * went through ("nsubj/organization", "coreference/described", "nsubj/organization/far",
 * "possessor/name-modifier/strayed"); {@code subject-case-groups.tsv} sorts cases into groups by structure (the first
 * pattern that matches: a refusal of the syntax, a climb beyond the figure's own verb, coreference across sentences,
 * ...), and {@code subject-cases.tsv} holds for each group how often it was right on the held-in gold, counted in
 * sentences: the group's answers in one sentence are one example, right only when all of them are right (runs of
 * answers from one sentence share one parse and one path, so counting figures overstated the evidence). A
 * group asserts only when the lower bound of the Wilson score interval of that precision is at least the table's
 * bound, and each of the tuning half's two folds ({@code Halves.Fold}) on its own is right at least the table's
 * share (a group right on the sentences its rule was written from but not on the others stays a candidate): a group
 * with few examples, however right, stays a candidate, and a group the table does not list never asserts. A group
 * whose answers go through a resolved word ("its", "the company") also counts, per fold, the sentences of the
 * coreference gold in which that resolution was right or wrong ({@code subject-resolution-evidence.tsv}): text nobody
 * here wrote, where such a word also stands for a product or a place. Groups rather than single cases, because single cases have too few examples to prove anything.
 *
 * <p>The counts are measured by {@code newsgraph eval --figures --half tuning --verbose} (the "subject group" lines);
 * {@code AttributionIT} recomputes them and fails when a group that asserts no longer meets the bound.
 */
public final class SubjectCases {

    private static final String RESOURCE = "/org/newsgraph/extract/subject-cases.tsv";
    private static final String GROUPS = "/org/newsgraph/extract/subject-case-groups.tsv";
    private static final String RESOLUTIONS = "/org/newsgraph/extract/subject-resolution-evidence.tsv";
    private static final String JOINS = "/org/newsgraph/extract/subject-group-joins.tsv";
    private static final String PHRASINGS = "/org/newsgraph/extract/subject-phrasing-evidence.tsv";
    private static final String HELD_OUT = "/org/newsgraph/extract/subject-heldout-evidence.tsv";

    /** A pattern over case keys and the group its cases belong to. */
    private record GroupPattern(Pattern pattern, String group) {
    }

    /** Evidence of a group or case: how many (sentences, in the table) were right of those checked. */
    public record Count(int right, int checked) {

        public Count {
            if (right < 0 || right > checked) {
                throw new IllegalArgumentException("0 <= right <= checked, was " + right + "/" + checked);
            }
        }

        /** The Wilson lower bound of this precision at the given z (0 when nothing was checked). */
        public double lowerBound(double z) {
            return wilsonLowerBound(right, checked, z);
        }

        public Count plus(Count other) {
            return new Count(right + other.right, checked + other.checked);
        }

        /** "right/checked"; {@link #parse} reads it back. */
        @Override
        public String toString() {
            return right + "/" + checked;
        }

        static Count parse(String text) {
            String[] parts = text.strip().split("/");
            if (parts.length != 2) {
                throw new NumberFormatException(text);
            }
            return new Count(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        }
    }

    /**
     * A group's evidence on the two folds of the tuning half ({@code Halves.tuningFold}): fold a, where a rule may be
     * written, and fold b, which confirms it; either may be null when the folds are unknown (then only a rule without
     * a fold share can let the group assert).
     */
    public record Evidence(String key, Count foldA, Count foldB, Count resolutionA, Count resolutionB) {

        private static final Count NONE = new Count(0, 0);

        public Evidence {
            resolutionA = resolutionA == null ? NONE : resolutionA;
            resolutionB = resolutionB == null ? NONE : resolutionB;
        }

        /** Evidence from the figure gold alone. */
        public Evidence(String key, Count foldA, Count foldB) {
            this(key, foldA, foldB, NONE, NONE);
        }

        /** Evidence counted without folds: a rule with a fold bound never asserts on it. */
        public Evidence(String key, int right, int total) {
            this(key, new Count(right, total), null);
        }

        /**
         * The same with the evidence for the resolution of the word the group's answers go through ("its", "the
         * company"), counted on the coreference gold's sentences per fold ({@code subject-resolution-evidence.tsv}).
         */
        public Evidence withResolution(Count a, Count b) {
            return new Evidence(key, foldA, foldB, a, b);
        }

        /** Fold a's sentences: the figure gold's and the resolution evidence's. */
        public Count allOfFoldA() {
            return foldA.plus(resolutionA);
        }

        /** Fold b's sentences, both sources; null when fold b is unknown. */
        public Count allOfFoldB() {
            return foldB == null ? null : foldB.plus(resolutionB);
        }

        public int right() {
            return foldA.right() + (foldB == null ? 0 : foldB.right()) + resolutionA.right() + resolutionB.right();
        }

        public int total() {
            return foldA.checked() + (foldB == null ? 0 : foldB.checked()) + resolutionA.checked()
                    + resolutionB.checked();
        }

        /** The Wilson lower bound of this evidence's precision, both folds together, at the given z. */
        public double lowerBound(double z) {
            return wilsonLowerBound(right(), total(), z);
        }

        /** This evidence and another's, fold by fold (a pooled group); fold b is unknown when either's is. */
        public Evidence plus(String pooledKey, Evidence other) {
            Count b = foldB == null || other.foldB == null ? null : foldB.plus(other.foldB);
            return new Evidence(pooledKey, foldA.plus(other.foldA), b, resolutionA.plus(other.resolutionA),
                    resolutionB.plus(other.resolutionB));
        }
    }

    /**
     * A group too small to meet the rule alone that asks the same question as a larger one plus a syntactic
     * separation of its own ({@code subject-group-joins.tsv}): it asserts when its own sentences are right at least
     * {@code share} of the time over at least {@code sentences} of them, each fold meets the rule's fold share, and
     * its evidence pooled with the host group's meets the rule.
     */
    public record Join(String host, double share, int sentences) {
    }

    /**
     * A group's sentences in the made-up subject table ({@code figure/subjects.tsv}, counted by
     * {@code SubjectPhrasingsIT}): text the chain was not written on. A group whose tuning sentences are right at least
     * {@code share} of the time (each fold meeting the rule's fold share) and whose made-up sentences are too, over at
     * least {@code sentences} of them, asserts when both pooled meet the rule, or, for a group that may join a host
     * ({@link Join}), when pooled with the host's they do.
     */
    public record Confirmation(Count madeUp, double share, int sentences) {
    }

    /**
     * A group's sentences in the held-out subject sets of made-up articles ({@code subject-heldout-evidence.tsv},
     * counted per set by {@code HeldOutSubjectSetsIT}), judged against each set's figure gold: made-up text the chain
     * was not written on, like {@link Confirmation}'s, and added to it; a group with such sentences and no row of
     * {@code subject-phrasing-evidence.tsv} is confirmed with the held-out file's own share and sentences.
     */
    public record HeldOut(Map<String, Map<String, Count>> bySet, double share, int sentences) {

        static final HeldOut NONE = new HeldOut(Map.of(), 1, Integer.MAX_VALUE);

        public HeldOut {
            Map<String, Map<String, Count>> copy = new LinkedHashMap<>();
            bySet.forEach((group, sets) -> copy.put(group, Map.copyOf(sets)));
            bySet = Map.copyOf(copy);
        }

        /** A group's sentences over every set (0/0 when none). */
        public Count of(String group) {
            Count total = new Count(0, 0);
            for (Count count : bySet.getOrDefault(group, Map.of()).values()) {
                total = total.plus(count);
            }
            return total;
        }
    }

    /**
     * The rule that turns counts into a decision: assert when the Wilson lower bound at {@code z} of both folds
     * together is >= {@code bound} (enough evidence) and, when {@code foldShare} is above 0, each fold on its own is
     * right at least that often (neither fold contradicts it: a group fitted on one fold's sentences must hold on the
     * other's; a fold alone is too small for a lower bound of its own to reach 0.9).
     */
    public record Rule(double z, double bound, double foldShare) {

        /** A rule that looks only at both folds together. */
        public Rule(double z, double bound) {
            this(z, bound, 0);
        }

        public boolean asserts(int right, int total) {
            return total > 0 && wilsonLowerBound(right, total, z) >= bound;
        }

        /** Whether one fold's answers hold the group up on their own: right at least {@code foldShare} of the time. */
        public boolean confirms(Count fold) {
            return foldShare <= 0 || fold != null && fold.checked() > 0
                    && fold.right() >= foldShare * fold.checked() - 1e-9;
        }

        /** Both folds together meet the bound, and each fold meets the fold share. */
        public boolean asserts(Evidence evidence) {
            return asserts(evidence.right(), evidence.total()) && confirms(evidence.allOfFoldA())
                    && confirms(evidence.allOfFoldB());
        }
    }

    private static final SubjectCases BUNDLED = load();

    private final Rule rule;
    private final Map<String, Evidence> cases;
    private final List<GroupPattern> groups;
    private final Map<String, Join> joins;
    private final Map<String, Confirmation> confirmations;
    private final HeldOut heldOut;

    SubjectCases(Rule rule, Map<String, Evidence> cases, List<GroupPattern> groups, Map<String, Join> joins) {
        this(rule, cases, groups, joins, Map.of());
    }

    SubjectCases(Rule rule, Map<String, Evidence> cases, List<GroupPattern> groups, Map<String, Join> joins,
                 Map<String, Confirmation> confirmations) {
        this(rule, cases, groups, joins, confirmations, HeldOut.NONE);
    }

    SubjectCases(Rule rule, Map<String, Evidence> cases, List<GroupPattern> groups, Map<String, Join> joins,
                 Map<String, Confirmation> confirmations, HeldOut heldOut) {
        this.rule = rule;
        this.cases = Map.copyOf(cases);
        this.groups = List.copyOf(groups);
        this.joins = Map.copyOf(joins);
        this.confirmations = Map.copyOf(confirmations);
        this.heldOut = heldOut;
    }

    /**
     * A table of its own: the rule, the evidence per group, and patterns over case keys each naming a group (first
     * match wins), as the bundled resources hold them.
     */
    static SubjectCases of(Rule rule, Map<String, Evidence> evidence, Map<String, String> patterns) {
        return of(rule, evidence, patterns, Map.of());
    }

    /** The same with groups that may join others ({@link Join}). */
    static SubjectCases of(Rule rule, Map<String, Evidence> evidence, Map<String, String> patterns,
                           Map<String, Join> joins) {
        List<GroupPattern> groups = new ArrayList<>();
        patterns.forEach((pattern, group) -> groups.add(new GroupPattern(Pattern.compile(pattern),
                group)));
        return new SubjectCases(rule, evidence, groups, joins);
    }

    /** The same with groups confirmed by made-up sentences ({@link Confirmation}). */
    static SubjectCases of(Rule rule, Map<String, Evidence> evidence, Map<String, String> patterns,
                           Map<String, Join> joins, Map<String, Confirmation> confirmations) {
        SubjectCases table = of(rule, evidence, patterns, joins);
        return new SubjectCases(rule, evidence, table.groups, joins, confirmations);
    }

    /** The same with the held-out sets' sentences ({@link HeldOut}). */
    static SubjectCases of(Rule rule, Map<String, Evidence> evidence, Map<String, String> patterns,
                           Map<String, Join> joins, Map<String, Confirmation> confirmations, HeldOut heldOut) {
        SubjectCases table = of(rule, evidence, patterns, joins);
        return new SubjectCases(rule, evidence, table.groups, joins, confirmations, heldOut);
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
        return evidence != null && (rule.asserts(evidence) || joinAsserts(group, evidence)
                || confirmed(group, evidence, joins.containsKey(group) ? cases.get(joins.get(group).host()) : null));
    }

    /** The made-up sentences counted for a group ({@link Confirmation}), or null. */
    public Confirmation confirmation(String group) {
        return confirmations.get(group);
    }

    /** The held-out sets' sentences of every group, per set ({@link HeldOut}). */
    public HeldOut heldOut() {
        return heldOut;
    }

    /**
     * Whether a group asserts by its made-up sentences ({@link Confirmation}) as well as its tuning ones: both right
     * often enough, each fold too, and the pooled sentences (with the host's, for a group that may join one) meet the
     * rule.
     */
    private boolean confirmed(String group, Evidence evidence, Evidence host) {
        Count held = heldOut.of(group);
        Confirmation confirmation = confirmations.containsKey(group) ? confirmations.get(group)
                : held.checked() > 0 ? new Confirmation(new Count(0, 0), heldOut.share(), heldOut.sentences()) : null;
        if (confirmation == null || evidence.total() == 0) {
            return false;
        }
        Count madeUp = confirmation.madeUp().plus(held);
        boolean enough = madeUp.checked() >= confirmation.sentences()
                && madeUp.right() >= confirmation.share() * madeUp.checked() - 1e-9
                && evidence.right() >= confirmation.share() * evidence.total() - 1e-9
                && rule.confirms(evidence.allOfFoldA()) && rule.confirms(evidence.allOfFoldB());
        if (!enough) {
            return false;
        }
        int right = evidence.right() + madeUp.right();
        int total = evidence.total() + madeUp.checked();
        Join join = joins.get(group);
        if (join != null && host != null) {
            right += host.right();
            total += host.total();
        }
        return rule.asserts(right, total);
    }

    /** The group a group joins ({@code subject-group-joins.tsv}), or null. */
    public Join join(String group) {
        return joins.get(group);
    }

    /**
     * Whether a group asserts by joining its host ({@link Join}): enough sentences of its own, right often enough
     * alone and in each fold, and the pooled evidence meets the rule.
     */
    private boolean joinAsserts(String group, Evidence evidence) {
        Join join = joins.get(group);
        return join != null && joinAsserts(join, evidence, cases.get(join.host()));
    }

    /**
     * Whether evidence counted anew (by {@code eval}, {@code AttributionIT}) lets a group assert: alone by the rule, or
     * joined to its host ({@link Join}) with the host's evidence counted the same way (null when unknown).
     */
    public boolean meets(String group, Evidence evidence, Evidence host) {
        Join join = joins.get(group);
        return rule.asserts(evidence) || join != null && joinAsserts(join, evidence, host)
                || confirmed(group, evidence, host);
    }

    private boolean joinAsserts(Join join, Evidence evidence, Evidence host) {
        return host != null && evidence.total() >= join.sentences()
                && evidence.right() >= join.share() * evidence.total() - 1e-9
                && rule.confirms(evidence.allOfFoldA()) && rule.confirms(evidence.allOfFoldB())
                && rule.asserts(host.plus(join.host() + "+" + evidence.key(), evidence));
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
        Rule rule = null;
        Map<String, Evidence> cases = new LinkedHashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows(RESOURCE, 3,
                "group <TAB> fold a right/checked <TAB> fold b right/checked")) {
            String key = row.columns()[0].strip();
            try {
                if (key.equals("rule")) {
                    rule = rule(row);
                    continue;
                }
                cases.put(key, new Evidence(key, Count.parse(row.columns()[1]), Count.parse(row.columns()[2])));
            } catch (IllegalArgumentException e) {
                throw row.problem("right/checked with 0 <= right <= checked in the second and third columns");
            }
        }
        if (rule == null) {
            throw new IllegalStateException(RESOURCE + ": no 'rule <TAB> z=... <TAB> bound=... each-fold=...' row");
        }
        for (ResourceTable.Row row : ResourceTable.rows(RESOLUTIONS, 4,
                "group <TAB> coreference step <TAB> fold a right/checked <TAB> fold b right/checked")) {
            String group = row.columns()[0].strip();
            Evidence evidence = cases.get(group);
            if (evidence == null) {
                throw row.problem("a group of " + RESOURCE + " in the first column");
            }
            try {
                cases.put(group, evidence.withResolution(Count.parse(row.columns()[2]), Count.parse(row.columns()[3])));
            } catch (IllegalArgumentException e) {
                throw row.problem("right/checked with 0 <= right <= checked in the third and fourth columns");
            }
        }
        List<GroupPattern> groups = new ArrayList<>();
        for (ResourceTable.Row row : ResourceTable.rows(GROUPS, 2, "pattern over case keys <TAB> group")) {
            try {
                groups.add(new GroupPattern(Pattern.compile(row.columns()[0].strip()),
                        row.columns()[1].strip()));
            } catch (PatternSyntaxException e) {
                throw row.problem("a regular expression in the first column");
            }
        }
        Map<String, Join> joins = new LinkedHashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows(JOINS, 3, "group <TAB> host group <TAB> share=... sentences=...")) {
            String group = row.columns()[0].strip();
            String host = row.columns()[1].strip();
            if (!cases.containsKey(group) || !cases.containsKey(host)) {
                throw row.problem("groups of " + RESOURCE + " in the first two columns");
            }
            joins.put(group, join(row, host));
        }
        Map<String, Confirmation> confirmations = new LinkedHashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows(PHRASINGS, 3,
                "group <TAB> right/checked <TAB> share=... sentences=...")) {
            String group = row.columns()[0].strip();
            if (!cases.containsKey(group)) {
                throw row.problem("a group of " + RESOURCE + " in the first column");
            }
            Join settings = join(row, group);
            try {
                confirmations.put(group, new Confirmation(Count.parse(row.columns()[1]), settings.share(),
                        settings.sentences()));
            } catch (IllegalArgumentException e) {
                throw row.problem("right/checked with 0 <= right <= checked in the second column");
            }
        }
        return new SubjectCases(rule, cases, groups, joins, confirmations, heldOut(cases));
    }

    /**
     * The held-out sets' rows: "rule <TAB> - <TAB> share=... sentences=..." once, then "group <TAB> set <TAB>
     * right/checked".
     */
    private static HeldOut heldOut(Map<String, Evidence> cases) {
        Join settings = null;
        Map<String, Map<String, Count>> bySet = new LinkedHashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows(HELD_OUT, 3, "group <TAB> set <TAB> right/checked")) {
            String group = row.columns()[0].strip();
            if (group.equals("rule")) {
                settings = join(row, group);
                continue;
            }
            if (!cases.containsKey(group)) {
                throw row.problem("a group of " + RESOURCE + " in the first column");
            }
            try {
                bySet.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(row.columns()[1].strip(),
                        Count.parse(row.columns()[2]));
            } catch (IllegalArgumentException e) {
                throw row.problem("right/checked with 0 <= right <= checked in the third column");
            }
        }
        if (settings == null) {
            throw new IllegalStateException(HELD_OUT + ": no 'rule <TAB> - <TAB> share=... sentences=...' row");
        }
        return new HeldOut(bySet, settings.share(), settings.sentences());
    }

    /** "near-apart <TAB> near-sole <TAB> share=0.95 sentences=10". */
    private static Join join(ResourceTable.Row row, String host) {
        double share = Double.NaN;
        int sentences = -1;
        try {
            for (String setting : row.columns()[2].strip().split("\\s+")) {
                if (setting.startsWith("share=")) {
                    share = Double.parseDouble(setting.substring("share=".length()));
                } else if (setting.startsWith("sentences=")) {
                    sentences = Integer.parseInt(setting.substring("sentences=".length()));
                }
            }
        } catch (NumberFormatException e) {
            throw row.problem("share=<number> sentences=<whole number> in the third column");
        }
        if (Double.isNaN(share) || sentences < 0) {
            throw row.problem("share=<number> sentences=<whole number> in the third column");
        }
        return new Join(host, share, sentences);
    }

    /** "rule <TAB> z=1.645 <TAB> bound=0.90 each-fold=0.90". */
    private static Rule rule(ResourceTable.Row row) {
        double z = Double.parseDouble(row.columns()[1].strip().replaceFirst("^z=", ""));
        double bound = Double.NaN;
        double foldShare = 0;
        for (String setting : row.columns()[2].strip().split("\\s+")) {
            if (setting.startsWith("bound=")) {
                bound = Double.parseDouble(setting.substring("bound=".length()));
            } else if (setting.startsWith("each-fold=")) {
                foldShare = Double.parseDouble(setting.substring("each-fold=".length()));
            } else {
                throw row.problem("bound=... and each-fold=... in the third column");
            }
        }
        if (Double.isNaN(bound)) {
            throw row.problem("bound=... in the third column");
        }
        return new Rule(z, bound, foldShare);
    }
}
