package org.newsgraph.site;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.Vocabularies;

/**
 * The graph statistics ({@link GraphStatistics}) kept between the renders of one process and updated by the graphs
 * that came and went: under {@code serve} a save changes one article graph or a few (and the entity graph), so only
 * those are counted again, not the ~3.4 million statements of a 10,000-article union (the statistics were 8-15% of a save's
 * samples). What the counts need across graphs is kept: for each subject the graphs that hold statements about it (a
 * statement can be in two graphs only if its subject is), for each object how many graphs use it, and the distinct
 * statements per property and per class. A named graph is known by its name and the hash of its statements
 * ({@code GraphHashes}, which the render computes anyway: the previous build's for a graph made from the same
 * inputs); the default graph is counted again by every call. A graph known with another size, or any failure,
 * starts the counts over from the whole dataset. Each graph counted is read through the latest dataset holding it
 * (the previous dataset is read only to take away the graphs that went).
 *
 * <p>Held for the process's life: at 10,000 articles ~470,000 subjects and ~390,000 objects (the nodes are the graphs'
 * own; ~40 MB of map entries).
 */
final class UnionCounts {

    /** A graph counted: read through the latest dataset that holds it; its size when counted. */
    private static final class Counted {
        Graph graph;
        final long size;

        Counted(Graph graph, long size) {
            this.graph = graph;
            this.size = size;
        }
    }

    private final Node type = Vocabularies.uri(Vocabularies.RDF, "type");
    /** Each graph counted, by its name and hash. */
    private Map<String, Counted> graphs = new HashMap<>();
    /** Subject -> the graph ({@link Counted}) holding statements about it, or a {@code Counted[]} of the several. */
    private Map<Node, Object> subjects = new HashMap<>();
    /** Object -> how many graphs use it as an object. */
    private Map<Node, int[]> objects = new HashMap<>();
    private Map<Node, long[]> properties = new HashMap<>();
    private Map<Node, long[]> classes = new HashMap<>();
    private long triples;
    private long quads;
    private long calls;
    /** Graphs counted (added or taken away) by the last call, for tests. */
    private int counted;

    /**
     * The statistics of this dataset, counting only the graphs that differ from the last call's. {@code hashOf} gives
     * a named graph's statement hash (two graphs of one name with the same hash hold the same statements).
     */
    synchronized GraphStatistics of(DatasetGraph dataset, Function<Node, String> hashOf) {
        Map<String, Graph> now = new LinkedHashMap<>();
        // The default graph is counted again every time (a build's is empty): a key no other call has.
        now.put("default " + (calls++), dataset.getDefaultGraph());
        dataset.listGraphNodes().forEachRemaining(name -> now.put(name.getURI() + " " + hashOf.apply(name),
                dataset.getGraph(name)));
        if (changedSinceCounted(now)) {
            clear();
        }
        counted = 0;
        try {
            Map<String, Counted> next = new HashMap<>();
            for (Map.Entry<String, Graph> graph : now.entrySet()) {
                Counted before = graphs.get(graph.getKey());
                if (before != null) {
                    before.graph = graph.getValue();
                    next.put(graph.getKey(), before);
                }
            }
            for (Map.Entry<String, Counted> gone : graphs.entrySet()) {
                if (!next.containsKey(gone.getKey())) {
                    remove(gone.getValue());
                }
            }
            graphs = next;
            for (Map.Entry<String, Graph> graph : now.entrySet()) {
                if (!graphs.containsKey(graph.getKey())) {
                    graphs.put(graph.getKey(), add(graph.getValue()));
                }
            }
        } catch (RuntimeException | Error e) {
            clear();
            throw e;
        }
        return new GraphStatistics(triples, quads, subjects.size(), objects.size(), byUri(classes),
                byUri(properties), dataset.size());
    }

    /** Whether a graph counted before has another size now, in this dataset or (one that went) in its own. */
    private boolean changedSinceCounted(Map<String, Graph> now) {
        for (Map.Entry<String, Counted> before : graphs.entrySet()) {
            Graph graph = now.getOrDefault(before.getKey(), before.getValue().graph);
            if (graph.size() != before.getValue().size) {
                return true;
            }
        }
        return false;
    }

