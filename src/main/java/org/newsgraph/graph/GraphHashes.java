package org.newsgraph.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Each named graph's {@link StatementHash}, computed once per built dataset and shared by everyone who keys by it
 * (the render's page and dump keys, the graph store's sync), so a build hashes each graph once. Only for a dataset
 * that no longer changes. A graph whose hash is already known (the previous build's, for a graph made from the same
 * inputs: {@code site.GraphInputs}) is given it and never hashed.
 */
public final class GraphHashes {

    private final DatasetGraph dataset;
    private final Map<Node, String> hashes = new ConcurrentHashMap<>();
    private final AtomicInteger computed = new AtomicInteger();

    public GraphHashes(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The hash of the named graph {@code name}'s statements. */
    public String of(Node name) {
        return hashes.computeIfAbsent(name, n -> {
            computed.incrementAndGet();
            return StatementHash.of(() -> dataset.getGraph(n).find());
        });
    }

    /**
     * Gives the named graph {@code name} its hash without hashing it: only for a hash of exactly these statements
     * (a graph built from the same inputs by the same code).
     */
    public void known(Node name, String hash) {
        hashes.put(name, hash);
    }

    /** How many graphs were hashed here (not given their hash by {@link #known}). */
    public int computed() {
        return computed.get();
    }
}
