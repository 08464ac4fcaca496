package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/** The directly written expanded JSON-LD reads back, through Jena's JSON-LD parser, as the graph it was made from. */
class ExpandedJsonLdTest {

    private static final String EX = "http://example.org/";

    @Test
    void everyKindOfTermReadsBackAsWritten() {
        Graph graph = GraphFactory.createDefaultGraph();
        Node a = NodeFactory.createURI(EX + "a#x=1,2");
        Node blank = NodeFactory.createBlankNode("b1");
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        graph.add(Triple.create(a, type, NodeFactory.createURI(EX + "Thing")));
        graph.add(Triple.create(a, type, NodeFactory.createURI(EX + "Other")));
        graph.add(Triple.create(a, type, NodeFactory.createLiteralString("a literal type")));
        graph.add(Triple.create(a, NodeFactory.createURI(EX + "text"),
                NodeFactory.createLiteralString("quote \" backslash \\ newline \n tab \t bell \u0007 é 字 \u2028")));
        graph.add(Triple.create(a, NodeFactory.createURI(EX + "text"), NodeFactory.createLiteralLang("bonjour", "fr")));
        graph.add(Triple.create(a, NodeFactory.createURI(EX + "n"), NodeFactory.createLiteralDT("12.50", XSDDatatype.XSDdecimal)));
        graph.add(Triple.create(a, NodeFactory.createURI(EX + "link"), blank));
        graph.add(Triple.create(blank, NodeFactory.createURI(EX + "link"), a));
        graph.add(Triple.create(a, NodeFactory.createURI(EX + "reifies"), NodeFactory.createTripleTerm(a, type, a)));
        String json = new GraphFiles(EX).jsonld(graph);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).lang(Lang.JSONLD).parse(parsed);
        Graph expected = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (!t.getObject().isTripleTerm()) {
                expected.add(t);
            }
        });
        assertTrue(IsoMatcher.isomorphic(expected, parsed), json);
    }

    @Test
    void stringsAreEscapedAsJsonAndTheRestKeptAsItIs() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(NodeFactory.createURI(EX + "a"), NodeFactory.createURI(EX + "text"),
                NodeFactory.createLiteralString("\"q\" a\\b\nc\rd\te\bf\fg\u0001h\u2028i\u2029 é 字 end")));
        graph.add(Triple.create(NodeFactory.createURI(EX + "a"), NodeFactory.createURI(EX + "plain"),
                NodeFactory.createLiteralString("nothing to escape")));
        String json = new GraphFiles(EX).jsonld(graph);
        assertTrue(json.contains("\"@value\": \"\\\"q\\\" a\\\\b\\nc\\rd\\te\\bf\\fg\\u0001h\\u2028i\\u2029 é 字 end\""),
                json);
        assertTrue(json.contains("\"@value\": \"nothing to escape\""), json);
    }

    @Test
    void anEmptyGraphIsAnEmptyGraphArray() {
        String json = new GraphFiles(EX).jsonld(GraphFactory.createDefaultGraph());
        assertEquals("{\n    \"@graph\": []\n}\n", json);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).lang(Lang.JSONLD).parse(parsed);
        assertTrue(parsed.isEmpty());
    }
}
