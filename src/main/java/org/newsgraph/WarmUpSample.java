package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.article.Article;
import org.newsgraph.cache.ExtractionCache;
import org.newsgraph.resolve.Curation;
import org.newsgraph.store.GraphStore;

/**
 * The project {@code serve}'s warm-up builds: at most {@link #ARTICLES} of the archive's articles, spread over it by
 * file name, copied into a scratch folder with their cached extractions and the curation file. The warm-up only has
 * to run every step of a build once (loading classes, filling the template cache, compiling hot code); building the
 * whole archive in scratch cost as much as a full build (at 10,000 articles ~270 CPU s, during which no save was
 * rebuilt). The project's own cache is never written: a build over a sample would drop every other entry from it.
 */
final class WarmUpSample {

    /** Enough articles for every page kind, entity merges across articles, and the hot loops' compilation. */
    static final int ARTICLES = 40;

    private WarmUpSample() {
    }

    /** The articles taken: all when there are few, else {@link #ARTICLES} evenly spaced in the given order. */
    static <T> List<T> pick(List<T> articles) {
        if (articles.size() <= ARTICLES) {
            return articles;
        }
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            picked.add(articles.get((int) ((long) i * articles.size() / ARTICLES)));
        }
        return picked;
    }

    /**
     * Writes the sample under {@code scratch} and returns the build configuration over it: the sample's articles
     * folder, cache and site in {@code scratch}, the project's templates, base and settings, no graph store.
     */
    static BuildConfig write(BuildConfig project, List<Article> articles, Path scratch) throws IOException {
        Path folder = Files.createDirectories(scratch.resolve("articles"));
        Path cacheFolder = scratch.resolve("cache");
        ExtractionCache cache = new ExtractionCache(project.cache(), ExtractionCache.version());
        ExtractionCache sampleCache = new ExtractionCache(cacheFolder, ExtractionCache.version());
        for (Article article : pick(articles)) {
            Files.copy(article.file(), folder.resolve(article.file().getFileName()));
            String key = cache.key(article);
            if (cache.get(key) instanceof ExtractionCache.Hit hit) {
                sampleCache.put(key, hit.extraction());
            }
        }
        Path curation = project.articles().resolve(Curation.FILE_NAME);
        if (Files.isRegularFile(curation)) {
            Files.copy(curation, folder.resolve(Curation.FILE_NAME));
        }
        return new BuildConfig(folder, scratch.resolve("site"), project.templates(), project.base(), cacheFolder,
                project.settings(), GraphStore.Use.NEVER);
    }
}
