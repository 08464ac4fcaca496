package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.site.SiteRenderer;

/**
 * A site rendered from a {@link SyntheticCorpus}: a generated archive for tests of how the site's views scale (the
 * explorer's pages, the search index's size) without CoreNLP. Arguments of {@link #main}: SITE_DIR ARTICLES
 * ENTITIES FIGURES_PER_ARTICLE.
 */
public final class SyntheticSite {

    private SyntheticSite() {
    }

    /** Renders the archive into {@code site} with the repository's theme; returns {@code site}. */
    public static Path build(Path site, int articles, int entities, int figuresPerArticle) throws Exception {
        List<ExtractedArticle> corpus = SyntheticCorpus.generate(articles, entities, figuresPerArticle);
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        DatasetGraph dataset = new GraphBuilder(iris).build(corpus,
                new Resolver().resolve(corpus.stream().map(ExtractedArticle::extraction).toList()));
        try (StagedOutput output = StagedOutput.open(site)) {
            new SiteRenderer(Path.of("templates"), iris).render(dataset, output);
            output.commit();
        }
        return site;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(build(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3])));
    }
}
