package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.BuildReport;
import org.newsgraph.article.ArticleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        header = "Extract every article and write the graph and the site.",
        description = "Reads articles/, writes site/ (pages, site/data/graph.trig, graph.ttl, graph.nt, graph.jsonld). "
                + "Only new and changed articles are extracted; the others come from the cache. "
                + "Exit code 1 when any article could not be built (the others still are); warnings do not fail a build.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        BuildReport report = project.newsgraph(spec).build(project.config());
        for (ArticleProblem problem : report.problems()) {
            spec.commandLine().getErr().println(problem);
        }
        for (ArticleProblem warning : report.warnings()) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        for (String notice : report.notices()) {
            spec.commandLine().getErr().println(notice);
        }
        if (!report.rendered()) {
            spec.commandLine().getOut().printf("Up to date: %d articles, %d entities, %d figures, %d relations in %s, "
                            + "built from these very inputs (%.1f s)%n", report.articles(), report.entities(),
                    report.figures(), report.relations(), project.site, (System.nanoTime() - started) / 1e9);
            return report.ok() ? 0 : 1;
        }
        spec.commandLine().getOut().printf("Built %d articles (%d extracted, %d from the cache): %d entities, %d figures, "
                        + "%d relations -> %s (%.1f s; %d files written, %d unchanged)%n", report.articles(),
                report.extracted(), report.articles() - report.extracted(), report.entities(), report.figures(),
                report.relations(), project.site, (System.nanoTime() - started) / 1e9, report.written(),
                report.unchanged());
        if (!report.ok()) {
            spec.commandLine().getErr().printf("%d file(s) could not be built; fix them and build again.%n",
                    report.problems().size());
        }
        return report.ok() ? 0 : 1;
    }
}
