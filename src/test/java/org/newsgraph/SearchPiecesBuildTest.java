package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * The search index keeps an unchanged article's documents from the previous site's index ({@code site.SearchPieces})
 * and makes only the changed articles' again. To see which text was kept, the previous index is marked by hand (a word
 * of one article in capitals, the same length): a build that kept that article's documents still shows the mark, one
 * that made them again does not; apart from the mark, every index equals a clean build's.
 */
class SearchPiecesBuildTest {

    @TempDir
    Path dir;

    private final Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()), 1);

    @Test
    void unchangedArticlesKeepTheirTextAndTheIndexEqualsACleanOne() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        Path articles = project.resolve("articles");
        SampleProject.write(articles.resolve("2025-04-01-alpha.md"), "---\ntitle: Alpha\ndate: 2025-04-01\n---\n"
                + "Nvidia said its chip sales grew 9% to $3.5 billion in the quarter.\n");
        SampleProject.write(articles.resolve("2025-04-02-beta.md"), "---\ntitle: Beta\ndate: 2025-04-02\n---\n"
                + "Tesco added 12 new shops. Tesco is a partner of Amazon.\n");
        SampleProject.write(articles.resolve("2025-04-03-gamma.md"), "---\ntitle: Gamma\ndate: 2025-04-03\n---\n"
                + "Boeing said its deliveries slipped 6% in April.\n");
        build(project, project.resolve("site"));
        Path index = project.resolve("site/search/index.json");
        assertTrue(Files.isRegularFile(project.resolve("site/.newsgraph-search")));

        mark(index);
        SampleProject.write(articles.resolve("2025-04-02-beta.md"), "---\ntitle: Beta, corrected\ndate: 2025-04-02\n---\n"
                + "Tesco added 12 new shops. Tesco is a partner of Amazon.\n");
        build(project, project.resolve("site"));
        String retitled = Files.readString(index);
        assertTrue(retitled.contains("DELIVERIES"), "the unchanged article's documents are taken from the previous index");
        assertTrue(retitled.contains("Beta, corrected"), "the retitled article's document is made again");
        assertEquals(clean(project, "after a retitle"), retitled.replace("DELIVERIES", "deliveries"));

        // A merge renames the beta article's entities (its documents are made again), not the gamma article's.
        SampleProject.write(articles.resolve("_entities.yaml"), "Tesco:\n  merge-into: Amazon\n");
        build(project, project.resolve("site"));
        String merged = Files.readString(index);
        assertTrue(merged.contains("DELIVERIES"));
        assertEquals(clean(project, "after a merge"), merged.replace("DELIVERIES", "deliveries"));

        // An article added before the others shifts every id and article number: the kept text is spliced around them.
        SampleProject.write(articles.resolve("2025-03-31-first.md"), "---\ntitle: First\ndate: 2025-03-31\n---\n"
                + "Airbus said its orders rose 3% to 40 aircraft.\n");
        build(project, project.resolve("site"));
        String added = Files.readString(index);
        assertTrue(added.contains("DELIVERIES"));
        assertEquals(clean(project, "after an add"), added.replace("DELIVERIES", "deliveries"));

        SampleProject.write(articles.resolve("2025-04-03-gamma.md"), "---\ntitle: Gamma\ndate: 2025-04-03\n---\n"
                + "Boeing said its deliveries slipped 7% in April.\n");
        build(project, project.resolve("site"));
        String edited = Files.readString(index);
        assertFalse(edited.contains("DELIVERIES"), "the edited article's documents are made again");
        assertEquals(clean(project, "after an edit"), edited);
    }

    @Test
    void aPreviousIndexOfAnotherLengthIsNotUsed() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        SampleProject.write(project.resolve("articles/2025-04-03-gamma.md"), "---\ntitle: Gamma\ndate: 2025-04-03\n---\n"
                + "Boeing said its deliveries slipped 6% in April.\n");
        SampleProject.write(project.resolve("articles/2025-04-04-delta.md"), "---\ntitle: Delta\ndate: 2025-04-04\n---\n"
                + "Oracle hired 30 engineers.\n");
        build(project, project.resolve("site"));
        Path index = project.resolve("site/search/index.json");
        String json = Files.readString(index);
        replace(index, json.replace("deliveries", "DELIVERIES") + " ");
        SampleProject.write(project.resolve("articles/2025-04-04-delta.md"), "---\ntitle: Delta!\ndate: 2025-04-04\n---\n"
                + "Oracle hired 30 engineers.\n");
        build(project, project.resolve("site"));
        assertEquals(clean(project, "after a retitle"), Files.readString(index));
    }

    /** Marks the gamma article's word in the previous index: a new file, so the site's other links are untouched. */
    private static void mark(Path index) throws IOException {
        String json = Files.readString(index);
        assertTrue(json.contains("deliveries") && !json.contains("DELIVERIES"));
        replace(index, json.replace("deliveries", "DELIVERIES"));
    }

    private static void replace(Path file, String text) throws IOException {
        Path next = file.resolveSibling("index.json.next");
        Files.writeString(next, text);
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private String clean(Path project, String name) throws IOException {
        Path site = dir.resolve("clean " + name);
        build(project, site);
        String json = Files.readString(site.resolve("search/index.json"));
        StagedOutput.deleteTree(site);
        return json;
    }

    private void build(Path project, Path site) throws IOException {
        BuildConfig config = BuildConfig.inFolder(project);
        BuildReport report = newsgraph.build(new BuildConfig(config.articles(), site, config.templates(), config.base(),
                config.cache()));
        assertTrue(report.articles() > 0, report.problems().toString());
    }
}
