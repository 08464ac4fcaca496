package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/** The learned measure: its bundled weights load, and it ranks the candidates of made-up filing sentences. */
class LearnedMeasuresTest {

    /** "Goodwill of $8 million is related to the sale": the chain's of-clause step only proposes goodwill. */
    /** "The group moved $5 million to the suppliers": the chain answers nothing. */
    private static final String MOVED_TOKENS = "The/DT group/NN moved/VBD/_/move $/$/MONEY 5/CD/MONEY "
            + "million/CD/MONEY to/IN the/DT suppliers/NNS ./.";
    private static final String MOVED_DEPENDENCIES = "root(ROOT, moved) nsubj(moved, group) det(group, The) "
            + "obj(moved, $) nummod($, million) compound(million, 5) obl:to(moved, suppliers) case(suppliers, to) "
            + "det(suppliers, the)";
    private static final String GOODWILL_TOKENS = "Goodwill/NN of/IN $/$/MONEY 8/CD/MONEY million/CD/MONEY is/VBZ/_/be "
            + "related/VBN/_/relate to/IN the/DT sale/NN ./.";
    private static final String GOODWILL_DEPENDENCIES = "root(ROOT, Goodwill) mark(related, of) nsubj:pass(related, $) "
            + "nummod($, million) compound(million, 8) aux:pass(related, is) acl:of(Goodwill, related) "
            + "obl:to(related, sale) case(sale, to) det(sale, the)";

    /**
     * The best-ranked candidate of a figure in a hand-parsed made-up sentence, with the candidates it outranks: the
     * noun the amount's clause is about, not a noun of a prepositional phrase or of another clause.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the subject of a copula, not the noun of its 'in' phrase | deferred revenue | $ 7 million | "
                    + "Deferred/JJ revenue/NN was/VBD/_/be $/$/MONEY 7/CD/MONEY million/CD/MONEY in/IN "
                    + "the/DT segment/NN ./. | "
                    + "root(ROOT, $) nsubj($, revenue) amod(revenue, Deferred) cop($, was) nummod($, million) "
                    + "compound(million, 7) obl:in($, segment) case(segment, in) det(segment, the)",
            "the noun an amount hangs on by 'of', not the verb's later object | impairment charge | $ 7 million | "
                    + "Zorbex/NNP/ORGANIZATION recorded/VBD/_/record an/DT impairment/NN charge/NN of/IN "
                    + "$/$/MONEY 7/CD/MONEY million/CD/MONEY on/IN two/CD/NUMBER stores/NNS ./. | "
                    + "root(ROOT, recorded) nsubj(recorded, Zorbex) obj(recorded, charge) det(charge, an) "
                    + "compound(charge, impairment) nmod:of(charge, $) case($, of) nummod($, million) "
                    + "compound(million, 7) obl:on(recorded, stores) case(stores, on) nummod(stores, two)"})
    void ranksTheMeasureFirst(String name, String expected, String figure, String tokens, String dependencies) {
        List<LearnedMeasures.Scored> ranked = ranked(tokens, dependencies, figure);
        assertFalse(ranked.isEmpty(), "candidates");
        assertEquals(expected, ranked.get(0).phrase(), "best of " + ranked);
        assertTrue(ranked.size() > 1, "the best outranks another candidate: " + ranked);
        assertTrue(ranked.get(0).probability() > ranked.get(1).probability(), "ranked " + ranked);
    }

    /**
     * Where the chain only proposes its answer and the model is sure of it, the answer is asserted by the model, with
     * its probability: "Goodwill of $8 million is related to the sale", parsed with the "of" opening a clause
     * (the chain's of-clause step only proposes goodwill).
     */
    @Test
    void aProposalTheModelIsSureOfIsAssertedWithItsProbability() {
        FigureContext.About chain = about(GOODWILL_TOKENS, GOODWILL_DEPENDENCIES, "$ 8 million",
                LearnedMeasures.none());
        assertEquals("goodwill", chain.measure().value());
        assertFalse(chain.measure().sure(), "the chain only proposes it");
        // a model sure of the chain's proposal and of nothing else (the bundled one is more careful since session 21)
        LearnedMeasures sure = LearnedMeasures.of(Map.of("bias", -5.0, "chain=same?", 12.0), LearnedMeasures.ASSERT);
        FigureContext.About learned = about(GOODWILL_TOKENS, GOODWILL_DEPENDENCIES, "$ 8 million", sure);
        assertEquals("goodwill", learned.measure().value());
        assertTrue(learned.measure().sure());
        assertEquals(LearnedMeasures.STEP, learned.measure().step());
        assertTrue(learned.measure().confidence() >= LearnedMeasures.ASSERT, "confidence " + learned.measure());
    }

