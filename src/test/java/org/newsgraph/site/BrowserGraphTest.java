package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The graph the query page loads into the browser's engine: every quad, gzip'd N-Quads, in a script. */
class BrowserGraphTest {

    private static final String B = "http://example.org/";

    private static Node iri(String local) {
        return NodeFactory.createURI(B + local);
    }

    /** Two articles' graphs and the entities' graph, with a relation annotated through an RDF 1.2 triple term. */
    private static List<Quad> quads() {
        Node reifies = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies");
        Node relation = NodeFactory.createTripleTerm(iri("entity/a"), iri("ontology#ownedBy"), iri("entity/b"));
        return List.of(
                Quad.create(iri("article/one"), iri("entity/a"), iri("ontology#ownedBy"), iri("entity/b")),
                Quad.create(iri("article/one"), iri("article/one#relation-1"), reifies, relation),
                Quad.create(iri("article/two"), iri("article/two#figure-1"), iri("value"),
                        NodeFactory.createLiteralDT("20000000", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)),
                Quad.create(iri("graph/entities"), iri("entity/a"), iri("name"), NodeFactory.createLiteralString("Ä \"quoted\"")),
                Quad.create(iri("graph/entities"), iri("entity/b"), iri("name"), NodeFactory.createLiteralLang("B", "en")));
    }

    private static DatasetGraph dataset(List<Quad> quads) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        quads.forEach(dataset::add);
        return dataset;
    }

    private static String gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyQuadIsThereWithItsGraphAndTripleTermsStay() throws Exception {
        String nquads = gunzip(BrowserGraph.nquadsGzip(dataset(quads())));
        DatasetGraph read = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(read);
        Set<Quad> back = new HashSet<>();
        read.find().forEachRemaining(back::add);
        assertEquals(new HashSet<>(quads()), back);
        assertTrue(nquads.contains("<<( <" + B + "entity/a> <" + B + "ontology#ownedBy> <" + B + "entity/b> )>>"),
                "the RDF 1.2 triple term as Oxigraph 0.5 reads it: " + nquads);
        assertEquals(quads().size(), nquads.lines().count(), "one line a quad, none in the default graph");
    }

    @Test
    void theSameQuadsGiveTheSameBytesInWhateverOrderTheyCame() throws Exception {
        List<Quad> reversed = new java.util.ArrayList<>(quads());
        java.util.Collections.reverse(reversed);
        assertArrayEquals(BrowserGraph.nquadsGzip(dataset(quads())), BrowserGraph.nquadsGzip(dataset(reversed)));
        List<String> lines = gunzip(BrowserGraph.nquadsGzip(dataset(reversed))).lines().toList();
        assertTrue(lines.get(0).endsWith("<" + B + "article/one> ."), "graphs in IRI order: " + lines);
        assertTrue(lines.get(lines.size() - 1).endsWith("<" + B + "graph/entities> ."), lines.toString());
    }

    @Test
    void theScriptHandsTheGzipAndTheCountToThePage() throws Exception {
        byte[] gzip = BrowserGraph.nquadsGzip(dataset(quads()));
        String script = new String(BrowserGraph.script(gzip, 5), StandardCharsets.US_ASCII);
        Matcher call = Pattern.compile("newsgraphSparqlGraph\\(\"([A-Za-z0-9+/=]+)\", (\\d+)\\);\n").matcher(script);
        assertTrue(call.matches(), script);
        assertArrayEquals(gzip, Base64.getDecoder().decode(call.group(1)));
        assertEquals("5", call.group(2));
    }

    @Test
    void aGraphAboveTheLimitIsNotGivenToTheBrowser() {
        assertTrue(BrowserGraph.fits(0));
        assertTrue(BrowserGraph.fits(BrowserGraph.MAX_QUADS));
        assertFalse(BrowserGraph.fits(BrowserGraph.MAX_QUADS + 1));
    }
}
