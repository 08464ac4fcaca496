package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.StagedOutput;

/**
 * The union dumps in one piece per graph: each statement once over all pieces, and after a change only the changed
 * graph's pieces formatted, the others copied, in the bytes a write from nothing gives.
 */
class PieceDumpTest {

    private static final String BASE = "http://example.org/";
    private static final List<String> DUMPS = List.of("graph.ttl", "graph.nt", "graph.jsonld", "graph-rdf11.ttl",
            "graph-rdf11.nt");

    @TempDir
    Path dir;

    /** {@code dump graph} of each piece made while writing (formatted, not copied). */
    private final Set<String> formatted = ConcurrentHashMap.newKeySet();

    @Test
    void piecesHoldTheUnionOnceAndAnEditFormatsOnlyItsGraph() throws Exception {
        DatasetGraph dataset = dataset("first");
        Path site = dir.resolve("site");
        write(dataset, site);
        Graph union = GraphFiles.union(dataset);
        for (String dump : List.of("graph.ttl", "graph.nt")) {
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.source(site.resolve("data").resolve(dump)).parse(parsed);
            assertTrue(IsoMatcher.isomorphic(union, parsed), dump + ": the union");
        }
        assertEquals(union.size(), Files.readAllLines(site.resolve("data/graph.nt")).size(),
                "a statement in two graphs is written once");
        Graph jsonld = GraphFactory.createDefaultGraph();
        RDFParser.source(site.resolve("data/graph.jsonld")).lang(Lang.JSONLD).parse(jsonld);
        assertTrue(IsoMatcher.isomorphic(Rdf11.graph(union), jsonld), "JSON-LD: the union in RDF 1.1");

        // Retitle the second article: only its graph's pieces are formatted again.
        DatasetGraph edited = dataset("second, retitled");
        formatted.clear();
        write(edited, site);
        Set<String> expected = new TreeSet<>();
        DUMPS.forEach(d -> expected.add(d + " " + BASE + "article/b/"));
        // The JSON-LD list's first node has no comma before it, so that piece is not kept for copying.
        expected.add("graph.jsonld " + BASE + "article/a/");
        assertEquals(expected, new TreeSet<>(formatted), "only the edited graph's pieces are made again");
        Path clean = dir.resolve("clean");
        write(edited, clean);
        for (String dump : DUMPS) {
            assertArrayEquals(Files.readAllBytes(clean.resolve("data").resolve(dump)),
                    Files.readAllBytes(site.resolve("data").resolve(dump)), dump + ": copied pieces, same bytes");
        }
        assertArrayEquals(Files.readAllBytes(clean.resolve(PieceDump.INDEX)),
                Files.readAllBytes(site.resolve(PieceDump.INDEX)));
    }

    @Test
    void dumpsWrittenTogetherAreTheDumpsWrittenOneByOneAndGatherEachPieceOnce() throws Exception {
        DatasetGraph dataset = dataset("second");
        Path apart = dir.resolve("apart");
        write(dataset, apart);
        Path together = dir.resolve("together");
        GraphFiles files = new GraphFiles(BASE);
        UnionPieces.Pieces pieces = UnionPieces.of(dataset, name -> name.getURI() + "|"
                + StatementHash.of(() -> dataset.getGraph(name).find()));
        java.util.Map<String, Integer> gathered = new ConcurrentHashMap<>();
        try (StagedOutput output = StagedOutput.open(together)) {
            PieceDump dump = new PieceDump(output, files);
            dump.write(List.of(Path.of("data/graph.ttl"), Path.of("data/graph.nt")),
                    List.of(PieceDump.Format.TURTLE, PieceDump.Format.NTRIPLES), counting(gathered, "12", pieces.rdf12()));
            dump.write(List.of(Path.of("data/graph.jsonld"), Path.of("data/graph-rdf11.ttl"),
                    Path.of("data/graph-rdf11.nt")), List.of(PieceDump.Format.JSONLD, PieceDump.Format.TURTLE,
                    PieceDump.Format.NTRIPLES), counting(gathered, "11", pieces.rdf11()));
            dump.finish();
            output.commit();
        }
        for (String name : DUMPS) {
            assertArrayEquals(Files.readAllBytes(apart.resolve("data").resolve(name)),
                    Files.readAllBytes(together.resolve("data").resolve(name)), name);
        }
        assertArrayEquals(Files.readAllBytes(apart.resolve(PieceDump.INDEX)),
                Files.readAllBytes(together.resolve(PieceDump.INDEX)));
        assertEquals(2 * pieces.rdf12().size(), gathered.size());
        assertTrue(gathered.values().stream().allMatch(n -> n == 1), "each piece gathered once per pass: " + gathered);
    }

