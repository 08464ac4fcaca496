package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.GraphHashes;
import org.junit.jupiter.api.Test;

/**
 * Which graphs name each entity: nothing on a process's first render, then from every graph, and after that from
 * the graphs that changed (by their hash) and what the last render kept of the others.
 */
class EntityGraphsS25ScaleTest {

    private static final String BASE = "https://news.example/";

    private static Node iri(String local) {
        return NodeFactory.createURI(BASE + local);
    }

    private static void add(DatasetGraph dataset, String graph, String s, String p, String o) {
        dataset.getGraph(iri(graph)).add(Triple.create(iri(s), iri(p), iri(o)));
    }

    @Test
    void eachEntityIsFoundInTheGraphsThatNameIt() {
        EntityGraphs.forget();
        DatasetGraph dataset = DatasetGraphFactory.create();
        add(dataset, "article/a/", "article/a/", "mentions", "entity/acme");
        add(dataset, "article/b/", "entity/acme", "partOf", "entity/zenith");
        add(dataset, "article/c/", "article/c/", "about", "place/paris");
        dataset.getDefaultGraph().add(Triple.create(iri("entity/zenith"), iri("label"), iri("x")));
        GraphHashes hashes = new GraphHashes(dataset);
        String prefix = BASE + "entity/";
        assertNull(EntityGraphs.of(dataset, n -> hashes.of(n), prefix), "a process's first render scans nothing");

        Map<Node, List<Node>> graphs = EntityGraphs.of(dataset, n -> hashes.of(n), prefix);
        assertEquals(List.of(iri("article/a/"), iri("article/b/")), graphs.get(iri("entity/acme")));
        assertEquals(List.of(iri("article/b/")), graphs.get(iri("entity/zenith")), "the default graph is apart");
        assertNull(graphs.get(iri("place/paris")));

        // An edit of one graph: its new statements are seen (its hash changed), the others' are as kept.
        add(dataset, "article/c/", "article/c/", "mentions", "entity/zenith");
        GraphHashes after = new GraphHashes(dataset);
        graphs = EntityGraphs.of(dataset, n -> after.of(n), prefix);
        assertEquals(List.of(iri("article/b/"), iri("article/c/")),
                graphs.get(iri("entity/zenith")).stream().sorted(java.util.Comparator.comparing(Node::getURI)).toList());
        assertEquals(List.of(iri("article/a/"), iri("article/b/")),
                graphs.get(iri("entity/acme")).stream().sorted(java.util.Comparator.comparing(Node::getURI)).toList());

        // What the entity pages rely on: the default graph and these graphs hold every statement with the entity as
        // subject or object that a look in every graph finds, as often.
        for (String entity : List.of("entity/acme", "entity/zenith")) {
            Node node = iri(entity);
            List<String> everywhere = new java.util.ArrayList<>();
            dataset.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q -> everywhere.add(q.asTriple().toString()));
            dataset.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining(q -> everywhere.add(q.asTriple().toString()));
            List<String> indexed = new java.util.ArrayList<>();
            List<Node> in = new java.util.ArrayList<>(List.of(Quad.defaultGraphIRI));
            in.addAll(graphs.get(node));
            for (Node g : in) {
                dataset.find(g, node, Node.ANY, Node.ANY).forEachRemaining(q -> indexed.add(q.asTriple().toString()));
                dataset.find(g, Node.ANY, Node.ANY, node).forEachRemaining(q -> indexed.add(q.asTriple().toString()));
            }
            assertEquals(everywhere.stream().sorted().toList(), indexed.stream().sorted().toList(), entity);
        }
        assertEquals(true, dataset.find(Node.ANY, iri("entity/zenith"), Node.ANY, Node.ANY).hasNext());
    }
}
