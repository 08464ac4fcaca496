package org.newsgraph.graph;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The graphs the last build in this process made, by the key of what each was made from (the site's graph-input key:
 * the article's front matter, text and resolved extraction, or the resolved entities, with the code and the base
 * IRI), for the next build to take over instead of making them again ({@link GraphBuilder#build(java.util.List,
 * java.util.List, java.util.function.Function, Map)}): under {@code serve} a save changes one article or a few, and
 * building every article graph again was a tenth of a save at 10,000 articles. A graph is only read once built, so
 * the next dataset can hold the same graph. Only the last build's graphs are kept: the graphs its dataset held.
 */
public final class GraphMemory {

    private volatile Map<String, Graph> last = Map.of();
    private volatile int reused;

    /** The graph the last build made from inputs with this key, or null. */
    public Graph recall(String inputKey) {
        return inputKey == null ? null : last.get(inputKey);
    }

    /**
     * Keeps this build's graphs in place of the last build's: {@code made} (graph name -> graph, as the builder made
     * or took it over) by each graph's input key in {@code keys} (graph name -> key); a graph without a key is not
     * kept.
     */
    public void keep(Map<Node, String> keys, Map<Node, Graph> made) {
        Map<String, Graph> next = new HashMap<>();
        int taken = 0;
        for (Map.Entry<Node, String> key : keys.entrySet()) {
            Graph graph = made.get(key.getKey());
            if (graph != null) {
                taken += graph == last.get(key.getValue()) ? 1 : 0;
                next.put(key.getValue(), graph);
            }
        }
        this.last = Map.copyOf(next);
        this.reused = taken;
    }

    /** How many graphs the last build took over from the build before it. */
    public int reused() {
        return reused;
    }
}
