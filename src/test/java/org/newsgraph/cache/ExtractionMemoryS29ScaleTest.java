package org.newsgraph.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * Issue 16, session 29: a build takes the extractions the last build of its process used when their cache key is the
 * same (the very objects, not read back from the cache), writes an entry that went missing back, and extracts a
 * changed article.
 */
class ExtractionMemoryS29ScaleTest {

    @TempDir
    Path dir;

    private Article article(String name, String body) throws Exception {
        Path file = dir.resolve("articles/2025-01-02-" + name + ".md");
        SampleProject.write(file, "---\ntitle: " + name + "\ndate: 2025-01-02\n---\n" + body + "\n");
        return new ArticleReader().read(file);
    }

    @Test
    void unchangedArticlesTakeTheExtractionsTheLastRunUsed() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Supplier<Extractor> extractor = () -> {
            made.incrementAndGet();
            return new Extractor(SimpleAnnotator::new, TestGazetteer.sample());
        };
        ExtractionMemory memory = new ExtractionMemory();
        Path folder = dir.resolve("cache");
        List<Article> articles = List.of(article("deal", "Microsoft said revenue rose 12% to $4.5 billion."),
                article("stores", "Walmart opened 40 stores in Texas."));
        IncrementalExtraction.Result first = new IncrementalExtraction(extractor, 1, new ExtractionCache(folder, "v1"),
                new TimedOutArticles(), memory).run(articles);
        assertEquals(2, first.extracted());
        assertEquals(0, memory.reused());

        // The same articles read again: the extractions are the last run's own objects, the extractor not asked.
        List<Article> again = List.of(article("deal", "Microsoft said revenue rose 12% to $4.5 billion."),
                article("stores", "Walmart opened 40 stores in Texas."));
        made.set(0);
        ExtractionCache cache = new ExtractionCache(folder, "v1");
        IncrementalExtraction.Result second = new IncrementalExtraction(extractor, 1, cache, new TimedOutArticles(),
                memory).run(again);
        assertEquals(0, second.extracted());
        assertEquals(0, made.get());
        assertEquals(2, memory.reused());
        assertSame(first.articles().get(0).extraction(), second.articles().get(0).extraction());
        assertSame(first.articles().get(1).extraction(), second.articles().get(1).extraction());

        // An entry cut short is not vouched for by the memory: reported and extracted again, as without it.
        Path entry = folder.resolve(cache.key(again.get(1)) + ".json");
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        IncrementalExtraction.Result cut = new IncrementalExtraction(extractor, 1, cache, new TimedOutArticles(),
                memory).run(again);
        assertEquals(1, cut.extracted());
        assertEquals(1, memory.reused());
        assertTrue(cut.notices().get(0).contains("corrupt cache entry"), cut.notices().toString());
        assertEquals(first.articles().get(1).extraction(), cut.articles().get(1).extraction());

        // One article edited: it is extracted; the other still comes from the memory.
        List<Article> edited = List.of(article("deal", "Microsoft said revenue rose 13% to $4.5 billion."),
                article("stores", "Walmart opened 40 stores in Texas."));
        IncrementalExtraction.Result third = new IncrementalExtraction(extractor, 1, cache, new TimedOutArticles(),
                memory).run(edited);
        assertEquals(1, third.extracted());
        assertEquals(1, memory.reused());
        assertNotSame(first.articles().get(0).extraction(), third.articles().get(0).extraction());
        assertSame(cut.articles().get(1).extraction(), third.articles().get(1).extraction());
    }
}
