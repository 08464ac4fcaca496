package org.newsgraph.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.TestGazetteer;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;

class ExtractionCacheTest {

    @TempDir
    Path dir;

    private Article article(String frontMatter, String body) throws Exception {
        Path file = dir.resolve("articles/2025-01-02-deal.md");
        SampleProject.write(file, "---\n" + frontMatter + "\n---\n" + body + "\n");
        return new ArticleReader().read(file);
    }

    private static Extraction extract(Article article) {
        return new Extractor(SimpleAnnotator::new, TestGazetteer.sample()).extract(article);
    }

    @Test
    void anEntryReadsBackEqualToWhatWasWritten() throws Exception {
        Article article = article("title: Deal\ndate: 2025-01-02", "Microsoft said revenue rose 12% to $4.5 billion. "
                + "TikTok, owned by ByteDance, spends nearly $20 million monthly.");
        Extraction extraction = extract(article);
        assertFalse(extraction.entities().isEmpty());
        assertFalse(extraction.figures().isEmpty());
        ExtractionCache cache = new ExtractionCache(dir.resolve("cache"), "v1");
        String key = cache.key(article);
        assertInstanceOf(ExtractionCache.Miss.class, cache.get(key));
        cache.put(key, extraction);
        ExtractionCache.Hit hit = assertInstanceOf(ExtractionCache.Hit.class, cache.get(key));
        assertEquals(extraction, hit.extraction());
    }

    @Test
    void theKeyFollowsTextDateSlugAndVersionButNotTheTitle() throws Exception {
        ExtractionCache cache = new ExtractionCache(dir.resolve("cache"), "v1");
        String key = cache.key(article("title: Deal\ndate: 2025-01-02", "Walmart opened stores."));
        assertEquals(key, cache.key(article("title: Another title\ndate: 2025-01-02\nauthor: Ann", "Walmart opened stores.")));
        assertNotEquals(key, cache.key(article("title: Deal\ndate: 2025-01-02", "Walmart opened shops.")));
        assertNotEquals(key, cache.key(article("title: Deal\ndate: 2025-01-03", "Walmart opened stores.")));
        assertNotEquals(key, cache.key(article("title: Deal\ndate: 2025-01-02\nslug: other", "Walmart opened stores.")));
        assertNotEquals(key, new ExtractionCache(dir.resolve("cache"), "v2")
                .key(article("title: Deal\ndate: 2025-01-02", "Walmart opened stores.")));
    }

    /** A cache holding one entry, for the article "Walmart opened three stores."; returns its key. */
    private String oneEntry(ExtractionCache cache) throws Exception {
        Article article = article("title: Deal", "Walmart opened three stores.");
        String key = cache.key(article);
        cache.put(key, extract(article));
        return key;
    }

    @Test
    void aTruncatedEntryIsCorrupt() throws Exception {
        ExtractionCache cache = new ExtractionCache(dir.resolve("cache"), "v1");
        String key = oneEntry(cache);
        Path file = dir.resolve("cache").resolve(key + ".json");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        ExtractionCache.Corrupt corrupt = assertInstanceOf(ExtractionCache.Corrupt.class, cache.get(key));
        assertEquals(file, corrupt.file());
        assertFalse(corrupt.reason().isBlank());
    }

    @Test
    void anEntryUnderTheWrongNameIsCorrupt() throws Exception {
        ExtractionCache cache = new ExtractionCache(dir.resolve("cache"), "v1");
        String key = oneEntry(cache);
        String other = "0".repeat(64);
        Files.copy(dir.resolve("cache").resolve(key + ".json"), dir.resolve("cache").resolve(other + ".json"));
        assertInstanceOf(ExtractionCache.Corrupt.class, cache.get(other));
        Files.writeString(dir.resolve("cache").resolve(key + ".json"), "{}");
        assertInstanceOf(ExtractionCache.Corrupt.class, cache.get(key));
    }

    @Test
    void retainOnlyDropsUnusedEntriesAndCrashLeftovers() throws Exception {
        ExtractionCache cache = new ExtractionCache(dir.resolve("cache"), "v1");
        String key = oneEntry(cache);
        Files.copy(dir.resolve("cache").resolve(key + ".json"), dir.resolve("cache").resolve("1".repeat(64) + ".json"));
        Files.writeString(dir.resolve("cache/.abc.json123.tmp"), "{\"key\":");
        Files.writeString(dir.resolve("cache/README"), "kept: not ours");
        cache.retainOnly(Set.of(key));
        try (var files = Files.list(dir.resolve("cache"))) {
            assertEquals(Set.of(key + ".json", "README"),
                    Set.copyOf(files.map(f -> f.getFileName().toString()).toList()));
        }
    }

    @Test
    void theVersionHashesTheExtractorCode() {
        String version = ExtractionCache.version();
        assertTrue(version.startsWith(Extractor.VERSION + "+"), version);
        assertEquals(version, ExtractionCache.version());
        assertEquals(16, version.substring(Extractor.VERSION.length() + 1).length());
    }
}
