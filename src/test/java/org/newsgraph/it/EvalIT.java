package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Main;
import org.newsgraph.eval.CoreferenceEvaluation;
import org.newsgraph.eval.Halves;
import org.newsgraph.eval.MeantimeEvaluation;
import org.newsgraph.eval.PersonCoreferenceEvaluation;
import org.newsgraph.eval.PrecisionRecall;
import org.newsgraph.eval.RelationEvaluation;
import org.newsgraph.eval.ResolutionEvidence;
import org.newsgraph.extract.ResolutionSteps;
import org.newsgraph.extract.SubjectCases;
import org.newsgraph.extract.Extractor;
import org.newsgraph.nlp.NlpPipeline;
import picocli.CommandLine;

/**
 * The targets, with CoreNLP: relations of the sample articles against their gold, and named entities of
 * MEANTIME: named entities, relations and person and organisation coreference on the tuning half (skipped where
 * ../shared/datasets/meantime/dev is not present).
 */
class EvalIT {

    private static final Path MEANTIME = Path.of("../shared/datasets/meantime/dev");

    @Test
    void ownRelationsStayAboveTheirFloor() throws Exception {
        RelationEvaluation.Result result = new RelationEvaluation(new Extractor())
                .evaluate(Path.of("src/test/resources/gold"), Path.of("articles"));
        assertEquals(8, result.articles());
        PrecisionRecall total = result.total();
        // A regression guard, not a quality claim (the rules were written reading these articles). Recall was 0.97
        // while the curated list held these articles' names; with it cleaned (issue 13) the relations of names that
        // neither CoreNLP nor the general gazetteer knows (A321neo, easyJet, Xero, Tesco...) are lost: 0.84; product
        // cues from the parse and the maker in a product's name brought it to 0.87.
        assertTrue(total.recall() >= 0.85 && total.precision() >= 0.95,
                total.summary() + "; missed " + result.missed() + "; wrong " + result.wrong());
    }

    @Test
    void theLaterArticleKeepsItsRelations() throws Exception {
        RelationEvaluation.Result result = new RelationEvaluation(new Extractor()).evaluate(
                Path.of("src/test/resources/eval/heldout/gold"), Path.of("src/test/resources/eval/heldout/articles"));
        assertTrue(result.total().recall() >= 0.9 && result.total().precision() >= 0.9, result.total().summary());
    }

    @Test
    void meantimeNamedEntitiesAndMerging() throws Exception {
        assumeTrue(Files.isDirectory(MEANTIME), "MEANTIME is not in ../shared/datasets; nothing to score");
        MeantimeEvaluation.Result result = new MeantimeEvaluation(new Extractor()).evaluate(MEANTIME);
        MeantimeEvaluation.TypeRow named = result.named();
        // Floors with the curated entity list cleaned of every name the sample, seed and dev articles have (issue 13),
        // set by session 4 just under what all 60 dev articles measured: recall 0.928, type accuracy 0.942.
        assertTrue(named.recall() >= 0.92, "named-entity recall " + named.recall());
        assertTrue(named.typeAccuracy() >= 0.93, "type accuracy " + named.typeAccuracy());
        // Session 4's scorer takes the whole head before a comma ("Everett, Washington" is Everett, not the
        // Washington after it): all 60 articles measured P 0.979 R 0.876 (the stricter scorer of session 3 counted
        // such appositions as merges of the place after the comma: P 0.926).
        assertTrue(result.merging().recall() >= 0.86 && result.merging().precision() >= 0.97, result.merging().summary());
    }

    @Test
    void meantimeTuningHalfRelationsStayAboveTheirFloor() throws Exception {
        java.util.List<Path> gold = Files.isDirectory(Halves.MEANTIME_DEV)
                ? Halves.meantimeGold(Halves.Half.TUNING, Halves.MEANTIME_DEV, Halves.MEANTIME_GOLD) : java.util.List.of();
        assumeTrue(!gold.isEmpty() && Files.isDirectory(Halves.MEANTIME_ARTICLES),
                "MEANTIME dev or its gold is not in ../shared/datasets; nothing to score");
        RelationEvaluation.Result result = new RelationEvaluation(new Extractor()).evaluate(gold, Halves.MEANTIME_ARTICLES);
        // The relation rules' own predicates (productOf has its own rules and floor); tuned on this half, so a guard
        // against regressions, not a quality claim: measured P 0.884 R 0.667 when set (roleAt with titles gold has no
        // predicate for is not scored); raised in session 4 after the rules for orders, deliveries, sums invested,
        // joint nouns and coordinated titles, measured P 0.915 R 0.754 (43/57).
        PrecisionRecall rules = result.byPredicate().entrySet().stream().filter(e -> !e.getKey().equals("productOf"))
                .map(java.util.Map.Entry::getValue).reduce(PrecisionRecall.ZERO, PrecisionRecall::plus);
        assertTrue(rules.recall() >= 0.74 && rules.precision() >= 0.88,
                rules.summary() + "; missed " + result.missed() + "; wrong " + result.wrong());
        // productOf (products and their makers), the same guard: measured P 0.865 R 0.821 (32 of 39) when set
        PrecisionRecall products = result.byPredicate().getOrDefault("productOf", PrecisionRecall.ZERO);
        assertTrue(products.recall() >= 0.80 && products.precision() >= 0.84,
                "productOf " + products.summary() + "; missed " + result.missed() + "; wrong " + result.wrong());
    }

