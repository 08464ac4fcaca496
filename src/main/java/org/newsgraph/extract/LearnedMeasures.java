package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.io.ResourceTable;

/**
 * The learned measure: a ranker over the noun phrases the parse offers for a figure ({@link MeasureCandidates}), a
 * conditional log-linear model (one softmax over a figure's candidates and a "none of them" alternative) of their
 * structural features. Its weights ({@code learned-measure-weights.tsv}, one feature and its weight a line, sorted;
 * the features of the "none" alternative start {@link #NONE}) were trained on KPI-EDGAR's train split only, over the
 * features that occur in the sentences of at least three filers, a candidate being right when the project's
 * KPI-EDGAR scorer ({@code eval.KpiMeasureMatch}) judges its phrase right for the gold KPI its value is linked to, and
 * "none" right when no candidate is; {@code LearnedMeasureTraining} (src/test/java) trains them again, byte for byte.
 * The product never reads the data set.
 *
 * <p>The model answers only where the measure chain asserted nothing ({@link FigureContext}): its best candidate is
 * asserted when its share of the figure's probability reaches {@link #ASSERT} (step {@link #STEP}, the probability as
 * its confidence), chosen by cross-validation on KPI-EDGAR's train split grouped by filer so that what it asserts is
 * right at least 90% of the time; below that, where the chain has no answer at all, the best is proposed (a candidate
 * measure, never asserted) from {@link #PROPOSE}; where the chain only proposed a measure, the best, when it differs,
 * is proposed in its place from {@link #REPLACE_PROPOSAL}; else the chain's own proposal stays. The extractor reads
 * news without the model ({@link Extractor}); {@link #forNews} is the model as news would read it (proposing only),
 * measured in session 31 (9 right, 15 wrong proposals on MEANTIME's tuning half) and session 32 (8 right, 9 wrong)
 * and left off.
 */
public final class LearnedMeasures {

    /** The provenance of a measure the model chose. */
    public static final String STEP = "learned-measure";
    /** The bundled weights. */
    public static final String RESOURCE = "/org/newsgraph/extract/learned-measure-weights.tsv";
    /**
     * The probability from which the best candidate is asserted, chosen by cross-validation on KPI-EDGAR train grouped
     * by filer (no filer both learned and scored): the lowest threshold at which the answers the model adds are right
     * for at least 90% of the values they are given (session 31: at 0.95, 17 right, 1 wrong; at 0.90, 33 right, 1
     * partial, 10 wrong; session 32, with the wider candidates and the classes of meaning: at 0.95, 21 right, 2
     * wrong, precision 0.913; at 0.90, 39 right, 2 partial, 14 wrong).
     */
    public static final double ASSERT = 0.95;
    /**
     * The probability from which the best candidate is proposed where the chain has no answer at all (a candidate
     * measure, shown but never asserted).
     */
    public static final double PROPOSE = 0.3;
    /**
     * The probability from which the best candidate, when it differs from a measure the chain only proposed, is
     * proposed in its place (still a proposal, never asserted). Chosen by cross-validation on KPI-EDGAR train grouped
     * by filer (session 32): where the two differ, the model's best is right more often than the chain's proposal from
     * 0.3 up (0.3: 32 against 26; 0.4: 29 against 14; 0.5: 24 against 8; 0.6: 19 against 6; 0.7: 17 against 5); 0.5
     * gains the most right candidates.
     */
    public static final double REPLACE_PROPOSAL = 0.5;
    /** The prefix of the features of the "none of the candidates" alternative. */
    public static final String NONE = "none|";

    /** A candidate with its features and the model's probability. */
    public record Scored(String phrase, List<String> features, double probability) {
    }

    /**
     * One figure as the model saw it, for training and for measuring the model: the figure's offsets in its text, the
     * chain's answer (null when none; {@code chainSure} whether asserted) and the scored candidates.
     */
    public record Sample(int start, int end, String chainMeasure, boolean chainSure, List<Scored> candidates) {
    }

    private static volatile LearnedMeasures bundled;

    private final Map<String, Double> weights;
    private final double threshold;
    private final Consumer<Sample> listener;
    /** The model as news reads it: it proposes and never asserts ({@link #forNews}). */
    private final boolean news;

    private LearnedMeasures(Map<String, Double> weights, double threshold, Consumer<Sample> listener) {
        this(weights, threshold, listener, false);
    }

