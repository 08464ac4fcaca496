package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.testing.SampleProject;

/** serve's warm-up builds a bounded sample of the archive from the cache, and never touches the project's cache. */
class WarmUpSampleTest {

    @TempDir
    Path dir;

    @Test
    void aLargeArchiveGivesABoundedSampleSpreadOverIt() {
        List<Integer> archive = IntStream.range(0, 10_000).boxed().toList();
        List<Integer> sample = WarmUpSample.pick(archive);
        assertEquals(WarmUpSample.ARTICLES, sample.size());
        assertEquals(0, sample.get(0));
        assertEquals(250, sample.get(1));
        assertEquals(9_750, sample.get(WarmUpSample.ARTICLES - 1));
        assertEquals(sample, WarmUpSample.pick(archive), "the same sample each time");
        List<Integer> few = IntStream.range(0, 7).boxed().toList();
        assertEquals(few, WarmUpSample.pick(few), "a small archive is taken whole");
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSampleBuildsFromCopiedCacheEntriesWithoutExtractingOrTouchingTheProject() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        SampleProject.write(project.resolve("articles/_entities.yaml"), "Walmart:\n  type: organization\n");
        BuildConfig config = BuildConfig.inFolder(project);
        List<String> cacheBefore = listing(config.cache());
        List<Article> articles = Newsgraph.readAll(config.articles(), new ArrayList<>());

        BuildConfig sample = WarmUpSample.write(config, articles, dir.resolve("scratch"));
        BuildReport report = new Newsgraph(() -> {
            throw new AssertionError("the sample's articles are all in its cache");
        }, 1).build(sample);

        assertEquals(2, report.articles());
        assertEquals(0, report.extracted());
        assertEquals(listing(project.resolve("site/article")), listing(sample.site().resolve("article")));
        assertEquals(List.of("2025-01-02-deal.md", "2025-01-03-second.md", "_entities.yaml"),
                listing(sample.articles()));
        assertTrue(sample.cache().startsWith(dir.resolve("scratch")) && sample.site().startsWith(dir.resolve("scratch")));
        assertEquals(cacheBefore, listing(config.cache()), "the project's cache is as it was");
    }
}
