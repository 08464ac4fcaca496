package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.optimization.DiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.extract.ArticleTimeoutException;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.LearnedMeasures;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;

/**
 * Trains the learned measure ({@link LearnedMeasures}, {@code learned-measure-weights.tsv}) on KPI-EDGAR's train
 * split, and measures it on a split. Each train sentence is extracted as {@code eval --figures} extracts it (a text
 * of its own, dated by its filing); every figure on a gold value linked to a KPI gives one datum per candidate of
 * {@code MeasureCandidates}, labelled {@code right} when {@link KpiMeasureMatch} judges the candidate's phrase right for
 * a KPI the value is linked to, else {@code wrong}; the "none" alternative is right when no candidate is. A conditional
 * log-linear model (one softmax over a figure's candidates and "none"; the likelihood of the right ones, L2 prior of
 * {@link #SIGMA}, minimised by CoreNLP's {@link QNMinimizer} from zero), over the features that occur in at least
 * {@link #MIN_FILERS} filers' sentences, is trained on the data in file order, so two runs give the same bytes. The product never runs this: it reads the weights it
 * wrote.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.newsgraph.eval.LearnedMeasureTraining \
 *     train ../shared/datasets/kpi-edgar/kpi_edgar.jsonl src/main/resources/org/newsgraph/extract/learned-measure-weights.tsv [ANNOTATIONS]
 * java [-Dfilers=seen|unseen] -cp ... org.newsgraph.eval.LearnedMeasureTraining measure ../shared/datasets/kpi-edgar/kpi_edgar.jsonl valid [ANNOTATIONS]
 * java -Dsigmas=1,2 [-Dpropose=0.5] -cp ... org.newsgraph.eval.LearnedMeasureTraining cv ../shared/datasets/kpi-edgar/kpi_edgar.jsonl [ANNOTATIONS]
 * java -cp ... org.newsgraph.eval.LearnedMeasureTraining misses ../shared/datasets/kpi-edgar/kpi_edgar.jsonl [ANNOTATIONS]
 * </pre>
 * {@code cv} is cross-validation on train grouped by filer ({@link #grouped}: train's 30 filers repeat their sentences
 * from year to year, so a split that shares filers measures memory); it chose {@link #SIGMA}, {@link #MIN_FILERS}
 * ({@code -DminFilers}), {@link LearnedMeasures#ASSERT} and {@link LearnedMeasures#PROPOSE} ({@code -Dbreakdown=true}:
 * what the model adds at 0.9, by feature; {@code -Ddrops=...}: feature sets). {@code misses} lists train's values for which no candidate is right, with the chain's own answer and its verdict (only the chain's empties are the model's to fill).
 * ANNOTATIONS is a folder of stored CoreNLP annotations ({@code eval --annotations}); without it CoreNLP runs (through
 * {@code /work/bin/nlp-slot} on a shared machine). {@code measure} prints, for the split's found values, right /
 * partial / wrong / empty of the chain alone and with the model filling the chain's empties at several thresholds.
 */
public final class LearnedMeasureTraining {

    /** Folds of the grouped cross-validation ({@code cv}). */
    static final int FOLDS = 5;
    /**
     * How many filers' sentences a feature must occur in to be learned (chosen by {@code cv}: 1, 2, 3, 5 tried): a
     * feature of one or two filers' sentences is their habit, not how 10-Ks are written.
     */
    static final int MIN_FILERS = Integer.getInteger("minFilers", 3);
    /** The L2 prior's sigma (chosen by {@code cv}: 1 and 2 tried, session 31: at 1 the model is sure of too little). */
    static final double SIGMA = 2.0;
    /** Weights smaller than this are left out of the file. */
    private static final double SMALLEST = 1e-4;
    private static final String RIGHT = "right";
    private static final String WRONG = "wrong";

    /** A found gold value: the KPIs it is linked to and the figure the model saw there. */
    record Found(String filer, String text, List<String> kpis, LearnedMeasures.Sample sample) {
    }

