package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.ConfigurationException;
import org.newsgraph.eval.MeantimeEvaluation;
import org.newsgraph.eval.PrecisionRecall;
import org.newsgraph.eval.RelationEvaluation;
import org.newsgraph.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Score extraction against gold: relations of the sample articles, entities of MEANTIME.",
        description = "Without --relations or --entities, runs both (MEANTIME only when its folder exists). "
                + "Prints precision, recall and F1.")
final class EvalCommand implements Callable<Integer> {

    private static final Path DEFAULT_MEANTIME = Path.of("../shared/datasets/meantime/dev");

    @Spec
    CommandSpec spec;

    @Option(names = "--relations", description = "Score relations against the gold files.")
    boolean relations;

    @Option(names = "--entities", description = "Score named entities and their merging against MEANTIME.")
    boolean entities;

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold files *.gold.json (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("src/test/resources/gold");

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles the gold is about (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("articles");

    @Option(names = "--meantime", paramLabel = "DIR",
            description = "MEANTIME JSON folder (default: ${DEFAULT-VALUE}); implies --entities.")
    Path meantime;

    @Option(names = "--details", description = "Also list every miss and every wrong relation.")
    boolean details;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean both = !relations && !entities && meantime == null;
        Extractor extractor = new Extractor();
        if (relations || both) {
            requireFolder(gold, "--gold");
            requireFolder(articles, "--articles");
            printRelations(out, new RelationEvaluation(extractor).evaluate(gold, articles));
        }
        Path folder = meantime != null ? meantime : DEFAULT_MEANTIME;
        if (entities || meantime != null || both && Files.isDirectory(folder)) {
            requireFolder(folder, "--meantime");
            printMeantime(out, new MeantimeEvaluation(extractor).evaluate(folder));
        }
        out.flush();
        return 0;
    }

    private void printRelations(PrintWriter out, RelationEvaluation.Result result) {
        out.printf("Relations, %d gold files in %s%n", result.articles(), gold);
        for (Map.Entry<String, PrecisionRecall> row : result.byPredicate().entrySet()) {
            out.printf("  %-14s %s%n", row.getKey(), row.getValue().summary());
        }
        out.printf("  %-14s %s%n", "all", result.total().summary());
        if (details) {
            result.missed().forEach(m -> out.println("  missed: " + m));
            result.wrong().forEach(w -> out.println("  wrong:  " + w));
        }
    }

    private void printMeantime(PrintWriter out, MeantimeEvaluation.Result result) {
        out.printf("MEANTIME named entities, %d articles%n", result.articles());
        out.printf("  %-6s %8s %8s %8s %10s%n", "type", "mentions", "found", "recall", "type acc.");
        for (MeantimeEvaluation.TypeRow row : result.byType().values()) {
            printRow(out, row);
        }
        printRow(out, result.named());
        out.printf("  (FIN, stock indices and currencies, has no Newsgraph type and is not in 'named')%n");
        out.printf("Cross-article merging, %d (article, instance) units: %s%n", result.units(),
                result.merging().summary());
        if (details) {
            result.missed().forEach(m -> out.println("  missed: " + m));
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
}
