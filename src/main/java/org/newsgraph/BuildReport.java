package org.newsgraph;

import java.util.List;
import org.newsgraph.article.ArticleProblem;

/**
 * What a build did, and every input problem it met (the build goes on past them).
 *
 * @param extracted how many articles were extracted afresh; the others came from the cache
 * @param notices   things worth saying that are not the articles' fault (a corrupt cache entry, rebuilt)
 * @param rendered  false when the site was already built from exactly these inputs and was left as it was
 * @param warnings  what does not stop a build: what {@code check} reports of that kind (a front matter field nobody
 *                  reads, a date that disagrees with the file name), said on every build, and the
 *                  {@code _entities.yaml} entries that name no article's entity (its article was deleted), said by the
 *                  build that renders
 * @param written   files of the site written by this build
 * @param unchanged files of the site taken over from the previous site, as their inputs had not changed
 */
public record BuildReport(int articles, int entities, int figures, int relations, List<ArticleProblem> problems,
                          int extracted, List<String> notices, boolean rendered, List<ArticleProblem> warnings,
                          int written, int unchanged) {

    /** A report that counts no files (nothing rendered, or not counted). */
    public BuildReport(int articles, int entities, int figures, int relations, List<ArticleProblem> problems,
                       int extracted, List<String> notices, boolean rendered, List<ArticleProblem> warnings) {
        this(articles, entities, figures, relations, problems, extracted, notices, rendered, warnings, 0, 0);
    }

    public BuildReport {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
