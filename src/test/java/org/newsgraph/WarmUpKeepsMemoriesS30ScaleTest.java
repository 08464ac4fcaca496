package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.SaveTakesOverS28ScaleTest.file;
import static org.newsgraph.SaveTakesOverS28ScaleTest.retitle;
import static org.newsgraph.SaveTakesOverS28ScaleTest.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * Issue 16, session 30: {@code serve} builds the site, then warms up on a sample of it in a scratch folder, then
 * rebuilds on each save. The sample's build keeps memories of its own, so the first save after the warm-up takes the
 * extractions, graph-input keys and graphs of the site's last build (before, it found the sample's and redid
 * everything), and is byte for byte a clean build's. Forty-five articles, more than the warm-up's sample takes
 * ({@link WarmUpSample#ARTICLES}), so that the sample's memories are not the site's; text-only stand-in annotator.
 */
class WarmUpKeepsMemoriesS30ScaleTest {

    private static final int ARTICLES = WarmUpSample.ARTICLES + 5;

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());

    @Test
    void theFirstSaveAfterTheWarmUpTakesOverTheSitesLastBuild() throws Exception {
        List<String> names = IncrementalBuilds.companies(60);
        Path project = SampleProject.create(dir.resolve("project"));
        for (int a = 0; a < ARTICLES; a++) {
            write(project.resolve("articles"), a, names.subList(a % 14 * 4, a % 14 * 4 + 4));
        }
        Newsgraph serve = new Newsgraph(extractor, 1);
        serve.build(BuildConfig.inFolder(project));
        serve.warmUp(BuildConfig.inFolder(project));

        retitle(project.resolve("articles").resolve(file(4)));
        serve.build(BuildConfig.inFolder(project));
        assertEquals(ARTICLES, serve.extractionsTakenOver(), "every extraction from the site's build, none read back");
        assertEquals(ARTICLES, serve.inputKeysKept(), "44 articles and the entity graph compared with the site's build");
        assertEquals(ARTICLES, serve.graphsTakenOver(), "every graph but the retitled article's taken over");
        assertEquals(4, serve.graphsCounted(), "the retitled article's graph and the default graph, gone and come");
        IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, "first save after the warm-up");
    }
}
