package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleException;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.resolve.ResolvedEntity;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.site.SiteRenderer;

/** The front door: build a site from a folder of articles, or extract one text. The CLI and tests call this. */
public final class Newsgraph {

    private final Extractor extractor;
    private final int workers;

    public Newsgraph() {
        this(new Extractor());
    }

    public Newsgraph(Extractor extractor) {
        this(extractor, defaultWorkers());
    }

    /**
     * @param workers articles extracted at once (threads sharing the one CoreNLP pipeline)
     */
    public Newsgraph(Extractor extractor, int workers) {
        this.extractor = extractor;
        this.workers = workers;
    }

    /** One worker per core, at most four: CoreNLP gains little beyond that and each document needs heap. */
    public static int defaultWorkers() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Reads, extracts, resolves, maps to RDF and renders; problems with single articles are reported, not thrown. */
    public BuildReport build(BuildConfig config) throws IOException {
        Iris iris = iris(config.base());
        checkFolder(config.articles(), "articles");
        checkFolder(config.templates(), "templates");
        List<ArticleProblem> problems = new ArrayList<>();
        List<Article> articles = readAll(config.articles(), problems);
        List<ExtractedArticle> extracted = extractor.extractAll(articles, workers, (article, e) ->
                problems.add(new ArticleProblem(article.file(), 0, "extraction failed (" + e + ")",
                        "report this as a bug with the article attached")));
        List<ResolvedEntity> entities = new Resolver().resolve(extracted.stream().map(ExtractedArticle::extraction).toList());
        DatasetGraph dataset = new GraphBuilder(iris).build(extracted, entities);
        try (StagedOutput output = StagedOutput.open(config.site())) {
            new SiteRenderer(config.templates(), iris).render(dataset, output);
            output.commit();
        }
        return new BuildReport(extracted.size(), entities.size(),
                extracted.stream().mapToInt(e -> e.extraction().figures().size()).sum(),
                extracted.stream().mapToInt(e -> e.extraction().relations().size()).sum(), problems);
    }

    /** Extracts one article. */
    public Extraction extract(Article article) {
        return extractor.extract(article);
    }

    /** Extracts a bare text (no front matter), for one line of {@code extract --lines}. */
    public Extraction extract(String doc, String text) {
        return extractor.extract(doc, text, null);
    }

    /** Every article file of a folder, read in file name order; unreadable ones become problems. */
    public static List<Article> readAll(Path folder, List<ArticleProblem> problems) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Newsgraph::isArticleFile).sorted().toList();
        }
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        Map<String, Path> slugs = new HashMap<>();
        for (Path file : files) {
            try {
                Article article = reader.read(file);
                Path other = slugs.putIfAbsent(article.slug(), file);
                if (other != null) {
                    problems.add(new ArticleProblem(file, 0, "its slug '" + article.slug() + "' is already used by "
                            + other.getFileName(), "rename the file or set another 'slug:' in its front matter"));
                } else {
                    articles.add(article);
                }
            } catch (ArticleException e) {
                problems.add(e.problem());
            }
        }
        return articles;
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("_") && (lower.endsWith(".md") || lower.endsWith(".txt"))
                && !Files.isDirectory(file);
    }

    private static Iris iris(String base) {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    private static void checkFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationException("the " + what + " folder " + folder + " does not exist; create it or pass --"
                    + what + " DIR");
        }
    }
}
