package org.newsgraph.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.ArticleTimeoutException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.LearnedSubjects;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;

/**
 * Trains the learned promotion of subjects ({@link LearnedSubjects}, {@code learned-subject-weights.tsv}) and chooses
 * its threshold. Data: the project's own figure gold ({@code src/test/resources/gold} on {@code articles/}), the MEANTIME
 * dev tuning half's figure gold ({@link Halves#meantimeGold}), and the earlier held-out subject sets (the tables of
 * sessions 14 to 20 and the figure gold of the s18 genres and markets articles), extracted as {@code eval --figures}
 * and {@code SubjectPhrasingsIT} extract them. Each found figure whose subject the chain only proposed (outside the
 * fenced groups) gives one datum, {@code right} when the evaluation's subject matcher ({@link
 * AttributionEvaluation#sameEntity}; for a table row, the row's subject by name) finds the proposal the gold subject (a
 * gold figure without subject makes any proposal wrong). Why all three: the training gold is business news, where
 * the chain's proposals are right four times in five; the held-out sets hold general news (elections, courts,
 * weather, markets) where the topic fallback is mostly wrong: a model that never saw them learned "promote the topic"
 * (trained on the first two alone, the held-out sets lost 6 wrong for each 1 right at any useful threshold). So the
 * threshold is chosen by grouped cross-validation ({@code cv}: {@link #FOLDS} folds, an article or a whole table per
 * group, out-of-fold probabilities reported for each part), and the bundled weights are trained on all of it. The
 * reported halves are never read; held-out set B of s21-promote is scored only by {@code eval}.
 *
 * <p>CoreNLP's {@link LinearClassifierFactory} (quasi-Newton, L2 prior {@link #SIGMA}) is trained on the data in file
 * order, so two runs give the same bytes. The product never runs this.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.newsgraph.eval.LearnedSubjectTraining \
 *     train src/main/resources/org/newsgraph/extract/learned-subject-weights.tsv /tmp/ann
 * /work/bin/nlp-slot java -cp ... org.newsgraph.eval.LearnedSubjectTraining cv /tmp/ann /tmp/ann
 * </pre>
 * {@code train} reads stored CoreNLP annotations only ({@code eval --annotations}; the held-out tables' sentences are
 * stored there by a first {@code cv} or {@code measure} run, which runs CoreNLP for what the folder lacks: through
 * {@code /work/bin/nlp-slot}). {@code cv ANNOTATIONS HELD_OUT_ANNOTATIONS} prints the out-of-fold curve
 * ({@code -Dsigmas=0.5,1,2}, {@code -Dlist=true} each proposal); {@code measure} the same for a model trained on the
 * training sets alone.
 */
public final class LearnedSubjectTraining {

    /** The L2 prior's sigma. */
    static final double SIGMA = 1.0;
    /** Weights smaller than this are left out of the file. */
    private static final double SMALLEST = 1e-4;
    private static final String RIGHT = "right";
    private static final String WRONG = "wrong";
    private static final LocalDate TABLE_DATE = LocalDate.of(2026, 5, 14);
    static final Path OWN_GOLD = Path.of("src/test/resources/gold");
    static final Path OWN_ARTICLES = Path.of("articles");
    /** The earlier held-out subject tables (text, figure words, subject or -, ...): the second fold. */
    static final List<Path> HELD_OUT_TABLES = Stream.of(
            "src/test/resources/org/newsgraph/extract/figure/subjects-heldout.tsv",
            "src/test/resources/org/newsgraph/extract/figure/subjects-heldout-s15.tsv",
            "src/test/resources/org/newsgraph/extract/figure/subjects-heldout-s16.tsv",
            "src/test/resources/org/newsgraph/extract/figure/subjects-heldout-s17-subject.tsv",
            "src/test/resources/eval/probes-s18-subject/A.txt", "src/test/resources/eval/probes-s18-subject/B.txt",
            "src/test/resources/eval/probes-s19-subject/B.txt", "src/test/resources/eval/probes-s20-subject/B.txt")
            .map(Path::of).toList();
    /** The earlier held-out article sets with figure gold: the second fold too. */
    static final List<Path> HELD_OUT_ARTICLES = Stream.of("probes-s18-genres/A", "probes-s18-genres/B",
            "probes-s18-markets/A", "probes-s18-markets/B").map(d -> Path.of("src/test/resources/eval", d)).toList();

    /** One proposal the model saw, labelled; {@code source} names where it came from. */
    record Labelled(LearnedSubjects.Sample sample, boolean right, String source, String group) {
    }

