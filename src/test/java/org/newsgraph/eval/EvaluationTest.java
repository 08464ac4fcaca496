package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.SampleSite;

/** Scoring on small fixtures (src/test/resources/eval), with the text-only stand-in for CoreNLP. */
class EvaluationTest {

    private final Extractor extractor = SampleSite.extractor();

    @Test
    void precisionRecallAndF1() {
        PrecisionRecall score = new PrecisionRecall(8, 2, 8);
        assertEquals(0.8, score.precision(), 1e-9);
        assertEquals(0.5, score.recall(), 1e-9);
        assertEquals(2 * 0.8 * 0.5 / 1.3, score.f1(), 1e-9);
        assertEquals("P 0.800 R 0.500 F1 0.615 (tp 8, fp 2, fn 8)", score.summary());
        assertEquals(1.0, PrecisionRecall.ZERO.precision());
    }

    @Test
    void relationsAgainstGoldCountSymmetricPredicatesEitherWay() throws Exception {
        RelationEvaluation.Result result = new RelationEvaluation(extractor)
                .evaluate(Path.of("src/test/resources/eval/gold"), Path.of("src/test/resources/eval/articles"));
        assertEquals(new PrecisionRecall(2, 1, 1), result.total());
        assertEquals(List.of("Microsoft investsIn OpenAI (2025-01-01-deal)"), result.missed());
        assertEquals(List.of("Walmart ownedBy Intuit (2025-01-01-deal)"), result.wrong());
        assertEquals(new PrecisionRecall(1, 0, 0), result.byPredicate().get("competitorOf"));
    }

    @Test
    void aSupplierIsScoredAsTheCustomerItSuppliesSoEitherWayOfSayingItMatches() {
        assertEquals(RelationEvaluation.Triple.of("Acme", "customerOf", "Beta"),
                RelationEvaluation.Triple.of("Beta", "supplierOf", "Acme"));
        assertEquals("Acme customerOf Beta", RelationEvaluation.Triple.of("Beta", "supplierOf", "Acme").toString());
        assertTrue(!RelationEvaluation.Triple.of("Acme", "customerOf", "Beta")
                .equals(RelationEvaluation.Triple.of("Acme", "supplierOf", "Beta")), "the direction still counts");
    }

    @Test
    void eachScoredRelationKeepsItsFileItsRuleAndWhatBecameOfIt() throws Exception {
        RelationEvaluation.Result result = new RelationEvaluation(extractor)
                .evaluate(Path.of("src/test/resources/eval/gold"), Path.of("src/test/resources/eval/articles"));
        PrecisionRecall summed = result.scored().stream().map(RelationEvaluation.Scored::count)
                .reduce(PrecisionRecall.ZERO, PrecisionRecall::plus);
        assertEquals(result.total(), summed, "the scored list adds up to the total");
        assertTrue(result.scored().stream().allMatch(s -> s.goldFile().endsWith(".gold.json")));
        assertTrue(result.scored().stream().allMatch(s -> s.outcome() == RelationEvaluation.Outcome.MISSED
                ? s.rule().isEmpty() : !s.rule().isEmpty()), "found relations name their rule, misses none");
    }

    @Test
    void whatTheGraphAssertsLeavesAWeakExtraOutAndMissesAWeakRightOne() {
        RelationEvaluation.Scored weakRight = new RelationEvaluation.Scored("a.gold.json", "productOf", "r",
                RelationEvaluation.Outcome.RIGHT, true);
        RelationEvaluation.Scored weakExtra = new RelationEvaluation.Scored("a.gold.json", "productOf", "r",
                RelationEvaluation.Outcome.EXTRA, true);
        RelationEvaluation.Scored sureExtra = new RelationEvaluation.Scored("a.gold.json", "productOf", "r",
                RelationEvaluation.Outcome.EXTRA, false);
        assertEquals(new PrecisionRecall(0, 0, 1), weakRight.assertedCount());
        assertEquals(PrecisionRecall.ZERO, weakExtra.assertedCount());
        assertEquals(new PrecisionRecall(0, 1, 0), sureExtra.assertedCount());
        assertEquals(new PrecisionRecall(1, 0, 0), weakRight.count(), "all relations still count it");
    }

