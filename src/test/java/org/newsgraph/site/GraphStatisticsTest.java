package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.Vocabularies;

/** The union's counts: a statement held by several graphs counts once, subjects and objects each once. */
class GraphStatisticsTest {

    private static final String EX = "https://example.org/";

    @Test
    void countsEachDistinctStatementOnceWhateverGraphsHoldIt() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Node first = iri("article/first/");
        Node second = iri("article/second/");
        Node entities = iri("entities");
        Node type = Vocabularies.uri(Vocabularies.RDF, "type");
        Node org = iri("Organization");
        Node acme = iri("entity/acme");
        Node zenith = iri("entity/zenith");
        Node name = iri("name");
        Node mentions = iri("mentions");
        // The entity graph and both article graphs say Acme is an organization: one statement of the union.
        for (Node graph : new Node[] {entities, first, second}) {
            dataset.add(new Quad(graph, acme, type, org));
        }
        dataset.add(new Quad(entities, zenith, type, org));
        dataset.add(new Quad(entities, acme, name, NodeFactory.createLiteralString("Acme Widgets")));
        dataset.add(new Quad(first, first, mentions, acme));
        dataset.add(new Quad(second, second, mentions, acme));
        dataset.add(new Quad(second, second, mentions, zenith));

        GraphStatistics stats = GraphStatistics.of(dataset);

        assertEquals(6, stats.triples());
        assertEquals(8, stats.quads(), "each graph's statements: Acme's type three times");
        assertEquals(dataset.stream().count(), stats.quads());
        assertEquals(4, stats.subjects(), "acme, zenith, first, second");
        assertEquals(4, stats.objects(), "Organization, the name, acme, zenith");
        assertEquals(Map.of(org.getURI(), 2L), stats.classes());
        assertEquals(new TreeMap<>(Map.of(type.getURI(), 2L, name.getURI(), 1L, mentions.getURI(), 3L)),
                stats.properties());
        assertEquals(3, stats.graphs());
    }

    /**
     * The counts are those of one pass over the dataset's quads (each quad made into a triple), as the statistics
     * were first counted: on a generated archive whose graphs share statements, with statements in the default graph.
     */
    @Test
    void countsAreThoseOfAPassOverTheDatasetsQuads() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        Node type = Vocabularies.uri(Vocabularies.RDF, "type");
        java.util.Random random = new java.util.Random(20);
        dataset.add(new Quad(Quad.defaultGraphIRI, iri("site"), iri("name"), NodeFactory.createLiteralString("Site")));
        dataset.add(new Quad(Quad.defaultGraphIRI, iri("entity/e-1"), type, iri("Organization")));
        for (int a = 0; a < 200; a++) {
            Node graph = iri("article/a-" + a + "/");
            for (int s = 0; s < 30; s++) {
                Node entity = iri("entity/e-" + random.nextInt(60));
                dataset.add(new Quad(graph, entity, type, iri(random.nextBoolean() ? "Organization" : "Person")));
                dataset.add(new Quad(graph, iri("article/a-" + a + "/#f" + s), iri("about"), entity));
                dataset.add(new Quad(graph, iri("article/a-" + a + "/#f" + s), iri("value"),
                        NodeFactory.createLiteralString(String.valueOf(random.nextInt(50)))));
            }
        }
        java.util.Set<org.apache.jena.graph.Triple> seen = new java.util.HashSet<>();
        java.util.Set<Node> subjects = new java.util.HashSet<>();
        java.util.Set<Node> objects = new java.util.HashSet<>();
        Map<String, Long> classes = new TreeMap<>();
        Map<String, Long> properties = new TreeMap<>();
        long[] quads = {0};
        dataset.find().forEachRemaining(quad -> {
            quads[0]++;
            org.apache.jena.graph.Triple t = quad.asTriple();
            if (seen.add(t)) {
                subjects.add(t.getSubject());
                objects.add(t.getObject());
                properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
                if (t.getPredicate().equals(type) && t.getObject().isURI()) {
                    classes.merge(t.getObject().getURI(), 1L, Long::sum);
                }
            }
        });

        GraphStatistics stats = GraphStatistics.of(dataset);

        assertEquals(seen.size(), stats.triples());
        assertEquals(quads[0], stats.quads());
        assertEquals(subjects.size(), stats.subjects());
        assertEquals(objects.size(), stats.objects());
        assertEquals(classes, stats.classes());
        assertEquals(properties, stats.properties());
        assertEquals(dataset.size(), stats.graphs());
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(EX + path);
    }
}
