package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.newsgraph.BuildConfig;
import org.newsgraph.ConfigurationException;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.graph.Iris;
import org.newsgraph.site.SiteSettings;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The folders, base IRI and workers of a build; shared by {@code build} and {@code serve}. */
final class ProjectOptions {

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles folder (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("articles");

    @Option(names = "--site", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path site = Path.of("site");

    @Option(names = "--templates", paramLabel = "DIR", description = "Theme folder (default: ${DEFAULT-VALUE}).")
    Path templates = Path.of("templates");

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the site (default: ${DEFAULT-VALUE}).")
    String base = Iris.DEFAULT_BASE;

    @Option(names = "--title", paramLabel = "TEXT", description = "The site's title (default: ${DEFAULT-VALUE}).")
    String title = SiteSettings.DEFAULT.title();

    @Option(names = "--language", paramLabel = "TAG",
            description = "The language of the site's pages, a BCP 47 tag (default: ${DEFAULT-VALUE}).")
    String language = SiteSettings.DEFAULT.language();

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where extractions are kept between builds (default: .newsgraph-cache beside the articles folder).")
    Path cache;

    @Option(names = "--store", negatable = true, description = {"Keep the graph in a TDB2 store beside the cache "
            + "(.newsgraph-store), updated per article by each build, shared with serve and query; --no-store: never. "
            + "Default: when the graph exceeds a million statements, or a store is already there."})
    Boolean store;

    @Option(names = "--workers", paramLabel = "N",
            description = "Articles extracted at once (default: one per core, at most 4).")
    int workers = Newsgraph.defaultWorkers();

    @Option(names = "--article-timeout", paramLabel = "SECONDS",
            description = "How long one article may take to extract; one over it is reported and skipped "
                    + "(default: ${DEFAULT-VALUE}).")
    int articleTimeout = (int) Extractor.DEFAULT_ARTICLE_TIMEOUT.toSeconds();

    /** The engine with the real extractor (CoreNLP, loaded only when an article needs extracting). */
    Newsgraph newsgraph(CommandSpec spec) {
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--workers must be at least 1");
        }
        if (articleTimeout < 1) {
            throw new ParameterException(spec.commandLine(), "--article-timeout must be at least 1 second");
        }
        // Made on first use: a build that takes every article from the cache never makes it.
        return new Newsgraph(() -> new Extractor().withArticleTimeout(Duration.ofSeconds(articleTimeout)), workers);
    }

    /** @throws ConfigurationException when the title or language is not valid */
    BuildConfig config() {
        SiteSettings settings;
        try {
            settings = new SiteSettings(title, language);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage() + "; fix --title / --language, or newsgraph.yaml");
        }
        return new BuildConfig(articles, site, templates, base, cache != null ? cache : BuildConfig.defaultCache(articles),
                settings, store == null ? GraphStore.Use.AUTO : store ? GraphStore.Use.ALWAYS : GraphStore.Use.NEVER);
    }
}
