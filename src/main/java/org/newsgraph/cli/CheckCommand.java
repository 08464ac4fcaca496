package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.CheckReport;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.ArticleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check every article and _entities.yaml without building.",
        description = "Prints each problem as FILE:LINE: what is wrong; how to fix it (newsgraph.yaml's too). "
                + "Exit code 1 when any is found.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles folder (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("articles");

    @Option(names = "--site", paramLabel = "DIR", description = "The site last built from them (default: ${DEFAULT-VALUE}): "
            + "its articles keep their slugs when a new file claims one.")
    Path site = Path.of("site");

    /** The problems of {@code newsgraph.yaml}, which {@link Main} hands over; listed before the articles'. */
    List<ArticleProblem> configProblems = List.of();

    @Override
    public Integer call() throws Exception {
        for (ArticleProblem problem : configProblems) {
            spec.commandLine().getOut().println(problem);
        }
        CheckReport report = Newsgraph.check(articles, site);
        List<ArticleProblem> problems = new ArrayList<>(report.problems());
        for (ArticleProblem problem : problems) {
            spec.commandLine().getOut().println(problem);
        }
        problems.addAll(configProblems);
        spec.commandLine().getOut().printf("Checked %d article files%s: %d problem(s).%n", report.files(),
                configProblems.isEmpty() ? "" : " and the site configuration", problems.size());
        return report.ok() && configProblems.isEmpty() ? 0 : 1;
    }
}
