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

/**
 * Issue 16, session 27: the statistics remember only the statements about subjects that several graphs name. A
 * subject in two graphs with different statements keeps both; the same statement in two graphs (and in the default
 * graph) counts once; statements about a subject of one graph are all counted.
 */
class GraphStatisticsS27ScaleTest {

    private static Node iri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    @Test
    void statementsAboutASubjectOfSeveralGraphsAreCountedOnceEachAndTheOthersAll() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        Node type = Vocabularies.uri(Vocabularies.RDF, "type");
        Node a = iri("article/a/");
        Node b = iri("article/b/");
        Node acme = iri("entity/acme");
        // acme in both graphs and the default graph: its type three times, a name in each article graph of its own.
        dataset.add(new Quad(Quad.defaultGraphIRI, acme, type, iri("Organization")));
        dataset.add(new Quad(a, acme, type, iri("Organization")));
        dataset.add(new Quad(b, acme, type, iri("Organization")));
        dataset.add(new Quad(a, acme, iri("name"), NodeFactory.createLiteralString("Acme")));
        dataset.add(new Quad(b, acme, iri("name"), NodeFactory.createLiteralString("Acme Corp")));
        // Subjects of one graph each: the same predicate and object, different subjects.
        for (int f = 0; f < 5; f++) {
            dataset.add(new Quad(a, iri("article/a/#f" + f), iri("about"), acme));
            dataset.add(new Quad(b, iri("article/b/#f" + f), iri("about"), acme));
        }
        dataset.add(new Quad(a, iri("article/a/#f0"), type, iri("Figure")));

        GraphStatistics stats = GraphStatistics.of(dataset);

        assertEquals(1 + 2 + 10 + 1, stats.triples(), "acme's type once, its two names, ten abouts, one figure type");
        assertEquals(3 + 2 + 10 + 1, stats.quads());
        assertEquals(11, stats.subjects(), "acme and ten figures");
        assertEquals(5, stats.objects(), "Organization, the two names, acme, Figure");
        assertEquals(new TreeMap<>(Map.of(iri("Organization").getURI(), 1L, iri("Figure").getURI(), 1L)),
                stats.classes());
        assertEquals(new TreeMap<>(Map.of(type.getURI(), 2L, iri("name").getURI(), 2L, iri("about").getURI(), 10L)),
                stats.properties());
        assertEquals(2, stats.graphs(), "the named graphs");
    }
}
