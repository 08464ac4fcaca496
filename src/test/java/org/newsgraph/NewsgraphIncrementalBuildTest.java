package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.TestGazetteer;
import org.newsgraph.extract.Extractor;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;

/** Builds after the first take extractions from the cache and only extract what changed. */
class NewsgraphIncrementalBuildTest {

    @TempDir
    Path dir;

    private Path project;
    /** How often the extractor asked for the annotator: with the real one, each ask is where CoreNLP would load. */
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger annotated = new AtomicInteger();
    private Newsgraph newsgraph;

    @BeforeEach
    void project() throws Exception {
        project = SampleProject.create(dir.resolve("project"));
        article("2025-01-02-deal", "Deal", "Microsoft said revenue rose 12% to $4.5 billion.");
        article("2025-01-03-second", "Walmart grows", "Walmart opened three new stores. Microsoft is a partner.");
        Annotator counting = new Annotator() {
            private final SimpleAnnotator inner = new SimpleAnnotator();

            @Override
            public AnnotatedText annotate(String text, LocalDate date) {
                annotated.incrementAndGet();
                return inner.annotate(text, date);
            }
        };
        newsgraph = new Newsgraph(new Extractor(() -> {
            loads.incrementAndGet();
            return counting;
        }, TestGazetteer.sample()));
    }

    private void article(String slug, String title, String body) throws Exception {
        SampleProject.write(project.resolve("articles/" + slug + ".md"),
                "---\ntitle: " + title + "\ndate: " + slug.substring(0, 10) + "\n---\n" + body + "\n");
    }

    private BuildReport build() throws Exception {
        BuildReport report = newsgraph.build(BuildConfig.inFolder(project));
        assertTrue(report.ok(), report.problems().toString());
        return report;
    }

