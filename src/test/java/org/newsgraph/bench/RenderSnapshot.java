package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.resolve.ResolvedEntity;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.site.SiteRenderer;
import org.newsgraph.testing.SampleSite;

/**
 * Writes two whole sites for comparing renderers byte for byte (run it on two commits, then {@code diff -r}): the
 * sample articles built with the stored annotations ({@code OUT/sample}) and a generated archive rendered
 * ({@code OUT/archive}). Arguments: OUT_DIR [ARTICLES ENTITIES FIGURES_PER_ARTICLE], by default 300, 600, 10.
 */
public final class RenderSnapshot {

    private RenderSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int entities = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        int figures = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        SampleSite.build(out.resolve("sample-project"));
        List<ExtractedArticle> corpus = SyntheticCorpus.generate(articles, entities, figures);
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        List<ResolvedEntity> resolved = new Resolver().resolve(corpus.stream().map(ExtractedArticle::extraction).toList());
        DatasetGraph dataset = new GraphBuilder(iris).build(corpus, resolved);
        try (StagedOutput output = StagedOutput.open(out.resolve("archive"))) {
            new SiteRenderer(Path.of("templates"), iris).render(dataset, output);
            output.commit();
        }
    }
}
