package org.newsgraph;

import java.util.List;
import org.newsgraph.article.ArticleProblem;

/** What a build did, and every input problem it met (the build goes on past them). */
public record BuildReport(int articles, int entities, int figures, int relations, List<ArticleProblem> problems) {

    public BuildReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
