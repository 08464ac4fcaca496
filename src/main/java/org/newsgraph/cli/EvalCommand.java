package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.newsgraph.ConfigurationException;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.eval.Accuracy;
import org.newsgraph.eval.AttributionEvaluation;
import org.newsgraph.eval.CoreferenceEvaluation;
import org.newsgraph.eval.CoreferenceTally;
import org.newsgraph.eval.PersonCoreferenceEvaluation;
import org.newsgraph.eval.FigureEvaluation;
import org.newsgraph.eval.GoldEntityEvaluation;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.Halves;
import org.newsgraph.eval.KpiEdgarEvaluation;
import org.newsgraph.eval.KpiEdgarMeasures;
import org.newsgraph.eval.MeasureSteps;
import org.newsgraph.eval.KpiEdgarTime;
import org.newsgraph.eval.MeantimeEvaluation;
import org.newsgraph.eval.MeantimeValueEvaluation;
import org.newsgraph.eval.RecognizersTextEvaluation;
import org.newsgraph.eval.ValueReadings;
import org.newsgraph.eval.PrecisionRecall;
import org.newsgraph.eval.RelationEvaluation;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ArticleTimeoutException;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.LearnedSubjects;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.SubjectCases;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.KbpPipeline;
import org.newsgraph.nlp.KbpReader;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;
import org.newsgraph.nlp.StoredKbp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Score extraction against gold annotations and print precision, recall and F1.",
        description = "Figures: every gold file in --gold against the article of the same name in --articles, and "
                + "KPI-EDGAR value recall when --kpi-edgar exists. Relations: the same gold files. Entities: named "
                + "entities, types and cross-article merging on MEANTIME when --meantime exists. Without --figures, "
                + "--relations or --entities, runs all of them.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--figures", description = "Score figures (and KPI-EDGAR).")
    boolean figuresOnly;

    @Option(names = "--relations", description = "Score relations against the gold files.")
    boolean relations;

    @Option(names = "--entities", description = "Score named entities and their merging against MEANTIME.")
    boolean entities;

    @Option(names = "--numbers", description = "Value recall on the Recognizers-Text specs, per spec file (and value+unit "
            + "for currency, dimension, temperature and age).")
    boolean numbers;

    @Option(names = "--values", description = "Recall of the MONEY, PERCENT and QUANTITY values of the MEANTIME dev "
            + "articles, per type.")
    boolean values;

    @Option(names = "--recognizers", paramLabel = "DIR", description = "Recognizers-Text specs (default: ${DEFAULT-VALUE}).")
    Path recognizers = Path.of("../shared/datasets/recognizers-text");

    /** The project's own gold files: the only folder beside which MEANTIME's relations are scored. */
    static final Path DEFAULT_GOLD = Path.of("src/test/resources/gold");

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold files (default: ${DEFAULT-VALUE}). Another "
            + "folder (a held-out probe set) is scored alone: MEANTIME's relations are then skipped.")
    Path gold = DEFAULT_GOLD;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("articles");

    @Option(names = "--kpi-edgar", paramLabel = "FILE", description = "KPI-EDGAR JSONL (default: ${DEFAULT-VALUE}).")
    Path kpiEdgar = Path.of("../shared/datasets/kpi-edgar/kpi_edgar.jsonl");

    @Option(names = "--meantime", paramLabel = "DIR", description = "MEANTIME JSON folder (default: ${DEFAULT-VALUE}).")
    Path meantime = Path.of("../shared/datasets/meantime/dev");

    /** Tuning by default: the reported half is scored only when asked for, never as a side effect of scoring a
     *  held-out gold folder with {@code --gold}. */
    @Option(names = "--half", paramLabel = "HALF", description = "Which half of a data set the project did not write "
            + "to score: tuning, reported or all (default: ${DEFAULT-VALUE}; the reported half only when asked for); "
            + "see Halves.")
    String half = "tuning";

    @Option(names = "--coref", description = "Score coreference of organisations on MEANTIME (--half).")
    boolean coref;

    @Option(names = "--annotations", paramLabel = "DIR", description = "Keep CoreNLP's annotations of the scored "
            + "articles in DIR and reuse them, so that scoring a rule change again needs no CoreNLP.")
    Path annotations;

    @Option(names = "--cached-only", description = "With --annotations: read only the annotations DIR holds and never "
            + "load CoreNLP, so that a rule change is scored without an NLP slot; a text DIR lacks stops the run.")
    boolean cachedOnly;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", description = "Time budget per scored article "
            + "(default: ${DEFAULT-VALUE}; a loaded machine may need more).")
    long articleTimeout = 60;

    /** CoreNLP; a test puts a stand-in here. */
    Supplier<? extends Annotator> pipeline = NlpPipeline::shared;

    @Option(names = "--kpi-fields", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Score the time and the measure of KPI-EDGAR's values (extracts each 10-K sentence with "
                    + "CoreNLP; --no-kpi-fields skips both).")
    boolean kpiFieldsScored = true;

    @Option(names = "--verbose", description = "List every miss and false positive.")
    boolean verbose;

    @Option(names = "--learned-subjects", description = "Score with the learned promotion of proposed subjects "
            + "(off in the product: on MEANTIME's reported half it asserted as many wrong subjects as right ones).")
    boolean learnedSubjects;

    @Option(names = "--kbp", paramLabel = "USE", description = "Relations with CoreNLP's KBP extractor: off, add (its "
            + "readings where our rules read none) or alone (its readings only, to measure it); default "
            + "${DEFAULT-VALUE}. It annotates each scored article again (minutes for the MEANTIME half; give "
            + "--article-timeout 900 on its first run, its models load in the first article's budget); with "
            + "--annotations its triples are kept in DIR/kbp.")
    String kbp = "off";

    /** Each found value's measure step and verdict, from KPI-EDGAR and the MEANTIME figure gold, for --verbose. */
    private final List<MeasureSteps.Answer> measureAnswers = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (articleTimeout < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--article-timeout must be at least 1 second");
        }
        if (cachedOnly && (annotations == null
                || !figuresOnly && !relations && !entities && !numbers && !values && !coref)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cached-only needs --annotations "
                    + "and one of --figures, --relations, --entities, --numbers, --values or --coref");
        }
        try {
            return score();
        } catch (ArticleTimeoutException e) {
            // Scores without an article would not be comparable with any other run: stop, naming it.
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("eval stopped: " + e.getMessage());
            return 1;
        }
    }

    private int score() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean all = !figuresOnly && !relations && !entities && !numbers && !values && !coref;
        Halves.Half chosenHalf = half();
        if (all || figuresOnly) {
            AttributionEvaluation.Result own = figureScores(out, chosenHalf);
            AttributionEvaluation.Result meantimeGold = meantimeAttribution(out);
            if (verbose) {
                printSubjectCases(out, own, meantimeGold, chosenHalf);
                printMeasureSteps(out);
            }
        }
        if (coref) {
            requireFolder(meantime, "--meantime");
            out.println();
            printCoreference(out, new CoreferenceEvaluation(annotator(), plainExtractor()).evaluate(meantime,
                    chosenHalf));
            printPersonCoreference(out, new PersonCoreferenceEvaluation(annotator(), plainExtractor())
                    .evaluate(meantime, chosenHalf));
        }
        if (numbers || all && Files.isDirectory(recognizers)) {
            requireFolder(recognizers, "--recognizers");
            out.println();
            printNumbers(out, new RecognizersTextEvaluation().score(recognizers, chosenHalf, verbose), chosenHalf);
        }
        if (values || all && Files.isDirectory(meantime)) {
            requireFolder(meantime, "--meantime");
            out.println();
            printValues(out, new MeantimeValueEvaluation(plainExtractor()).evaluate(meantime, chosenHalf,
                    verbose),
                    chosenHalf);
        }
        if (all || relations) {
            requireFolder(gold, "--gold");
            requireFolder(articles, "--articles");
            out.println();
            RelationEvaluation evaluation = new RelationEvaluation(relationExtractor());
            try {
                printRelations(out, gold.toString(), evaluation.evaluate(gold, articles));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(e.getMessage());
            }
            Halves.Half chosen = Halves.Half.parse(half);
            List<Path> meantimeGold = Files.isDirectory(Halves.MEANTIME_DEV)
                    ? Halves.meantimeGold(chosen, Halves.MEANTIME_DEV, Halves.MEANTIME_GOLD) : List.of();
            if (!gold.equals(DEFAULT_GOLD)) {
                // a held-out folder of one's own is scored alone, so that "--half all" meant for it cannot show the
                // misses of MEANTIME's reported half as a side effect
                out.println("MEANTIME relations: skipped (--gold names a folder of its own; run without --gold to score"
                        + " MEANTIME's " + chosen.name().toLowerCase(Locale.ROOT) + " half)");
            } else if (meantimeGold.isEmpty() || !Files.isDirectory(Halves.MEANTIME_ARTICLES)) {
                out.println("MEANTIME relations: skipped (" + Halves.MEANTIME_DEV + " or its gold not found)");
            } else {
                out.println();
                RelationEvaluation.Result meantimeResult = evaluation.evaluate(meantimeGold, Halves.MEANTIME_ARTICLES);
                printRelations(out, "MEANTIME dev, " + chosen.name().toLowerCase(Locale.ROOT) + " half",
                        meantimeResult);
                printRelationFolds(out, meantimeResult);
            }
        }
        if (entities || all && Files.isDirectory(meantime)) {
            requireFolder(meantime, "--meantime");
            out.println();
            printMeantime(out, new MeantimeEvaluation(extractor()).evaluate(meantime, Halves.Half.parse(half)));
            printGoldEntities(out);
        } else if (all) {
            out.println();
            out.println("MEANTIME: skipped (" + meantime + " not found)");
        }
        out.flush();
        return 0;
    }

    private Halves.Half half() {
        try {
            return Halves.Half.parse(half);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--half must be tuning, reported or all, was " + half);
        }
    }

    private void printNumbers(PrintWriter out, RecognizersTextEvaluation.Result result, Halves.Half chosen) {
        out.printf("Recognizers-Text, %s half: recall of expected values (value+unit where the spec has units)%n",
                chosen.name().toLowerCase(Locale.ROOT));
        for (RecognizersTextEvaluation.Row row : result.rows()) {
            out.printf(Locale.ROOT, "  %-20s value %-20s value+unit %s%n", row.spec(), row.value(),
                    row.valueUnit() == null ? "-" : row.valueUnit().toString());
        }
        out.println("  precision of the figures read (on expected results, and of the spec's own sort on none):");
        for (RecognizersTextEvaluation.Row row : result.rows()) {
            out.printf(Locale.ROOT, "  %-20s precision %-20s wrong value or unit %d, extra %d%n", row.spec(),
                    row.precision(), row.wrong(), row.extra());
        }
        if (verbose) {
            result.wrongReadings().forEach(w -> out.println("  reading " + w));
            result.misses().forEach(m -> out.println("  miss: " + m));
        }
    }

    private void printValues(PrintWriter out, MeantimeValueEvaluation.Result result, Halves.Half chosen) {
        out.printf("MEANTIME values, %s half (%d articles): recall of annotated values%n",
                chosen.name().toLowerCase(Locale.ROOT), result.articles());
        result.byType().forEach((type, recall) -> out.printf(Locale.ROOT, "  %-9s %s%n", type, recall));
        out.printf(Locale.ROOT, "  %-9s %s%n", "all", result.all());
        out.println("  found by: " + result.byReader().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ")));
        ValueReadings.Tally readings = result.readings();
        out.printf(Locale.ROOT, "  precision %s   (figures read on annotated values and dates: wrong type %d, on a date"
                + " or time %d)%n", readings.sure(), readings.wrongType(), readings.onDate());
        out.printf(Locale.ROOT, "  not judged: %d on durations and frequencies, %d on no annotation (MEANTIME's values"
                + " are not exhaustive)%n", readings.onDuration(), readings.unannotated());
        if (verbose) {
            result.wrong().forEach(w -> out.println("  reading " + w));
            result.byNer().forEach(m -> out.println("  found by CoreNLP NER only: " + m));
            result.misses().forEach(m -> out.println("  miss: " + m));
        }
    }

    private AttributionEvaluation.Result figureScores(PrintWriter out, Halves.Half chosen) throws Exception {
        List<Path> goldFiles = GoldFile.listIn(gold);
        AttributionEvaluation.Result[] attribution = {AttributionEvaluation.Result.EMPTY};
        FigureEvaluation.Result figures = figures(out, goldFiles, articles, (text, extraction, goldFile) ->
                attribution[0] = attribution[0].plus(new AttributionEvaluation().score(text, extraction, goldFile)));
        out.println();
        out.println("Figures against gold (" + figures.value().gold() + " gold, " + figures.value().predicted() + " predicted)");
        out.println("                    precision  recall  F1");
        out.println("  value             " + figures.value().line());
        out.println("  value+unit        " + figures.valueUnit().line());
        out.println("  value+change      " + figures.valueChange().line() + "   (direction and qualifier too)");
        out.println("  on value+unit matches: kind " + figures.kind() + ", period " + figures.period()
                + ", subject " + figures.subject() + ", measure " + figures.measure());
        out.println("  traps hit: " + figures.trapHits());
        printAttribution(out, attribution[0]);
        if (verbose) {
            figures.misses().forEach(m -> out.println("  miss: " + m));
            figures.falsePositives().forEach(m -> out.println("  false positive: " + m));
            figures.fieldErrors().forEach(m -> out.println("  field: " + m));
        }
        if (Files.isRegularFile(kpiEdgar)) {
            BiFunction<String, LocalDate, Extraction> extract = kpiFieldsScored ? kpiExtractions() : null;
            KpiEdgarTime time = kpiFieldsScored ? kpiTime(extract) : null;
            KpiEdgarEvaluation.Result kpi = new KpiEdgarEvaluation(time).score(kpiEdgar, chosen);
            out.println();
            out.println("KPI-EDGAR, " + chosen.name().toLowerCase(Locale.ROOT) + " half (" + kpi.sentences()
                    + " 10-K sentences)");
            out.println("  value recall        " + kpi.valueRecall());
            out.println("  direction accuracy  " + kpi.directionAccuracy() + "   (on found increase/decrease values)");
            out.println("  levels as changes   " + kpi.levelsAsChanges().line());
            out.println(String.format(Locale.ROOT, "  figures on the %d spans marked not-a-KPI-value: %d",
                    kpi.falsePositiveSpans(), kpi.falsePositiveHits()));
            if (time != null) {
                out.println("  time (cy/py/py1)    " + time.result().line());
            }
            if (verbose) {
                kpi.misses().forEach(m -> out.println("  miss: " + m));
                kpi.falsePositives().forEach(m -> out.println("  figure on a not-a-KPI span: " + m));
                kpi.levelsAsChanges().listed().forEach(m -> out.println("  level as change: " + m));
                if (time != null) {
                    time.result().misses().forEach(m -> out.println("  time " + m));
                }
            }
            if (kpiFieldsScored) {
                printKpiMeasures(out, new KpiEdgarMeasures(extract).score(kpiEdgar, chosen));
            }
        } else {
            out.println();
            out.println("KPI-EDGAR: skipped (" + kpiEdgar + " not found)");
        }
        return attribution[0];
    }

    /** What the found KPI values measure, against the KPI the gold links each to ({@code KpiMeasureMatch}). */
    private void printKpiMeasures(PrintWriter out, KpiEdgarMeasures.Result result) {
        out.println("  measure right       " + result.right() + "   (on found values; partial " + result.partial()
                + ", wrong " + result.wrong() + ", empty " + result.empty() + "; right with candidates "
                + result.orCandidate() + ")" + (result.skipped() == 0 ? ""
                : "; " + result.skipped() + " sentences over --article-timeout left out"));
        measureAnswers.addAll(result.answers());
        if (verbose) {
            result.steps().forEach((step, accuracy) -> out.println("  kpi measure step " + step + ": " + accuracy));
            result.errors().forEach(e -> out.println("  kpi measure: " + e));
        }
    }

    /** The time of each KPI-EDGAR sentence's figures, extracted one sentence at a time; a failed sentence has none. */
    private KpiEdgarTime kpiTime(BiFunction<String, LocalDate, Extraction> extract) {
        return new KpiEdgarTime((text, date) -> {
            try {
                return extract.apply(text, date).figures();
            } catch (RuntimeException e) {
                return List.of();
            }
        });
    }

    /**
     * KPI-EDGAR sentences extracted once for both the time and the measure scores: each extraction is kept by its text
     * and date (one run holds the 10-K sentences of one half, ~1,100 at most); a timeout is not kept.
     */
    private BiFunction<String, LocalDate, Extraction> kpiExtractions() {
        // 10-K sentences: extracted as filings, with the learned measure
        Extractor extractor = extractor().forFilings();
        Map<String, Extraction> done = new HashMap<>();
        return (text, date) -> done.computeIfAbsent(date + "\n" + text,
                key -> extractor.extractWithinBudget("kpi-edgar", text, date));
    }

    /** The extractor with {@code --article-timeout}: every scored article is extracted within it. */
    private Extractor budgeted(Extractor extractor) {
        return extractor.withArticleTimeout(java.time.Duration.ofSeconds(articleTimeout));
    }

    /** The extractor relations are scored with: {@link #extractor()} with KBP as {@code --kbp} says. */
    private Extractor relationExtractor() {
        return switch (kbp) {
            case "off" -> extractor();
            case "add", "alone" -> extractor().withKbp(kbpReader(), "alone".equals(kbp));
            default -> throw new ConfigurationException("--kbp must be off, add or alone, was " + kbp);
        };
    }

    /** CoreNLP's KBP extractor, or its triples kept in {@code --annotations}/kbp (as {@link #annotator()}). */
    private Supplier<? extends KbpReader> kbpReader() {
        if (annotations == null) {
            return KbpPipeline::shared;
        }
        Path folder = annotations.resolve("kbp");
        return () -> cachedOnly ? StoredKbp.cachedOnly(folder) : new StoredKbp(KbpPipeline::shared, folder);
    }

    private Extractor extractor() {
        Extractor extractor = plainExtractor();
        return learnedSubjects ? extractor.withLearnedSubjects(LearnedSubjects.bundled()) : extractor;
    }

    /**
     * The extractor every mode scores with: CoreNLP through {@code --annotations} (when given) and each article
     * within {@code --article-timeout}; without the learned promotion of subjects, which only figures and relations
     * score.
     */
    private Extractor plainExtractor() {
        return budgeted(new Extractor(annotator(), Gazetteer::bundled, Extractor.DEFAULT_ARTICLE_TIMEOUT,
                RuleFile::bundled));
    }

    /**
     * CoreNLP, or its annotations kept in {@code --annotations} when given (CoreNLP loaded only on a miss; with
     * {@code --cached-only} never: a miss stops the run).
     */
    private Supplier<? extends Annotator> annotator() {
        return annotations == null ? pipeline
                : () -> cachedOnly ? StoredAnnotator.cachedOnly(annotations) : new StoredAnnotator(pipeline, annotations);
    }

    private void printRelations(PrintWriter out, String where, RelationEvaluation.Result result) {
        out.printf("Relations, %d gold files of %s%n", result.articles(), where);
        for (Map.Entry<String, PrecisionRecall> row : result.byPredicate().entrySet()) {
            out.printf("  %-14s %s%n", row.getKey(), row.getValue().summary());
        }
        out.printf("  %-14s %s%n", "all", result.total().summary());
        if (!result.scored().isEmpty()) {
            out.printf("  %-14s %s (what the graph asserts: a weak reading is only reified)%n", "all, not weak",
                    result.scored().stream().map(RelationEvaluation.Scored::assertedCount)
                            .reduce(PrecisionRecall.ZERO, PrecisionRecall::plus).summary());
        }
        if (!result.unscored().isEmpty()) {
            out.printf("  not scored: %d roleAt with a title gold has no predicate for%n", result.unscored().size());
        }
        if (verbose) {
            result.unscored().forEach(u -> out.println("  unscored: " + u + why(result, u)));
            result.missed().forEach(m -> out.println("  missed: " + m + why(result, m)));
            result.wrong().forEach(w -> out.println("  wrong:  " + w + why(result, w)));
            result.weakRight().forEach(w -> out.println("  right, weak: " + w + why(result, w)));
        }
    }

    /**
     * The MEANTIME relations of the half by fold ({@link Halves#meantimeFold}): per predicate, and with --verbose per
     * rule, so that a rule written on one fold can be checked on the other.
     */
    private void printRelationFolds(PrintWriter out, RelationEvaluation.Result result) {
        Map<String, Map<Halves.Fold, PrecisionRecall>> byPredicate = new java.util.TreeMap<>();
        Map<String, Map<Halves.Fold, PrecisionRecall>> byRule = new java.util.TreeMap<>();
        Map<Halves.Fold, PrecisionRecall> total = new java.util.EnumMap<>(Halves.Fold.class);
        Map<Halves.Fold, PrecisionRecall> asserted = new java.util.EnumMap<>(Halves.Fold.class);
        for (RelationEvaluation.Scored scored : result.scored()) {
            Halves.Fold fold = Halves.meantimeFold(Halves.MEANTIME_DEV, scored.goldFile());
            asserted.merge(fold, scored.assertedCount(), PrecisionRecall::plus);
            byPredicate.computeIfAbsent(scored.predicate(), k -> new java.util.EnumMap<>(Halves.Fold.class))
                    .merge(fold, scored.count(), PrecisionRecall::plus);
            total.merge(fold, scored.count(), PrecisionRecall::plus);
            if (!scored.rule().isEmpty()) {
                byRule.computeIfAbsent(scored.rule(), k -> new java.util.EnumMap<>(Halves.Fold.class))
                        .merge(fold, scored.count(), PrecisionRecall::plus);
            }
        }
        out.println("  by fold (a: every other article of the half from the first; b: the rest)");
        byPredicate.put("all", total);
        byPredicate.put("all, not weak", asserted);
        for (Map.Entry<String, Map<Halves.Fold, PrecisionRecall>> row : byPredicate.entrySet()) {
            for (Halves.Fold fold : Halves.Fold.values()) {
                out.printf("  %-14s %s %s%n", row.getKey(), fold,
                        row.getValue().getOrDefault(fold, PrecisionRecall.ZERO).summary());
            }
        }
        if (verbose) {
            out.println("  by rule: right/extra in fold a, right/extra in fold b");
            for (Map.Entry<String, Map<Halves.Fold, PrecisionRecall>> row : byRule.entrySet()) {
                PrecisionRecall a = row.getValue().getOrDefault(Halves.Fold.A, PrecisionRecall.ZERO);
                PrecisionRecall b = row.getValue().getOrDefault(Halves.Fold.B, PrecisionRecall.ZERO);
                out.printf("  rule %-40s a %d/%d  b %d/%d%n", row.getKey(), a.truePositives(), a.falsePositives(), b.truePositives(),
                        b.falsePositives());
            }
        }
    }

    private static String why(RelationEvaluation.Result result, String line) {
        String why = result.why().get(line);
        return why == null ? "" : "\n          " + why;
    }

    private void printMeantime(PrintWriter out, MeantimeEvaluation.Result result) {
        out.printf("MEANTIME named entities, %d articles (%s half)%n", result.articles(), half);
        out.printf("  %-6s %8s %8s %8s %10s%n", "type", "mentions", "found", "recall", "type acc.");
        for (MeantimeEvaluation.TypeRow row : result.byType().values()) {
            printRow(out, row);
        }
        printRow(out, result.named());
        out.printf("  (FIN, stock indices and currencies, has no Newsgraph type and is not in 'named')%n");
        out.printf("Cross-article merging, %d (article, instance) units: %s%n", result.units(),
                result.merging().summary());
        if (verbose) {
            result.missed().forEach(m -> out.println("  missed: " + m));
            result.mergeErrors().forEach(m -> out.println("  " + m));
        }
    }

    /** Entity recall on the MEANTIME dev gold files of the half (their {@code entities} lists). */
    private void printGoldEntities(PrintWriter out) throws Exception {
        List<Path> goldFiles = Halves.meantimeGold(Halves.Half.parse(half), meantime, Halves.MEANTIME_GOLD);
        if (goldFiles.isEmpty() || !Files.isDirectory(Halves.MEANTIME_ARTICLES)) {
            out.println("MEANTIME gold entities: skipped (no gold files or " + Halves.MEANTIME_ARTICLES + ")");
            return;
        }
        GoldEntityEvaluation.Result result;
        try {
            result = new GoldEntityEvaluation(extractor()).evaluate(goldFiles, Halves.MEANTIME_ARTICLES);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
        out.printf(Locale.ROOT, "MEANTIME gold entities, %d files (%s half): recall %.3f (%d of %d), type accuracy %.3f%n",
                result.files(), half, result.recall(), result.found(), result.gold(), result.typeAccuracy());
        if (verbose) {
            result.missed().forEach(m -> out.println("  gold entity: " + m));
        }
    }

    private static void printRow(PrintWriter out, MeantimeEvaluation.TypeRow row) {
        String accuracy = MeantimeEvaluation.typed(row.goldType())
                ? String.format(Locale.ROOT, "%.3f", row.typeAccuracy()) : "n/a";
        out.printf(Locale.ROOT, "  %-6s %8d %8d %8.3f %10s%n", row.goldType(), row.mentions(), row.found(),
                row.recall(), accuracy);
    }

    private static void requireFolder(Path folder, String option) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationException("the folder " + folder + " does not exist; pass " + option + " DIR");
        }
    }

    /** Subject and measure of figures on the MEANTIME gold of the chosen half, when the data set is there. */
    private AttributionEvaluation.Result meantimeAttribution(PrintWriter out) throws Exception {
        if (!Files.isDirectory(Halves.MEANTIME_DEV) || !Files.isDirectory(Halves.MEANTIME_ARTICLES)) {
            out.println();
            out.println("MEANTIME figure gold: skipped (" + Halves.MEANTIME_ARTICLES + " not found)");
            return AttributionEvaluation.Result.EMPTY;
        }
        Halves.Half chosen = Halves.Half.parse(half);
        List<Path> goldFiles = Halves.meantimeGold(chosen, Halves.MEANTIME_DEV, Halves.MEANTIME_GOLD);
        out.println();
        out.println("MEANTIME figure gold, " + chosen.name().toLowerCase(Locale.ROOT) + " half, " + goldFiles.size()
                + " articles");
        AttributionEvaluation.Result[] attribution = {AttributionEvaluation.Result.EMPTY};
        FigureEvaluation.Result figures = figures(out, goldFiles, Halves.MEANTIME_ARTICLES,
                (text, extraction, goldFile) -> {
                    attribution[0] = attribution[0].plus(new AttributionEvaluation().score(text, extraction, goldFile));
                    measureAnswers.addAll(MeasureSteps.meantime(text, extraction, goldFile,
                            "meantime " + Halves.meantimeFold(Halves.MEANTIME_DEV, goldFile.article())));
                });
        out.println("  value+unit        " + figures.valueUnit().line());
        out.println("  traps hit: " + figures.trapHits() + "   (figures read on the gold's not_figures spans)");
        if (verbose) {
            figures.misses().forEach(m -> out.println("  miss: " + m));
            figures.falsePositives().forEach(m -> out.println("  false positive: " + m));
        }
        printAttribution(out, attribution[0]);
        return attribution[0];
    }

    /**
     * The measure chain's answers per step on this half (KPI-EDGAR by split, MEANTIME figure gold by fold), for
     * deciding which steps assert ({@link MeasureSteps}).
     */
    private void printMeasureSteps(PrintWriter out) {
        out.println();
        out.println("Measure steps, " + half.toLowerCase(Locale.ROOT) + " half: found values per step that answered"
                + " (step? = proposed, judged by its candidate; (none) = empty)");
        MeasureSteps.table(measureAnswers).forEach(line -> out.println("  " + line));
    }

    /**
     * The evidence for which cases of the attribution chain may assert a subject ({@code SubjectCases}): per group of
     * cases, its sentences right (all its answers in the sentence right: {@code SentenceTally}) on the MEANTIME gold
     * of this half and on the project's own gold, then on the half's two
     * folds ({@link Halves.Fold}: fold a and fold b, each from both golds) and together, the Wilson lower bound of
     * both folds together and of the weaker fold, what the bundled table decides, and whether these counts still
     * support it; then the same per case, and each answer (for cross-validation).
     */
    private static void printSubjectCases(PrintWriter out, AttributionEvaluation.Result own,
                                          AttributionEvaluation.Result meantimeGold, Halves.Half chosen) {
        SubjectCases table = SubjectCases.bundled();
        SubjectCases.Rule rule = table.rule();
        out.println();
        out.printf(Locale.ROOT, "Subject cases, %s half (MEANTIME gold + own gold); a group asserts when the Wilson "
                + "lower bound (z=%s) of its precision in subject-cases.tsv is >= %.2f on both folds together and "
                + "each fold alone is right >= %.2f of the time (folds: lowest share right)%n", chosen.name().toLowerCase(Locale.ROOT),
                java.math.BigDecimal.valueOf(rule.z()).stripTrailingZeros().toPlainString(), rule.bound(),
                rule.foldShare());
        // The unit of evidence is a sentence, not a figure (SentenceTally): the answers of one group in one sentence
        // come from one parse and one path ("four fleet counts in one sentence"), so they are one example.
        Map<String, org.newsgraph.eval.SentenceTally> groups = new java.util.TreeMap<>();
        Map<String, org.newsgraph.eval.SentenceTally> cases = new java.util.TreeMap<>();
        table.groups().keySet().forEach(g -> groups.put(g, new org.newsgraph.eval.SentenceTally()));
        List<String> ownArticles = own.caseAnswers().stream().map(a -> a.split("\t")[0]).distinct().sorted().toList();
        for (int source = 0; source < 2; source++) {
            AttributionEvaluation.Result result = source == 0 ? meantimeGold : own;
            for (String answer : result.caseAnswers()) {
                String[] parts = answer.split("\t");
                Halves.Fold fold = source == 0 ? Halves.meantimeFold(Halves.MEANTIME_DEV, parts[0])
                        : Halves.Fold.ofIndex(ownArticles.indexOf(parts[0]));
                String group = String.valueOf(table.group(parts[1]));
                String sentence = source + "\t" + parts[0] + "\t" + parts[3];
                for (Map<String, org.newsgraph.eval.SentenceTally> into : List.of(groups, cases)) {
                    into.computeIfAbsent(into == groups ? group : parts[1] + " (" + group + ")",
                            k -> new org.newsgraph.eval.SentenceTally())
                            .add(sentence, source, fold.ordinal(), parts[2].equals("right"));
                }
            }
        }
        out.println("  (counts are sentences: one right only when all the row's answers in it are right; \"figures\""
                + " counts the answers)");
        out.printf(Locale.ROOT, "  %-48s %9s %9s %9s %9s %9s %9s %7s %7s  %-8s %s%n", "", "meantime", "own",
                "fold a", "fold b", "both", "figures", "lower", "folds", "table", "these counts");
        groups.forEach((group, tally) -> {
            // a group that joins another (subject-group-joins.tsv) is judged with its host's counts of this run
            SubjectCases.Join join = table.join(group);
            org.newsgraph.eval.SentenceTally host = join == null ? null : groups.get(join.host());
            SubjectCases.Evidence hostEvidence = host == null ? null
                    : evidence(join.host(), host.row(), table.groups().get(join.host()));
            printCaseRow(out, "subject group " + group, tally.row(), tally.figures(), table, table.groupAsserts(group),
                    table.groups().get(group), hostEvidence);
        });
        // in the groups' order, whatever map the table keeps them in: two runs print the same lines
        new TreeMap<>(table.groups()).forEach((group, evidence) -> {
            if (evidence.resolutionA().checked() + evidence.resolutionB().checked() > 0) {
                out.println("  subject group " + group + " also counts the resolution of its word on the coreference"
                        + " gold (subject-resolution-evidence.tsv): fold a " + evidence.resolutionA() + ", fold b "
                        + evidence.resolutionB() + " sentences (in 'lower', 'folds' and 'these counts' above)");
            }
        });
        cases.forEach((key, tally) -> printCaseRow(out, "subject case " + key, tally.row(), tally.figures(),
                table, table.asserts(key.substring(0, key.indexOf(' '))), null, null));
        own.caseAnswers().forEach(a -> out.println("  case answer own\t" + a + "\tfold "
                + Halves.Fold.ofIndex(ownArticles.indexOf(a.split("\\t")[0]))));
        meantimeGold.caseAnswers().forEach(a -> out.println("  case answer meantime\t" + a + "\tfold "
                + Halves.meantimeFold(Halves.MEANTIME_DEV, a.split("\\t")[0])));
    }

    private static double share(SubjectCases.Count count) {
        return count.checked() == 0 ? 0 : (double) count.right() / count.checked();
    }

    /**
     * A row of sentence counts: meantime, own, fold a, fold b (the golds and the folds cut the same sentences two
     * ways), then the figures they hold.
     */
    private static void printCaseRow(PrintWriter out, String label, Accuracy[] row, Accuracy figures,
                                     SubjectCases cases, boolean asserts, SubjectCases.Evidence table,
                                     SubjectCases.Evidence host) {
        SubjectCases.Rule rule = cases.rule();
        SubjectCases.Evidence counted = new SubjectCases.Evidence(label,
                new SubjectCases.Count(row[2].correct(), row[2].checked()),
                new SubjectCases.Count(row[3].correct(), row[3].checked()));
        SubjectCases.Evidence evidence = evidence(label, row, table);
        out.printf(Locale.ROOT, "  %-48s %4d/%-4d %4d/%-4d %4d/%-4d %4d/%-4d %4d/%-4d %4d/%-4d %7.3f %7.3f  %-8s %s%n",
                label, row[0].correct(), row[0].checked(), row[1].correct(), row[1].checked(), row[2].correct(),
                row[2].checked(), row[3].correct(), row[3].checked(), counted.right(), counted.total(),
                figures.correct(), figures.checked(),
                evidence.lowerBound(rule.z()), Math.min(share(evidence.allOfFoldA()), share(evidence.allOfFoldB())),
                asserts ? "asserts" : "proposes",
                cases.meets(label.replaceFirst("^subject group ", ""), evidence, host) ? "assert" : "propose");
    }

    /** A row's fold counts, with the table's resolution evidence for a group (coreference gold: eval --coref). */
    private static SubjectCases.Evidence evidence(String key, Accuracy[] row, SubjectCases.Evidence table) {
        SubjectCases.Evidence counted = new SubjectCases.Evidence(key,
                new SubjectCases.Count(row[2].correct(), row[2].checked()),
                new SubjectCases.Count(row[3].correct(), row[3].checked()));
        return table == null ? counted : counted.withResolution(table.resolutionA(), table.resolutionB());
    }

    private void printAttribution(PrintWriter out, AttributionEvaluation.Result result) {
        out.println("  on value+unit matches: subject " + result.subject() + " (with candidates "
                + result.subjectOrCandidate() + "), measure " + result.measure() + " (with candidates "
                + result.measureOrCandidate() + ")");
        out.println("  wrong subject asserted on " + result.wrongSubject() + " of found figures");
        if (verbose) {
            result.subjectSteps().forEach((step, accuracy) -> out.println("  subject step " + step + ": " + accuracy));
            result.measureSteps().forEach((step, accuracy) -> out.println("  measure step " + step + ": " + accuracy));
            result.errors().forEach(e -> out.println("  attribution: " + e));
        }
    }

    private void printCoreference(PrintWriter out, CoreferenceEvaluation.Result result) {
        out.printf("MEANTIME coreference of organisations, %s half, %d articles%n",
                half.toLowerCase(Locale.ROOT), result.articles());
        out.println("  pronoun and nominal mentions resolved to the right named organisation: " + result.accuracy());
        out.println("  resolved at all: " + result.resolved() + ";  right among resolved: " + result.precision());
        Map<String, CoreferenceTally.Count> counts = CoreferenceTally.byKind(result.decisions());
        result.byClass().forEach((kind, score) -> out.println("    " + kind.label() + ": "
                + counts.get(kind.name().toLowerCase(Locale.ROOT)).summary() + "; right among resolved "
                + score.precision()));
        if (verbose) {
            CoreferenceTally.byStep(result.decisions()).forEach((step, count) ->
                    out.println("  coref step " + step + ": " + count.detail()));
            for (Coreference.Confidence confidence : Coreference.Confidence.values()) {
                List<CoreferenceEvaluation.Decision> answered = result.decisions().stream()
                        .filter(d -> d.answered() && Coreference.Confidence.of(d.step()) == confidence).toList();
                out.printf("  coref confidence %s: right %d of %d answered%n", confidence.label(),
                        answered.stream().filter(CoreferenceEvaluation.Decision::right).count(), answered.size());
            }
            result.errors().forEach(e -> out.println("  coref: " + e));
            // evidence for the subject groups that resolve a word (subject-cases.tsv, columns 4 and 5)
            List<CoreferenceEvaluation.Decision> all = new ArrayList<>(result.decisions());
            all.addAll(result.otherTyped());
            out.println("  resolution evidence (sentences without a figure, mentions of any MEANTIME type): step, "
                    + "fold a, fold b");
            org.newsgraph.eval.ResolutionEvidence.bySentence(all).forEach((step, folds) ->
                    out.println("  resolution evidence " + step + "\t" + folds[0] + "\t" + folds[1]));
            // the same per group, counting the steps subject-resolution-evidence.tsv names (its columns 3 and 4)
            org.newsgraph.eval.ResolutionEvidence.byGroup(all, org.newsgraph.extract.ResolutionSteps.bundled())
                    .forEach((group, folds) -> out.println("  resolution evidence group " + group + "\t" + folds[0]
                            + "\t" + folds[1]));
            result.otherTyped().stream().filter(d -> !d.right()).forEach(d -> out.println("  coref of a "
                    + d.goldType() + " mention: " + d.file() + " sentence " + d.sentence() + " [" + d.kind() + "] "
                    + d.step() + " resolved to an organisation"));
        }
    }

    private void printPersonCoreference(PrintWriter out, PersonCoreferenceEvaluation.Result result) {
        out.printf("MEANTIME coreference of people, %s half, %d articles%n", half.toLowerCase(Locale.ROOT),
                result.articles());
        out.println("  he/she/his/her and 'the chief executive' resolved to the right named person: " + result.accuracy());
        out.println("  resolved at all: " + result.resolved() + ";  right among resolved: " + result.precision());
        CoreferenceTally.byKind(result.decisions()).forEach((kind, count) ->
                out.println("    " + kind + ": " + count.summary()));
        out.println("  short names (Marlow, Mr Marlow) joined to the full name by the entity step: " + result.names());
        if (verbose) {
            CoreferenceTally.byStep(result.decisions()).forEach((step, count) ->
                    out.println("  person coref step " + step + ": " + count.detail()));
            result.errors().forEach(e -> out.println("  person coref: " + e));
        }
    }

    /** Told of each scored article with its extraction, for scores beyond the figures' own. */
    private interface ArticleScorer {
        void score(String text, org.newsgraph.extract.Extraction extraction, GoldFile gold);
    }

    private FigureEvaluation.Result figures(PrintWriter out, List<Path> goldFiles, Path articles,
                                            ArticleScorer attribution) throws Exception {
        List<ArticleProblem> problems = new ArrayList<>();
        List<Article> all = Newsgraph.readAll(articles, problems);
        problems.forEach(p -> spec.commandLine().getErr().println(p));
        Newsgraph newsgraph = new Newsgraph(extractor());
        FigureEvaluation evaluation = new FigureEvaluation();
        FigureEvaluation.Result total = FigureEvaluation.Result.EMPTY;
        for (Path file : goldFiles) {
            GoldFile goldFile = GoldFile.read(file);
            Article article = all.stream().filter(a -> a.file().getFileName().toString().equals(goldFile.article())
                    || a.slug().equals(goldFile.stem())).findFirst().orElse(null);
            if (article == null) {
                spec.commandLine().getErr().println(file + ": no article named " + goldFile.article() + " in " + articles);
                continue;
            }
            org.newsgraph.extract.Extraction extraction = newsgraph.extract(article);
            FigureEvaluation.Result result = evaluation.score(article.text(), extraction, goldFile);
            attribution.score(article.text(), extraction, goldFile);
            out.printf(Locale.ROOT, "%-45s value+unit F1 %.3f  (%d gold, %d predicted)%n", article.slug(),
                    result.valueUnit().f1(), result.valueUnit().gold(), result.valueUnit().predicted());
            total = total.plus(result);
        }
        return total;
    }
}