    /**
     * A model that rates a rival as high as its best asserts nothing (the softmax shares the probability among them):
     * every candidate of "Goodwill of $8 million is related to the sale" rated alike ("goodwill", "sale"), so the
     * chain's proposal stays a proposal and the model proposes nothing of its own.
     */
    @Test
    void aModelAsSureOfARivalAssertsNothing() {
        LearnedMeasures everything = LearnedMeasures.of(Map.of("bias", 8.0), LearnedMeasures.ASSERT);
        FigureContext.About about = about(GOODWILL_TOKENS, GOODWILL_DEPENDENCIES, "$ 8 million", everything);
        assertEquals("goodwill", about.measure().value());
        assertFalse(about.measure().sure(), "no answer of the model: " + about.measure());
        assertNotEquals(LearnedMeasures.STEP, about.measure().step());
    }

    /**
     * Where the chain has no answer at all, the model's best candidate is proposed (never asserted) when its
     * probability reaches {@link LearnedMeasures#PROPOSE} but not {@link LearnedMeasures#ASSERT}, with the model's
     * step and its probability; below {@link LearnedMeasures#PROPOSE} nothing is: "The group moved $5 million to the
     * suppliers", the amount the object of a verb no step reads.
     */
    @Test
    void whereTheChainHasNothingTheModelProposesItsBest() {
        FigureContext.About chain = about(MOVED_TOKENS, MOVED_DEPENDENCIES, "$ 5 million", LearnedMeasures.none());
        assertEquals(null, chain.measure().value(), "the chain alone: " + chain.measure());
        // a model that rates the candidates after the amount a little above "none", none of them enough to assert
        LearnedMeasures unsure = LearnedMeasures.of(Map.of("side=after", 1.0, "side=before", -3.0),
                LearnedMeasures.ASSERT);
        FigureContext.About proposed = about(MOVED_TOKENS, MOVED_DEPENDENCIES, "$ 5 million", unsure);
        assertEquals("suppliers", proposed.measure().value(), "proposed: " + proposed.measure());
        assertFalse(proposed.measure().sure(), "proposed, not asserted");
        assertEquals(LearnedMeasures.STEP, proposed.measure().step());
        assertTrue(proposed.measure().confidence() >= LearnedMeasures.PROPOSE
                && proposed.measure().confidence() < LearnedMeasures.ASSERT, "confidence " + proposed.measure());
        LearnedMeasures doubtful = LearnedMeasures.of(Map.of("side=after", -2.0, "side=before", -3.0),
                LearnedMeasures.ASSERT);
        assertEquals(null, about(MOVED_TOKENS, MOVED_DEPENDENCIES, "$ 5 million", doubtful).measure().value(),
                "below the proposal threshold nothing");
    }

    /**
     * Where the chain only proposes a measure and the model's best is another candidate it rates from {@link
     * LearnedMeasures#REPLACE_PROPOSAL} (but below {@link LearnedMeasures#ASSERT}), the model's best is proposed in its
     * place, with the model's step; rated lower, the chain's proposal stays: "Goodwill of $8 million is related to the
     * sale", where the chain's of-clause step only proposes goodwill.
     */
    @Test
    void aLikelierCandidateReplacesTheChainsProposal() {
        // goodwill, sale and "none" scored 0, 2 and 0: sale's probability about 0.79
        LearnedMeasures likelier = LearnedMeasures.of(Map.of("lemma=sale", 2.0), LearnedMeasures.ASSERT);
        FigureContext.About replaced = about(GOODWILL_TOKENS, GOODWILL_DEPENDENCIES, "$ 8 million", likelier);
        assertEquals("sale", replaced.measure().value(), "replaced: " + replaced.measure());
        assertFalse(replaced.measure().sure(), "still a proposal");
        assertEquals(LearnedMeasures.STEP, replaced.measure().step());
        assertTrue(replaced.measure().confidence() >= LearnedMeasures.REPLACE_PROPOSAL
                && replaced.measure().confidence() < LearnedMeasures.ASSERT, "confidence " + replaced.measure());
        // sale's probability about 0.45: the chain's proposal stays
        LearnedMeasures unsure = LearnedMeasures.of(Map.of("lemma=sale", 0.5), LearnedMeasures.ASSERT);
        FigureContext.About kept = about(GOODWILL_TOKENS, GOODWILL_DEPENDENCIES, "$ 8 million", unsure);
        assertEquals("goodwill", kept.measure().value(), "kept: " + kept.measure());
        assertNotEquals(LearnedMeasures.STEP, kept.measure().step());
    }

