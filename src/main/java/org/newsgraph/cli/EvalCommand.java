package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.ConfigurationException;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.eval.FigureEvaluation;
import org.newsgraph.eval.GoldEntityEvaluation;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.Halves;
import org.newsgraph.eval.KpiEdgarEvaluation;
import org.newsgraph.eval.MeantimeEvaluation;
import org.newsgraph.eval.PrecisionRecall;
import org.newsgraph.eval.RelationEvaluation;
import org.newsgraph.extract.Extractor;
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

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold files (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("src/test/resources/gold");

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("articles");

    @Option(names = "--kpi-edgar", paramLabel = "FILE", description = "KPI-EDGAR JSONL (default: ${DEFAULT-VALUE}).")
    Path kpiEdgar = Path.of("../shared/datasets/kpi-edgar/kpi_edgar.jsonl");

    @Option(names = "--meantime", paramLabel = "DIR", description = "MEANTIME JSON folder (default: ${DEFAULT-VALUE}).")
    Path meantime = Path.of("../shared/datasets/meantime/dev");

    @Option(names = "--half", paramLabel = "HALF", description = "Which half of a data set the project did not write "
            + "to score: tuning, reported or all (default: ${DEFAULT-VALUE}); see Halves.")
    String half = "reported";

    @Option(names = "--verbose", description = "List every miss and false positive.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean all = !figuresOnly && !relations && !entities;
        if (all || figuresOnly) {
            figureScores(out);
        }
        if (all || relations) {
            requireFolder(gold, "--gold");
            requireFolder(articles, "--articles");
            out.println();
            try {
                printRelations(out, new RelationEvaluation(new Extractor()).evaluate(gold, articles));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(e.getMessage());
            }
        }
        if (entities || all && Files.isDirectory(meantime)) {
            requireFolder(meantime, "--meantime");
            out.println();
            printMeantime(out, new MeantimeEvaluation(new Extractor()).evaluate(meantime, Halves.Half.parse(half)));
            printGoldEntities(out);
        } else if (all) {
            out.println();
            out.println("MEANTIME: skipped (" + meantime + " not found)");
        }
        out.flush();
        return 0;
    }

    private void figureScores(PrintWriter out) throws Exception {
        FigureEvaluation.Result figures = figures(out);
        out.println();
        out.println("Figures against gold (" + figures.value().gold() + " gold, " + figures.value().predicted() + " predicted)");
        out.println("                    precision  recall  F1");
        out.println("  value             " + figures.value().line());
        out.println("  value+unit        " + figures.valueUnit().line());
        out.println("  value+change      " + figures.valueChange().line() + "   (direction and qualifier too)");
        out.println("  on value+unit matches: kind " + figures.kind() + ", period " + figures.period()
                + ", subject " + figures.subject() + ", measure " + figures.measure());
        out.println("  traps hit: " + figures.trapHits());
        if (verbose) {
            figures.misses().forEach(m -> out.println("  miss: " + m));
            figures.falsePositives().forEach(m -> out.println("  false positive: " + m));
            figures.fieldErrors().forEach(m -> out.println("  field: " + m));
        }
        if (Files.isRegularFile(kpiEdgar)) {
            KpiEdgarEvaluation.Result kpi = new KpiEdgarEvaluation().score(kpiEdgar);
            out.println();
            out.println("KPI-EDGAR (" + kpi.sentences() + " 10-K sentences)");
            out.println("  value recall        " + kpi.valueRecall());
            out.println("  direction accuracy  " + kpi.directionAccuracy() + "   (on found increase/decrease values)");
            out.println(String.format(Locale.ROOT, "  figures on the %d spans marked not-a-KPI-value: %d",
                    kpi.falsePositiveSpans(), kpi.falsePositiveHits()));
            if (verbose) {
                kpi.misses().forEach(m -> out.println("  miss: " + m));
            }
        } else {
            out.println();
            out.println("KPI-EDGAR: skipped (" + kpiEdgar + " not found)");
        }
    }

    private void printRelations(PrintWriter out, RelationEvaluation.Result result) {
        out.printf("Relations, %d gold files in %s%n", result.articles(), gold);
        for (Map.Entry<String, PrecisionRecall> row : result.byPredicate().entrySet()) {
            out.printf("  %-14s %s%n", row.getKey(), row.getValue().summary());
        }
        out.printf("  %-14s %s%n", "all", result.total().summary());
        if (verbose) {
            result.missed().forEach(m -> out.println("  missed: " + m));
            result.wrong().forEach(w -> out.println("  wrong:  " + w));
        }
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
            result = new GoldEntityEvaluation(new Extractor()).evaluate(goldFiles, Halves.MEANTIME_ARTICLES);
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

    private FigureEvaluation.Result figures(PrintWriter out) throws Exception {
        List<ArticleProblem> problems = new ArrayList<>();
        List<Article> all = Newsgraph.readAll(articles, problems);
        problems.forEach(p -> spec.commandLine().getErr().println(p));
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(gold)) {
            goldFiles = files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
        Newsgraph newsgraph = new Newsgraph();
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
            FigureEvaluation.Result result = evaluation.score(article.text(), newsgraph.extract(article), goldFile);
            out.printf(Locale.ROOT, "%-45s value+unit F1 %.3f  (%d gold, %d predicted)%n", article.slug(),
                    result.valueUnit().f1(), result.valueUnit().gold(), result.valueUnit().predicted());
            total = total.plus(result);
        }
        return total;
    }
}
