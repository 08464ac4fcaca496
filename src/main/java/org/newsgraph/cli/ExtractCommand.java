package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleException;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.PlainText;
import org.newsgraph.extract.ArticleTimeoutException;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.Iris;
import org.newsgraph.resolve.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Print the entities, figures and relations of articles as JSON.",
        description = "Prints one JSON object per document (DESIGN.md, the extract contract). '-' reads standard input.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, jsonl, ttl }

    @Spec
    CommandSpec spec;

    @Option(names = "--lines", description = "Treat each input line as a document: one JSON line out per line in.")
    boolean lines;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default), jsonl or ttl.")
    Format format;

    @Option(names = "--article-timeout", paramLabel = "SECONDS",
            description = "How long one document may take; one over it is reported and skipped (default: ${DEFAULT-VALUE}).")
    int articleTimeout = (int) Extractor.DEFAULT_ARTICLE_TIMEOUT.toSeconds();

    @Option(names = "--filings", description = "The text is from company filings (10-K notes and MD&A, annual and "
            + "quarterly reports): where the measure chain asserts no measure, the learned measure trained on 10-K "
            + "sentences answers when it is sure (step learned-measure, with its probability) and proposes a "
            + "candidate measure where the chain has none.")
    boolean filings;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files, or '-' for standard input.")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Format chosen = format != null ? format : lines ? Format.jsonl : Format.json;
        if (articleTimeout < 1) {
            throw new ParameterException(spec.commandLine(), "--article-timeout must be at least 1 second");
        }
        Extractor extractor = new Extractor().withArticleTimeout(Duration.ofSeconds(articleTimeout));
        Newsgraph newsgraph = new Newsgraph(filings ? extractor.forFilings() : extractor);
        int status = 0;
        for (String file : files) {
            if (lines) {
                status = Math.max(status, extractLines(newsgraph, file, chosen, out));
                continue;
            }
            Article article;
            try {
                article = file.equals("-") ? stdinArticle() : new ArticleReader().read(Path.of(file));
            } catch (ArticleException e) {
                spec.commandLine().getErr().println(e.problem());
                status = 1;
                continue;
            }
            try {
                print(out, chosen, article, newsgraph.extract(article));
            } catch (ArticleTimeoutException e) {
                spec.commandLine().getErr().println(file + ": " + e.getMessage());
                status = 1;
            }
        }
        out.flush();
        return status;
    }

    private int extractLines(Newsgraph newsgraph, String file, Format chosen, PrintWriter out) throws Exception {
        try (BufferedReader reader = file.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : java.nio.file.Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            int status = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                Extraction extraction;
                try {
                    extraction = newsgraph.extract(Integer.toString(number), line);
                } catch (ArticleTimeoutException e) {
                    spec.commandLine().getErr().println(file + ":" + number + ": " + e.getMessage());
                    extraction = new Extraction(Integer.toString(number), List.of(), List.of(), List.of(), List.of());
                    status = 1;
                }
                if (chosen == Format.json) {
                    out.println(ExtractionJson.toPrettyJson(extraction));
                } else {
                    out.println(ExtractionJson.toLine(extraction));
                }
            }
            return status;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println(file + ": cannot be read (" + e.getMessage() + ")");
            return 1;
        }
    }

    private static Article stdinArticle() throws java.io.IOException {
        String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        PlainText.Result plain = PlainText.of(text);
        return new Article("stdin", Path.of("-"), "stdin", null, null, null, null, List.of(), text, plain.text(),
                plain.blocks());
    }

    private static void print(PrintWriter out, Format format, Article article, Extraction extraction) {
        switch (format) {
            case json -> out.println(ExtractionJson.toPrettyJson(extraction));
            case jsonl -> out.println(ExtractionJson.toLine(extraction));
            case ttl -> {
                Iris iris = new Iris(Iris.DEFAULT_BASE);
                DatasetGraph dataset = new GraphBuilder(iris).build(List.of(new ExtractedArticle(article, extraction)),
                        new Resolver().resolve(List.of(extraction)));
                out.print(new GraphFiles(iris.base()).turtle(GraphFiles.union(dataset)));
            }
        }
    }
}
