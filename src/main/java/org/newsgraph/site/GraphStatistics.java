package org.newsgraph.site;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.Vocabularies;

/**
 * Counts over the union of the graph, for the VoID description and the about page.
 *
 * @param classes    instances per class IRI
 * @param properties statements per property IRI
 * @param graphs     named graphs (one per article plus the entity graph)
 */
record GraphStatistics(long triples, long subjects, long objects, SortedMap<String, Long> classes,
                       SortedMap<String, Long> properties, long graphs) {

    static GraphStatistics of(DatasetGraph dataset) {
        return of(GraphFiles.sortedUnion(dataset), dataset.size());
    }

    /** From the union's statements in {@link GraphFiles#ORDER} (each subject's statements together). */
    static GraphStatistics of(List<Triple> sortedUnion, long graphs) {
        long subjects = 0;
        Node previous = null;
        Set<Node> objects = new HashSet<>();
        SortedMap<String, Long> classes = new TreeMap<>();
        SortedMap<String, Long> properties = new TreeMap<>();
        Node type = Vocabularies.uri(Vocabularies.RDF, "type");
        for (Triple t : sortedUnion) {
            if (!t.getSubject().equals(previous)) {
                subjects++;
                previous = t.getSubject();
            }
            objects.add(t.getObject());
            properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
            if (t.getPredicate().equals(type) && t.getObject().isURI()) {
                classes.merge(t.getObject().getURI(), 1L, Long::sum);
            }
        }
        return new GraphStatistics(sortedUnion.size(), subjects, objects.size(), classes, properties, graphs);
    }
}
