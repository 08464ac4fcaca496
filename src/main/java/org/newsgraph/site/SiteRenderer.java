package org.newsgraph.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.graph.Rdf11;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.ForeignStatements;
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
    /** What the last render in this process read back from each article graph (null: nothing kept). */
    private final ArticleMemory memory;
    /** The article pages, apart: the TriG dumps follow them ({@link #pageTurtle}). */
    private final PageRenderer articles = new ArticleRenderer();
    private final List<PageRenderer> renderers = List.of(new HomeRenderer(), new EntityRenderer(),
            new RedirectRenderer(), new EntityIndexRenderer(),
            new FiguresRenderer(), new ArchiveRenderer(), new TagRenderer(), new SearchRenderer(), new SparqlRenderer(),
            new AboutRenderer(), new FeedRenderer(), new VoidRenderer(), new NotFoundRenderer(),
            new HtaccessRenderer());

    /**
     * What the dependency index ({@link PageInputs}) decided: the article and entity pages' folders and the listing
     * pages' files that were built, and how many pages were taken over from the previous site without a record.
     */
    public record Pages(java.util.Set<String> built, int takenOver) {
    }

    public SiteRenderer(Path templates, Iris iris) {
        this(templates, iris, Runtime.getRuntime().availableProcessors());
    }

    /** With this many rendering threads (pages, their RDF and the graph dumps are written in parallel). */
    public SiteRenderer(Path templates, Iris iris, int threads) {
        this(templates, iris, threads, SiteSettings.DEFAULT);
    }

    /** With the site's title and language ({@code newsgraph.yaml}). */
    public SiteRenderer(Path templates, Iris iris, int threads, SiteSettings settings) {
        this(templates, iris, threads, settings, null);
    }

    /**
     * With what the last render in this process read back from each article graph ({@link ArticleMemory}; a process
     * that renders again, such as {@code serve}, keeps one), which this render reads from and leaves its own in.
     */
    public SiteRenderer(Path templates, Iris iris, int threads, SiteSettings settings, ArticleMemory memory) {
        this.theme = new Theme(templates);
        this.iris = iris;
        this.threads = Math.max(1, threads);
        this.settings = settings;
        this.memory = memory;
    }

    public Pages render(DatasetGraph dataset, StagedOutput output) throws IOException {
        return render(dataset, output, new GraphHashes(dataset));
    }

    /** With the graphs' hashes shared with whoever else keys by them (the graph store's sync after the render). */
    public Pages render(DatasetGraph dataset, StagedOutput output, GraphHashes hashes) throws IOException {
        ForkJoinPool workers = new ForkJoinPool(threads);
        try {
            return render(dataset, output, hashes, workers);
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
    private Pages render(DatasetGraph dataset, StagedOutput output, GraphHashes hashes, ForkJoinPool workers)
            throws IOException {
        // A theme of this render's own: it reads each folder of files once, and the next render reads them afresh.
        Theme theme = new Theme(this.theme.folder());
        // The statistics on one worker from the start, while the graph is read back, every article graph keyed
        // (hashed unless its hash is known: GraphInputs) and pages are written on the others; only the pages that show
        // them (about, VoID, SPARQL) wait for them. The sorted union only for union dumps written whole.
        // A process that renders again (serve) counts only the graphs that changed since its last render.
        ForkJoinTask<GraphStatistics> statistics = workers.submit(() -> memory == null ? GraphStatistics.of(dataset)
                : memory.counts().of(dataset, hashes::of));
        Lazy<List<Triple>> sortedUnion = new Lazy<>(() -> GraphFiles.sortedUnion(dataset));
        // Every graph hashed first, on all workers (unless its hash is known): the model looks articles up in its
        // memory by their graph's key.
        List<org.apache.jena.graph.Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        workers.submit(() -> names.parallelStream().forEach(hashes::of)).join();
        SiteModel model = new SiteModel(dataset, iris, hashes, memory);
        workers.submit(() -> model.articles.parallelStream().forEach(a -> model.graphKey(iris.article(a.slug()))))
                .join();
        GraphFiles graphFiles = new GraphFiles(iris.base());
        String inputsHeader = Keys.of("page inputs", iris.base());
        PageInputs inputs = PageInputs.of(output, model, dataset, iris, inputsHeader);
        RenderContext context = new RenderContext(model, new ViewFactory(model, iris.base()), theme, new Templates(theme, settings),
                output, dataset, iris, graphFiles, statistics::join, workers, inputs);
        Path data = Path.of("data");
        String graphKey = model.datasetKey();
        // The union in RDF 1.1, made once for the dumps that need it whole (and not at all when they are in pieces).
        Rdf11Union rdf11 = new Rdf11Union(sortedUnion::get);
        // Cut only when a union dump is written (not when the previous site has them all from the same graph).
        // Each graph's foreign statements are taken from the previous site's index when it has the graph's key.
        ForeignStatements foreign = ForeignStatements.read(output.previousFile(Path.of(ForeignStatements.FILE)),
                Keys.of("foreign statements", iris.base()));
        Lazy<UnionPieces.Pieces> pieces = new Lazy<>(() -> UnionPieces.of(dataset, name -> Quad.isDefaultGraph(name)
                ? Keys.ofStatements("default graph", () -> dataset.getDefaultGraph().find()) : model.graphKey(name),
                foreign));
        PieceDump pieceDump = new PieceDump(output, graphFiles);
        // The TriG dumps after the article pages, taking each article graph's Turtle from its page file: nothing is
        // kept in memory between a page and a dump (at 10,000 articles ~256 MB of Turtle a form).
        List<RenderContext.Work> trig = List.of(
                dump(output, data.resolve("graph.trig"), graphKey, file -> graphFiles.writeTrig(dataset, file, output,
                        false, pageTurtle(output, model, "index.ttl"))),
                dump(output, data.resolve("graph-rdf11.trig"), graphKey,
                        file -> graphFiles.writeTrig(dataset, file, output, true,
                                pageTurtle(output, model, "index-rdf11.ttl"))));
        List<RenderContext.Work> work = new ArrayList<>(List.of(
                unions(output, pieceDump, graphKey, pieces, false, List.of(
                        new Union(data.resolve("graph.ttl"), PieceDump.Format.TURTLE,
                                file -> graphFiles.writeTurtle(sortedUnion.get(), file, output)),
                        new Union(data.resolve("graph.nt"), PieceDump.Format.NTRIPLES,
                                file -> graphFiles.writeNTriples(sortedUnion.get(), file, output)))),
                unions(output, pieceDump, graphKey, pieces, true, List.of(
                        new Union(data.resolve("graph.jsonld"), PieceDump.Format.JSONLD,
                                file -> graphFiles.writeJsonLdRdf11(rdf11.get(), file, output)),
                        new Union(data.resolve("graph-rdf11.ttl"), PieceDump.Format.TURTLE,
                                file -> graphFiles.writeTurtle(rdf11.get(), file, output)),
                        new Union(data.resolve("graph-rdf11.nt"), PieceDump.Format.NTRIPLES,
                                file -> graphFiles.writeNTriples(rdf11.get(), file, output)))),
                () -> output.write(Path.of("ontology.ttl"), ontology(iris.base())),
                () -> {
                    for (Map.Entry<String, byte[]> asset : theme.files("assets").entrySet()) {
                        if (!SparqlEngine.packed("assets/" + asset.getKey())) {
                            output.write(Path.of("assets", asset.getKey()), asset.getValue());
                        }
                    }
                }));
        work.add(() -> {
            articles.render(context);
            context.all(trig);
        });
        for (PageRenderer renderer : renderers) {
            work.add(() -> renderer.render(context));
        }
        context.all(work);
        pieceDump.finish();
        writeForeign(output, foreign, pieces);
        inputs.write(inputsHeader);
        new SitemapRenderer().render(context);
        return inputs.pages();
    }

    /**
     * The index of the graphs' foreign statements: as recorded while cutting the union; when no union dump was cut
     * (every one taken over: the same graphs as the previous site's), the previous site's index, which a build of the
     * same graphs wrote.
     */
    private static void writeForeign(StagedOutput output, ForeignStatements foreign, Lazy<UnionPieces.Pieces> pieces)
            throws IOException {
        if (!pieces.made() && foreign.previousFile() != null) {
            output.write(Path.of(ForeignStatements.FILE), Files.readAllBytes(foreign.previousFile()));
            return;
        }
        pieces.get();
        output.write(Path.of(ForeignStatements.FILE), foreign.text());
    }

    /** A value made by the first caller that asks for it. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }

        synchronized boolean made() {
            return value != null;
        }
    }

    /** The sorted union in RDF 1.1, made by the first dump that asks for it. */
    private static final class Rdf11Union {
        private final java.util.function.Supplier<List<Triple>> union;
        private List<Triple> rdf11;

        Rdf11Union(java.util.function.Supplier<List<Triple>> union) {
            this.union = union;
        }

        synchronized List<Triple> get() {
            if (rdf11 == null) {
                rdf11 = Rdf11.sorted(union.get());
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

    /** One dump of the union: its file, its format in pieces, and how it is written whole. */
    private record Union(Path file, PieceDump.Format format, DumpWriter whole) {
    }

    /**
     * Dumps of the union in one form (RDF 1.2, or RDF 1.1): each unless the previous site has it from the same graph;
     * the others written in one piece per graph, together in one pass (each piece's statements gathered once for
     * all of them), each piece the previous site has copied from its file ({@link PieceDump}); with blank nodes,
     * written whole.
     */
    private static RenderContext.Work unions(StagedOutput output, PieceDump pieceDump, String graphKey,
                                             Lazy<UnionPieces.Pieces> pieces, boolean rdf11, List<Union> dumps) {
        return () -> {
            List<Path> files = new ArrayList<>();
            List<PieceDump.Format> formats = new ArrayList<>();
            for (Union dump : dumps) {
                if (output.reuse(dump.file(), graphKey)) {
                    pieceDump.kept(dump.file());
                } else if (!pieces.get().blankNodes()) {
                    files.add(dump.file());
                    formats.add(dump.format());
                } else {
                    dump.whole().write(dump.file());
                }
            }
            if (!files.isEmpty()) {
                pieceDump.write(files, formats, rdf11 ? pieces.get().rdf11() : pieces.get().rdf12());
            }
        };
    }

    /**
     * An article graph's Turtle as this site's page file has it ({@code article/<slug>/index.ttl}, written or taken
     * over from the previous site), when that file was made from the same statements: the TriG dumps, which run after
     * the article pages, copy it instead of writing the graph again.
     */
    private GraphFiles.KnownTurtle pageTurtle(StagedOutput output, SiteModel model, String fileName) {
        String articles = iris.base() + "article/";
        return name -> {
            String iri = name.getURI();
            if (!iri.startsWith(articles) || !iri.endsWith("/")) {
                return null;
            }
            return output.stagedFile(Path.of(iri.substring(iris.base().length()) + fileName), model.graphKey(name));
        };
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
