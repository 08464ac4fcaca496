package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.io.ResourceTable;

/**
 * The learned measure: a log-linear model over the structural features of {@link MeasureCandidates} that scores how
 * likely a candidate noun phrase is what a figure measures. Its weights ({@code learned-measure-weights.tsv}, one
 * feature and its weight a line, sorted) were trained by CoreNLP's {@code LinearClassifierFactory} (L2 prior) on
 * KPI-EDGAR's train split only, over the features that occur in the sentences of at least three filers, a candidate
 * being right when the project's KPI-EDGAR scorer ({@code eval.KpiMeasureMatch}) judges its phrase right for the gold
 * KPI its value is linked to; {@code LearnedMeasureTraining} (src/test/java) trains them again, byte for byte. The product never reads the data set.
 *
 * <p>The model answers only where the measure chain asserted nothing ({@link FigureContext}): the best candidate is
 * asserted when its probability reaches {@link #ASSERT} and no rival comes near it ({@link #SHARE}), both chosen by
 * cross-validation on KPI-EDGAR's train split grouped by filer, and recorded as step {@link #STEP} with the probability as its confidence; below that nothing is asserted and
 * the chain's own proposal, if any, stays.
 */
public final class LearnedMeasures {

    /** The provenance of a measure the model chose. */
    public static final String STEP = "learned-measure";
    /** The bundled weights. */
    public static final String RESOURCE = "/org/newsgraph/extract/learned-measure-weights.tsv";
    /**
     * The probability from which the best candidate is asserted, chosen by cross-validation on KPI-EDGAR train grouped
     * by filer (no filer both learned and scored) so that the answers added on filers the model never saw are wrong
     * for at most a third as many values as they are right for (0.90 was the lowest such; on valid, the fold not
     * tuned on, it added 3 wrong and no right on the filers train lacks, so the next, 0.95, which held on both).
     */
    public static final double ASSERT = 0.95;
    /**
     * The share of the summed probabilities of all the figure's candidates that the best must hold: a figure for which
     * the model is nearly as sure of a rival phrase gets no answer from it (chosen with {@link #ASSERT}).
     */
    public static final double SHARE = 0.6;

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

    private LearnedMeasures(Map<String, Double> weights, double threshold, Consumer<Sample> listener) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.listener = listener;
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
     * Whether this is no model ({@link #none()}): the text is news, where the chain alone answers. Any model, one that
     * never asserts included (training listens through one), marks text read as filings.
     */
    public boolean isNone() {
        return weights.isEmpty() && threshold == Double.POSITIVE_INFINITY && listener == null;
    }

    /** A model with the given weights, asserting from {@code threshold} (above 1: never). */
    public static LearnedMeasures of(Map<String, Double> weights, double threshold) {
        return new LearnedMeasures(weights, threshold, null);
    }

    /** The same model, telling {@code listener} every figure it scores (training and measuring it). */
    public LearnedMeasures listening(Consumer<Sample> listener) {
        return new LearnedMeasures(weights, threshold, listener);
    }

    /** The model's probability that a candidate with these features is what the figure measures. */
    public double probability(List<String> features) {
        double score = 0;
        for (String feature : features) {
            score += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-score));
    }

    /** Whether a listener is told of every figure, those the chain answered surely too (training and measuring). */
    boolean listens() {
        return listener != null;
    }

    /** Whether this model never asserts (news: {@link #none}), so that its candidates need not be made. */
    boolean never() {
        return threshold > 1;
    }

    /** The threshold from which this model asserts. */
    public double threshold() {
        return threshold;
    }

    /**
     * The candidate the model asserts, or null: the best (the first of equals wins) when its probability reaches the
     * threshold and holds at least {@link #SHARE} of the summed probabilities of all the candidates. The listener, if
     * any, is told of every figure scored, {@code start} and {@code end} its offsets in the text.
     */
    Scored chosen(List<MeasureCandidates.Candidate> candidates, int start, int end, FigureContext.Found chain) {
        Scored best = null;
        double sum = 0;
        List<Scored> scored = new java.util.ArrayList<>();
        for (MeasureCandidates.Candidate candidate : candidates) {
            Scored one = new Scored(candidate.phrase(), candidate.features(), probability(candidate.features()));
            scored.add(one);
            sum += one.probability();
            if (best == null || one.probability() > best.probability()) {
                best = one;
            }
        }
        if (listener != null) {
            listener.accept(new Sample(start, end, chain.value(), chain.sure(), List.copyOf(scored)));
        }
        return asserts(best, sum) ? best : null;
    }

    /** Whether the best of a figure's candidates is asserted, {@code sum} the probabilities of all of them. */
    public boolean asserts(Scored best, double sum) {
        return best != null && best.probability() >= threshold && best.probability() >= SHARE * sum;
    }
}
