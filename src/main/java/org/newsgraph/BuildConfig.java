package org.newsgraph;

import java.nio.file.Path;
import java.util.Objects;
import org.newsgraph.graph.Iris;

/**
 * Where a build reads and writes.
 *
 * @param articles  the folder of articles ({@code articles/})
 * @param site      the output folder ({@code site/}), replaced whole by each build
 * @param templates the Thymeleaf theme ({@code templates/})
 * @param base      the base IRI of every resource ({@code http://localhost:8080/})
 * @param cache     where extractions are kept between builds ({@code .newsgraph-cache/} beside {@code articles/})
 */
public record BuildConfig(Path articles, Path site, Path templates, String base, Path cache) {

    public BuildConfig {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cache, "cache");
    }

    /** A configuration with the cache in its usual place, beside the articles folder. */
    public BuildConfig(Path articles, Path site, Path templates, String base) {
        this(articles, site, templates, base, defaultCache(articles));
    }

    public static Path defaultCache(Path articles) {
        Path parent = articles.toAbsolutePath().normalize().getParent();
        return (parent == null ? articles.toAbsolutePath() : parent).resolve(".newsgraph-cache");
    }

    /** The layout of a Newsgraph project folder. */
    public static BuildConfig inFolder(Path folder) {
        return new BuildConfig(folder.resolve("articles"), folder.resolve("site"), folder.resolve("templates"),
                Iris.DEFAULT_BASE);
    }
}
