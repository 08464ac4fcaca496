package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Issue 16, session 31: a process that builds again ({@code serve}) takes over the resolved extraction of each
 * article whose extraction, ids and named things are those of its last build ({@code resolve.ResolutionMemory}); the
 * merge across articles is worked out whole each time. After a retitle, an add that names the companies of an
 * unchanged article (their entities merge with its), an edit that drops them again, a curated merge and a curated
 * type, each build is byte for byte a clean build's. Twelve articles naming four of 48 companies each, text-only
 * stand-in annotator. (Joins and splits by alias and the renumbering of same-named things:
 * {@code ResolutionMemoryS31ScaleTest}.)
 */
class ResolutionTakenOverS31ScaleTest {

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());

    @Test
    void unchangedArticlesKeepTheirResolutionAndEachBuildEqualsACleanOne() throws Exception {
        List<String> names = IncrementalBuilds.companies(48);
        Path project = twelveArticles(dir, names);
        Path articles = project.resolve("articles");
        Newsgraph process = new Newsgraph(extractor, 1);
        process.build(BuildConfig.inFolder(project));
        assertEquals(0, process.resolutionsTakenOver(), "a first build has nothing to take");

        retitle(articles, 4);
        assertSameAsClean(process, project, "retitle");
        assertEquals(12, process.resolutionsTakenOver(), "a title is not an input of the resolution");

        write(articles, 12, names.subList(20, 24));
        assertSameAsClean(process, project, "add");
        assertEquals(12, process.resolutionsTakenOver(), "article 5's companies have more mentions now, the same ids, "
                + "names and types: what its resolved extraction reads");

        Path added = articles.resolve(file(12));
        write(articles, 12, names.subList(44, 48));
        assertSameAsClean(process, project, "edit");
        assertEquals(12, process.resolutionsTakenOver(), "the edited article is extracted and rewritten");
        Files.delete(added);
        assertSameAsClean(process, project, "delete");
        assertEquals(12, process.resolutionsTakenOver());

        Files.writeString(articles.resolve("_entities.yaml"), names.get(9) + ":\n  merge-into: " + names.get(13) + "\n");
        assertSameAsClean(process, project, "merge");
        assertEquals(11, process.resolutionsTakenOver(), "article 2 names the thing merged away; article 3 the one it "
                + "is merged into, whose id, name and type stay");

        Files.writeString(articles.resolve("_entities.yaml"), names.get(9) + ":\n  merge-into: " + names.get(13) + "\n"
                + names.get(30) + ":\n  type: Product\n");
        assertSameAsClean(process, project, "type");
        assertEquals(11, process.resolutionsTakenOver(), "article 7 names the retyped thing (article 2 is as the merge "
                + "left it)");
    }

    private void assertSameAsClean(Newsgraph process, Path project, String step) throws Exception {
        process.build(BuildConfig.inFolder(project));
        IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, step);
    }
}
