package org.newsgraph.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;

/** Renders the whole site from the graph: pages, per-resource RDF, graph dumps and the theme's assets. */
public final class SiteRenderer {

    private final Path templates;
    private final Iris iris;
    private final List<PageRenderer> renderers = List.of(new HomeRenderer(), new ArticleRenderer(), new EntityRenderer());

    public SiteRenderer(Path templates, Iris iris) {
        this.templates = templates;
        this.iris = iris;
    }

    public void render(DatasetGraph dataset, StagedOutput output) throws IOException {
        SiteModel model = new SiteModel(dataset, iris);
        GraphFiles graphFiles = new GraphFiles(iris.base());
        RenderContext context = new RenderContext(model, new ViewFactory(model, iris.base()), new Templates(templates),
                output, dataset, iris, graphFiles);
        for (PageRenderer renderer : renderers) {
            renderer.render(context);
        }
        graphFiles.writeAll(dataset, Path.of("data"), output);
        writeOntology(output);
        copyAssets(output);
    }

    private void writeOntology(StagedOutput output) throws IOException {
        try (InputStream in = SiteRenderer.class.getResourceAsStream("/org/newsgraph/graph/ontology.ttl")) {
            if (in != null) {
                String ttl = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("{base}", iris.base());
                output.write(Path.of("ontology.ttl"), ttl);
            }
        }
    }

    private void copyAssets(StagedOutput output) throws IOException {
        Path assets = templates.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(file)) {
                    output.write(Path.of("assets").resolve(assets.relativize(file).toString()), Files.readAllBytes(file));
                }
            }
        }
    }
}
