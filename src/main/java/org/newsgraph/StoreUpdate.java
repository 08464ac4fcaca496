package org.newsgraph;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.store.GraphStore;

/** The last step of a build: the graph store brought up to date with the site just written, when the build keeps one. */
final class StoreUpdate {

    private StoreUpdate() {
    }

    /**
     * Syncs the store when {@link GraphStore#wanted}; returns a notice for the build's report (what was replaced, or
     * why the store was left as it was: the site is written either way, and queries then read its TriG).
     */
    static Optional<String> run(DatasetGraph dataset, BuildConfig config) {
        return run(dataset, config, new GraphHashes(dataset));
    }

    /** The same with the graphs' hashes the render already computed. */
    static Optional<String> run(DatasetGraph dataset, BuildConfig config, GraphHashes hashes) {
        long statements = statements(dataset);
        if (!GraphStore.wanted(config.store(), config.storeFolder(), statements)) {
            return Optional.empty();
        }
        try {
            var result = GraphStore.open(config.storeFolder()).sync(dataset, config.site(), hashes);
            return Optional.of(String.format(Locale.ROOT, "graph store %s: %d graphs replaced, %d removed, %d unchanged",
                    config.storeFolder(), result.replaced(), result.removed(), result.unchanged()));
        } catch (IOException | RuntimeException e) {
            return Optional.of("graph store not updated: " + e.getMessage());
        }
    }

    private static long statements(DatasetGraph dataset) {
        long count = dataset.getDefaultGraph().size();
        for (var names = dataset.listGraphNodes(); names.hasNext(); ) {
            Node name = names.next();
            count += dataset.getGraph(name).size();
        }
        return count;
    }
}