    @Test
    void meantimeTuningHalfPersonCoreferenceStaysAboveItsFloor() throws Exception {
        assumeTrue(Files.isDirectory(MEANTIME), "MEANTIME is not in ../shared/datasets; nothing to score");
        PersonCoreferenceEvaluation.Result result = new PersonCoreferenceEvaluation(NlpPipeline::shared,
                new Extractor()).evaluate(MEANTIME, Halves.Half.TUNING);
        // measured 0.800 (12 of 15) resolved right, every answer given right, when set; 0.929 (13 of 14) after
        // session 7 (more titles; the scorer reads a description's head and leaves out those holding the name)
        assertTrue(result.accuracy().value() >= 0.85 && result.precision().value() >= 0.9,
                result.accuracy() + " right, " + result.precision() + " right among resolved; " + result.errors());
        // short names ("Barra", "Mr Howard") joined to the full name by the entity step: 7 of 7 when set
        assertTrue(result.names().value() >= 0.85, result.names() + " short names joined; " + result.errors());
    }

    /** The organisation coreference of the tuning half, evaluated once for the tests that read it. */
    private static CoreferenceEvaluation.Result organisationCoreference;

    private static synchronized CoreferenceEvaluation.Result organisationCoreference() throws Exception {
        if (organisationCoreference == null) {
            organisationCoreference = new CoreferenceEvaluation(NlpPipeline::shared, new Extractor())
                    .evaluate(MEANTIME, Halves.Half.TUNING);
        }
        return organisationCoreference;
    }

    @Test
    void meantimeTuningHalfOrganisationCoreferenceStaysAboveItsFloor() throws Exception {
        assumeTrue(Files.isDirectory(MEANTIME), "MEANTIME is not in ../shared/datasets; nothing to score");
        CoreferenceEvaluation.Result result = organisationCoreference();
        // measured 0.907 (39 of 43) right, 0.951 (39 of 41) right among resolved, when set (0.721 and 0.861 before
        // agreement, counted plurals, singular "their" and attributes); 0.975 (39 of 40) among resolved after session
        // 5's refusals (syntactic salience, competing organisations in the sentence)
        assertTrue(result.accuracy().value() >= 0.86 && result.precision().value() >= 0.95,
                result.accuracy() + " right, " + result.precision() + " right among resolved; " + result.errors());
    }

    /**
     * subject-resolution-evidence.tsv holds the counts a run gives (session 19, s19-subject): its rows are recounted
     * from the coreference gold of the tuning half by the steps each row names, as eval --coref --verbose prints them
     * ("resolution evidence group" lines). Session 18 found the near-sole row no longer matched and nothing checked it.
     */
    @Test
    void subjectResolutionEvidenceHoldsTheCountsOfTheTuningHalf() throws Exception {
        assumeTrue(Files.isDirectory(MEANTIME), "MEANTIME is not in ../shared/datasets; nothing to score");
        CoreferenceEvaluation.Result result = organisationCoreference();
        java.util.List<CoreferenceEvaluation.Decision> all = new java.util.ArrayList<>(result.decisions());
        all.addAll(result.otherTyped());
        java.util.Map<String, SubjectCases.Count[]> counted = ResolutionEvidence.byGroup(all,
                ResolutionSteps.bundled());
        java.util.List<String> stale = new java.util.ArrayList<>();
        counted.forEach((group, folds) -> {
            SubjectCases.Evidence inTable = SubjectCases.bundled().groups().get(group);
            if (!inTable.resolutionA().equals(folds[0]) || !inTable.resolutionB().equals(folds[1])) {
                stale.add(group + " " + inTable.resolutionA() + " " + inTable.resolutionB() + " in the table, "
                        + folds[0] + " " + folds[1] + " counted");
            }
        });
        assertTrue(stale.isEmpty(), "subject-resolution-evidence.tsv does not hold the coreference gold's counts "
                + "(recount with eval --coref --half tuning --verbose, 'resolution evidence group' lines): " + stale);
    }

    @Test
    void theEvalCommandPrintsTheScores() {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        assertEquals(0, cmd.execute("eval", "--relations"));
        assertTrue(java.util.regex.Pattern.compile("Relations, 8 gold files of .*\\n(?:.*\\n)*  all +P \\d\\.\\d{3} R \\d\\.\\d{3} F1 ")
                .matcher(out.toString()).find(), out.toString());
        assertTrue(!out.toString().contains("Figures against gold"), "--relations runs the relations only");
    }
}
