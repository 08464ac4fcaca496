package org.newsgraph.extract.relation;

import edu.stanford.nlp.graph.CyclicGraphException;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;

/**
 * A sentence's graph that works out its topological order once. Semgrex asks the graph for that order at the start of
 * every rule's match ({@code SemgrexMatcher.find}: the order in which it tries each word as the pattern's root, or the
 * vertex set when the graph has a cycle), so with two hundred rules the same order was computed two hundred times per
 * sentence: 15% of the rules' CPU time (session 25). The order is kept only once the graph is built ({@link #seal});
 * it is the same list the graph would compute again, so every match comes in the same order as before.
 */
final class SortedOnceGraph extends SemanticGraph {

    private static final long serialVersionUID = 1L;

    private boolean sealed;
    private List<IndexedWord> order;
    /**
     * The graph's cycle, as CoreNLP reported it: thrown again, the same object, on every later call. Semgrex catches
     * exactly this class ({@code CyclicGraphException}) and then walks the vertex set instead.
     */
    private RuntimeException cycle;

    /** The graph is complete: no edge or word is added or removed after this, so its order can be kept. */
    void seal() {
        sealed = true;
    }

    @Override
    public List<IndexedWord> topologicalSort() {
        if (!sealed) {
            return super.topologicalSort();
        }
        if (cycle != null) {
            throw cycle;
        }
        if (order == null) {
            try {
                order = List.copyOf(super.topologicalSort());
            } catch (CyclicGraphException e) {
                cycle = e;
                throw e;
            }
        }
        return order;
    }
}