    private List<Path> cacheEntries() throws Exception {
        try (Stream<Path> files = Files.list(project.resolve(".newsgraph-cache"))) {
            // The extraction entries, not the scan cache's record of the article files.
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void aBuildWithNothingChangedNeverAsksForTheAnnotator() throws Exception {
        assertEquals(2, build().extracted());
        assertEquals(2, annotated.get());
        int loadsAfterFirst = loads.get();
        String page = Files.readString(project.resolve("site/article/2025-01-02-deal/index.html"));

        BuildReport again = build();
        assertEquals(0, again.extracted());
        assertEquals(2, again.articles());
        assertEquals(loadsAfterFirst, loads.get(), "the annotator (CoreNLP) was not even asked for");
        assertEquals(2, annotated.get());
        assertEquals(page, Files.readString(project.resolve("site/article/2025-01-02-deal/index.html")));
    }

    @Test
    void aBuildThatTakesEveryArticleFromTheCacheNeverMakesTheExtractor() throws Exception {
        build();
        AtomicInteger made = new AtomicInteger();
        Newsgraph lazy = new Newsgraph(() -> {
            made.incrementAndGet();
            return new Extractor(SimpleAnnotator::new, TestGazetteer.sample());
        }, 1);
        article("2025-01-02-deal", "Deal, retitled", "Microsoft said revenue rose 12% to $4.5 billion.");
        BuildReport retitled = lazy.build(BuildConfig.inFolder(project));
        assertTrue(retitled.rendered());
        assertEquals(0, made.get(), "a retitle renders from the cache: no extractor made (no word lists loaded)");

        article("2025-01-02-deal", "Deal, retitled", "Microsoft said revenue rose 14% to $4.7 billion.");
        assertEquals(1, lazy.build(BuildConfig.inFolder(project)).extracted());
        assertEquals(1, made.get());
    }

    @Test
    void anUnchangedProjectIsUpToDateAndNotRenderedAgain() throws Exception {
        assertTrue(build().rendered());
        Path index = project.resolve("site/index.html");
        Files.writeString(index, "edited by hand");
        BuildReport again = build();
        assertFalse(again.rendered());
        assertEquals(2, again.articles());
        assertEquals("edited by hand", Files.readString(index), "an up-to-date site is left alone");
        SampleProject.deleteTree(project.resolve("site"));
        BuildReport fresh = build();
        assertTrue(fresh.rendered(), "no site, no stamp: the site is rendered again");
        assertEquals(0, fresh.extracted(), "from the cache");
        assertEquals(again.entities(), fresh.entities());
    }

    @Test
    void anyInputChangeMakesTheSiteOutOfDate() throws Exception {
        build();
        SampleProject.write(project.resolve("articles/_entities.yaml"), "Microsoft:\n  aliases: [MSFT]\n");
        assertTrue(build().rendered(), "curation file");
        SampleProject.write(project.resolve("templates/assets/extra.css"), "p {}");
        assertTrue(build().rendered(), "theme asset");
        assertTrue(newsgraph.build(new BuildConfig(project.resolve("articles"), project.resolve("site"),
                project.resolve("templates"), "http://example.org/news/")).rendered(), "base IRI");
        assertEquals(0, annotated.get() - 2, "none of them re-extracted");
    }

    @Test
    void aSiteWithAFailedExtractionIsNeverUpToDate() throws Exception {
        Newsgraph failing = new Newsgraph(new Extractor(() -> (text, date) -> {
            throw new IllegalStateException("boom");
        }, TestGazetteer.sample()));
        BuildReport report = failing.build(BuildConfig.inFolder(project));
        assertEquals(2, report.problems().size());
        assertTrue(failing.build(BuildConfig.inFolder(project)).rendered(), "the failed articles are tried again");
        assertTrue(build().rendered());
        assertEquals(2, build().articles());
    }

    @Test
    void anArticleOverItsTimeBudgetIsReportedWithItsFileAndTheOthersAreBuilt() throws Exception {
        AtomicInteger stuckTries = new AtomicInteger();
        Annotator stuckOnWalmart = (text, date) -> {
            if (text.contains("Walmart")) {
                stuckTries.incrementAndGet();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new SimpleAnnotator().annotate(text, date);
        };
        // a budget the article that is not stuck meets even on a loaded machine; the stuck one sleeps far past it
        Newsgraph slow = new Newsgraph(new Extractor(() -> stuckOnWalmart, TestGazetteer.sample(),
                Duration.ofSeconds(20)), 1);
        BuildReport report = slow.build(BuildConfig.inFolder(project));
        assertEquals(1, report.problems().size(), report.problems().toString());
        String problem = report.problems().get(0).toString();
        assertTrue(problem.contains("2025-01-03-second.md") && problem.contains("was skipped")
                && problem.contains("--article-timeout"), problem);
        assertTrue(Files.exists(project.resolve("site/article/2025-01-02-deal/index.html")));
        assertFalse(Files.exists(project.resolve("site/article/2025-01-03-second/index.html")));
        assertEquals(1, stuckTries.get());
        // The next build of the same process (serve's next save) does not wait the budget for it again: it reports
        // it as before, says why it was not tried, and writes the same site.
        Map<String, String> first = siteFiles();
        BuildReport again = slow.build(BuildConfig.inFolder(project));
        assertEquals(1, stuckTries.get(), "the unchanged article is not tried again by the same process");
        assertEquals(report.problems().stream().map(Object::toString).toList(),
                again.problems().stream().map(Object::toString).toList());
        assertTrue(again.notices().stream().anyMatch(n -> n.contains("2025-01-03-second.md: not extracted again")),
                again.notices().toString());
        assertEquals(first, siteFiles(), "two builds with the same article over its budget write the same site");
        // An explicit build (a new process) tries it again; here with a short budget, as the other one is cached.
        BuildReport fresh = new Newsgraph(new Extractor(() -> stuckOnWalmart, TestGazetteer.sample(),
                Duration.ofSeconds(1)), 1).build(BuildConfig.inFolder(project));
        assertEquals(2, stuckTries.get(), "a new process tries it again");
        assertTrue(fresh.problems().toString().contains("took longer than 1 s"), fresh.problems().toString());
        // Saving the file with another text has the same process try it again (and it runs past its budget again).
        article("2025-01-03-second", "Walmart grows", "Walmart opened three new stores. Microsoft is a partner, "
                + "it said on Tuesday.");
        BuildReport changed = slow.build(BuildConfig.inFolder(project));
        assertEquals(3, stuckTries.get(), "a changed file is tried again");
        assertEquals(1, changed.problems().size(), changed.problems().toString());
        assertTrue(changed.notices().stream().noneMatch(n -> n.contains("not extracted again")),
                changed.notices().toString());
    }

    /** Every file of the built site by its path, as the SHA-256 of its bytes. */
    private Map<String, String> siteFiles() throws Exception {
        Path site = project.resolve("site");
        Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }

    @Test
    void changingOneArticleExtractsOnlyIt() throws Exception {
        build();
        article("2025-01-03-second", "Walmart grows", "Walmart opened four new stores. Microsoft is a partner.");
        assertEquals(1, build().extracted());
        assertEquals(3, annotated.get());
        assertTrue(Files.readString(project.resolve("site/article/2025-01-03-second/index.html")).contains("four new stores"));
        assertEquals(2, cacheEntries().size(), "the old version's entry is dropped");
    }

    @Test
    void aNewTitleReRendersWithoutReExtracting() throws Exception {
        build();
        article("2025-01-02-deal", "A better headline", "Microsoft said revenue rose 12% to $4.5 billion.");
        assertEquals(0, build().extracted());
        assertTrue(Files.readString(project.resolve("site/article/2025-01-02-deal/index.html")).contains("A better headline"));
    }

    @Test
    void aTemplateChangeReRendersWithoutReExtracting() throws Exception {
        build();
        Path template = project.resolve("templates/article.html");
        Files.writeString(template, Files.readString(template).replace("<main", "<p class=\"edition\">Late edition</p><main"));
        assertEquals(0, build().extracted());
        assertTrue(Files.readString(project.resolve("site/article/2025-01-02-deal/index.html")).contains("Late edition"));
    }

    @Test
    void aCorruptEntryIsReportedAndExtractedAgain() throws Exception {
        build();
        for (Path entry : cacheEntries()) {
            byte[] bytes = Files.readAllBytes(entry);
            Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        }
        SampleProject.deleteTree(project.resolve("site"));
        BuildReport report = build();
        assertEquals(2, report.extracted());
        assertEquals(2, report.notices().size(), report.notices().toString());
        assertTrue(report.notices().get(0).contains("corrupt cache entry for 2025-01-02-deal.md"), report.notices().get(0));
        SampleProject.deleteTree(project.resolve("site"));
        assertEquals(0, build().extracted(), "the entries were written again");
    }

    @Test
    void aRemovedArticleLeavesTheSiteAndTheCache() throws Exception {
        build();
        Files.delete(project.resolve("articles/2025-01-03-second.md"));
        assertEquals(0, build().extracted());
        assertTrue(Files.notExists(project.resolve("site/article/2025-01-03-second")));
        assertEquals(1, cacheEntries().size());
    }
}