    private LearnedMeasureTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path jsonl = Path.of(args[1]);
        if (args[0].equals("train")) {
            Path annotations = args.length > 3 ? Path.of(args[3]) : null;
            Files.writeString(Path.of(args[2]), weightsFile(train(found(jsonl, "train", annotations))),
                    StandardCharsets.UTF_8);
        } else if (args[0].equals("explore")) {
            // train on train at several priors, each measured on valid
            Path annotations = args.length > 2 ? Path.of(args[2]) : null;
            List<Found> allTrain = found(jsonl, "train", annotations);
            List<Found> allValid = found(jsonl, "valid", annotations);
            for (String drop : System.getProperty("drops", "").split(";")) {
            List<String> prefixes = drop.isEmpty() ? List.of() : List.of(drop.split(","));
            System.out.println("== without " + prefixes);
            List<Found> train = without(allTrain, prefixes);
            List<Found> valid = without(allValid, prefixes);
            for (String sigmaText : System.getProperty("sigmas", "1,3").split(",")) {
                double sigma = Double.parseDouble(sigmaText);
                Map<String, Double> weights = train(train, sigma);
                System.out.println("sigma " + sigma + ", " + weights.size() + " weights; train:");
                measure(train, LearnedMeasures.of(weights, 2)).forEach(System.out::println);
                System.out.println("valid:");
                measure(valid, LearnedMeasures.of(weights, 2)).forEach(System.out::println);
            }
            }
        } else if (args[0].equals("cv")) {
            // grouped cross-validation on train by filer: no filer both trained on and scored
            Path annotations = args.length > 2 ? Path.of(args[2]) : null;
            List<Found> all = found(jsonl, "train", annotations);
            int folds = Integer.getInteger("folds", FOLDS);
            System.out.println(all.size() + " found values of " + all.stream().map(Found::filer).distinct().count()
                    + " filers; right among the candidates: " + all.stream().filter(f -> f.sample().candidates()
                    .stream().anyMatch(c -> right(c.phrase(), f.kpis()))).count());
            for (String drop : System.getProperty("drops", "").split(";")) {
                List<String> prefixes = drop.isEmpty() ? List.of() : List.of(drop.split(","));
                List<Found> train = without(all, prefixes);
                for (String sigmaText : System.getProperty("sigmas", String.valueOf(SIGMA)).split(",")) {
                    double sigma = Double.parseDouble(sigmaText);
                    System.out.println("== grouped " + folds + "-fold CV by filer, sigma " + sigma + ", without "
                            + prefixes);
                    grouped(train, sigma, folds).forEach(System.out::println);
                }
            }
        } else if (args[0].equals("misses")) {
            // train's found values with no right candidate: the gold KPIs beside the candidates (candidate generation)
            for (Found f : found(jsonl, "train", args.length > 2 ? Path.of(args[2]) : null)) {
                if (f.sample().candidates().stream().noneMatch(c -> right(c.phrase(), f.kpis()))) {
                    // the chain's own answer last ("?" when only proposed): a value the chain gets right needs no candidate
                    System.out.println(f.filer() + "\t" + f.kpis() + "\t" + f.sample().candidates().stream()
                            .map(LearnedMeasures.Scored::phrase).toList() + "\t" + f.sample().chainMeasure()
                            + (f.sample().chainSure() ? "" : "?") + "\t" + KpiMeasureMatch.best(
                            f.sample().chainSure() ? f.sample().chainMeasure() : null, f.kpis()));
                }
            }
        } else if (args[0].equals("measure")) {
            Path annotations = args.length > 3 ? Path.of(args[3]) : null;
            LearnedMeasures model = LearnedMeasures.bundled();
            List<Found> found = found(jsonl, args[2], annotations);
            String filers = System.getProperty("filers", "");
            if (!filers.isEmpty()) {
                // only the values of filers train has ("seen") or has not ("unseen"): how much is memory
                java.util.Set<String> trained = new java.util.HashSet<>();
                for (JsonNode sentence : KpiEdgarEvaluation.sentences(jsonl, Halves.Half.TUNING)) {
                    if ("train".equals(sentence.path("split").asText())) {
                        trained.add(filer(sentence.path("doc").asText()));
                    }
                }
                found = found.stream().filter(f -> trained.contains(f.filer()) == filers.equals("seen")).toList();
            }
            measure(found, model).forEach(System.out::println);
        } else {
            throw new IllegalArgumentException("train JSONL OUT [ANNOTATIONS] | measure JSONL SPLIT [ANNOTATIONS]");
        }
    }

    /** The found gold values of one split with what the model saw of each (no answer of the model asserted). */
    static List<Found> found(Path jsonl, String split, Path annotations) throws IOException {
        // with a folder of stored annotations CoreNLP never loads: a sentence the folder lacks is reported and left out
        java.util.function.Supplier<Annotator> nlp = annotations == null ? NlpPipeline::shared
                : () -> StoredAnnotator.readOnly(() -> (text, date) -> {
                    throw new IllegalStateException("not in " + annotations + ": " + text);
                }, annotations);
        List<LearnedMeasures.Sample> seen = new ArrayList<>();
        Extractor extractor = new Extractor(nlp, Gazetteer.bundled()).withArticleTimeout(Duration.ofSeconds(900))
                .withLearnedMeasures(LearnedMeasures.of(Map.of(), 2).listening(seen::add));
        List<Found> out = new ArrayList<>();
        for (JsonNode sentence : KpiEdgarEvaluation.sentences(jsonl, Halves.Half.TUNING)) {
            if (!split.equals(sentence.path("split").asText())) {
                continue;
            }
            Map<Integer, List<String>> kpis = KpiEdgarMeasures.goldKpis(sentence);
            if (kpis.isEmpty()) {
                continue;
            }
            seen.clear();
            try {
                extractor.extractWithinBudget("kpi-edgar", sentence.get("text").asText(),
                        KpiEdgarTime.filed(sentence.path("doc").asText(), sentence.path("year").asInt()));
            } catch (ArticleTimeoutException | IllegalStateException e) {
                System.err.println("left out: " + e.getMessage());
                continue;
            }
            JsonNode entities = sentence.get("entities");
            for (Map.Entry<Integer, List<String>> value : kpis.entrySet()) {
                JsonNode entity = entities.get(value.getKey());
                if (KpiEdgarEvaluation.number(entity.get("text").asText()) == null) {
                    continue;
                }
                int start = entity.get("start").asInt();
                int end = entity.get("end").asInt();
                seen.stream().filter(s -> s.start() < end && start < s.end()).findFirst()
                        .ifPresent(s -> out.add(new Found(filer(sentence.path("doc").asText()),
                                sentence.get("text").asText(), value.getValue(), s)));
            }
        }
        return out;
    }

    /** The filer of a KPI-EDGAR document: its ticker, "KO_10-K_..." -> "KO". */
    static String filer(String doc) {
        int cut = doc.indexOf('_');
        return cut < 0 ? doc : doc.substring(0, cut);
    }

    /**
     * Grouped cross-validation: the filers (sorted) dealt round-robin into {@code folds} folds; each fold scored by a
     * model trained on the other folds' filers only, so a filer's sentences, repeated from year to year, are never
     * both learned and scored. The pooled curve of the held-out scores, as {@link #measure} prints it.
     */
    static List<String> grouped(List<Found> found, double sigma, int folds) {
        List<String> filers = found.stream().map(Found::filer).distinct().sorted().toList();
        Map<Found, LearnedMeasures> modelOf = new java.util.IdentityHashMap<>();
        for (int fold = 0; fold < folds; fold++) {
            int k = fold;
            java.util.function.Predicate<Found> scored = f -> filers.indexOf(f.filer()) % folds == k;
            LearnedMeasures model = LearnedMeasures.of(train(found.stream().filter(scored.negate()).toList(), sigma), 2);
            found.stream().filter(scored).forEach(f -> modelOf.put(f, model));
        }
        List<String> out = new ArrayList<>(measure(found, modelOf::get));
        if (Boolean.getBoolean("breakdown")) {
            // what the model adds at 0.9 where the chain asserts nothing, by the best candidate's features
            Map<String, int[]> by = new TreeMap<>();
            for (Found value : found) {
                if (value.sample().chainSure()) {
                    continue;
                }
                LearnedMeasures.Scored best = best(value, modelOf.get(value));
                if (best == null || best.probability() < 0.9) {
                    continue;
                }
                KpiMeasureMatch.Verdict v = KpiMeasureMatch.best(best.phrase(), value.kpis());
                for (String feature : best.features()) {
                    if (feature.matches("(chain|rel|cpath|top-verb|dist|measured-noun|kind|figures-between|side)=?.*")
                            && !feature.startsWith("cpath|")) {
                        by.computeIfAbsent(feature, k -> new int[4])[v.ordinal()]++;
                    }
                }
                if (Boolean.getBoolean("examples")) {
                    out.add(v + "\t" + best.phrase() + "\t" + value.kpis() + "\t" + value.filer());
                }
            }
            by.forEach((k, n) -> out.add(String.format(Locale.ROOT, "%-50s %s", k, java.util.Arrays.toString(n))));
        }
        return out;
    }

    /** The same values with the features that start with any of the prefixes left out (exploring features). */
    static List<Found> without(List<Found> found, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return found;
        }
        Map<LearnedMeasures.Sample, LearnedMeasures.Sample> copies = new java.util.IdentityHashMap<>();
        List<Found> out = new ArrayList<>();
        for (Found value : found) {
            LearnedMeasures.Sample s = value.sample();
            LearnedMeasures.Sample copy = copies.computeIfAbsent(s, k -> new LearnedMeasures.Sample(k.start(), k.end(),
                    k.chainMeasure(), k.chainSure(), k.candidates().stream().map(c -> new LearnedMeasures.Scored(
                    c.phrase(), c.features().stream().filter(f -> prefixes.stream().noneMatch(f::startsWith)).toList(),
                    c.probability())).toList()));
            out.add(new Found(value.filer(), value.text(), value.kpis(), copy));
        }
        return out;
    }

    /** The trained weights: per feature, the weight of "right" less that of "wrong" (the log-odds it adds). */
    static Map<String, Double> train(List<Found> found) {
        return train(found, SIGMA);
    }

    static Map<String, Double> train(List<Found> found, double sigma) {
        // a feature only one or two filers' sentences have is their habit, not a way 10-Ks are written: left out
        Map<String, java.util.Set<String>> filersOf = new HashMap<>();
        for (Found value : found) {
            for (LearnedMeasures.Scored candidate : value.sample().candidates()) {
                candidate.features().forEach(f -> filersOf.computeIfAbsent(f, k -> new java.util.TreeSet<>())
                        .add(value.filer()));
            }
        }
        // one figure: its alternatives' feature indices (the candidates, then "none") and which are right
        Map<String, Integer> index = new java.util.LinkedHashMap<>();
        List<int[][]> figures = new ArrayList<>();
        List<boolean[]> rights = new ArrayList<>();
        java.util.Set<LearnedMeasures.Sample> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Found value : found) {
            LearnedMeasures.Sample sample = value.sample();
            if (!done.add(sample)) {
                continue;
            }
            List<LearnedMeasures.Scored> candidates = sample.candidates();
            int[][] alternatives = new int[candidates.size() + 1][];
            boolean[] right = new boolean[candidates.size() + 1];
            boolean any = false;
            for (int i = 0; i < candidates.size(); i++) {
                alternatives[i] = candidates.get(i).features().stream().filter(f -> filersOf.get(f).size() >= MIN_FILERS)
                        .mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray();
                right[i] = right(candidates.get(i).phrase(), value.kpis());
                any |= right[i];
            }
            alternatives[candidates.size()] = LearnedMeasures.noneFeatures(sample.chainMeasure() != null,
                    sample.chainSure(), candidates.size()).stream()
                    .mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray();
            right[candidates.size()] = !any;
            figures.add(alternatives);
            rights.add(right);
        }
        QNMinimizer minimizer = new QNMinimizer(15);
        minimizer.shutUp();
        double[] weights = minimizer.minimize(new Likelihood(figures, rights, index.size(), sigma), 1e-6,
                new double[index.size()]);
        Map<String, Double> out = new TreeMap<>();
        index.forEach((feature, i) -> {
            if (Math.abs(weights[i]) >= SMALLEST) {
                out.put(feature, weights[i]);
            }
        });
        return out;
    }

    /**
     * The negative log-likelihood of the right alternatives of every figure under the softmax over its alternatives,
     * with an L2 prior, and its gradient.
     */
    private record Likelihood(List<int[][]> figures, List<boolean[]> rights, int dimension, double sigma)
            implements DiffFunction {

        @Override
        public int domainDimension() {
            return dimension;
        }

        @Override
        public double valueAt(double[] w) {
            return evaluate(w, null);
        }

        @Override
        public double[] derivativeAt(double[] w) {
            double[] gradient = new double[dimension];
            evaluate(w, gradient);
            return gradient;
        }

        private double evaluate(double[] w, double[] gradient) {
            double value = 0;
            for (int i = 0; i < dimension; i++) {
                value += w[i] * w[i] / (2 * sigma * sigma);
                if (gradient != null) {
                    gradient[i] = w[i] / (sigma * sigma);
                }
            }
            for (int f = 0; f < figures.size(); f++) {
                int[][] alternatives = figures.get(f);
                boolean[] right = rights.get(f);
                double[] score = new double[alternatives.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < alternatives.length; a++) {
                    for (int feature : alternatives[a]) {
                        score[a] += w[feature];
                    }
                    max = Math.max(max, score[a]);
                }
                double all = 0;
                double good = 0;
                for (int a = 0; a < alternatives.length; a++) {
                    score[a] = Math.exp(score[a] - max);
                    all += score[a];
                    good += right[a] ? score[a] : 0;
                }
                value -= Math.log(good / all);
                if (gradient != null) {
                    for (int a = 0; a < alternatives.length; a++) {
                        double d = score[a] / all - (right[a] ? score[a] / good : 0);
                        for (int feature : alternatives[a]) {
                            gradient[feature] += d;
                        }
                    }
                }
            }
            return value;
        }
    }

    static boolean right(String phrase, List<String> kpis) {
        return kpis.stream().anyMatch(k -> KpiMeasureMatch.judge(phrase, k) == KpiMeasureMatch.Verdict.RIGHT);
    }

    /** The weights as the bundled file writes them: a header, then one "feature TAB weight" a line, sorted. */
    static String weightsFile(Map<String, Double> weights) {
        StringBuilder out = new StringBuilder();
        out.append("""
                # The learned measure's weights (org.newsgraph.extract.LearnedMeasures): a feature of a candidate measure
                # (MeasureCandidates), or of the "none of them" alternative (none|...), and the score it adds in the softmax
                # over a figure's candidates and "none". Trained by org.newsgraph.eval.LearnedMeasureTraining (src/test/java;
                # its javadoc gives the command) with CoreNLP's QNMinimizer, L2 prior sigma %s, on the train split of
                # KPI-EDGAR only, features that occur in the sentences of at least %d filers only; do not edit by hand.
                # Trained from data: KPI-EDGAR (https://github.com/tobideusser/kpi-edgar), MIT licence,
                # Copyright (c) 2022 Tobias Deusser, Syed Musharraf Ali, Lars Hillebrand.
                """.formatted(SIGMA, MIN_FILERS));
        weights.forEach((feature, weight) -> out.append(feature).append('\t')
                .append(String.format(Locale.ROOT, "%.4f", weight)).append('\n'));
        return out.toString();
    }

    /**
     * The split's found values judged with the chain alone and with the model filling its empties at thresholds: per
     * threshold, right / partial / wrong / empty of all, what the model asserts where the chain asserts nothing (and
     * its precision), what it proposes where the chain has no answer at all (from {@link LearnedMeasures#PROPOSE}), and
     * how many are right with the candidates (the chain's proposals and the model's); first the candidates' ceiling.
     */
    static List<String> measure(List<Found> found, LearnedMeasures model) {
        return measure(found, f -> model);
    }

    /** The same, each value scored by its own model (grouped cross-validation). */
    static List<String> measure(List<Found> found, java.util.function.Function<Found, LearnedMeasures> models) {
        double[] thresholds = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 2};
        // -Dpropose=P: the proposals' threshold tried instead of LearnedMeasures.PROPOSE
        double propose = Double.parseDouble(System.getProperty("propose", String.valueOf(LearnedMeasures.PROPOSE)));
        // -Dreplace=P: the threshold from which the model's best replaces a different proposal of the chain
        double replace = Double.parseDouble(System.getProperty("replace",
                String.valueOf(LearnedMeasures.REPLACE_PROPOSAL)));
        List<String> lines = new ArrayList<>();
        long ceiling = found.stream().filter(f -> f.sample().candidates().stream()
                .anyMatch(c -> right(c.phrase(), f.kpis()))).count();
        long chainRight = found.stream().filter(f -> f.sample().chainSure() && KpiMeasureMatch.best(
                f.sample().chainMeasure(), f.kpis()) == KpiMeasureMatch.Verdict.RIGHT).count();
        lines.add(String.format(Locale.ROOT, "%d found; a right candidate for %d (the candidates' ceiling %.3f); the "
                + "chain asserts %d right", found.size(), ceiling, ceiling / (double) Math.max(1, found.size()),
                chainRight));
        for (double threshold : thresholds) {
            int[] all = new int[4];
            int[] added = new int[4];
            int[] proposed = new int[4];
            int[] replaced = new int[4];
            int withCandidates = 0;
            for (Found value : found) {
                LearnedMeasures.Sample sample = value.sample();
                LearnedMeasures model = models.apply(value);
                LearnedMeasures.Scored best = best(value, model);
                String ours = sample.chainSure() ? sample.chainMeasure() : null;
                String candidate = sample.chainSure() ? null : sample.chainMeasure();
                if (ours == null && best != null && best.probability() >= threshold) {
                    ours = best.phrase();
                    candidate = null;
                    added[KpiMeasureMatch.best(ours, value.kpis()).ordinal()]++;
                } else if (ours == null && candidate == null && best != null
                        && best.probability() >= propose) {
                    candidate = best.phrase();
                    proposed[KpiMeasureMatch.best(candidate, value.kpis()).ordinal()]++;
                } else if (ours == null && candidate != null && best != null && best.probability() >= replace
                        && !best.phrase().equalsIgnoreCase(candidate)) {
                    // the model's best proposed in place of a different proposal of the chain
                    candidate = best.phrase();
                    replaced[KpiMeasureMatch.best(candidate, value.kpis()).ordinal()]++;
                }
                KpiMeasureMatch.Verdict verdict = KpiMeasureMatch.best(ours, value.kpis());
                all[verdict.ordinal()]++;
                if (verdict == KpiMeasureMatch.Verdict.RIGHT || ours == null && candidate != null
                        && KpiMeasureMatch.best(candidate, value.kpis()) == KpiMeasureMatch.Verdict.RIGHT) {
                    withCandidates++;
                }
            }
            int asserted = added[0] + added[1] + added[2];
            lines.add(String.format(Locale.ROOT, "threshold %.2f: right %d partial %d wrong %d empty %d; the model "
                    + "asserts %d/%d/%d (precision %.3f); proposes %d/%d/%d; replaces the chain's proposal %d/%d/%d; "
                    + "right with candidates %d", threshold,
                    all[0], all[1], all[2], all[3], added[0], added[1], added[2],
                    asserted == 0 ? Double.NaN : added[0] / (double) asserted, proposed[0], proposed[1], proposed[2],
                    replaced[0], replaced[1], replaced[2], withCandidates));
        }
        return lines;
    }

    /** The model's best candidate for a found value, with its probability; null when it has none. */
    static LearnedMeasures.Scored best(Found value, LearnedMeasures model) {
        LearnedMeasures.Sample sample = value.sample();
        List<List<String>> features = sample.candidates().stream().map(LearnedMeasures.Scored::features).toList();
        double[] p = model.probabilities(features, LearnedMeasures.noneFeatures(sample.chainMeasure() != null,
                sample.chainSure(), features.size()));
        LearnedMeasures.Scored best = null;
        for (int i = 0; i < p.length; i++) {
            if (best == null || p[i] > best.probability()) {
                best = new LearnedMeasures.Scored(sample.candidates().get(i).phrase(), features.get(i), p[i]);
            }
        }
        return best;
    }
}
