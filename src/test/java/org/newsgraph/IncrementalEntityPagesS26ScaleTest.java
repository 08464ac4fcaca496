package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * With many entities and few of their pages to build (below one in twenty), an entity page's statements are looked
 * up only in the graphs that name it (the dependency index's record): a retitled and an edited article, each built
 * incrementally, give byte for byte the site a clean build of the same input writes. Thirty articles naming ten of
 * 300 companies of the bundled gazetteer each, text-only stand-in annotator.
 */
class IncrementalEntityPagesS26ScaleTest {

    @TempDir
    Path dir;

    @Test
    void pagesOfAFewChangedEntitiesEqualACleanBuild() throws Exception {
        List<String> names = IncrementalBuilds.companies(300);
        Path project = SampleProject.create(dir.resolve("project"));
        Path articles = project.resolve("articles");
        for (int a = 0; a < 30; a++) {
            StringBuilder text = new StringBuilder();
            for (int n = 0; n < 10; n++) {
                text.append(names.get(a * 10 + n)).append(n % 2 == 0 ? " said revenue rose " + (n + 2) + "% to $"
                        + (a + 3) + ".5 billion. " : " opened " + (a + n + 2) + " new stores. ");
            }
            SampleProject.write(articles.resolve(String.format("2025-03-%02d-story-%d.md", 1 + a % 28, a)),
                    "---\ntitle: Story " + a + "\ndate: " + String.format("2025-03-%02d", 1 + a % 28) + "\n---\n"
                            + text.toString().strip() + "\n");
        }
        Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());
        Newsgraph process = new Newsgraph(extractor, 1);
        process.build(BuildConfig.inFolder(project));
        long pages;
        try (Stream<Path> entities = Files.list(project.resolve("site/entity"))) {
            pages = entities.count();
        }
        assertTrue(pages >= 250, "most companies have their page: " + pages);
        Path retitled = articles.resolve("2025-03-05-story-4.md");
        Files.writeString(retitled, Files.readString(retitled).replace("title: Story 4", "title: Story 4, corrected"));
        assertSameAsClean(process, project, extractor, "retitle");
        Path edited = articles.resolve("2025-03-10-story-9.md");
        Files.writeString(edited, Files.readString(edited).replace(names.get(91), names.get(290)));
        assertSameAsClean(process, project, extractor, "edit");
    }

    private void assertSameAsClean(Newsgraph process, Path project, Extractor extractor, String step) throws Exception {
        BuildReport report = process.build(BuildConfig.inFolder(project));
        assertTrue(report.written() < 100, step + ": an incremental build (" + report.written() + " files written)");
        IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, step);
    }
}
