package org.newsgraph.extract.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;

/**
 * The words a relation's two matched ends are joined through: the shortest undirected path between them in the
 * dependency graph, which {@link Negation}, {@link Hedge} and {@link Condition} read for what they say of the relation.
 */
final class Between {

    /** How many words a path may hold: a longer one is no single statement (and no walk runs unbounded). */
    static final int LONGEST_PATH = 16;

    private Between() {
    }

    /** The path from one end to the other, both ends included; null when the ends are not joined or too far apart. */
    static List<IndexedWord> path(SemanticGraph graph, IndexedWord one, IndexedWord other) {
        List<IndexedWord> path = graph.getShortestUndirectedPathNodes(one, other);
        return path == null || path.size() > LONGEST_PATH ? null : path;
    }

    /** The words between the ends, the ends left out; empty when an end is missing or the ends are not joined. */
    static List<IndexedWord> words(SemanticGraph graph, IndexedWord one, IndexedWord other) {
        if (one == null || other == null) {
            return List.of();
        }
        List<IndexedWord> path = path(graph, one, other);
        return path == null ? List.of()
                : path.stream().filter(word -> !word.equals(one) && !word.equals(other)).toList();
    }
}
