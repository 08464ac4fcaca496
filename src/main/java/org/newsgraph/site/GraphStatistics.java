package org.newsgraph.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
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
     * Counted in one pass over the dataset's statements, each distinct statement once whatever graphs hold it: no
     * sorted union is needed (it is sorted only for union dumps written whole).
     */
    static GraphStatistics of(DatasetGraph dataset) {
        Set<Triple> seen = new HashSet<>();
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Map<String, Long> classes = new HashMap<>();
        Map<String, Long> properties = new HashMap<>();
        Node type = Vocabularies.uri(Vocabularies.RDF, "type");
        long[] quads = {0};
        dataset.find().forEachRemaining(quad -> {
            quads[0]++;
            Triple t = quad.asTriple();
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
        return new GraphStatistics(seen.size(), quads[0], subjects.size(), objects.size(), new TreeMap<>(classes),
                new TreeMap<>(properties), dataset.size());
    }
}
