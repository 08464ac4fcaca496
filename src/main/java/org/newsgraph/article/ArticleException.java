package org.newsgraph.article;

import java.nio.file.Path;

/** An input file that cannot be read as an article; carries the problem as data. */
public final class ArticleException extends Exception {

    private final ArticleProblem problem;

    public ArticleException(ArticleProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** A problem with {@code file} at {@code line} (0: the whole file), and what the journalist should do. */
    public static ArticleException at(Path file, int line, String message, String fix) {
        return new ArticleException(new ArticleProblem(file, line, message, fix));
    }

    public ArticleProblem problem() {
        return problem;
    }
}
