package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectCasesTest {

    @Test
    void wilsonLowerBoundMatchesTheFormula() {
        // 10 of 10 at z=1.96: n / (n + z^2) = 10 / 13.8416
        assertEquals(0.7225, SubjectCases.wilsonLowerBound(10, 10, 1.96), 1e-4);
        // 45 of 50: p=0.9, centre (0.9 + 0.0384) / 1.0768, spread 1.96 sqrt(0.0018 + 0.000384) / 1.0768
        assertEquals(0.7864, SubjectCases.wilsonLowerBound(45, 50, 1.96), 1e-4);
        assertEquals(0.0, SubjectCases.wilsonLowerBound(0, 0, 1.96));
        assertTrue(SubjectCases.wilsonLowerBound(0, 5, 1.96) < 1e-12);
    }

    @Test
    void fewPerfectExamplesDoNotAssertManyDo() {
        SubjectCases.Rule rule = new SubjectCases.Rule(1.96, 0.9);
        assertFalse(rule.asserts(9, 9), "nine right of nine prove little");
        assertFalse(rule.asserts(0, 0));
        assertTrue(rule.asserts(40, 40));
        assertFalse(rule.asserts(90, 100), "a precision of 0.9 measured is not a bound of 0.9");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "nsubj/organization/rivals, near-rivals",
            "possessor/name-modifier/apart, near-apart",
            "coreference/same-sentence/apart, near-apart-resolved",
            "coreference/same-sentence/rivals, near-rivals",
            "coreference/described/coordinated/sole, near-sole",
            "nsubj/organization/far, far",
            "nsubj/organization/deep, deep",
            "coreference/previous-subject/deep, coreference-across-sentences",
            "nsubj/organization/strayed/deep, refused",
            "coreference/previous-subject, coreference-previous-subject",
            "coreference/previous-subject/topic/sole, coreference-previous-subject",
            "coreference/previous-subject/noun/topic, coreference-previous-noun",
            "coreference/previous-subject/noun/alone/topic/sole, coreference-previous-alone",
            "coreference/previous-subject/alone, coreference-previous-alone",
            "coreference/previous-subject/noun/alone/deep/main, coreference-across-sentences",
            "coreference/same-sentence/noun/alone/sole, near-sole",
            "coreference/previous-subject/far/topic, coreference-across-sentences",
            "coreference/previous-subject/of, coreference-across-sentences",
            "nsubj/organization/deep/topic/sole, deep",
            "nsubj/organization/deep/main/topic/sole, deep-main",
            "of-attachment/shares-in/deep/main, deep-main",
            "coreference/previous-subject/deep/main, coreference-across-sentences",
            "nsubj/organization/strayed/deep/main, refused",
            "nsubj/organization/forecast/deep/main/topic/sole, refused",
            "nsubj/organization/topic/sole, near-sole",
            "coreference/previous-subject/topic/rivals, coreference-previous-subject",
            "coreference/previous-subject/noun/apart, coreference-previous-noun",
            "nsubj/organization/deep/main/topic/apart, deep-main",
            "nsubj/organization/deep/main/topic/rivals, near-rivals",
            "nsubj/organization/deep/main/rivals, near-rivals",
            "coreference/topic/far, coreference-across-sentences",
            "possessor/name-modifier/strayed/far, refused",
            "coreference/previous-subject/acting-modifier, refused",
            "apposition/climb, climb-attachment",
            "of-attachment/unattached/climb, refused",
            "implicit, candidate-step",
            "speaker, candidate-step",
            "main-clause, candidate-step",
            // session 39: the product steps are a group of their own
            "product, product",
            "product/previous, product",
            "product/maker, product",
            "product/line, product",
            // session 18: a word in what a titled person of one organisation states is resolved in its sentence
            "coreference/speaker-organisation/noun/topic/sole, near-sole",
            "coreference/speaker-organisation/noun/alone/topic/sole, near-sole",
            "coreference/speaker-organisation/rivals, near-rivals",
            "coreference/speaker-organisation/noun/topic/apart, near-apart-resolved",
            "coreference/speaker-organisation/noun/far/topic/sole, far",
            "coreference/quote-speaker/alone/topic/sole, coreference-across-sentences"})
    void casesFallInTheGroupsTheirStructureSays(String key, String group) {
        assertEquals(group, SubjectCases.bundled().group(key));
    }

    @Test
    void whatOnlyProposesByConstructionOrIsRefusedNeverAsserts() {
        SubjectCases bundled = SubjectCases.bundled();
        for (String key : List.of("implicit", "speaker", "main-clause", "nsubj/organization/strayed",
                "possessor/possessive/acting-modifier")) {
            assertFalse(bundled.asserts(key), key);
        }
    }

    @ParameterizedTest(name = "{0} asserts: {1}")
    @CsvSource({
            "coreference/previous-subject/noun/topic/sole, true",
            "coreference/previous-subject/noun/topic/apart, true",
            "coreference/previous-subject/noun/alone/topic/sole, false",
            "coreference/previous-subject/topic/sole, false",
            "coreference/previous-subject/noun/deep/main/topic/sole, false"})
    void whetherTheBundledTableAssertsTheCompanyResolvedToThePreviousSubject(String key, boolean asserts) {
        // session 17: coreference-previous-noun asserted by its tuning sentences and subjects.tsv's (44/45 pooled) on its
        // branch; after the merge five of its made-up rows resolve by the organisation's name kind instead (near-sole),
        // leaving 40/41 pooled, Wilson bound 0.898 < 0.90: it proposes. The pronouns and the only organisation in reach
        // stay proposed too. The table's counts decide, so this flips when the evidence does: session 18 (s18-coref)
        // refused "the company" after two organisations as one subject, the group's one wrong made-up row: 31/31,
        // 40/40 pooled, bound 0.937, it asserts.
        assertEquals(asserts, SubjectCases.bundled().asserts(key), key);
    }

    @Test
    void aGroupAssertsOnlyWhenItsEvidenceMeetsTheRule() {
        Map<String, String> patterns = new LinkedHashMap<>();
        patterns.put("/far(/|$)", "far");
        patterns.put(".", "near");
        SubjectCases cases = SubjectCases.of(new SubjectCases.Rule(1.96, 0.9),
                Map.of("near", new SubjectCases.Evidence("near", 60, 60),
                        "far", new SubjectCases.Evidence("far", 30, 35)), patterns);
        assertTrue(cases.asserts("nsubj/organization"));
        assertFalse(cases.asserts("nsubj/organization/far"));
        assertFalse(SubjectCases.of(new SubjectCases.Rule(1.96, 0.9), Map.of(), patterns).asserts("nsubj/organization"),
                "a group the table does not list never asserts");
    }

    @Test
    void aGroupRightOnOneFoldOnlyDoesNotAssert() {
        SubjectCases.Rule rule = new SubjectCases.Rule(1.645, 0.9, 0.9);
        SubjectCases.Evidence even = new SubjectCases.Evidence("g", new SubjectCases.Count(40, 40),
                new SubjectCases.Count(38, 40));
        SubjectCases.Evidence lopsided = new SubjectCases.Evidence("g", new SubjectCases.Count(60, 60),
                new SubjectCases.Count(17, 20));
        assertTrue(rule.asserts(even));
        assertTrue(rule.asserts(lopsided.right(), lopsided.total()), "77 of 80 together meet the bound");
        assertFalse(rule.asserts(lopsided), "but one fold is right only 85% of the time");
        assertFalse(rule.asserts(new SubjectCases.Evidence("g", 80, 80)), "counts without folds prove no fold");
        assertTrue(new SubjectCases.Rule(1.645, 0.9).asserts(new SubjectCases.Evidence("g", 80, 80)));
    }

    @Test
    void theResolutionEvidenceCountsInEachFold() {
        SubjectCases.Rule rule = new SubjectCases.Rule(1.645, 0.9, 0.9);
        SubjectCases.Evidence figures = new SubjectCases.Evidence("g", new SubjectCases.Count(12, 12),
                new SubjectCases.Count(11, 11));
        assertFalse(rule.asserts(figures), "23 of 23 sentences stay under the bound");
        assertTrue(rule.asserts(figures.withResolution(new SubjectCases.Count(5, 5), new SubjectCases.Count(4, 4))),
                "the coreference gold's right resolutions complete the evidence");
        SubjectCases.Evidence contradicted = figures.withResolution(new SubjectCases.Count(60, 60),
                new SubjectCases.Count(0, 2));
        assertTrue(rule.asserts(contradicted.right(), contradicted.total()), "83 of 85 together meet the bound");
        assertFalse(rule.asserts(contradicted), "but fold b's resolutions were wrong twice: 11 of 13");
        assertEquals("11/13", contradicted.allOfFoldB().toString());
    }

    @Test
    void aSmallGroupJoinsItsHostOnlyWhenItsOwnSentencesHoldUp() {
        SubjectCases.Rule rule = new SubjectCases.Rule(1.645, 0.9, 0.9);
        Map<String, String> patterns = new LinkedHashMap<>();
        patterns.put("/apart$", "apart");
        patterns.put(".", "sole");
        SubjectCases.Evidence host = new SubjectCases.Evidence("sole", new SubjectCases.Count(30, 30),
                new SubjectCases.Count(30, 30));
        Map<String, SubjectCases.Join> joins = Map.of("apart", new SubjectCases.Join("sole", 0.95, 10));
        java.util.function.BiFunction<Integer[], Integer[], Boolean> asserts = (a, b) -> SubjectCases.of(rule,
                Map.of("sole", host, "apart", new SubjectCases.Evidence("apart", new SubjectCases.Count(a[0], a[1]),
                        new SubjectCases.Count(b[0], b[1]))), patterns, joins).asserts("nsubj/organization/apart");
        assertTrue(asserts.apply(new Integer[] {6, 6}, new Integer[] {5, 5}), "11 of 11, beside 60 of 60");
        assertFalse(asserts.apply(new Integer[] {5, 5}, new Integer[] {4, 4}), "9 sentences are too few");
        assertFalse(asserts.apply(new Integer[] {10, 11}, new Integer[] {9, 10}), "19 of 21 is under 95%");
        assertFalse(asserts.apply(new Integer[] {20, 20}, new Integer[] {4, 5}), "a fold right 80% contradicts it");
        SubjectCases alone = SubjectCases.of(rule, Map.of("sole", host, "apart", new SubjectCases.Evidence("apart",
                new SubjectCases.Count(6, 6), new SubjectCases.Count(5, 5))), patterns);
        assertFalse(alone.asserts("nsubj/organization/apart"), "without a join, 11 of 11 stay under the bound");
        SubjectCases weakHost = SubjectCases.of(rule, Map.of("sole", new SubjectCases.Evidence("sole",
                new SubjectCases.Count(5, 5), new SubjectCases.Count(5, 5)), "apart", new SubjectCases.Evidence("apart",
                new SubjectCases.Count(6, 6), new SubjectCases.Count(5, 5))), patterns, joins);
        assertFalse(weakHost.asserts("nsubj/organization/apart"), "the pooled 21 of 21 stay under the bound");
    }

    /**
     * A group confirmed by made-up sentences (subject-phrasing-evidence.tsv) asserts only when its tuning sentences and
     * its made-up ones are each right >= 95%, there are enough made-up ones, each fold holds, and the pooled sentences
     * (with the host's when it may join one) meet the bound.
     */
    @Test
    void aGroupConfirmedByMadeUpSentencesAssertsOnlyWhenBothHoldUp() {
        SubjectCases.Rule rule = new SubjectCases.Rule(1.645, 0.9, 0.9);
        Map<String, String> patterns = new LinkedHashMap<>();
        patterns.put("/deep/main", "deep-main");
        patterns.put("/apart$", "apart");
        patterns.put(".", "sole");
        SubjectCases.Evidence host = new SubjectCases.Evidence("sole", new SubjectCases.Count(30, 30),
                new SubjectCases.Count(30, 30));
        java.util.function.BiFunction<int[], int[], Boolean> deepMain = (tuning, madeUp) -> SubjectCases.of(rule,
                Map.of("sole", host, "deep-main", new SubjectCases.Evidence("deep-main",
                        new SubjectCases.Count(tuning[0], tuning[1]), new SubjectCases.Count(tuning[2], tuning[3]))),
                patterns, Map.of(), Map.of("deep-main", new SubjectCases.Confirmation(
                        new SubjectCases.Count(madeUp[0], madeUp[1]), 0.95, 10))).asserts("nsubj/deep/main");
        assertFalse(deepMain.apply(new int[] {9, 9, 5, 5}, new int[] {0, 0}), "14 of 14 alone stay under the bound");
        assertTrue(deepMain.apply(new int[] {9, 9, 5, 5}, new int[] {12, 12}), "26 of 26 pooled meet it");
        assertFalse(deepMain.apply(new int[] {9, 9, 5, 5}, new int[] {13, 15}), "made-up 13 of 15 is under 95%");
        assertFalse(deepMain.apply(new int[] {9, 9, 5, 5}, new int[] {9, 9}), "9 made-up sentences are too few");
        assertFalse(deepMain.apply(new int[] {9, 9, 4, 5}, new int[] {40, 40}), "a fold right 80% contradicts it");
        assertFalse(deepMain.apply(new int[] {9, 9, 5, 5}, new int[] {10, 10}), "24 of 24 pooled stay under it");
        SubjectCases apart = SubjectCases.of(rule, Map.of("sole", host, "apart", new SubjectCases.Evidence("apart",
                        new SubjectCases.Count(6, 6), new SubjectCases.Count(2, 2))), patterns,
                Map.of("apart", new SubjectCases.Join("sole", 0.95, 10)),
                Map.of("apart", new SubjectCases.Confirmation(new SubjectCases.Count(15, 15), 0.95, 10)));
        assertTrue(apart.asserts("nsubj/organization/apart"), "8 tuning + 15 made-up, pooled with the host's");
        assertTrue(SubjectCases.of(rule, Map.of("sole", host, "apart", new SubjectCases.Evidence("apart",
                        new SubjectCases.Count(6, 6), new SubjectCases.Count(2, 2))), patterns,
                Map.of("apart", new SubjectCases.Join("sole", 0.95, 10))).asserts("nsubj/organization/apart")
                == false, "8 tuning sentences alone are too few to join");
    }

    /**
     * Session 37: the held-out sets' sentences ({@code subject-heldout-evidence.tsv}) are added to a group's made-up
     * ones; a group with no made-up row is confirmed with the held-out file's own share and sentences.
     */
    @Test
    void aGroupsHeldOutSentencesAddToItsMadeUpOnes() {
        SubjectCases.Rule rule = new SubjectCases.Rule(1.645, 0.9, 0.9);
        Map<String, String> patterns = new LinkedHashMap<>();
        patterns.put("/result$", "implicit-result");
        SubjectCases.Evidence tuning = new SubjectCases.Evidence("implicit-result", new SubjectCases.Count(2, 2),
                new SubjectCases.Count(2, 2));
        java.util.function.Function<Map<String, Map<String, SubjectCases.Count>>, Boolean> asserts = bySet ->
                SubjectCases.of(rule, Map.of("implicit-result", tuning), patterns, Map.of(), Map.of(),
                        new SubjectCases.HeldOut(bySet, 0.95, 10)).asserts("implicit/topic/sole/result");
        assertFalse(asserts.apply(Map.of()), "4 of 4 tuning sentences alone stay under the bound");
        assertFalse(asserts.apply(Map.of("implicit-result", Map.of("s37", new SubjectCases.Count(6, 6)))),
                "10 of 10 pooled stay under it");
        assertTrue(asserts.apply(Map.of("implicit-result", Map.of("s37", new SubjectCases.Count(6, 6),
                "s38", new SubjectCases.Count(15, 15)))), "25 of 25 pooled over two sets meet it");
        assertFalse(asserts.apply(Map.of("implicit-result", Map.of("s37", new SubjectCases.Count(6, 6),
                "s38", new SubjectCases.Count(18, 20)))), "held-out 24 of 26 is under 95%");
        SubjectCases.Count held = SubjectCases.bundled().heldOut().of("implicit-result");
        assertTrue(held.checked() > 0, "subject-heldout-evidence.tsv counts implicit-result");
        // session 39: the held-out sets of sessions 21-39 hold 41 of 42 sentences right; with the 4 of 4 tuning
        // sentences 45 of 46 pooled, Wilson bound 0.908 >= 0.90: by the rule it asserts (it proposed until then)
        assertTrue(SubjectCases.bundled().groupAsserts("implicit-result"), "it asserts: " + held);
    }

    @Test
    void theBundledNamedAnswersSetApartJoinTheSoleOnesAndResolvedOnesDoNot() {
        SubjectCases bundled = SubjectCases.bundled();
        assertEquals("near-sole", bundled.join("near-apart").host());
        assertEquals("near-apart", bundled.group("nsubj/organization/topic/apart"));
        assertEquals("near-apart-resolved", bundled.group("coreference/same-sentence/topic/apart"));
        assertEquals(null, bundled.join("near-apart-resolved"));
    }

    @Test
    void theBundledTableAddsTheResolutionEvidenceToItsGroup() {
        SubjectCases.Evidence group = SubjectCases.bundled().groups().get("coreference-previous-subject");
        assertTrue(group.resolutionA().checked() + group.resolutionB().checked() > 0,
                "subject-resolution-evidence.tsv has a row for coreference-previous-subject");
    }

    @Test
    void theBundledTableKeepsCountsPerFold() {
        SubjectCases bundled = SubjectCases.bundled();
        assertTrue(bundled.rule().foldShare() > 0, "the bundled rule checks each fold");
        bundled.groups().values().forEach(e -> {
            assertTrue(e.foldA() != null && e.foldB() != null, e.key());
            assertEquals(e.foldA().right() + e.foldB().right() + e.resolutionA().right() + e.resolutionB().right(),
                    e.right(), e.key());
        });
        assertEquals("12/13", SubjectCases.Count.parse(" 12/13 ").toString());
    }

    @Test
    void theChainAssertsAsTheTableSays() {
        List<String[]> sentence = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION 's/POS operating/NN margin/NN was/VBD/_/be 12/CD %/NN ./.",
                "nmod:poss(margin, Acme) case(Acme, 's) compound(margin, operating) nsubj(%, margin) "
                        + "cop(%, was) nummod(%, 12) root(ROOT, %) punct(%, .)"});
        Map<String, String> patterns = Map.of(".", "near");
        SubjectCases sure = SubjectCases.of(new SubjectCases.Rule(1.96, 0.9),
                Map.of("near", new SubjectCases.Evidence("near", 100, 100)), patterns);
        SubjectCases unsure = SubjectCases.of(new SubjectCases.Rule(1.96, 0.9),
                Map.of("near", new SubjectCases.Evidence("near", 8, 10)), patterns);
        FigureContext.About asserted = HandParsedFigure.about(sentence, "12 %", FigureKind.SHARE, "x", sure);
        FigureContext.About proposed = HandParsedFigure.about(sentence, "12 %", FigureKind.SHARE, "x", unsure);
        assertEquals("possessor/possessive/topic/sole", asserted.subject().key());
        assertEquals("acme", asserted.sureSubject());
        assertEquals("acme", proposed.subject().value());
        assertEquals(null, proposed.sureSubject(), "the same answer, only a candidate when its group is unproven");
    }
}
