package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.BuildConfig;
import org.newsgraph.BuildReport;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.graph.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        header = "Extract every article and write the graph and the site.",
        description = "Reads articles/, writes site/ (pages, site/data/graph.trig, graph.ttl, graph.nt, graph.jsonld). "
                + "Exit code 1 when any article could not be built (the others still are).")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles folder (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("articles");

    @Option(names = "--site", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path site = Path.of("site");

    @Option(names = "--templates", paramLabel = "DIR", description = "Theme folder (default: ${DEFAULT-VALUE}).")
    Path templates = Path.of("templates");

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the site (default: ${DEFAULT-VALUE}).")
    String base = Iris.DEFAULT_BASE;

    @Option(names = "--workers", paramLabel = "N",
            description = "Articles extracted at once (default: one per core, at most 4).")
    int workers = Newsgraph.defaultWorkers();

    @Override
    public Integer call() throws Exception {
        if (workers < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--workers must be at least 1");
        }
        long started = System.nanoTime();
        BuildReport report = new Newsgraph(new org.newsgraph.extract.Extractor(), workers).build(new BuildConfig(articles, site, templates, base));
        for (ArticleProblem problem : report.problems()) {
            spec.commandLine().getErr().println(problem);
        }
        spec.commandLine().getOut().printf("Built %d articles: %d entities, %d figures, %d relations -> %s (%.1f s)%n",
                report.articles(), report.entities(), report.figures(), report.relations(), site,
                (System.nanoTime() - started) / 1e9);
        if (!report.ok()) {
            spec.commandLine().getErr().printf("%d file(s) could not be built; fix them and build again.%n",
                    report.problems().size());
        }
        return report.ok() ? 0 : 1;
    }
}
