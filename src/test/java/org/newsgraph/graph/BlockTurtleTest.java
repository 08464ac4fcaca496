package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The Turtle and N-Triples written straight into text are, byte for byte, what Jena's streaming writers give for the
 * same sorted statements (so pages and dumps did not change), and read back to the same graph.
 */
class BlockTurtleTest {

    private static final String BASE = "http://example.org/";
    private static final Map<String, String> PREFIXES = new TreeMap<>(Vocabularies.prefixes(BASE).getNsPrefixMap());

    @Test
    void turtleIsJenasBlocksWriterByteForByte() {
        List<Triple> sorted = awkward();
        String ours = new BlockTurtle(PREFIXES).document(sorted);
        assertEquals(jena(sorted, RDFFormat.TURTLE_BLOCKS, PREFIXES), ours);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ours, Lang.TURTLE).parse(parsed);
        assertTrue(IsoMatcher.isomorphic(graph(sorted), parsed), "the same statements");
    }

    @Test
    void nTriplesAreJenasByteForByte() {
        List<Triple> sorted = awkward();
        StringBuilder ours = new StringBuilder();
        BlockTurtle turtle = new BlockTurtle(PREFIXES);
        turtle.nTriples(sorted, 0, 3, ours);
        turtle.nTriples(sorted, 3, sorted.size(), ours);  // in steps, as dumps are written
        assertEquals(jena(sorted, RDFFormat.NTRIPLES_UTF8, Map.of()), ours.toString());
    }

    @Test
    void nQuadsAreJenasByteForByte() throws Exception {
        List<Quad> quads = new ArrayList<>();
        Node graph = iri("article/a-1/");
        for (Triple t : awkward()) {
            quads.add(Quad.create(graph, t));
            quads.add(Quad.create(Quad.defaultGraphIRI, t));
        }
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        StreamRDF stream = StreamRDFWriter.getWriterStream(jena, RDFFormat.NQUADS_UTF8);
        stream.start();
        quads.forEach(stream::quad);
        stream.finish();
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        GraphFiles.writeNQuads(quads, ours);
        assertEquals(jena.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8));
    }

    @Test
    void graphFilesWriteTheSameTurtleAsJenaForAPageWithExtraPrefixes() {
        Graph graph = graph(awkward());
        Map<String, String> more = new TreeMap<>(PREFIXES);
        more.put("void", "http://rdfs.org/ns/void#");
        org.apache.jena.shared.PrefixMapping extra = org.apache.jena.shared.PrefixMapping.Factory.create()
                .setNsPrefix("void", "http://rdfs.org/ns/void#");
        assertEquals(jena(awkward(), RDFFormat.TURTLE_BLOCKS, more), new GraphFiles(BASE).turtle(graph, extra));
    }

    @Test
    void blankNodesAreLeftToJena() {
        Node blank = NodeFactory.createBlankNode();
        List<Triple> statements = List.of(Triple.create(iri("entity/a/"), iri("p"), blank));
        assertFalse(BlockTurtle.supports(statements));
        String text = new GraphFiles(BASE).turtle(graph(statements));
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(parsed);
        assertTrue(IsoMatcher.isomorphic(graph(statements), parsed));
    }

    /** Terms that need escaping, abbreviating or padding, in the order the site sorts them. */
    private static List<Triple> awkward() {
        List<Triple> t = new ArrayList<>();
        Node article = iri("article/a-1/");
        Node shortSubject = NodeFactory.createURI(BASE + "ontology#X");  // ng:X, a short subject
        Node longPredicate = NodeFactory.createURI("http://example.com/a/very/long/predicate/that/is/not/prefixed");
        t.add(Triple.create(article, RDF.type.asNode(), NodeFactory.createURI("https://schema.org/NewsArticle")));
        t.add(Triple.create(article, NodeFactory.createURI("https://schema.org/headline"),
                NodeFactory.createLiteralString("Quotes \" and \\ back, tab\tnew\nline, café, 😀")));
        t.add(Triple.create(article, NodeFactory.createURI("https://schema.org/headline"),
                NodeFactory.createLiteralLang("Bonjour", "fr")));
        t.add(Triple.create(article, longPredicate, NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger)));
        t.add(Triple.create(article, iri("p"), NodeFactory.createLiteralDT("1.50", XSDDatatype.XSDdecimal)));
        t.add(Triple.create(article, iri("p"), NodeFactory.createLiteralDT("2.5E3", XSDDatatype.XSDdouble)));
        t.add(Triple.create(article, iri("p"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        t.add(Triple.create(article, iri("p"), NodeFactory.createLiteralDT("2026-01-02", XSDDatatype.XSDdate)));
        t.add(Triple.create(article, iri("p"), NodeFactory.createURI("http://example.org/odd|iri{with}^chars`")));
        t.add(Triple.create(article, iri("p"), NodeFactory.createURI("http://example.org/entity/ünïcode")));
        t.add(Triple.create(iri("entity/b/#char=1,2"), iri("q"), NodeFactory.createTripleTerm(article,
                iri("ownedBy"), iri("entity/b/"))));
        t.add(Triple.create(shortSubject, RDF.type.asNode(), iri("entity/c/")));
        t.add(Triple.create(iri("x"), iri("y"), iri("entity/d")));
        t.sort(GraphFiles.ORDER);
        return t;
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(BASE + path);
    }

    private static Graph graph(List<Triple> statements) {
        Graph g = GraphFactory.createDefaultGraph();
        statements.forEach(g::add);
        return g;
    }

    private static String jena(List<Triple> sorted, RDFFormat format, Map<String, String> prefixes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        prefixes.forEach(stream::prefix);
        sorted.forEach(stream::triple);
        stream.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
