package org.newsgraph.cache;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ArticleTimeoutException;
import org.newsgraph.extract.Extractor;

/**
 * Extracts the articles of a build, taking each from the cache when its key is there. Only misses reach the
 * extractor, so CoreNLP (which the extractor loads on first use) is never loaded when every article is cached.
 */
public final class IncrementalExtraction {

    /**
     * @param articles  the extracted articles, in the order they were given
     * @param extracted how many articles went through the extractor
     * @param notices   cache trouble that did not stop the build
     */
    public record Result(List<ExtractedArticle> articles, int extracted, List<ArticleProblem> problems,
                         List<String> notices) {
    }

    private final Supplier<Extractor> extractor;
    private final int workers;
    private final ExtractionCache cache;
    private final TimedOutArticles timedOut;
    private final ExtractionMemory memory;

    /**
     * @param workers articles extracted at once, as in {@link Extractor#extractAll}
     */
    public IncrementalExtraction(Extractor extractor, int workers, ExtractionCache cache) {
        this(() -> extractor, workers, cache);
    }

    /**
     * @param extractor asked only when an article is not in the cache
     * @param workers   articles extracted at once, as in {@link Extractor#extractAll}
     */
    public IncrementalExtraction(Supplier<Extractor> extractor, int workers, ExtractionCache cache) {
        this(extractor, workers, cache, new TimedOutArticles());
    }

    /**
     * @param timedOut articles that ran past their budget in an earlier run with the same memory: not tried again
     *                 while unchanged, reported as then; this run's are added to it
     */
    public IncrementalExtraction(Supplier<Extractor> extractor, int workers, ExtractionCache cache,
                                 TimedOutArticles timedOut) {
        this(extractor, workers, cache, timedOut, new ExtractionMemory());
    }

    /**
     * @param memory the extractions the last run with the same memory used: one whose key is the same is taken from
     *               it, not read back from the cache; this run's are kept in it
     */
    public IncrementalExtraction(Supplier<Extractor> extractor, int workers, ExtractionCache cache,
                                 TimedOutArticles timedOut, ExtractionMemory memory) {
        this.extractor = extractor;
        this.workers = workers;
        this.cache = cache;
        this.timedOut = timedOut;
        this.memory = memory;
    }

    /** Extracts (or takes from the cache) every article, then drops cache entries no article uses any more. */
    public Result run(List<Article> articles) throws IOException {
        List<ArticleProblem> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Map<Article, Extraction> done = new IdentityHashMap<>();
        Map<Article, String> keys = new IdentityHashMap<>();
        Map<Article, ArticleProblem> failed = new IdentityHashMap<>();
        List<Article> misses = new ArrayList<>();
        int remembered = 0;
        Map<String, Long> sizes = new HashMap<>();
        for (Article article : articles) {
            String key = cache.key(article);
            keys.put(article, key);
            ExtractionMemory.Kept kept = memory.recall(key);
            if (kept != null && kept.entrySize() >= 0 && kept.entrySize() == cache.size(key)) {
                done.put(article, kept.extraction());
                sizes.put(key, kept.entrySize());
                remembered++;
                continue;
            }
            ExtractionCache.Lookup lookup = cache.get(key);
            if (lookup instanceof ExtractionCache.Hit hit) {
                done.put(article, hit.extraction());
                continue;
            }
            if (lookup instanceof ExtractionCache.Corrupt corrupt) {
                notices.add(corrupt.file() + ": corrupt cache entry for " + article.file().getFileName() + " ("
                        + corrupt.reason() + "); extracted again");
            }
            Optional<Duration> ranPast = timedOut.ranPast(key);
            if (ranPast.isPresent()) {
                // Reported as when it ran past its budget, so that the report and the site stay the same.
                failed.put(article, overBudget(article, ranPast.get()));
                notices.add(article.file().getFileName() + ": not extracted again: it ran past its time budget in an "
                        + "earlier build and has not changed since (save it, or run 'newsgraph build', to try again)");
                continue;
            }
            misses.add(article);
        }
        // The extractor is made (and CoreNLP loaded) only when something needs extracting.
        List<ExtractedArticle> fresh = List.of();
        if (!misses.isEmpty()) {
            fresh = extractor.get().extractAll(misses, workers, (article, e) -> {
                if (e instanceof ArticleTimeoutException timeout) {
                    timedOut.remember(keys.get(article), timeout.budget());
                    failed.put(article, overBudget(article, timeout.budget()));
                } else {
                    failed.put(article, new ArticleProblem(article.file(), 0, "extraction failed (" + e + ")",
                            "report this as a bug with the article attached"));
                }
            });
        }
        // In the articles' order, however they failed, so that two builds report alike.
        for (Article article : articles) {
            if (failed.containsKey(article)) {
                problems.add(failed.get(article));
            }
        }
        for (ExtractedArticle extracted : fresh) {
            done.put(extracted.article(), extracted.extraction());
            store(keys.get(extracted.article()), extracted.extraction(), notices);
        }
        List<ExtractedArticle> ordered = new ArrayList<>();
        Map<String, ExtractionMemory.Kept> used = new HashMap<>();
        for (Article article : articles) {
            if (done.containsKey(article)) {
                ordered.add(new ExtractedArticle(article, done.get(article)));
                String key = keys.get(article);
                Long size = sizes.get(key);
                used.put(key, new ExtractionMemory.Kept(done.get(article), size != null ? size : cache.size(key)));
            }
        }
        cache.retainOnly(used.keySet());
        memory.keep(used, remembered);
        return new Result(ordered, fresh.size(), problems, notices);
    }

    private static ArticleProblem overBudget(Article article, Duration budget) {
        return new ArticleProblem(article.file(), 0, "extraction took longer than "
                + ArticleTimeoutException.seconds(budget) + " and was skipped",
                "raise --article-timeout, or report this as a bug with the article attached");
    }

    /** A cache that cannot be written costs time on the next build, not this build's result. */
    private void store(String key, Extraction extraction, List<String> notices) {
        try {
            cache.put(key, extraction);
        } catch (IOException e) {
            notices.add("cannot write to the extraction cache (" + e.getMessage() + "); the next build extracts again");
        }
    }
}
