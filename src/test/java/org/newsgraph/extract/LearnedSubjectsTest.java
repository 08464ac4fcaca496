package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The learned promotion of proposed subjects ({@link LearnedSubjects}): it asserts only what the chain proposed, with
 * its probability, never what the fences refused or set among rivals, and leaves sure answers alone; its bundled
 * weights load, sorted and crediting their data. Sentences parsed by hand as CoreNLP parses them ({@link
 * HandParsedFigure}); a model sure of everything ({@link #ALWAYS}) shows the gate, the bundled model what it learned.
 */
class LearnedSubjectsTest {

    /** A model that gives every proposal a probability near 1: only the gate decides. */
    private static final LearnedSubjects ALWAYS = LearnedSubjects.of(Map.of("bias", 12.0), 0.5);

    private static final String SOLD = "Acme/NNP/ORGANIZATION Motors/NNP/ORGANIZATION sold/VBD/_/sell 5,000/CD "
            + "cars/NNS ./.";
    private static final String SOLD_PARSE = "compound(Motors, Acme) nsubj(sold, Motors) root(ROOT, sold) "
            + "nummod(cars, 5,000) obj(sold, cars) punct(sold, .)";
    /**
     * A figure whose sentence names no owner: the chain proposes the article's topic (implicit). Not one of the
     * company's results: those (implicit-result, "Net profit rose 21%") assert since session 39.
     */
    private static final String SHARES = "Shares/NNS/_/share fell/VBD/_/fall 9/CD %/NN ./.";
    private static final String SHARES_PARSE = "nsubj(fell, Shares) root(ROOT, fell) nummod(%, 9) obj(fell, %) "
            + "punct(fell, .)";
    /** The fronted backer's name parsed as the subject, the builder apposed to it: near-rivals, fenced. */
    private static final String BACKED = "Backed/VBN/_/back by/IN the/DT pension/NN fund/NN Beta/NNP/ORGANIZATION "
            + "Capital/NNP/ORGANIZATION ,/, Acme/NNP/ORGANIZATION Homes/NNP/ORGANIZATION plans/VBZ/_/plan to/TO "
            + "build/VB/_/build 1,500/CD flats/NNS ./.";
    private static final String BACKED_PARSE = "root(ROOT, Backed) case(fund, by) det(fund, the) compound(fund, pension) "
            + "obl:by(Backed, fund) compound(Capital, Beta) nsubj(plans, Capital) punct(Capital, ,) "
            + "compound(Homes, Acme) appos(Capital, Homes) dep(fund, plans) mark(build, to) xcomp(plans, build) "
            + "nsubj:xsubj(build, Capital) nummod(flats, 1,500) obj(build, flats) punct(Backed, .)";
    /** An analyst's forecast for another company's profit: refused (forecast-of), fenced. */
    private static final String FORECAST = "Mellor/NNP/ORGANIZATION Bank/NNP/ORGANIZATION cut/VBD/_/cut its/PRP$ "
            + "forecast/NN for/IN Beta/NNP/ORGANIZATION 's/POS profit/NN to/IN 80/CD million/CD euros/NNS ./.";
    private static final String FORECAST_PARSE = "compound(Bank, Mellor) nsubj(cut, Bank) root(ROOT, cut) "
            + "nmod:poss(forecast, its) obj(cut, forecast) case(profit, for) nmod:poss(profit, Beta) case(Beta, 's) "
            + "nmod:for(forecast, profit) case(euros, to) compound(million, 80) nummod(euros, million) "
            + "obl:to(cut, euros) punct(cut, .)";
    /** A sure answer of the chain (the verb's subject): left as it is. */
    private static final String REPORTED = "Acme/NNP/ORGANIZATION reported/VBD/_/report a/DT 29/CD %/NN "
            + "increase/NN in/IN cloud/NN revenue/NN ./.";
    private static final String REPORTED_PARSE = "nsubj(reported, Acme) root(ROOT, reported) det(increase, a) "
            + "nummod(%, 29) compound(increase, %) obj(reported, increase) case(revenue, in) compound(revenue, cloud) "
            + "nmod:in(increase, revenue) punct(reported, .)";

    /**
     * The gate: with a model sure of everything, a proposal is asserted (keeping its step, the model's probability as
     * confidence) unless the fences refused it or set it among rivals; a sure answer keeps no probability.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a figure naming no owner, in an article about Acme: proposed, promoted | 9 % | CHANGE | percent | "
                    + "acme-motors | implicit | false | true | " + SOLD + " ## " + SHARES + " | " + SOLD_PARSE + " ## "
                    + SHARES_PARSE,
            "fence: a fronted backer parsed as the subject (near-rivals) stays proposed | 1,500 flats | COUNT | flat | "
                    + "beta-capital | nsubj | false | false | " + BACKED + " | " + BACKED_PARSE,
            "fence: a forecast for another company's profit (refused) stays proposed | 80 million euros | AMOUNT | "
                    + "EUR | mellor-bank | nsubj | false | false | " + FORECAST + " | " + FORECAST_PARSE,
            "control: the verb's subject is sure without the model | 29 % | CHANGE | percent | acme | nsubj | true | "
                    + "true | " + REPORTED + " | " + REPORTED_PARSE})
    void promotesOnlyWhatTheChainProposedAndNoFenceRefused(String name, String figure, String kind, String unit,
                                                           String subject, String step, boolean sureWithout,
                                                           boolean sureWith, String tokens, String dependencies) {
        List<String[]> sentences = new ArrayList<>();
        String[] parts = tokens.split(" ## ");
        String[] graphs = dependencies.split(" ## ");
        for (int i = 0; i < parts.length; i++) {
            sentences.add(new String[] {parts[i], graphs[i]});
        }
        FigureContext.About without = HandParsedFigure.about(sentences, figure, FigureKind.valueOf(kind), unit,
                LearnedSubjects.none());
        assertEquals(subject, without.subject().value(), "the chain's answer");
        assertEquals(sureWithout, without.subject().sure(), "asserted by the chain (" + without.subject().key() + ")");
        FigureContext.About with = HandParsedFigure.about(sentences, figure, FigureKind.valueOf(kind), unit, ALWAYS);
        assertEquals(subject, with.subject().value(), "the same answer with the model");
        assertEquals(step, with.subject().step(), "the step stays the chain's");
        assertEquals(sureWith, with.subject().sure(), "asserted with the model (" + with.subject().key() + ")");
        assertEquals(sureWith && !sureWithout, with.subject().promoted(), "promoted by the model");
        if (with.subject().promoted()) {
            assertTrue(with.subject().confidence() > 0.99, "the model's probability: " + with.subject().confidence());
        } else {
            assertNull(with.subject().confidence(), "no probability where the model did not assert");
        }
    }

    @Test
    void bundledWeightsAreSortedAndCreditTheirData() throws IOException {
        String text;
        try (InputStream in = LearnedSubjects.class.getResourceAsStream(LearnedSubjects.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.contains("MEANTIME") && text.contains("CC BY"), "the header names the data and its licence");
        List<String> features = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")[0]).toList();
        assertTrue(features.size() > 20, "weights: " + features.size());
        List<String> sorted = new ArrayList<>(features);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, features, "sorted by feature");
    }

    @Test
    void aModelWithNoWeightsIsUndecidedAndNoneNeverAsserts() {
        assertEquals(0.5, LearnedSubjects.of(Map.of(), 2).probability(List.of("bias", "step=implicit")), 1e-9);
        assertTrue(LearnedSubjects.none().threshold() > 1);
        assertTrue(LearnedSubjects.none().idle());
    }
}
