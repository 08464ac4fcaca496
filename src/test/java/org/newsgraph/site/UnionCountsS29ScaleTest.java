package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.graph.StatementHash;
import org.newsgraph.graph.Vocabularies;

/**
 * Issue 16, session 29: the statistics kept between renders ({@link UnionCounts}) equal a count over the whole dataset
 * ({@link GraphStatistics#of}) after every change, while counting only the graphs that came and went. The graphs
 * share subjects and statements (a small vocabulary), and literals equal in value but not in term ("1" and "01" as
 * integers), which count as two objects and two statements.
 */
class UnionCountsS29ScaleTest {

    private static final Node TYPE = Vocabularies.uri(Vocabularies.RDF, "type");
    /** Each graph's number, its name in every dataset that holds it. */
    private static final java.util.Map<Graph, Integer> NAMES = new java.util.IdentityHashMap<>();

    private static Node iri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    private static Graph graph(Random random) {
        Graph graph = GraphFactory.createDefaultGraph();
        int statements = 1 + random.nextInt(12);
        for (int i = 0; i < statements; i++) {
            Node subject = iri("s" + random.nextInt(8));
            Node object = switch (random.nextInt(4)) {
                case 0 -> iri("Class" + random.nextInt(3));
                case 1 -> NodeFactory.createLiteralDT(random.nextBoolean() ? "1" : "01", XSDDatatype.XSDinteger);
                case 2 -> NodeFactory.createLiteralString("v" + random.nextInt(5));
                default -> iri("s" + random.nextInt(8));
            };
            Node predicate = random.nextInt(3) == 0 ? TYPE : iri("p" + random.nextInt(3));
            graph.add(Triple.create(subject, predicate, object));
        }
        return graph;
    }

    /** A dataset holding these very graphs (linked, not copied), each under a name of its own, and a default graph. */
    private static DatasetGraph dataset(List<Graph> graphs, Graph defaultGraph) {
        DatasetGraph dataset = DatasetGraphFactory.create(defaultGraph);
        for (Graph graph : graphs) {
            dataset.addGraph(iri("graph/" + NAMES.computeIfAbsent(graph, g -> NAMES.size())), graph);
        }
        return dataset;
    }

    private static GraphStatistics counted(UnionCounts counts, DatasetGraph dataset) {
        return counts.of(dataset, name -> StatementHash.of(() -> dataset.getGraph(name).find()));
    }

    @Test
    void keptCountsEqualACountOfTheWholeAfterEveryChangeAndCountOnlyWhatChanged() {
        Random random = new Random(29);
        UnionCounts counts = new UnionCounts();
        List<Graph> graphs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            graphs.add(graph(random));
        }
        DatasetGraph first = dataset(graphs, GraphFactory.createDefaultGraph());
        assertEquals(GraphStatistics.of(first), counted(counts, first));
        assertEquals(31, counts.counted(), "the first render counts every graph and the default graph");
        for (int step = 0; step < 200; step++) {
            int changed = 0;
            switch (random.nextInt(3)) {
                case 0 -> {
                    graphs.set(random.nextInt(graphs.size()), graph(random));
                    changed = 2;
                }
                case 1 -> {
                    graphs.add(random.nextInt(graphs.size() + 1), graph(random));
                    changed = 1;
                }
                default -> {
                    if (graphs.size() > 1) {
                        graphs.remove(random.nextInt(graphs.size()));
                        changed = 1;
                    }
                }
            }
            Graph defaultGraph = GraphFactory.createDefaultGraph();
            if (random.nextInt(4) == 0) {
                defaultGraph.add(Triple.create(iri("s1"), TYPE, iri("Class0")));
            }
            DatasetGraph dataset = dataset(graphs, defaultGraph);
            assertEquals(GraphStatistics.of(dataset), counted(counts, dataset), "step " + step);
            assertEquals(changed + 2, counts.counted(), "step " + step + ": the graphs changed and the default graphs");
        }
    }

    @Test
    void aGraphChangedSinceItWasCountedStartsTheCountsOver() {
        Random random = new Random(16);
        UnionCounts counts = new UnionCounts();
        List<Graph> graphs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            graphs.add(graph(random));
        }
        Graph defaultGraph = GraphFactory.createDefaultGraph();
        counted(counts, dataset(graphs, defaultGraph));
        graphs.get(3).add(Triple.create(iri("s9"), iri("p9"), iri("o9")));
        DatasetGraph dataset = dataset(graphs, defaultGraph);
        assertEquals(GraphStatistics.of(dataset), counted(counts, dataset));
        assertEquals(11, counts.counted(), "every graph counted again");
    }

    @Test
    void aStatementInTwoGraphsCountsOnceEvenWhenTheyAreOneObject() {
        // GraphStatistics.of tells graphs apart by object, so one object under two names (which a build never makes)
        // counts its statements twice there; here graphs are told apart by name.
        Graph shared = GraphFactory.createDefaultGraph();
        shared.add(Triple.create(iri("s1"), TYPE, iri("Class0")));
        DatasetGraph dataset = DatasetGraphFactory.create(GraphFactory.createDefaultGraph());
        dataset.addGraph(iri("one"), shared);
        dataset.addGraph(iri("two"), shared);
        GraphStatistics stats = counted(new UnionCounts(), dataset);
        assertEquals(1, stats.triples());
        assertEquals(2, stats.quads());
        assertEquals(1, stats.classes().get(iri("Class0").getURI()));
    }
}
