package org.newsgraph.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.graph.Rdf11;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.PieceDump;
import org.newsgraph.graph.UnionPieces;
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
    private final int threads;
    private final SiteSettings settings;
    private final List<PageRenderer> renderers = List.of(new HomeRenderer(), new ArticleRenderer(),
            new EntityRenderer(), new RedirectRenderer(), new EntityIndexRenderer(),
            new FiguresRenderer(), new ArchiveRenderer(), new TagRenderer(), new SearchRenderer(), new SparqlRenderer(),
            new AboutRenderer(), new FeedRenderer(), new VoidRenderer(), new NotFoundRenderer(),
            new HtaccessRenderer());

    public SiteRenderer(Path templates, Iris iris) {
        this(templates, iris, Runtime.getRuntime().availableProcessors());
    }

    /** With this many rendering threads (pages, their RDF and the graph dumps are written in parallel). */
    public SiteRenderer(Path templates, Iris iris, int threads) {
        this(templates, iris, threads, SiteSettings.DEFAULT);
    }

    /** With the site's title and language ({@code newsgraph.yaml}). */
    public SiteRenderer(Path templates, Iris iris, int threads, SiteSettings settings) {
        this.theme = new Theme(templates);
        this.iris = iris;
        this.threads = Math.max(1, threads);
        this.settings = settings;
    }

    public void render(DatasetGraph dataset, StagedOutput output) throws IOException {
        render(dataset, output, new GraphHashes(dataset));
    }

    /** With the graphs' hashes shared with whoever else keys by them (the graph store's sync after the render). */
    public void render(DatasetGraph dataset, StagedOutput output, GraphHashes hashes) throws IOException {
        ForkJoinPool workers = new ForkJoinPool(threads);
        try {
            render(dataset, output, hashes, workers);
        } finally {
            // After a failure other pages may still be in the middle of writing: wait for them (they skip the pages
            // they have not started), so that whoever cleans up the output after this finds nothing still writing.
            workers.shutdownNow();
            try {
                workers.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Every page kind and every dump side by side, each kind's pages in parallel too; the sitemap last. */
    private void render(DatasetGraph dataset, StagedOutput output, GraphHashes hashes, ForkJoinPool workers)
            throws IOException {
        List<Triple> union = GraphFiles.sortedUnion(dataset);
        SiteModel model = new SiteModel(dataset, iris, hashes);
        GraphFiles graphFiles = new GraphFiles(iris.base());
        RenderContext context = new RenderContext(model, new ViewFactory(model, iris.base()), theme, new Templates(theme, settings),
                output, dataset, iris, graphFiles, GraphStatistics.of(union, dataset.size()), workers);
        Path data = Path.of("data");
        String graphKey = datasetKey(dataset, model);
        // The union in RDF 1.1, made once for the dumps that need it whole (and not at all when they are in pieces).
        Rdf11Union rdf11 = new Rdf11Union(union);
        UnionPieces.Pieces pieces = UnionPieces.of(dataset, name -> Quad.isDefaultGraph(name)
                ? Keys.ofStatements("default graph", () -> dataset.getDefaultGraph().find()) : model.graphKey(name));
        PieceDump pieceDump = new PieceDump(output, graphFiles);
        boolean inPieces = !pieces.blankNodes();
        List<RenderContext.Work> work = new ArrayList<>(List.of(
                dump(output, data.resolve("graph.trig"), graphKey, file -> graphFiles.writeTrig(dataset, file, output,
                        false, pageTurtle(output, model, "index.ttl"))),
                union(output, pieceDump, data.resolve("graph.ttl"), graphKey, inPieces, PieceDump.Format.TURTLE,
                        pieces.rdf12(), file -> graphFiles.writeTurtle(union, file, output)),
                union(output, pieceDump, data.resolve("graph.nt"), graphKey, inPieces, PieceDump.Format.NTRIPLES,
                        pieces.rdf12(), file -> graphFiles.writeNTriples(union, file, output)),
                union(output, pieceDump, data.resolve("graph.jsonld"), graphKey, inPieces, PieceDump.Format.JSONLD,
                        pieces.rdf11(), file -> graphFiles.writeJsonLdRdf11(rdf11.get(), file, output)),
                dump(output, data.resolve("graph-rdf11.trig"), graphKey,
                        file -> graphFiles.writeTrig(dataset, file, output, true,
                                pageTurtle(output, model, "index-rdf11.ttl"))),
                union(output, pieceDump, data.resolve("graph-rdf11.ttl"), graphKey, inPieces, PieceDump.Format.TURTLE,
                        pieces.rdf11(), file -> graphFiles.writeTurtle(rdf11.get(), file, output)),
                union(output, pieceDump, data.resolve("graph-rdf11.nt"), graphKey, inPieces,
                        PieceDump.Format.NTRIPLES, pieces.rdf11(),
                        file -> graphFiles.writeNTriples(rdf11.get(), file, output)),
                () -> output.write(Path.of("ontology.ttl"), ontology(iris.base())),
                () -> {
                    for (Map.Entry<String, byte[]> asset : theme.files("assets").entrySet()) {
                        if (!SparqlEngine.packed("assets/" + asset.getKey())) {
                            output.write(Path.of("assets", asset.getKey()), asset.getValue());
                        }
                    }
                }));
        for (PageRenderer renderer : renderers) {
            work.add(() -> renderer.render(context));
        }
        context.all(work);
        pieceDump.finish();
        new SitemapRenderer().render(context);
    }

    /** The sorted union in RDF 1.1, made by the first dump that asks for it. */
    private static final class Rdf11Union {
        private final List<Triple> union;
        private List<Triple> rdf11;

        Rdf11Union(List<Triple> union) {
            this.union = union;
        }

        synchronized List<Triple> get() {
            if (rdf11 == null) {
                rdf11 = Rdf11.sorted(union);
            }
            return rdf11;
        }
    }

    /** Writing one file of the graph, made from the whole dataset and nothing else. */
    private interface DumpWriter {
        void write(Path file) throws IOException;
    }

    /** A dump, written unless the previous site has it from the same graph. */
    private static RenderContext.Work dump(StagedOutput output, Path file, String graphKey, DumpWriter writer) {
        return () -> {
            if (!output.reuse(file, graphKey)) {
                writer.write(file);
            }
        };
    }

    /**
     * A dump of the union: unless the previous site has it from the same graph, written in one piece per graph, each
     * piece the previous site has copied from its file ({@link PieceDump}); with blank nodes, written whole.
     */
    private static RenderContext.Work union(StagedOutput output, PieceDump pieceDump, Path file, String graphKey,
                                            boolean inPieces, PieceDump.Format format, List<UnionPieces.Piece> pieces,
                                            DumpWriter whole) {
        return () -> {
            if (output.reuse(file, graphKey)) {
                pieceDump.kept(file);
            } else if (inPieces) {
                pieceDump.write(file, format, pieces);
            } else {
                whole.write(file);
            }
        };
    }

    /**
     * An article graph's Turtle as the previous site's page file has it ({@code article/<slug>/index.ttl}), when that
     * file was made from the same statements: the TriG dumps then copy it instead of writing the graph again.
     */
    private GraphFiles.KnownTurtle pageTurtle(StagedOutput output, SiteModel model, String fileName) {
        String articles = iris.base() + "article/";
        return name -> {
            String iri = name.getURI();
            if (!iri.startsWith(articles) || !iri.endsWith("/")) {
                return null;
            }
            return output.previousText(Path.of(iri.substring(iris.base().length()) + fileName), model.graphKey(name));
        };
    }

    /** A hash of every named graph's statements, for the dumps (each made from the whole dataset and nothing else). */
    private static String datasetKey(DatasetGraph dataset, SiteModel model) {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        List<String> parts = new ArrayList<>(names.parallelStream()
                .sorted(Comparator.comparing(Node::getURI)).map(model::graphKey).toList());
        parts.add(Keys.ofStatements("default graph", () -> dataset.getDefaultGraph().find()));
        return Keys.of(parts.toArray(String[]::new));
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