    /** How many graphs the last call counted (the ones that came and the ones that went). */
    synchronized int counted() {
        return counted;
    }

    private Counted add(Graph graph) {
        counted++;
        Set<Node> about = new HashSet<>();
        Set<Node> used = new HashSet<>();
        long[] size = {0};
        graph.find().forEachRemaining(t -> {
            size[0]++;
            // The graph's own subjects are not registered yet: a holder found is another graph.
            if (!heldBy(t, subjects.get(t.getSubject()), null)) {
                count(t, 1);
            }
            about.add(t.getSubject());
            used.add(t.getObject());
        });
        quads += size[0];
        Counted added = new Counted(graph, size[0]);
        for (Node subject : about) {
            subjects.merge(subject, added, UnionCounts::withHolder);
        }
        for (Node object : used) {
            objects.computeIfAbsent(object, o -> new int[1])[0]++;
        }
        return added;
    }

    private void remove(Counted gone) {
        counted++;
        Set<Node> about = new HashSet<>();
        Set<Node> used = new HashSet<>();
        gone.graph.find().forEachRemaining(t -> {
            quads--;
            if (!heldBy(t, subjects.get(t.getSubject()), gone)) {
                count(t, -1);
            }
            about.add(t.getSubject());
            used.add(t.getObject());
        });
        for (Node subject : about) {
            Object rest = withoutHolder(subjects.get(subject), gone);
            if (rest == null) {
                subjects.remove(subject);
            } else {
                subjects.put(subject, rest);
            }
        }
        for (Node object : used) {
            int[] n = objects.get(object);
            if (--n[0] == 0) {
                objects.remove(object);
            }
        }
    }

    /** Whether a graph of {@code holders} other than {@code except} holds the statement. */
    private static boolean heldBy(Triple t, Object holders, Counted except) {
        if (holders instanceof Counted one) {
            return one != except && one.graph.contains(t);
        }
        if (holders instanceof Counted[] several) {
            for (Counted holder : several) {
                if (holder != except && holder.graph.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A distinct statement comes into the union ({@code +1}) or leaves it ({@code -1}). */
    private void count(Triple t, int change) {
        triples += change;
        tally(properties, t.getPredicate(), change);
        if (t.getPredicate().equals(type) && t.getObject().isURI()) {
            tally(classes, t.getObject(), change);
        }
    }

    private static void tally(Map<Node, long[]> counts, Node node, int change) {
        long[] n = counts.computeIfAbsent(node, k -> new long[1]);
        n[0] += change;
        if (n[0] == 0) {
            counts.remove(node);
        }
    }

    private static Object withHolder(Object holders, Object graph) {
        if (holders instanceof Counted one) {
            return new Counted[] {one, (Counted) graph};
        }
        Counted[] several = (Counted[]) holders;
        Counted[] more = Arrays.copyOf(several, several.length + 1);
        more[several.length] = (Counted) graph;
        return more;
    }

    /** The holders without {@code graph}: null for none, one for one, else an array. */
    private static Object withoutHolder(Object holders, Counted graph) {
        if (holders instanceof Counted one) {
            return one == graph ? null : one;
        }
        Counted[] several = (Counted[]) holders;
        Counted[] rest = new Counted[several.length - 1];
        int n = 0;
        for (Counted holder : several) {
            if (holder != graph && n < rest.length) {
                rest[n++] = holder;
            }
        }
        return rest.length == 1 ? rest[0] : rest;
    }

    private void clear() {
        graphs = new HashMap<>();
        subjects = new HashMap<>();
        objects = new HashMap<>();
        properties = new HashMap<>();
        classes = new HashMap<>();
        triples = 0;
        quads = 0;
    }

    private static SortedMap<String, Long> byUri(Map<Node, long[]> counts) {
        SortedMap<String, Long> byUri = new TreeMap<>();
        counts.forEach((node, n) -> byUri.merge(node.getURI(), n[0], Long::sum));
        return byUri;
    }
}
