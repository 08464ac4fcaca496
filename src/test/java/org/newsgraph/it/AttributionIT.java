package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Main;
import org.newsgraph.eval.Halves;
import org.newsgraph.extract.SubjectCases;
import picocli.CommandLine;

/**
 * Quality floors for crediting figures, with CoreNLP, on the tuning half of the MEANTIME figure gold (the half the
 * attribution chain is tuned on; the reported half stays a score for the README). A change that credits fewer
 * figures to the right entity or measure, or asserts more wrong subjects, fails here; so does a group of attribution
 * cases that asserts ({@code subject-cases.tsv}) when its recomputed precision no longer meets the table's rule.
 * Skipped where ../shared/datasets/meantime is not present.
 */
class AttributionIT {

    private static final Pattern SCORES = Pattern.compile("MEANTIME figure gold, tuning half[^\\n]*\\n(?:.*\\n)*?"
            + "  on value\\+unit matches: subject (\\d\\.\\d{3}) .*measure (\\d\\.\\d{3}) .*\\n"
            + "  wrong subject asserted on (\\d\\.\\d{3}) ");
    /**
     * "  subject group near   56/56   34/35   49/50   41/41   90/91   132/133   0.952   0.980  asserts  assert": the
     * counts are sentences (right only when all the group's answers in the sentence are right), the sixth column
     * figures; the check reads the folds' sentence counts.
     */
    private static final Pattern GROUP = Pattern.compile("(?m)^  subject group (\\S+)\\s+\\d+/\\d+\\s+\\d+/\\d+"
            + "\\s+(\\d+)/(\\d+)\\s+(\\d+)/(\\d+)\\s+\\d+/\\d+\\s+\\d+/\\d+\\s+\\S+\\s+\\S+\\s+(asserts|proposes)"
            + "\\s+(\\S+)$");

    private static String output;

    @BeforeAll
    static void evaluateTheTuningHalf() {
        assumeTrue(Files.isDirectory(Halves.MEANTIME_DEV) && Files.isDirectory(Halves.MEANTIME_ARTICLES),
                "MEANTIME is not in ../shared/datasets; nothing to score");
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        assertEquals(0, cmd.execute("eval", "--figures", "--half", "tuning", "--verbose", "--kpi-edgar",
                "target/no-kpi-edgar", "--article-timeout", "900"),
                "a shared machine can be slow: the budget is not what is tested here");
        output = out.toString();
    }

    @Test
    void subjectAndMeasureStayAboveTheirFloorsOnTheTuningHalf() {
        Matcher m = SCORES.matcher(output);
        assertTrue(m.find(), output);
        double subject = Double.parseDouble(m.group(1));
        double measure = Double.parseDouble(m.group(2));
        double wrong = Double.parseDouble(m.group(3));
        // measured 0.346 / 0.517 / 0.017 after merging session 5's branches (issue 12: only the "near" group of
        // cases asserts, decided by subject-cases.tsv; the measure scorer takes the gold's head noun; the figure
        // scorer matches more figures, 217 instead of 189, which lowered the subject share; measures: stakes,
        // objects of changing verbs); targets 0.9 / 0.85 / at most 0.05. Session 7: subject 0.422, wrong 0.008
        // (coreference to the previous subject asserts; counts of organisations get no subject); measure 0.626 after
        // the measure steps (FigureMeasures: capacity, tenure, rates, worth, unit-of, conversions, the figure's own noun).
        // Session 8: measure 0.634 (151/238) after the KPI-EDGAR classes (copula misparses, lists, long phrases cut)
        // Session 9: subject 0.509 (114/224), wrong 0.000 (a climb inside the figure's clause to the main verb's
        // subject asserts: deep-main in subject-cases.tsv)
        // Session 9 (s9-cluster): subject 0.371 (83/224), wrong 0.000, with candidates unchanged at 0.853. The floor
        // goes DOWN from 0.50 on purpose: groups are now counted in sentences, not figures (a run of answers from one
        // sentence is one example), and deep-main (14/14 sentences) and coreference-previous-subject (15/15) no
        // longer reach the bound, so their answers are candidates, not assertions (issue 12).
        // Session 10: subject 0.366 (82/224), wrong 0.000: recognition refuses windows of time ("in the next 30
        // days"), and one such figure had a right subject; no subject changed. Floor 0.37 -> 0.36 for that reason.
        // Session 11 (s11-subject): subject 0.246 (55/224), wrong 0.000, with candidates unchanged at 0.853. The floor
        // goes DOWN from 0.36 on purpose: the near group is split by what competes with the answer in its sentence
        // (RivalOrganisations), and only near-sole (64/64 sentences) asserts; the answers in sentences naming several
        // organisations (near-rivals 22/23, near-apart 4/4) are candidates until their own sentences prove them. The
        // issue's wrong answers (a supplier's, an investor's) come from such sentences, which the tuning half lacks.
        // Session 12 (s12-subject): subject 0.317 (71/224), wrong 0.000, with candidates unchanged at 0.862: near-beside
        // (a near answer with other organisations only outside the figure's own noun phrase, 11/11 sentences) joins
        // near-sole (subject-group-joins.tsv). Floor 0.24 -> 0.30.
        // Session 13 (s13-subject): subject 0.341 (77/226), wrong 0.000, with candidates 0.863 -> 0.867: near-apart
        // (8/8 tuning sentences) asserts, confirmed by 15/15 made-up sentences (14/14 since session 14;
        // subject-phrasing-evidence.tsv, SubjectPhrasingsIT). Floor 0.30 -> 0.33.
        // Session 16 (s16-subject): subject 0.416 (94/226), wrong 0.000, with candidates unchanged at 0.867: deep-main
        // (14/14 tuning sentences) asserts, confirmed by 27/27 made-up ones once a forecast's object is refused
        // (ForecastObjects). Floor 0.33 -> 0.41.
        assertTrue(subject >= 0.41, "subject asserted and right " + subject);
        // Session 12 (s12-measure): measure 0.618 (149/241; 0.656 with candidates): a head noun inside a prepositional
        // phrase ("defaulted on debt of $7m") is only proposed, right about half the time on every tuning source
        // (KPI-EDGAR wrong measures 390 -> 284 on train+valid). The floor goes DOWN from 0.63 on purpose.
        assertTrue(measure >= 0.60, "measure right " + measure);
        assertTrue(wrong <= 0.025, "wrong subject asserted on " + wrong + " of found figures");
    }

