package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.StagedOutput;

/** The streamed dumps: each parses back to exactly the graph written, in the same bytes whatever the input order. */
class GraphFilesTest {

    private static final String BASE = "http://example.org/";

    @TempDir
    Path dir;

    @Test
    void everyDumpParsesBackToTheGraphItWasWrittenFrom() throws Exception {
        DatasetGraph dataset = archive(1);
        Path data = write(dataset, "site");
        DatasetGraph trig = DatasetGraphFactory.create();
        RDFParser.source(data.resolve("graph.trig")).lang(Lang.TRIG).parse(trig);
        assertTrue(IsoMatcher.isomorphic(dataset, trig), "TriG: the same named graphs and statements");
        Graph union = GraphFiles.union(dataset);
        for (String dump : List.of("graph.ttl", "graph.nt")) {
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.source(data.resolve(dump)).parse(parsed);
            assertTrue(IsoMatcher.isomorphic(union, parsed), dump + ": the union, every statement once");
        }
        // JSON-LD 1.1 cannot say triple terms (rdf:reifies): RDF 1.1 reification instead, across many pieces.
        Graph rdf11 = Rdf11.graph(union);
        assertTrue(rdf11.size() > 3 * 5_000, "large enough to be written in several pieces");
        assertTrue(rdf11.contains(Node.ANY, Rdf11.TYPE, Rdf11.STATEMENT), "the archive has relations");
        Graph jsonld = GraphFactory.createDefaultGraph();
        RDFParser.source(data.resolve("graph.jsonld")).lang(Lang.JSONLD).parse(jsonld);
        assertTrue(IsoMatcher.isomorphic(rdf11, jsonld), "JSON-LD: the union in RDF 1.1");
        for (String dump : List.of("graph-rdf11.ttl", "graph-rdf11.nt")) {
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.source(data.resolve(dump)).parse(parsed);
            assertTrue(IsoMatcher.isomorphic(rdf11, parsed), dump + ": the union in RDF 1.1");
        }
        DatasetGraph trig11 = DatasetGraphFactory.create();
        RDFParser.source(data.resolve("graph-rdf11.trig")).lang(Lang.TRIG).parse(trig11);
        assertEquals(dataset.size(), trig11.size(), "the same named graphs");
    }

