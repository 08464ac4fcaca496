package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;

/**
 * Two files with one slug: the article already published keeps it, else the older, else the first by file name; the
 * other is refused naming both files, by {@code check} and {@code build} alike (and so by {@code serve}).
 */
class SlugCollisionTest {

    @TempDir
    Path dir;

    private static String article(String title, String date, String slug) {
        return "---\ntitle: " + title + "\n" + (date == null ? "" : "date: " + date + "\n")
                + (slug == null ? "" : "slug: " + slug + "\n") + "---\nMicrosoft said revenue rose 12% to $4.5 billion.\n";
    }

    @Test
    void theArticleAlreadyPublishedKeepsItsSlugWhateverTheNewcomersDateAndName() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        Path articles = project.resolve("articles");
        SampleProject.write(articles.resolve("2023-05-01-dup.md"), article("The newcomer", "2023-05-01", "2025-01-02-deal"));
        BuildReport report = new Newsgraph(new Extractor(SimpleAnnotator::new, Gazetteer.bundled()))
                .build(BuildConfig.inFolder(project));
        List<String> problems = report.problems().stream().map(ArticleProblem::toString).toList();
        assertEquals(List.of(articles.resolve("2023-05-01-dup.md") + ": its slug '2025-01-02-deal' is already used by "
                + "2025-01-02-deal.md, which is published under it; set another 'slug:' in the front matter of "
                + "2023-05-01-dup.md, or rename it"), problems);
        String page = Files.readString(project.resolve("site/article/2025-01-02-deal/index.html"));
        assertTrue(page.contains("Microsoft and OpenAI") && !page.contains("The newcomer"), "the published article stays");
        List<String> checked = Newsgraph.check(articles, project.resolve("site")).problems().stream()
                .map(ArticleProblem::toString).toList();
        assertEquals(problems, checked, "check says what the build says");
    }

    @Test
    void withoutAPublishedSiteTheOlderArticleKeepsTheSlugThenTheFirstByName() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        SampleProject.write(articles.resolve("a-later.md"), article("Later", "2025-02-01", "story"));
        SampleProject.write(articles.resolve("b-earlier.md"), article("Earlier", "2025-01-01", "story"));
        SampleProject.write(articles.resolve("c-undated.md"), article("Undated", null, "story"));
        SampleProject.write(articles.resolve("y-undated.md"), article("Undated Y", null, "other"));
        SampleProject.write(articles.resolve("x-undated.md"), article("Undated X", null, "other"));
        List<ArticleProblem> problems = new ArrayList<>();
        List<Article> kept = Newsgraph.readAll(articles, problems);
        assertEquals(List.of("b-earlier.md", "x-undated.md"), kept.stream().map(a -> a.file().getFileName().toString()).toList());
        List<String> messages = problems.stream().map(p -> p.file().getFileName() + ": " + p.message()).toList();
        assertEquals(List.of("a-later.md: its slug 'story' is already used by b-earlier.md, which is dated earlier",
                "c-undated.md: its slug 'story' is already used by b-earlier.md, which is dated earlier",
                "y-undated.md: its slug 'other' is already used by x-undated.md, which comes first by file name"), messages);
    }
}
