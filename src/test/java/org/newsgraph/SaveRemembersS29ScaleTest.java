package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.SaveTakesOverS28ScaleTest.file;
import static org.newsgraph.SaveTakesOverS28ScaleTest.retitle;
import static org.newsgraph.SaveTakesOverS28ScaleTest.twelveArticles;
import static org.newsgraph.SaveTakesOverS28ScaleTest.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * Issue 16, session 29: a process that builds again ({@code serve}) takes the extractions of unchanged articles from
 * its last build (not read back from the cache), keeps the graph-input key of each graph whose inputs are the same
 * (compared, not digested), and counts the graph statistics only over the graphs that came and went; after a retitle,
 * an edit, a merge and an add each build is byte for byte a clean build's (the statistics are in the VoID description
 * and the about page). Twelve articles naming four of 48 companies each, text-only stand-in annotator.
 */
class SaveRemembersS29ScaleTest {

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());

    @Test
    void aSaveReadsComparesAndCountsOnlyWhatChangedAndEqualsACleanBuild() throws Exception {
        List<String> names = IncrementalBuilds.companies(48);
        Path project = twelveArticles(dir, names);
        Path articles = project.resolve("articles");
        Newsgraph process = new Newsgraph(extractor, 1);
        process.build(BuildConfig.inFolder(project));
        assertEquals(0, process.extractionsTakenOver(), "a first build has nothing to take");
        assertEquals(0, process.inputKeysKept());
        assertEquals(14, process.graphsCounted(), "a first render counts every graph: 12 articles, the entities', the "
                + "default graph");

        retitle(articles, 4);
        assertSameAsClean(process, project, "retitle");
        assertEquals(12, process.extractionsTakenOver(), "a title is not an input of the extraction");
        assertEquals(12, process.inputKeysKept(), "11 articles and the entity graph");
        assertEquals(4, process.graphsCounted(), "the retitled article's graph and the default graph, each gone and come "
                + "(a build's dataset has a default graph of its own)");

        Path edited = articles.resolve(file(7));
        Files.writeString(edited, Files.readString(edited).stripTrailing() + " " + names.get(0) + " is a partner of "
                + names.get(29) + ".\n");
        assertSameAsClean(process, project, "edit");
        assertEquals(11, process.extractionsTakenOver(), "the edited article is extracted");
        assertTrue(process.inputKeysKept() >= 10 && process.inputKeysKept() <= 11, "" + process.inputKeysKept());
        assertTrue(process.graphsCounted() <= 6, "the edited article's graph, the entity graph, the default graph: "
                + process.graphsCounted());

        Files.writeString(articles.resolve("_entities.yaml"), names.get(9) + ":\n  merge-into: " + names.get(13) + "\n");
        assertSameAsClean(process, project, "merge");
        assertEquals(12, process.extractionsTakenOver(), "a merge changes no article");
        assertTrue(process.inputKeysKept() >= 10 && process.inputKeysKept() <= 11, "a merge changes the entity graph "
                + "and the articles naming the merged entity: " + process.inputKeysKept());

        write(articles, 12, names.subList(20, 24));
        assertSameAsClean(process, project, "add");
        assertEquals(12, process.extractionsTakenOver(), "the added article is extracted");
        assertTrue(process.inputKeysKept() >= 11, "" + process.inputKeysKept());
        assertTrue(process.graphsCounted() <= 5, "the added graph; the entity graph and the default graph gone and come: "
                + process.graphsCounted());
    }

    private void assertSameAsClean(Newsgraph process, Path project, String step) throws Exception {
        process.build(BuildConfig.inFolder(project));
        IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, step);
    }
}
