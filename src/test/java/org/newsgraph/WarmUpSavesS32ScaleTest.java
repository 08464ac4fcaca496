package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.SaveTakesOverS28ScaleTest.file;
import static org.newsgraph.SaveTakesOverS28ScaleTest.retitle;
import static org.newsgraph.SaveTakesOverS28ScaleTest.write;

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
 * Issue 16, session 32: at 10,000 articles the first save after serve's warm-up spent ~15 of its ~50 CPU s in the JIT
 * compilers, compiling what only a save runs (what the last build made taken over, pages checked against their
 * inputs, a commit in place); the warm-up built its sample once, clean. Now it also saves the sample twice with the
 * sample's own memories (an article deleted, then put back), so the second save takes over every graph but the
 * article's. The project is untouched, the site's memories come back (the first real save takes over the site's last
 * build), and that save is byte for byte a clean build's.
 */
class WarmUpSavesS32ScaleTest {

    private static final int ARTICLES = WarmUpSample.ARTICLES + 5;

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());

    @Test
    void theWarmUpSavesItsSampleAndLeavesTheProjectAsItWas() throws Exception {
        List<String> names = IncrementalBuilds.companies(60);
        Path project = SampleProject.create(dir.resolve("project"));
        Path articles = project.resolve("articles");
        for (int a = 0; a < ARTICLES; a++) {
            write(articles, a, names.subList(a % 14 * 4, a % 14 * 4 + 4));
        }
        Newsgraph serve = new Newsgraph(extractor, 1);
        serve.build(BuildConfig.inFolder(project));
        List<String> before = listing(articles);

        serve.warmUp(BuildConfig.inFolder(project));
        // The sample's last save (the article put back) took over the graphs of the 39 others and the entity graph's
        // inputs did not change: at least 39; 0 when the warm-up builds the sample only once.
        assertTrue(serve.warmUpGraphsTakenOver() >= WarmUpSample.ARTICLES - 1,
                "the warm-up's last build was a save of its sample: " + serve.warmUpGraphsTakenOver());
        assertEquals(before, listing(articles), "the project's articles untouched");

        retitle(articles.resolve(file(4)));
        serve.build(BuildConfig.inFolder(project));
        assertEquals(ARTICLES, serve.extractionsTakenOver(), "the site's memories back after the warm-up's saves");
        assertEquals(ARTICLES, serve.graphsTakenOver(), "every graph but the retitled article's taken over");
        IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, "first save after the warm-up's saves");
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