    /** The labelled proposals of a set and how many figures of it were found (the share's denominator). */
    record Data(List<Labelled> proposals, int found) {
    }

    private LearnedSubjectTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("train")) {
            Data data = all(Path.of(args[2]));
            Files.writeString(Path.of(args[1]), weightsFile(train(data.proposals(), SIGMA)), StandardCharsets.UTF_8);
            System.out.println(data.proposals().size() + " proposals of " + data.found() + " found figures");
        } else if (args[0].equals("measure")) {
            Data training = training(Path.of(args[1]));
            Data second = secondFold(Path.of(args[2]));
            for (String sigmaText : System.getProperty("sigmas", String.valueOf(SIGMA)).split(",")) {
                double sigma = Double.parseDouble(sigmaText);
                LearnedSubjects model = LearnedSubjects.of(train(training.proposals(), sigma), 2);
                System.out.println("sigma " + sigma + "; training data (trained on: inflated):");
                curve(training, model).forEach(System.out::println);
                System.out.println("second fold (threshold chosen here):");
                curve(second, model).forEach(System.out::println);
                if (Boolean.getBoolean("list")) {
                    for (Labelled l : second.proposals()) {
                        System.out.printf(Locale.ROOT, "  %.3f %s %s %s%n", model.probability(l.sample().features()),
                                l.right() ? "right" : "WRONG", l.source(), l.sample().features());
                    }
                }
            }
        } else if (args[0].equals("cv")) {
            Data training = training(Path.of(args[1]));
            Data second = secondFold(Path.of(args[2]));
            for (String sigmaText : System.getProperty("sigmas", String.valueOf(SIGMA)).split(",")) {
                double sigma = Double.parseDouble(sigmaText);
                Map<Labelled, Double> oof = outOfFold(plus(training, second).proposals(), sigma);
                System.out.println("sigma " + sigma + ", grouped " + FOLDS + "-fold cross-validation by article "
                        + "(a table is one group); out-of-fold probabilities:");
                System.out.println(" training sets (own gold, MEANTIME tuning):");
                curve(training, oof::get).forEach(System.out::println);
                System.out.println(" earlier held-out sets:");
                curve(second, oof::get).forEach(System.out::println);
                if (Boolean.getBoolean("list")) {
                    for (Labelled l : plus(training, second).proposals()) {
                        System.out.printf(Locale.ROOT, "  %.3f %s %s %s%n", oof.get(l),
                                l.right() ? "right" : "WRONG", l.source(), l.sample().features());
                    }
                }
            }
        } else {
            throw new IllegalArgumentException("train OUT ANNOTATIONS | measure ANNOTATIONS HELD_OUT_ANNOTATIONS");
        }
    }

    /** The training data: own gold and MEANTIME's tuning half, from stored annotations only (CoreNLP never loads). */
    static Data training(Path annotations) throws IOException {
        Supplier<Annotator> nlp = () -> StoredAnnotator.readOnly(() -> (text, date) -> {
            throw new IllegalStateException("not in " + annotations + ": " + text);
        }, annotations);
        List<Path> own = GoldFile.listIn(OWN_GOLD);
        Data ownData = articles(own, OWN_ARTICLES, nlp, "own");
        Data meantime = articles(Halves.meantimeGold(Halves.Half.TUNING, Halves.MEANTIME_DEV, Halves.MEANTIME_GOLD),
                Halves.MEANTIME_ARTICLES, nlp, "meantime");
        return plus(ownData, meantime);
    }

    /**
     * What the bundled weights are trained on: the training sets and the earlier held-out sets, from stored
     * annotations only (CoreNLP never loads).
     */
    static Data all(Path annotations) throws IOException {
        return plus(training(annotations), secondFold(annotations, true));
    }

    /**
     * The earlier held-out tables and articles, annotated by CoreNLP and stored in the folder; {@code readOnly}: from
     * the folder only (a text it lacks is left out).
     */
    static Data secondFold(Path annotations) throws IOException {
        return secondFold(annotations, false);
    }

    static Data secondFold(Path annotations, boolean readOnly) throws IOException {
        Supplier<Annotator> nlp = readOnly ? () -> StoredAnnotator.readOnly(() -> (text, date) -> {
            throw new IllegalStateException("not in " + annotations + ": " + text);
        }, annotations) : () -> new StoredAnnotator(NlpPipeline::shared, annotations);
        Data out = new Data(List.of(), 0);
        for (Path folder : HELD_OUT_ARTICLES) {
            List<Path> gold = GoldFile.listIn(folder.resolve("gold"));
            out = plus(out, articles(gold, folder.resolve("articles"), nlp, folder.toString()));
        }
        for (Path table : HELD_OUT_TABLES) {
            out = plus(out, table(table, nlp));
        }
        return out;
    }

    private static Data plus(Data a, Data b) {
        List<Labelled> all = new ArrayList<>(a.proposals());
        all.addAll(b.proposals());
        return new Data(all, a.found() + b.found());
    }

    private static Extractor listening(Supplier<Annotator> nlp, List<LearnedSubjects.Sample> seen) {
        return new Extractor(nlp, Gazetteer.bundled()).withArticleTimeout(Duration.ofSeconds(900))
                .withLearnedSubjects(LearnedSubjects.of(Map.of(), 2).listening(seen::add));
    }

    /** The proposals on the found gold figures of these gold files, each labelled by the eval's subject matcher. */
    static Data articles(List<Path> goldFiles, Path articlesFolder, Supplier<Annotator> nlp, String source)
            throws IOException {
        List<LearnedSubjects.Sample> seen = new ArrayList<>();
        Newsgraph newsgraph = new Newsgraph(listening(nlp, seen));
        List<Article> all = Newsgraph.readAll(articlesFolder, new ArrayList<ArticleProblem>());
        List<Labelled> out = new ArrayList<>();
        int found = 0;
        for (Path file : goldFiles) {
            GoldFile gold = GoldFile.read(file);
            Article article = all.stream().filter(a -> a.file().getFileName().toString().equals(gold.article())
                    || a.slug().equals(gold.stem())).findFirst().orElse(null);
            if (article == null) {
                continue;
            }
            seen.clear();
            Extraction extraction;
            try {
                extraction = newsgraph.extract(article);
            } catch (ArticleTimeoutException | IllegalStateException e) {
                System.err.println("left out: " + e.getMessage());
                continue;
            }
            Map<String, String> defined = AttributionEvaluation.definedShortForms(article.text());
            Set<LearnedSubjects.Sample> used = Collections.newSetFromMap(new IdentityHashMap<>());
            for (GoldFile.GoldFigure g : gold.figures()) {
                Figure p = FigureEvaluation.matchOf(article.text(), extraction, gold, g);
                if (p == null) {
                    continue;
                }
                found++;
                LearnedSubjects.Sample sample = sampleOf(p, seen);
                if (sample != null && used.add(sample)) {
                    out.add(new Labelled(sample, AttributionEvaluation.sameEntity(extraction, sample.candidate(),
                            g.subject(), defined), source + " " + gold.article() + " '" + g.text() + "'",
                            source + " " + gold.article()));
                }
            }
        }
        return new Data(out, found);
    }

    /** The proposals on the figures of a held-out table's rows, right when the proposal is the row's subject. */
    static Data table(Path table, Supplier<Annotator> nlp) throws IOException {
        List<LearnedSubjects.Sample> seen = new ArrayList<>();
        Extractor extractor = listening(nlp, seen);
        List<Labelled> out = new ArrayList<>();
        int found = 0;
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 3 || !c[0].contains(c[1])) {
                continue;
            }
            seen.clear();
            Extraction extraction;
            try {
                extraction = extractor.extractWithinBudget("subject", c[0], TABLE_DATE);
            } catch (ArticleTimeoutException | IllegalStateException e) {
                System.err.println("left out: " + e.getMessage());
                continue;
            }
            int start = c[0].indexOf(c[1]);
            int end = start + c[1].length();
            Figure figure = extraction.figures().stream().filter(f -> f.mentions().stream()
                    .anyMatch(m -> m.start() < end && start < m.end())).findFirst().orElse(null);
            if (figure == null) {
                continue;
            }
            found++;
            LearnedSubjects.Sample sample = sampleOf(figure, seen);
            if (sample != null) {
                String subject = c[2].equals("-") ? null : c[2];
                out.add(new Labelled(sample, subject != null
                        && Objects.equals(extraction.nameOf(sample.candidate()), subject),
                        table.getFileName() + " '" + c[1] + "' in " + c[0], table.toString()));
            }
        }
        return new Data(out, found);
    }

    /** The proposal the model saw for a found figure the chain did not assert a subject of, or null. */
    private static LearnedSubjects.Sample sampleOf(Figure figure, List<LearnedSubjects.Sample> seen) {
        if (figure.subject() != null || figure.how().subjectCandidate() == null) {
            return null;
        }
        return seen.stream().filter(s -> s.candidate().equals(figure.how().subjectCandidate())
                && figure.mentions().stream().anyMatch(m -> m.start() < s.end() && s.start() < m.end()))
                .findFirst().orElse(null);
    }

    /** The trained weights: per feature, the weight of "right" less that of "wrong" (the log-odds it adds). */
    static Map<String, Double> train(List<Labelled> data, double sigma) {
        Dataset<String, String> dataset = new Dataset<>();
        for (Labelled labelled : data) {
            dataset.add(new BasicDatum<>(labelled.sample().features(), labelled.right() ? RIGHT : WRONG));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(dataset);
        Map<String, Counter<String>> weights = classifier.weightsAsMapOfCounters();
        Map<String, Double> out = new TreeMap<>();
        for (String feature : dataset.featureIndex()) {
            double weight = weights.get(RIGHT).getCount(feature) - weights.get(WRONG).getCount(feature);
            if (Math.abs(weight) >= SMALLEST) {
                out.put(feature, weight);
            }
        }
        return out;
    }

    /** The weights as the bundled file writes them: a header, then one "feature TAB weight" a line, sorted. */
    static String weightsFile(Map<String, Double> weights) {
        StringBuilder out = new StringBuilder();
        out.append("""
                # The learned promotion's weights (org.newsgraph.extract.LearnedSubjects): a feature of a subject the chain
                # only proposed (SubjectFeatures) and the log-odds it adds that the proposal is whose the figure is. Trained
                # by org.newsgraph.eval.LearnedSubjectTraining (src/test/java; its javadoc gives the command) with CoreNLP's
                # LinearClassifierFactory, L2 prior sigma %s, on the project's own figure gold and the tuning half of the
                # MEANTIME dev figure gold only; do not edit by hand. Trained from data: the MEANTIME corpus, English part
                # (c) 2015 Fondazione Bruno Kessler, VU University Amsterdam, Universidad del Pais Vasco (Minard et al.,
                # LREC 2016), CC BY 4.0, texts from Wikinews (CC BY 2.5), with the project's figure gold written on its dev
                # half (../shared/datasets/meantime/dev-gold); and the project's own articles and gold.
                """.formatted(SIGMA));
        weights.forEach((feature, weight) -> out.append(feature).append('\t')
                .append(String.format(Locale.ROOT, "%.4f", weight)).append('\n'));
        return out.toString();
    }

    /** Folds of the grouped cross-validation. */
    static final int FOLDS = 5;

    /**
     * Each proposal's probability from a model trained on the folds it is not in; the groups (articles, tables) are
     * dealt to the folds in sorted order, round robin, so that a group's proposals are never in training and test.
     */
    static Map<Labelled, Double> outOfFold(List<Labelled> data, double sigma) {
        List<String> groups = data.stream().map(Labelled::group).distinct().sorted().toList();
        Map<Labelled, Double> out = new IdentityHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int k = fold;
            List<Labelled> train = data.stream().filter(l -> groups.indexOf(l.group()) % FOLDS != k).toList();
            LearnedSubjects model = LearnedSubjects.of(train(train, sigma), 2);
            data.stream().filter(l -> groups.indexOf(l.group()) % FOLDS == k)
                    .forEach(l -> out.put(l, model.probability(l.sample().features())));
        }
        return out;
    }

    /** Promoted right and wrong at several thresholds, over the set's found figures. */
    static List<String> curve(Data data, LearnedSubjects model) {
        return curve(data, l -> model.probability(l.sample().features()));
    }

    /** The same with the probabilities given. */
    static List<String> curve(Data data, java.util.function.Function<Labelled, Double> probability) {
        List<String> lines = new ArrayList<>();
        int rightProposals = (int) data.proposals().stream().filter(Labelled::right).count();
        lines.add(String.format(Locale.ROOT, "  %d found figures, %d proposals promotable (%d right)", data.found(),
                data.proposals().size(), rightProposals));
        for (double threshold : new double[] {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98}) {
            int right = 0;
            int wrong = 0;
            for (Labelled labelled : data.proposals()) {
                if (probability.apply(labelled) >= threshold) {
                    if (labelled.right()) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
            }
            lines.add(String.format(Locale.ROOT, "  threshold %.2f: promoted right %d, wrong %d (%.3f of found)",
                    threshold, right, wrong, data.found() == 0 ? 0 : (double) wrong / data.found()));
        }
        return lines;
    }
}