    private LearnedMeasures(Map<String, Double> weights, double threshold, Consumer<Sample> listener, boolean news) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.listener = listener;
        this.news = news;
    }

    /** The model with the bundled weights. */
    public static LearnedMeasures bundled() {
        LearnedMeasures model = bundled;
        if (model == null) {
            Map<String, Double> weights = new HashMap<>();
            for (ResourceTable.Row row : ResourceTable.rows(RESOURCE, 2, "feature <TAB> weight")) {
                weights.put(row.columns()[0], Double.parseDouble(row.columns()[1]));
            }
            model = new LearnedMeasures(weights, ASSERT, null);
            bundled = model;
        }
        return model;
    }

    /** No model: it asserts nothing, so the measure chain alone answers (tests of the chain's steps). */
    public static LearnedMeasures none() {
        return new LearnedMeasures(Map.of(), Double.POSITIVE_INFINITY, null);
    }

    /**
     * Whether this is no model ({@link #none()}), where the chain alone answers. Any model, one that never asserts
     * included (training listens through one), marks text read as filings, but the model as news reads it ({@link
     * #forNews}).
     */
    public boolean isNone() {
        return weights.isEmpty() && threshold == Double.POSITIVE_INFINITY && listener == null && !news;
    }

    /** Whether the text is read as news: no model, or the model as news reads it ({@link #forNews}). */
    public boolean readsNews() {
        return isNone() || news;
    }

    /**
     * The same weights as news reads them: the best candidate is proposed from {@link #PROPOSE} where the chain has no
     * answer at all, and never asserted (on MEANTIME's tuning half, session 31, none reached {@link #ASSERT}; the
     * proposals were right for 9 figures and wrong for 15, and the asserted measures did not move).
     */
    public LearnedMeasures forNews() {
        return new LearnedMeasures(weights, Double.POSITIVE_INFINITY, listener, true);
    }

    /** A model with the given weights, asserting from {@code threshold} (above 1: never). */
    public static LearnedMeasures of(Map<String, Double> weights, double threshold) {
        return new LearnedMeasures(weights, threshold, null);
    }

    /** The same model, telling {@code listener} every figure it scores (training and measuring it). */
    public LearnedMeasures listening(Consumer<Sample> listener) {
        return new LearnedMeasures(weights, threshold, listener, news);
    }

    /** The model's score of a candidate (or of the "none" alternative) with these features: the sum of their weights. */
    public double score(List<String> features) {
        double score = 0;
        for (String feature : features) {
            score += weights.getOrDefault(feature, 0.0);
        }
        return score;
    }

    /**
     * The features of the "none of them" alternative of a figure: a bias, whether the chain answered (asserted,
     * proposed or not at all) and how many candidates there are.
     */
    public static List<String> noneFeatures(boolean chainAnswered, boolean chainSure, int candidates) {
        return List.of(NONE + "bias", NONE + "chain=" + (!chainAnswered ? "none" : chainSure ? "sure" : "proposed"),
                NONE + "candidates=" + Math.min(candidates, 4));
    }

    /**
     * The model's probability of each candidate, given as its features, that it is what the figure measures: a
     * softmax over the candidates and the "none" alternative ({@code none} its features), in the candidates' order.
     */
    public double[] probabilities(List<List<String>> candidates, List<String> none) {
        double[] scores = new double[candidates.size()];
        double noneScore = score(none);
        double max = noneScore;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score(candidates.get(i));
            max = Math.max(max, scores[i]);
        }
        double sum = Math.exp(noneScore - max);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp(scores[i] - max);
            sum += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= sum;
        }
        return scores;
    }

    /** Whether a listener is told of every figure, those the chain answered surely too (training and measuring). */
    boolean listens() {
        return listener != null;
    }

    /** Whether this model neither asserts nor proposes ({@link #none}), so that its candidates need not be made. */
    boolean never() {
        return threshold > 1 && !news;
    }

    /** The threshold from which this model asserts. */
    public double threshold() {
        return threshold;
    }

    /**
     * The model's best candidate (the first of equals wins) with its probability, or null when there is none; the
     * listener, if any, is told of every figure scored, {@code start} and {@code end} its offsets in the text.
     */
    Scored best(List<MeasureCandidates.Candidate> candidates, int start, int end, FigureContext.Found chain) {
        List<List<String>> features = candidates.stream().map(MeasureCandidates.Candidate::features).toList();
        double[] p = probabilities(features, noneFeatures(chain.value() != null, chain.sure(), candidates.size()));
        Scored best = null;
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            Scored one = new Scored(candidates.get(i).phrase(), features.get(i), p[i]);
            scored.add(one);
            if (best == null || one.probability() > best.probability()) {
                best = one;
            }
        }
        if (listener != null) {
            listener.accept(new Sample(start, end, chain.value(), chain.sure(), List.copyOf(scored)));
        }
        return best;
    }

    /** Whether the best of a figure's candidates is asserted. */
    public boolean asserts(Scored best) {
        return best != null && best.probability() >= threshold;
    }

    /**
     * Whether the best of a figure's candidates, not asserted, is proposed in place of a different measure the chain
     * only proposed ({@link #REPLACE_PROPOSAL}).
     */
    public boolean replacesProposal(Scored best, String chainProposal) {
        return best != null && chainProposal != null && !best.phrase().equalsIgnoreCase(chainProposal)
                && !asserts(best) && !never() && best.probability() >= REPLACE_PROPOSAL;
    }

    /** Whether the best of a figure's candidates, not asserted, is proposed where the chain has no answer at all. */
    public boolean proposes(Scored best) {
        return best != null && !asserts(best) && !never() && best.probability() >= PROPOSE;
    }
}