    @Test
    void everyGroupThatAssertsStillMeetsTheRuleOnTheTuningHalf() {
        SubjectCases table = SubjectCases.bundled();
        SubjectCases.Rule rule = table.rule();
        Matcher m = GROUP.matcher(output);
        java.util.Map<String, SubjectCases.Evidence> counted = new java.util.LinkedHashMap<>();
        List<String> asserting = new ArrayList<>();
        while (m.find()) {
            SubjectCases.Evidence inTable = table.groups().get(m.group(1));
            SubjectCases.Evidence evidence = new SubjectCases.Evidence(m.group(1),
                    new SubjectCases.Count(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                    new SubjectCases.Count(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
            // the coreference gold's counts for the group's resolved word (eval --coref counts them)
            counted.put(m.group(1), inTable == null ? evidence
                    : evidence.withResolution(inTable.resolutionA(), inTable.resolutionB()));
            if (m.group(6).equals("asserts")) {
                asserting.add(m.group(1));
            }
        }
        List<String> failing = new ArrayList<>();
        for (String group : asserting) {
            SubjectCases.Evidence evidence = counted.get(group);
            // a group that joins another (subject-group-joins.tsv) is judged with its host's recounted sentences
            SubjectCases.Join join = table.join(group);
            if (!table.meets(group, evidence, join == null ? null : counted.get(join.host()))) {
                failing.add(group + " fold a " + evidence.foldA() + ", fold b " + evidence.foldB()
                        + " (lower bound together " + evidence.lowerBound(rule.z()) + "; each fold must be right "
                        + rule.foldShare() + " of the time" + (join == null ? "" : "; or joined to " + join.host())
                        + ")");
            }
        }
        // the table must hold the counts measured (session 16): a group whose sentences changed is recounted in
        // subject-cases.tsv, so its decision never rests on counts no run gives any more
        List<String> stale = new ArrayList<>();
        counted.forEach((group, evidence) -> {
            SubjectCases.Evidence inTable = table.groups().get(group);
            if (inTable != null && (!inTable.foldA().equals(evidence.foldA())
                    || !inTable.foldB().equals(evidence.foldB()))) {
                stale.add(group + " " + inTable.foldA() + " " + inTable.foldB() + " in the table, " + evidence.foldA()
                        + " " + evidence.foldB() + " counted");
            }
        });
        assertTrue(stale.isEmpty(), "subject-cases.tsv does not hold the tuning half's counts: " + stale);
        assertTrue(!asserting.isEmpty(), "no asserting group in the output:\n" + output);
        assertFalse(!failing.isEmpty(), "groups marked as asserting in subject-cases.tsv no longer meet the rule "
                + "on the tuning half, counted in sentences (both folds together, and each fold): " + failing + "; recount them (eval --figures --half tuning --verbose) and "
                + "update the table");
    }
}
