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

    private static Node iri(String path) {
        return NodeFactory.createURI(EX + path);
    }
}
