package org.newsgraph.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Each named graph's {@link StatementHash}, computed once per built dataset and shared by everyone who keys by it
 * (the render's page and dump keys, the graph store's sync), so a build hashes each graph once. Only for a dataset
 * that no longer changes.
 */
public final class GraphHashes {

    private final DatasetGraph dataset;
    private final Map<Node, String> hashes = new ConcurrentHashMap<>();

    public GraphHashes(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The hash of the named graph {@code name}'s statements. */
    public String of(Node name) {
        return hashes.computeIfAbsent(name, n -> StatementHash.of(() -> dataset.getGraph(n).find()));
    }
}