    /**
     * News reads the model as proposing only ({@link LearnedMeasures#forNews}): a model sure enough to assert in a
     * filing only proposes in news, with its step and probability; "none" stays none.
     */
    @Test
    void newsOnlyProposes() {
        LearnedMeasures sure = LearnedMeasures.of(Map.of("side=after", 9.0, "side=before", -9.0),
                LearnedMeasures.ASSERT);
        FigureContext.About filing = about(MOVED_TOKENS, MOVED_DEPENDENCIES, "$ 5 million", sure);
        assertEquals("suppliers", filing.measure().value());
        assertTrue(filing.measure().sure(), "a filing: asserted " + filing.measure());
        FigureContext.About news = about(MOVED_TOKENS, MOVED_DEPENDENCIES, "$ 5 million", sure.forNews());
        assertEquals("suppliers", news.measure().value());
        assertFalse(news.measure().sure(), "news: proposed only " + news.measure());
        assertEquals(LearnedMeasures.STEP, news.measure().step());
        assertTrue(sure.forNews().readsNews() && !sure.readsNews() && LearnedMeasures.none().readsNews());
        assertFalse(sure.forNews().isNone(), "a model, not none");
    }

    private static FigureContext.About about(String tokens, String dependencies, String figure,
                                             LearnedMeasures model) {
        ParsedText parsed = new ParsedText();
        parsed.sentence(tokens, dependencies);
        AnnotatedText text = parsed.text();
        AnnotatedSentence sentence = text.sentences().get(0);
        int start = text.text().indexOf(figure);
        FigureCandidate candidate = new FigureCandidate(0, figure.length(), FigureKind.AMOUNT,
                java.math.BigDecimal.ONE, null, null, "USD", null, null, null, null, null, null);
        return new FigureContext(new DocumentContext(text, parsed.entities()), Map.of(), SubjectCases.bundled(), model)
                .about(sentence, start, start + figure.length(), candidate);
    }

    @Test
    void bundledWeightsAreSortedAndCreditTheirData() throws IOException {
        String text;
        try (InputStream in = LearnedMeasures.class.getResourceAsStream(LearnedMeasures.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.contains("KPI-EDGAR") && text.contains("MIT"), "the header names the data and its licence");
        List<String> features = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")[0]).toList();
        assertTrue(features.size() > 100, "weights: " + features.size());
        List<String> sorted = new ArrayList<>(features);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, features, "sorted by feature");
        assertTrue(LearnedMeasures.bundled().probabilities(List.of(List.of("bias")),
                LearnedMeasures.noneFeatures(false, false, 1)).length == 1);
        // a candidate with no feature of its own is never asserted (it was 0.497 with session 35's weights, 0.57 with
        // session 36's, retrained after the chain's answers on train moved: below 0.5 was never the product's line)
        assertTrue(LearnedMeasures.bundled().probabilities(List.of(List.of("bias")),
                LearnedMeasures.noneFeatures(false, false, 1))[0] < LearnedMeasures.ASSERT, "no feature: not asserted");
    }

    @Test
    void aModelWithNoWeightsAssertsNothing() {
        LearnedMeasures none = LearnedMeasures.of(Map.of(), 2);
        assertEquals(0.5, none.probabilities(List.of(List.of("bias", "lemma=revenue")),
                LearnedMeasures.noneFeatures(false, false, 1))[0], 1e-9, "one candidate and none, alike");
        assertTrue(none.threshold() > 1);
    }

    private static List<LearnedMeasures.Scored> ranked(String tokens, String dependencies, String figure) {
        ParsedText parsed = new ParsedText();
        parsed.sentence(tokens, dependencies);
        AnnotatedText text = parsed.text();
        List<Entity> entities = parsed.entities();
        Map<String, Entity> byId = new LinkedHashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        AnnotatedSentence sentence = text.sentences().get(0);
        int start = text.text().indexOf(figure);
        List<Token> span = sentence.tokensIn(start, start + figure.length());
        DocumentContext context = new DocumentContext(text, entities);
        FigureMeasures measures = new FigureMeasures(context);
        Token head = FigureMeasures.headOf(sentence, span);
        List<Token> nouns = FigureMeasures.measuredNouns(sentence, head, span);
        LearnedMeasures model = LearnedMeasures.bundled();
        List<LearnedMeasures.Scored> out = new ArrayList<>();
        List<MeasureCandidates.Candidate> candidates = new MeasureCandidates(context, measures)
                .of(sentence, span, head, nouns, FigureKind.AMOUNT, FigureContext.Found.NONE);
        double[] p = model.probabilities(candidates.stream().map(MeasureCandidates.Candidate::features).toList(),
                LearnedMeasures.noneFeatures(false, false, candidates.size()));
        for (int i = 0; i < p.length; i++) {
            out.add(new LearnedMeasures.Scored(candidates.get(i).phrase(), candidates.get(i).features(), p[i]));
        }
        out.sort(Comparator.comparingDouble(LearnedMeasures.Scored::probability).reversed());
        return out;
    }
}
