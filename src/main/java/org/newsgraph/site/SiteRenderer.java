package org.newsgraph.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;

/**
 * Renders the whole site from the graph: pages, per-resource RDF, graph dumps, the ontology with its SHACL shapes,
 * feeds, the VoID description, the theme's assets, and last the sitemap of every page written.
 */
public final class SiteRenderer {

    /** Where the ontology and its shapes live; {@code {base}} in it stands for the site's base IRI. */
    public static final String ONTOLOGY = "/org/newsgraph/graph/ontology.ttl";

    private final Theme theme;
    private final Iris iris;
    private final List<PageRenderer> renderers = List.of(new HomeRenderer(), new ArticleRenderer(),
            new EntityRenderer(), new RedirectRenderer(), new QueryPageRenderer(), new EntityIndexRenderer(),
            new FiguresRenderer(), new ArchiveRenderer(), new TagRenderer(), new SearchRenderer(), new SparqlRenderer(),
            new AboutRenderer(), new FeedRenderer(), new VoidRenderer());

    public SiteRenderer(Path templates, Iris iris) {
        this.theme = new Theme(templates);
        this.iris = iris;
    }

    public void render(DatasetGraph dataset, StagedOutput output) throws IOException {
        SiteModel model = new SiteModel(dataset, iris);
        GraphFiles graphFiles = new GraphFiles(iris.base());
        RenderContext context = new RenderContext(model, new ViewFactory(model, iris.base()), theme, new Templates(theme),
                output, dataset, iris, graphFiles, GraphStatistics.of(dataset));
        for (PageRenderer renderer : renderers) {
            renderer.render(context);
        }
        graphFiles.writeAll(dataset, Path.of("data"), output);
        output.write(Path.of("ontology.ttl"), ontology(iris.base()));
        for (Map.Entry<String, byte[]> asset : theme.files("assets").entrySet()) {
            output.write(Path.of("assets", asset.getKey()), asset.getValue());
        }
        new SitemapRenderer().render(context);
    }

    /** The ontology and SHACL shapes, as published under a base IRI. */
    public static String ontology(String base) throws IOException {
        try (InputStream in = SiteRenderer.class.getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                throw new IOException("the ontology " + ONTOLOGY + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base);
        }
    }
}
