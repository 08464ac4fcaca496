package org.newsgraph.article;

/** An input file that cannot be read as an article; carries the problem as data. */
public final class ArticleException extends Exception {

    private final ArticleProblem problem;

    public ArticleException(ArticleProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ArticleProblem problem() {
        return problem;
    }
}
