package org.newsgraph.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMap;
import org.apache.jena.sparql.core.DatasetGraphMapLink;

/**
 * Which named graphs hold statements with an entity as subject or object, so that the pages of a few changed entities
 * look in their own graphs instead of in every graph of the dataset (an in-memory dataset answers a lookup in any
 * graph by asking each of its ~1,000 graphs at 1,000 articles; {@code DatasetGraphFactory.create()}'s kinds, which
 * the graph builder and a site's graph read back make). A graph's entities depend on its statements alone, so
 * they are kept by the graph's hash (and the entities' IRI prefix) for the next render in the same process, as
 * {@link ArticleMemory} keeps what was read from a graph: under {@code serve} a save scans only the graphs it changed.
 * The first render of a process scans none (a {@code build} renders once: a scan of every graph would cost it what the
 * lookups save) and answers nothing; the next one scans every graph once.
 */
final class EntityGraphs {

    /** The entities of each graph the last render knew, by the graph's hash and the prefix. */
    private static volatile Map<String, Set<Node>> last = null;

    private EntityGraphs() {
    }

    /**
     * The named graphs that hold statements with each entity (IRI under {@code prefix}) as subject or object, in the
     * dataset's order of graphs, or null when this process has not rendered before or the dataset is not held in
     * memory (a TDB2 store looks up every graph by its indexes already). Kept for the next render either way.
     */
    static Map<Node, List<Node>> of(DatasetGraph dataset, Function<Node, String> keyOf, String prefix) {
        if (!(dataset instanceof DatasetGraphMap || dataset instanceof DatasetGraphMapLink)) {
            return null;
        }
        Map<String, Set<Node>> before = last;
        if (before == null) {
            last = Map.of();
            return null;
        }
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        Map<String, Set<Node>> now = new ConcurrentHashMap<>();
        Map<Node, Set<Node>> entitiesOf = new ConcurrentHashMap<>();
        names.parallelStream().forEach(name -> {
            String key = prefix + " " + keyOf.apply(name);
            Set<Node> entities = before.get(key);
            if (entities == null) {
                entities = scan(dataset, name, prefix);
            }
            now.put(key, entities);
            entitiesOf.put(name, entities);
        });
        last = Map.copyOf(now);
        Map<Node, List<Node>> graphs = new HashMap<>();
        for (Node name : names) {
            for (Node entity : entitiesOf.get(name)) {
                graphs.computeIfAbsent(entity, e -> new ArrayList<>()).add(name);
            }
        }
        return graphs;
    }

    /** The entities a graph names as subject or object. */
    static Set<Node> scan(DatasetGraph dataset, Node name, String prefix) {
        Set<Node> entities = new HashSet<>();
        dataset.getGraph(name).find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix)) {
                entities.add(t.getSubject());
            }
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(prefix)) {
                entities.add(t.getObject());
            }
        });
        return Set.copyOf(entities);
    }

    /** Forgets what was kept (a test starting as a new process would). */
    static void forget() {
        last = null;
    }
}
