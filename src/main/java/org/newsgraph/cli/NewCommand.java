package org.newsgraph.cli;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.NewArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
        header = "Start a new article: articles/<date>-<slug>.md with its front matter filled in.",
        description = "Prints the path of the new file. Never overwrites: exit code 1 when the file or its slug exists.")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The headline, in quotes.")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: today).")
    LocalDate date;

    @Option(names = "--author", paramLabel = "NAME", description = "Author, optional (default: newsgraph.yaml's author).")
    String author;

    @Option(names = "--source", paramLabel = "NAME", description = "Publisher, optional (default: newsgraph.yaml's source).")
    String source;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles folder (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("articles");

    @Override
    public Integer call() throws Exception {
        NewArticle article;
        try {
            article = new NewArticle(title, date != null ? date : LocalDate.now(), author, source);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            Path file = Newsgraph.create(articles, article);
            spec.commandLine().getOut().println(file);
            spec.commandLine().getErr().println("Write the article below the front matter, then run 'newsgraph check'.");
            return 0;
        } catch (FileAlreadyExistsException e) {
            String why = e.getReason() != null ? e.getReason() : "it already exists";
            spec.commandLine().getErr().println(e.getFile() + ": not created: " + why
                    + "; choose another title, or edit the existing article");
            return 1;
        }
    }
}
