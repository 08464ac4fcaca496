package org.newsgraph.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.Vocabularies;

/**
 * Counts over the union of the graph, for the VoID description and the about page.
 *
 * @param quads      statements per named graph summed (a statement two graphs hold counts twice): what the dumps
 *                   in TriG and the query page's N-Quads hold, counted in the same pass
 * @param classes    instances per class IRI
 * @param properties statements per property IRI
 * @param graphs     named graphs (one per article plus the entity graph)
 */
record GraphStatistics(long triples, long quads, long subjects, long objects, SortedMap<String, Long> classes,
                       SortedMap<String, Long> properties, long graphs) {

    /**
     * Counted in two passes over each graph's statements (the default graph's, then each named graph's), each distinct
     * statement once whatever graphs hold it: no sorted union is needed (it is sorted only for union dumps written
     * whole). Two graphs can hold the same statement only if they hold statements about the same subject, so the
     * first pass notes which graph each subject is in (or that it is in several), and the second counts a statement
     * whose subject is in one graph alone without remembering it; only the statements about subjects several graphs
     * name go through a set. At 10,000 articles that set holds a few of the ~3 million statements, where a set of
     * every statement was ~130 MB made and dropped by every save. The statements are the graphs' own objects.
     */
    static GraphStatistics of(DatasetGraph dataset) {
        List<Graph> graphs = new ArrayList<>();
        graphs.add(dataset.getDefaultGraph());
        dataset.listGraphNodes().forEachRemaining(name -> graphs.add(dataset.getGraph(name)));
        long held = 0;
        for (Graph graph : graphs) {
            held += graph.size();
        }
        // Subject -> the graph it is in, or SEVERAL.
        Map<Node, Graph> subjects = new HashMap<>(capacity(held / 4));
        for (Graph graph : graphs) {
            graph.find().forEachRemaining(t -> subjects.merge(t.getSubject(), graph, GraphStatistics::same));
        }
        Set<Triple> shared = new HashSet<>();
        Set<Node> objects = new HashSet<>(capacity(held / 4));
        Map<Node, long[]> properties = new HashMap<>();
        Map<Node, long[]> classes = new HashMap<>();
        Node type = Vocabularies.uri(Vocabularies.RDF, "type");
        long[] counts = {0, 0};     // quads, distinct triples
        for (Graph graph : graphs) {
            graph.find().forEachRemaining(t -> {
                counts[0]++;
                if (subjects.get(t.getSubject()) == SEVERAL && !shared.add(t)) {
                    return;
                }
                counts[1]++;
                objects.add(t.getObject());
                properties.computeIfAbsent(t.getPredicate(), p -> new long[1])[0]++;
                if (t.getPredicate().equals(type) && t.getObject().isURI()) {
                    classes.computeIfAbsent(t.getObject(), c -> new long[1])[0]++;
                }
            });
        }
        return new GraphStatistics(counts[1], counts[0], subjects.size(), objects.size(), byUri(classes),
                byUri(properties), dataset.size());
    }

    /** Stands for "in several graphs" in the map of subjects. */
    private static final Graph SEVERAL = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();

    private static Graph same(Graph first, Graph next) {
        return first == next ? first : SEVERAL;
    }

    private static SortedMap<String, Long> byUri(Map<Node, long[]> counts) {
        SortedMap<String, Long> byUri = new TreeMap<>();
        counts.forEach((node, n) -> byUri.merge(node.getURI(), n[0], Long::sum));
        return byUri;
    }

    /** A hash set's initial capacity for about {@code entries} entries (bounded: a size is only a hint). */
    private static int capacity(long entries) {
        return (int) Math.min(1 << 28, Math.max(16, entries * 4 / 3 + 1));
    }
}
