package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.io.ResourceTable;

/**
 * The learned promotion of subjects: a log-linear model over the structural and provenance features of {@link
 * SubjectFeatures} that scores how likely a subject the chain only proposed (its case's group does not assert, {@link
 * SubjectCases}) is whose the figure is. Its weights ({@code learned-subject-weights.tsv}, one feature and its weight a
 * line, sorted) were trained by CoreNLP's {@code LinearClassifierFactory} (L2 prior) on the project's own figure gold,
 * the MEANTIME dev tuning half's figure gold and the held-out subject sets of sessions 14 to 20, pooled, a proposal
 * being right when the evaluation's subject matcher ({@code eval.AttributionEvaluation}) finds it the gold subject;
 * {@code LearnedSubjectTraining} (src/test/java) trains them
 * again, byte for byte. The product never reads the data sets.
 *
 * <p>The model only promotes what the chain proposed: a proposal the fences refused (group {@code refused}:
 * strayed, unattached, a whole, a forecast of another firm ...) or set among rivals ({@code near-rivals}: another
 * organisation named in competition, a backer's name in apposition, {@link RivalOrganisations}) is never asserted, and
 * what the chain dropped (a reporting source, an index for a stock's move) is never seen. A proposal is asserted when
 * its probability reaches {@link #ASSERT}, chosen by cross-validation grouped by article or table, as step {@link
 * #STEP} with the probability as {@link Attribution#subjectConfidence()}; below it, it stays proposed.
 *
 * <p>The product does not ask it ({@link Extractor} promotes none unless given a model): on MEANTIME's reported half
 * the bundled model asserted 16 more right subjects and 15 more wrong ones, where the grouped cross-validation had
 * promised about one wrong in ten (69 right, 7 wrong held back). {@code eval --learned-subjects} measures it.
 */
public final class LearnedSubjects {

    /** The provenance of a subject the model promoted. */
    public static final String STEP = "learned-subject";
    /** The bundled weights. */
    public static final String RESOURCE = "/org/newsgraph/extract/learned-subject-weights.tsv";
    /** The probability from which a proposal is asserted (chosen by grouped cross-validation). */
    public static final double ASSERT = 0.95;
    /** Groups of {@link SubjectCases} whose proposals are never promoted: the chain's fences refused them. */
    static final Set<String> FENCED = Set.of("refused", "near-rivals");

    /** One proposal as the model saw it: the figure's offsets in its text, the entity id, features, probability. */
    public record Sample(int start, int end, String candidate, List<String> features, double probability) {
    }

    private static volatile LearnedSubjects bundled;

    private final Map<String, Double> weights;
    private final double threshold;
    private final Consumer<Sample> listener;

    private LearnedSubjects(Map<String, Double> weights, double threshold, Consumer<Sample> listener) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.listener = listener;
    }

    /** The model with the bundled weights. */
    public static LearnedSubjects bundled() {
        LearnedSubjects model = bundled;
        if (model == null) {
            Map<String, Double> weights = new HashMap<>();
            for (ResourceTable.Row row : ResourceTable.rows(RESOURCE, 2, "feature <TAB> weight")) {
                weights.put(row.columns()[0], Double.parseDouble(row.columns()[1]));
            }
            model = new LearnedSubjects(weights, ASSERT, null);
            bundled = model;
        }
        return model;
    }

    /** No model: nothing is promoted, so the chain alone answers (tests of the chain's steps). */
    public static LearnedSubjects none() {
        return new LearnedSubjects(Map.of(), Double.POSITIVE_INFINITY, null);
    }

    /** A model with the given weights, asserting from {@code threshold} (above 1: never). */
    public static LearnedSubjects of(Map<String, Double> weights, double threshold) {
        return new LearnedSubjects(weights, threshold, null);
    }

    /** The same model, telling {@code listener} every proposal it scores (training and measuring it). */
    public LearnedSubjects listening(Consumer<Sample> listener) {
        return new LearnedSubjects(weights, threshold, listener);
    }

    /** The model's probability that a proposal with these features is whose the figure is. */
    public double probability(List<String> features) {
        double score = 0;
        for (String feature : features) {
            score += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-score));
    }

    /** Whether this model neither asserts nor listens, so that no features need be made. */
    boolean idle() {
        return threshold > 1 && listener == null;
    }

    /** The threshold from which this model asserts. */
    public double threshold() {
        return threshold;
    }

    /**
     * The probability of a proposal when it reaches the threshold, else null; the listener, if any, is told of every
     * proposal scored, {@code start} and {@code end} the figure's offsets in the text.
     */
    Double promotes(String candidate, List<String> features, int start, int end) {
        double p = probability(features);
        if (listener != null) {
            listener.accept(new Sample(start, end, candidate, List.copyOf(features), p));
        }
        return p >= threshold ? p : null;
    }
}