    /** An annotator that does not come back within any budget until stopped. */
    private static final org.newsgraph.nlp.Annotator ENDLESS = (text, date) -> {
        try {
            Thread.sleep(java.time.Duration.ofMinutes(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new org.newsgraph.testing.SimpleAnnotator().annotate(text, date);
    };

    @Test
    void eachScoredArticleIsExtractedWithinTheArticleBudgetAndOneOverItIsNamed() {
        Extractor stuck = new Extractor(() -> ENDLESS, org.newsgraph.testing.TestGazetteer.sample(),
                java.time.Duration.ofMillis(300));
        org.newsgraph.extract.ArticleTimeoutException relations = org.junit.jupiter.api.Assertions.assertThrows(
                org.newsgraph.extract.ArticleTimeoutException.class,
                () -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                        () -> new RelationEvaluation(stuck).evaluate(Path.of("src/test/resources/eval/gold"),
                                Path.of("src/test/resources/eval/articles"))));
        assertTrue(relations.getMessage().contains("2025-01-01-deal") && relations.getMessage()
                .contains("--article-timeout"), relations.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(org.newsgraph.extract.ArticleTimeoutException.class,
                () -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                        () -> new GoldEntityEvaluation(stuck).evaluate(
                                List.of(Path.of("src/test/resources/eval/gold-entities/deal.gold.json")),
                                Path.of("src/test/resources/eval/articles"))));
    }

    @Test
    void goldEntityListsCountNamesAndTypes() throws Exception {
        GoldEntityEvaluation.Result result = new GoldEntityEvaluation(extractor).evaluate(
                List.of(Path.of("src/test/resources/eval/gold-entities/deal.gold.json")),
                Path.of("src/test/resources/eval/articles"));
        assertEquals(new GoldEntityEvaluation.Result(1, 5, 4, 3, List.of(
                "Google [Place] typed Organization (deal.gold.json)", "Zorblat [Organization] (deal.gold.json)")), result);
    }

    @Test
    void goldEntityNamesMatchWithOrWithoutALeadingThe() {
        assertEquals(true, GoldEntityEvaluation.sameName("New Vesterby Times", "The New Vesterby Times"));
        assertEquals(true, GoldEntityEvaluation.sameName("the Vesterby Post", "Vesterby Post"));
        assertEquals(false, GoldEntityEvaluation.sameName("Vesterby Times", "The New Vesterby Times"));
    }

    @Test
    void aMeantimeNameBeforeACommaIsFoundByAMentionOfThatHeadOnly() {
        // "Everett, Washington": the name is Everett, though the place after the comma ends the mention.
        MeantimeEvaluation.Predicted everett = new MeantimeEvaluation.Predicted(10, 17, "everett", EntityType.PLACE);
        MeantimeEvaluation.Predicted washington = new MeantimeEvaluation.Predicted(19, 29, "washington", EntityType.PLACE);
        MeantimeEvaluation.Gold city = new MeantimeEvaluation.Gold("Everett, Washington", 10, 29, "LOC", "LOC1");
        assertEquals(everett, MeantimeEvaluation.match(city, List.of(everett, washington)));
        // "the Minister of Vesterland, Mr. Ode": no mention spans the part before the comma, so the person after it.
        MeantimeEvaluation.Predicted place = new MeantimeEvaluation.Predicted(20, 30, "vesterland", EntityType.PLACE);
        MeantimeEvaluation.Predicted person = new MeantimeEvaluation.Predicted(32, 39, "ode", EntityType.PERSON);
        MeantimeEvaluation.Gold minister = new MeantimeEvaluation.Gold("the Minister of Vesterland, Mr. Ode", 4, 39, "PER",
                "PER1");
        assertEquals(person, MeantimeEvaluation.match(minister, List.of(place, person)));
    }

    @Test
    void aGovernmentThatMeantimeMakesItsCountrysInstanceIsThePlaceNamedInIt() {
        // "the Vesterland government said": our body around the place's own mention
        MeantimeEvaluation.Predicted place = new MeantimeEvaluation.Predicted(4, 14, "vesterland", EntityType.PLACE);
        MeantimeEvaluation.Predicted body = new MeantimeEvaluation.Predicted(4, 25, "government-of-vesterland",
                EntityType.ORGANIZATION);
        List<MeantimeEvaluation.Predicted> ours = List.of(place, body);
        MeantimeEvaluation.Gold asPlace = new MeantimeEvaluation.Gold("Vesterland government", 4, 25, "LOC", "LOC7");
        assertEquals(place, MeantimeEvaluation.match(asPlace, ours), "typed as the country: the place");
        MeantimeEvaluation.Gold asBody = new MeantimeEvaluation.Gold("the Vesterland government", 0, 25, "ORG", "LOC7");
        assertEquals(body, MeantimeEvaluation.match(asBody, ours), "typed as a body: the body's type is judged");
        assertEquals(place, MeantimeEvaluation.unitMatch(asBody, body, ours), "but the instance is the country's");
        MeantimeEvaluation.Gold ownInstance = new MeantimeEvaluation.Gold("the Vesterland government", 0, 25, "ORG",
                "ORG7");
        assertEquals(body, MeantimeEvaluation.unitMatch(ownInstance, body, ours), "a body of its own stays the body");
        MeantimeEvaluation.Predicted port = new MeantimeEvaluation.Predicted(4, 19, "vesterland-port",
                EntityType.ORGANIZATION);
        MeantimeEvaluation.Gold portGold = new MeantimeEvaluation.Gold("Vesterland Port", 4, 19, "LOC", "LOC8");
        assertEquals(port, MeantimeEvaluation.match(portGold, List.of(place, port)), "only a government stands for it");
    }

    @Test
    void aMeantimeOfficeIsNotFoundByThePlaceAfterItsOf() {
        // "the Chancellor of Vesterland": the person; "Vesterland" inside it is the place the office governs
        MeantimeEvaluation.Gold office = new MeantimeEvaluation.Gold("the Chancellor of Vesterland", 0, 28, "PER", "PER2");
        MeantimeEvaluation.Predicted place = new MeantimeEvaluation.Predicted(18, 28, "vesterland", EntityType.PLACE);
        assertEquals(null, MeantimeEvaluation.match(office, List.of(place)), "the place is not the office's holder");
        MeantimeEvaluation.Predicted holder = new MeantimeEvaluation.Predicted(4, 28, "chancellor", EntityType.PERSON);
        assertEquals(holder, MeantimeEvaluation.match(office, List.of(place, holder)),
                "the mention of the whole office, though the place nested in it ends at the same place");
        // "the government of Vesterland" is the country in MEANTIME (LOC): the place nested in it finds it
        MeantimeEvaluation.Gold government = new MeantimeEvaluation.Gold("the government of Vesterland", 0, 28, "LOC",
                "LOC2");
        MeantimeEvaluation.Predicted country = new MeantimeEvaluation.Predicted(18, 28, "vesterland", EntityType.PLACE);
        assertEquals(country, MeantimeEvaluation.match(government, List.of(country)));
        // a name without "of" stays head-final: "the Vesterland automaker Quorra Motors" is found by "Quorra Motors"
        MeantimeEvaluation.Gold firm = new MeantimeEvaluation.Gold("Vesterland automaker Quorra Motors", 0, 34, "ORG",
                "ORG2");
        MeantimeEvaluation.Predicted motors = new MeantimeEvaluation.Predicted(21, 34, "quorra-motors",
                EntityType.ORGANIZATION);
        assertEquals(motors, MeantimeEvaluation.match(firm, List.of(place, motors)));
    }

    @Test
    void meantimeNamedEntitiesTypesAndCrossArticleMerging() throws Exception {
        MeantimeEvaluation.Result result = new MeantimeEvaluation(extractor).evaluate(Path.of("src/test/resources/eval/meantime"));
        assertEquals(2, result.articles());
        assertEquals(new MeantimeEvaluation.TypeRow("ORG", 4, 3, 3), result.byType().get("ORG"));
        assertEquals(new MeantimeEvaluation.TypeRow("PRO", 1, 1, 1), result.byType().get("PRO"));
        assertEquals(new MeantimeEvaluation.TypeRow("named", 5, 4, 4), result.named());
        assertEquals(new PrecisionRecall(1, 0, 0), result.merging(), "Apple and Apple Inc. are one thing");
        assertEquals(List.of("Zorblat Corp [ORG] (2_google.json)"), result.missed());
    }
}
