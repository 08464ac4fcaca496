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
     * Counted in one pass over each graph's statements (the default graph's, then each named graph's), each distinct
     * statement once whatever graphs hold it: no sorted union is needed (it is sorted only for union dumps written
     * whole). The statements are the graphs' own objects, not a quad and a triple made for each; the sets are sized
     * for every statement at once, so that millions of them are not hashed again each time a set grows.
     */
    static GraphStatistics of(DatasetGraph dataset) {
        List<Graph> graphs = new ArrayList<>();
        graphs.add(dataset.getDefaultGraph());
        dataset.listGraphNodes().forEachRemaining(name -> graphs.add(dataset.getGraph(name)));
        long held = 0;
        for (Graph graph : graphs) {
            held += graph.size();
        }
        Set<Triple> seen = new HashSet<>(capacity(held));
        Set<Node> subjects = new HashSet<>(capacity(held / 4));
        Set<Node> objects = new HashSet<>(capacity(held / 4));
        Map<String, Long> classes = new HashMap<>();
        Map<String, Long> properties = new HashMap<>();
        Node type = Vocabularies.uri(Vocabularies.RDF, "type");
        long[] quads = {0};
        for (Graph graph : graphs) {
            graph.find().forEachRemaining(t -> {
                quads[0]++;
                if (!seen.add(t)) {
                    return;
                }
                subjects.add(t.getSubject());
                objects.add(t.getObject());
                properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
                if (t.getPredicate().equals(type) && t.getObject().isURI()) {
                    classes.merge(t.getObject().getURI(), 1L, Long::sum);
                }
            });
        }
        return new GraphStatistics(seen.size(), quads[0], subjects.size(), objects.size(), new TreeMap<>(classes),
                new TreeMap<>(properties), dataset.size());
    }

    /** A hash set's initial capacity for about {@code entries} entries (bounded: a size is only a hint). */
    private static int capacity(long entries) {
        return (int) Math.min(1 << 28, Math.max(16, entries * 4 / 3 + 1));
    }
}