    /**
     * When the graph of the first piece leaves, the next piece, copied from the previous file, opens the JSON-LD
     * list: copied without the comma it had there, as a clean build writes it.
     */
    @Test
    void aCopiedPieceThatBecomesFirstLosesItsComma() throws Exception {
        Path site = dir.resolve("first-leaves");
        write(apart(List.of("a", "b", "c")), site);
        formatted.clear();
        DatasetGraph without = apart(List.of("b", "c"));
        write(without, site);
        assertTrue(formatted.stream().noneMatch(f -> f.startsWith("graph.jsonld")), "every piece copied: " + formatted);
        Path clean = dir.resolve("first-leaves-clean");
        write(without, clean);
        for (String dump : DUMPS) {
            assertArrayEquals(Files.readAllBytes(clean.resolve("data").resolve(dump)),
                    Files.readAllBytes(site.resolve("data").resolve(dump)), dump + ": copied pieces, same bytes");
        }
        assertArrayEquals(Files.readAllBytes(clean.resolve(PieceDump.INDEX)),
                Files.readAllBytes(site.resolve(PieceDump.INDEX)));
    }

    /** Articles that share no statement: each piece's text is its own graph's, whichever others are there. */
    private static DatasetGraph apart(List<String> slugs) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (String slug : slugs) {
            Node article = iri("article/" + slug + "/");
            dataset.getGraph(article).add(article, iri("schema/name"), NodeFactory.createLiteralString("Title " + slug));
        }
        return dataset;
    }

    private static List<UnionPieces.Piece> counting(java.util.Map<String, Integer> gathered, String pass,
                                                    List<UnionPieces.Piece> pieces) {
        return pieces.stream().map(p -> new UnionPieces.Piece(p.key(), () -> {
            gathered.merge(pass + " " + p.key(), 1, Integer::sum);
            return p.statements().get();
        })).toList();
    }

    private void write(DatasetGraph dataset, Path site) throws Exception {
        GraphFiles files = new GraphFiles(BASE);
        UnionPieces.Pieces pieces = UnionPieces.of(dataset, name -> name.getURI() + "|"
                + StatementHash.of(() -> dataset.getGraph(name).find()));
        try (StagedOutput output = StagedOutput.open(site)) {
            PieceDump dump = new PieceDump(output, files);
            for (String name : DUMPS) {
                boolean rdf11 = name.equals("graph.jsonld") || name.contains("rdf11");
                PieceDump.Format format = name.endsWith(".ttl") ? PieceDump.Format.TURTLE
                        : name.endsWith(".nt") ? PieceDump.Format.NTRIPLES : PieceDump.Format.JSONLD;
                dump.write(Path.of("data", name), format, counted(name, rdf11 ? pieces.rdf11() : pieces.rdf12()));
            }
            dump.finish();
            output.commit();
        }
    }

    private List<UnionPieces.Piece> counted(String dump, List<UnionPieces.Piece> pieces) {
        return pieces.stream().map(p -> new UnionPieces.Piece(p.key(), () -> {
            formatted.add(dump + " " + p.key().substring(0, p.key().indexOf('|')));
            return p.statements().get();
        })).toList();
    }

    /** Two articles and the entity graph; one entity statement is in an article graph too, one relation reified. */
    private static DatasetGraph dataset(String secondTitle) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        Node name = iri("schema/name");
        Node acme = iri("entity/acme/");
        Node beta = iri("entity/beta/");
        Graph entities = dataset.getGraph(iri("graph/entities"));
        entities.add(acme, name, NodeFactory.createLiteralString("Acme"));
        entities.add(beta, name, NodeFactory.createLiteralString("Beta"));
        for (String slug : List.of("a", "b")) {
            Node article = iri("article/" + slug + "/");
            Graph graph = dataset.getGraph(article);
            graph.add(article, name, NodeFactory.createLiteralString(slug.equals("a") ? "first" : secondTitle));
            graph.add(iri("article/" + slug + "/#m1"), iri("ng/refersTo"), acme);
            // The same statement in the entity graph and both articles: written once, in the first piece.
            graph.add(acme, name, NodeFactory.createLiteralString("Acme"));
            Triple relation = Triple.create(acme, iri("ng/acquired"), beta);
            graph.add(iri("article/" + slug + "/#r1"), Rdf11.REIFIES, NodeFactory.createTripleTerm(relation));
        }
        return dataset;
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(BASE + local);
    }
}
