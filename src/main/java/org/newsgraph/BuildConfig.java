package org.newsgraph;

import java.nio.file.Path;
import java.util.Objects;
import org.newsgraph.graph.Iris;
import org.newsgraph.site.SiteSettings;
import org.newsgraph.store.GraphStore;

/**
 * Where a build reads and writes.
 *
 * @param articles  the folder of articles ({@code articles/})
 * @param site      the output folder ({@code site/}), replaced whole by each build
 * @param templates the Thymeleaf theme ({@code templates/})
 * @param base      the base IRI of every resource ({@code http://localhost:8080/})
 * @param cache     where extractions are kept between builds ({@code .newsgraph-cache/} beside {@code articles/})
 * @param settings  the site's title and language ({@code newsgraph.yaml})
 * @param store     when the graph is also kept in a TDB2 store beside the cache ({@link GraphStore})
 */
public record BuildConfig(Path articles, Path site, Path templates, String base, Path cache, SiteSettings settings,
                          GraphStore.Use store) {

    public BuildConfig {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(store, "store");
    }

    /** A store kept when the graph is large ({@link GraphStore.Use#AUTO}). */
    public BuildConfig(Path articles, Path site, Path templates, String base, Path cache, SiteSettings settings) {
        this(articles, site, templates, base, cache, settings, GraphStore.Use.AUTO);
    }

    /** With the default title and language. */
    public BuildConfig(Path articles, Path site, Path templates, String base, Path cache) {
        this(articles, site, templates, base, cache, SiteSettings.DEFAULT);
    }

    /** A configuration with the cache in its usual place, beside the articles folder. */
    public BuildConfig(Path articles, Path site, Path templates, String base) {
        this(articles, site, templates, base, defaultCache(articles));
    }

    /** The same build under another base IRI. */
    public BuildConfig withBase(String otherBase) {
        return new BuildConfig(articles, site, templates, otherBase, cache, settings, store);
    }

    /** The same build into another folder. */
    public BuildConfig withSite(Path otherSite) {
        return new BuildConfig(articles, otherSite, templates, base, cache, settings, store);
    }

    /** The same build, keeping the graph store or not. */
    public BuildConfig withStore(GraphStore.Use use) {
        return new BuildConfig(articles, site, templates, base, cache, settings, use);
    }

    /** Where this build's graph store lives (beside the cache). */
    public Path storeFolder() {
        return GraphStore.folderBeside(cache);
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
