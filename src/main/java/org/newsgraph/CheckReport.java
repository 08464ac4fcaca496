package org.newsgraph;

import java.util.List;
import org.newsgraph.article.ArticleProblem;

/**
 * What {@code newsgraph check} found.
 *
 * @param files    article files looked at
 * @param readable how many of them would build
 * @param problems every problem, by file and line
 */
public record CheckReport(int files, int readable, List<ArticleProblem> problems) {

    public CheckReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