    @Test
    void theSameGraphGivesTheSameBytesWhateverOrderItWasBuiltIn() throws Exception {
        Path first = write(archive(1), "first");
        Path second = write(archive(2), "second");
        for (String dump : List.of("graph.trig", "graph.ttl", "graph.nt", "graph.jsonld", "graph-rdf11.trig",
                "graph-rdf11.ttl", "graph-rdf11.nt")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(dump)), Files.readAllBytes(second.resolve(dump)), dump);
        }
        GraphFiles files = new GraphFiles(BASE);
        Graph a = archive(1).getGraph(NodeFactory.createURI(BASE + "article/a-7/"));
        Graph b = archive(2).getGraph(NodeFactory.createURI(BASE + "article/a-7/"));
        assertEquals(files.turtle(a), files.turtle(b));
        assertEquals(files.jsonld(a), files.jsonld(b));
    }

    @Test
    void theTrigTakesAnArticleGraphsTurtleFromItsPageFileAsWritten() throws Exception {
        DatasetGraph dataset = archive(4);
        GraphFiles files = new GraphFiles(BASE);
        Node first = NodeFactory.createURI(BASE + "article/a-1/");
        Node last = NodeFactory.createURI(BASE + "article/a-99/");
        Path page = Path.of("article/a-1/index.ttl");
        Path marked = Path.of("article/a-99/index.ttl");
        String markedText = files.turtle(dataset.getGraph(last)).replaceFirst("\n\n", "\n\n# from the page file\n");
        Path site = dir.resolve("shared");
        try (StagedOutput output = StagedOutput.open(site)) {
            output.reuse(page, "key-1");
            output.write(page, files.turtle(dataset.getGraph(first)));
            output.reuse(marked, "key-99");
            output.write(marked, markedText);
            GraphFiles.KnownTurtle known = name -> name.equals(first) ? output.stagedFile(page, "key-1")
                    : name.equals(last) ? output.stagedFile(marked, "key-99") : null;
            files.writeTrig(dataset, Path.of("graph.trig"), output, false, known);
            files.writeTrig(dataset, Path.of("alone.trig"), output);
            assertEquals(null, output.stagedFile(page, "another key"), "a file recorded under another key: not taken");
            output.commit();
        }
        String trig = Files.readString(site.resolve("graph.trig"));
        assertTrue(trig.contains("# from the page file\n"), "the text is the page file's, not made again");
        assertEquals(Files.readString(site.resolve("alone.trig")), trig.replace("# from the page file\n", ""),
                "the same bytes as a dump that made every graph's text itself");
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.fromString(trig, Lang.TRIG).parse(parsed);
        assertTrue(IsoMatcher.isomorphic(dataset, parsed));
    }

    /**
     * A page file is copied from where its prefix lines end, however long they are: here longer than the first
     * bytes the dump looks at, one file ending inside a {@code PREFIX} word of that window, and non-ASCII text after.
     */
    @Test
    void theTrigCopiesAPageFilesStatementsWhateverItsPrefixLinesTake() throws Exception {
        DatasetGraph dataset = archive(5);
        GraphFiles files = new GraphFiles(BASE);
        List<Node> pages = List.of(NodeFactory.createURI(BASE + "article/a-1/"),
                NodeFactory.createURI(BASE + "article/a-2/"), NodeFactory.createURI(BASE + "article/a-3/"));
        Path site = dir.resolve("prefixes");
        try (StagedOutput output = StagedOutput.open(site)) {
            for (int i = 0; i < pages.size(); i++) {
                String turtle = files.turtle(dataset.getGraph(pages.get(i)));
                // Prefix lines before the page's own (42 bytes each): none; 73,500 bytes' worth; and 1,560 lines,
                // a 13-byte one and 100 more, so that the first 65,536 bytes end three bytes into a "PREFIX ".
                StringBuilder head = new StringBuilder();
                for (int line = 0; line < List.of(0, 1750, 1560).get(i); line++) {
                    head.append(String.format("PREFIX p%05d: <http://example.org/p/%03d>\n", line, line % 1000));
                }
                if (i == 2) {
                    head.append("PREFIX q: <>\n");
                    for (int line = 0; line < 100; line++) {
                        head.append(String.format("PREFIX r%05d: <http://example.org/r/%03d>\n", line, line));
                    }
                    assertEquals("PRE", head.substring(65533, 65536));
                }
                Path page = Path.of("article/a-" + (i + 1) + "/index.ttl");
                output.reuse(page, "key-" + i);
                output.write(page, head + turtle);
            }
            GraphFiles.KnownTurtle known = name -> pages.contains(name)
                    ? output.stagedFile(Path.of("article/a-" + (pages.indexOf(name) + 1) + "/index.ttl"),
                    "key-" + pages.indexOf(name)) : null;
            files.writeTrig(dataset, Path.of("graph.trig"), output, false, known);
            files.writeTrig(dataset, Path.of("alone.trig"), output);
            output.commit();
        }
        assertArrayEquals(Files.readAllBytes(site.resolve("alone.trig")), Files.readAllBytes(site.resolve("graph.trig")),
                "the statements of each page file, as a dump that made every graph's text itself");
    }

    @Test
    void sortedUnionHasEachStatementOnceInOrder() {
        DatasetGraph dataset = archive(3);
        List<Triple> union = GraphFiles.sortedUnion(dataset);
        assertEquals(GraphFiles.union(dataset).size(), union.size());
        for (int i = 1; i < union.size(); i++) {
            assertTrue(GraphFiles.ORDER.compare(union.get(i - 1), union.get(i)) < 0, "strictly increasing at " + i);
        }
    }

    private Path write(DatasetGraph dataset, String name) throws Exception {
        Path site = dir.resolve(name);
        try (StagedOutput output = StagedOutput.open(site)) {
            new GraphFiles(BASE).writeAll(dataset, Path.of("data"), output);
            output.commit();
        }
        return site.resolve("data");
    }

    /**
     * 300 article graphs sharing entities (so the union has statements in several graphs), literals of several
     * kinds, a reified statement per article; the quads added in an order that depends on the seed.
     */
    private static DatasetGraph archive(long seed) {
        List<Quad> quads = new ArrayList<>();
        Node entities = NodeFactory.createURI(BASE + "entities");
        Node name = NodeFactory.createURI("https://schema.org/name");
        Node mentions = NodeFactory.createURI("https://schema.org/mentions");
        Node value = NodeFactory.createURI("https://schema.org/value");
        Node reifies = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies");
        Node ownedBy = NodeFactory.createURI(BASE + "ontology#ownedBy");
        for (int e = 0; e < 40; e++) {
            Node entity = NodeFactory.createURI(BASE + "entity/e-" + e + "/");
            quads.add(Quad.create(entities, entity, name, NodeFactory.createLiteralString("Entity “" + e + "” \"quoted\"")));
            quads.add(Quad.create(entities, entity, name, NodeFactory.createLiteralLang("Entité " + e, "fr")));
        }
        for (int a = 0; a < 300; a++) {
            Node graph = NodeFactory.createURI(BASE + "article/a-" + a + "/");
            Node e1 = NodeFactory.createURI(BASE + "entity/e-" + a % 40 + "/");
            Node e2 = NodeFactory.createURI(BASE + "entity/e-" + (a + 1) % 40 + "/");
            quads.add(Quad.create(graph, graph, mentions, e1));
            quads.add(Quad.create(graph, graph, mentions, e2));
            quads.add(Quad.create(graph, e1, ownedBy, e2));
            quads.add(Quad.create(graph, NodeFactory.createURI(graph.getURI() + "#r1"), reifies,
                    NodeFactory.createTripleTerm(e1, ownedBy, e2)));
            for (int f = 0; f < 20; f++) {
                Node figure = NodeFactory.createURI(graph.getURI() + "#figure-" + f);
                quads.add(Quad.create(graph, figure, value, NodeFactory.createLiteralDT(f + ".5", XSDDatatype.XSDdecimal)));
                quads.add(Quad.create(graph, figure, name, NodeFactory.createLiteralString("$" + f + " million\nmonthly")));
                quads.add(Quad.create(graph, figure, mentions, e1));
            }
        }
        Collections.shuffle(quads, new Random(seed));
        DatasetGraph dataset = DatasetGraphFactory.create();
        quads.forEach(dataset::add);
        return dataset;
    }
}
