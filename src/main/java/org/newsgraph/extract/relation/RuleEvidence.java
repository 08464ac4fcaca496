package org.newsgraph.extract.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Relation;

/**
 * How sure a relation rule may be, by its evidence ({@code relation-rule-evidence.tsv}): the number of distinct
 * sources (a MEANTIME tuning article, one of the project's own gold articles, one made-up held-out set) where it gave
 * a right relation, and the readings it got wrong by itself. A rule earns its place by a class of phrasing seen in
 * several sources, so a rule with fewer than two, or with a wrong reading, is weak: its relations are kept as readings
 * and marked, not asserted. The cap is {@code (sources + 1) / (sources + wrong + 2)} (the rule's precision over
 * sources with one right and one wrong added, so that no count is taken at its face), at most 0.65 when a reading was
 * wrong; a rule the table does not list has no evidence (0.5). The evidence only lowers what a rule's writer gave it.
 * Rules that read one construction with different relational nouns ("Y, X's biggest customer", "Y, its main supplier",
 * "Y is X's largest shareholder") form a family ({@code relation-rule-families.tsv}): a rule whose own noun was seen
 * in fewer than two sources takes the family's evidence, since the construction is what earns its place.
 */
public final class RuleEvidence {

    static final String BUNDLED = "/org/newsgraph/extract/relation-rule-evidence.tsv";
    static final String FAMILIES = "/org/newsgraph/extract/relation-rule-families.tsv";
    /** How a family's row is named in the evidence table. */
    public static final String FAMILY_ROW = "family:";
    /** The most a rule with a wrong reading may be sure of: below {@link Relation#WEAK_BELOW}. */
    static final double WRONG_CAP = 0.65;

    private record Counts(int sources, int wrong) {
    }

    private static final class Holder {
        private static final RuleEvidence BUNDLED_EVIDENCE = read();

        private static RuleEvidence read() {
            return parse(lines(BUNDLED), families(lines(FAMILIES)));
        }

        private static List<String> lines(String resource) {
            try (InputStream in = RuleEvidence.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath");
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<String, Counts> byRule;
    private final Map<String, String> familyOf;

    private RuleEvidence(Map<String, Counts> byRule, Map<String, String> familyOf) {
        this.byRule = Map.copyOf(byRule);
        this.familyOf = Map.copyOf(familyOf);
    }

    /** The family of each rule, from the families file's lines ("family TAB rule rule ..."). */
    public static Map<String, String> families(List<String> lines) {
        Map<String, String> familyOf = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            for (String rule : fields[1].strip().split("\\s+")) {
                familyOf.put(rule, fields[0].strip());
            }
        }
        return familyOf;
    }

    /** The bundled families file: each rule's family. */
    public static Map<String, String> bundledFamilies() {
        return families(Holder.lines(FAMILIES));
    }

    /** The bundled table. */
    public static RuleEvidence bundled() {
        return Holder.BUNDLED_EVIDENCE;
    }

    /** A table's lines: comments, a header naming at least {@code rule}, {@code sources} and {@code wrong}, rows. */
    static RuleEvidence parse(List<String> lines, Map<String, String> familyOf) {
        Map<String, Counts> byRule = new HashMap<>();
        List<String> header = null;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> fields = List.of(line.split("\t"));
            if (header == null) {
                header = fields;
                continue;
            }
            byRule.put(fields.get(header.indexOf("rule")), new Counts(
                    Integer.parseInt(fields.get(header.indexOf("sources"))),
                    Integer.parseInt(fields.get(header.indexOf("wrong")))));
        }
        return new RuleEvidence(byRule, familyOf);
    }

    /** The most a rule with this evidence may be sure of. */
    public static double cap(int sources, int wrong) {
        double smoothed = (sources + 1.0) / (sources + wrong + 2.0);
        return wrong > 0 ? Math.min(WRONG_CAP, smoothed) : smoothed;
    }

    /**
     * The most this rule may be sure of (a rule with no row has no evidence): by its own evidence, or by its family's
     * when its own noun was right in fewer than two sources and never wrong.
     */
    public double capOf(String rule) {
        Counts counts = byRule.getOrDefault(rule, new Counts(0, 0));
        String family = familyOf.get(rule);
        if (counts.sources() < 2 && counts.wrong() == 0 && family != null) {
            counts = byRule.getOrDefault(FAMILY_ROW + family, counts);
        }
        return cap(counts.sources(), counts.wrong());
    }

    /** The relation with its confidence lowered to what its rule's evidence allows. */
    public Relation applyTo(Relation relation) {
        return relation.withConfidenceAtMost(capOf(relation.rule()));
    }
}
