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
 */
public record BuildConfig(Path articles, Path site, Path templates, String base) {

    public BuildConfig {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(base, "base");
    }

    /** The layout of a Newsgraph project folder. */
    public static BuildConfig inFolder(Path folder) {
        return new BuildConfig(folder.resolve("articles"), folder.resolve("site"), folder.resolve("templates"),
                Iris.DEFAULT_BASE);
    }
}
