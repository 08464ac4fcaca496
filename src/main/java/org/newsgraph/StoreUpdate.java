package org.newsgraph;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.store.GraphStore;

/** The last step of a build: the graph store brought up to date with the site just written, when the build keeps one. */
final class StoreUpdate {

    private StoreUpdate() {
    }

    /**
     * Syncs the store when {@link GraphStore#wanted}; returns notices for the build's report (what opening the store
     * mended, what was replaced, or why the store was left as it was: the site is written either way, and queries
     * then read its TriG).
     */
    static List<String> run(DatasetGraph dataset, BuildConfig config) {
        return run(dataset, config, new GraphHashes(dataset));
    }

    /** The same with the graphs' hashes the render already computed. */
    static List<String> run(DatasetGraph dataset, BuildConfig config, GraphHashes hashes) {
        long statements = statements(dataset);
        if (!GraphStore.wanted(config.store(), config.storeFolder(), statements)) {
            return List.of();
        }
        List<String> notices = new ArrayList<>();
        try {
            GraphStore store = GraphStore.open(config.storeFolder());
            store.notice().ifPresent(notices::add);
            var result = store.sync(dataset, config.site(), hashes);
            notices.add(String.format(Locale.ROOT, "graph store %s: %d graphs replaced, %d removed, %d unchanged",
                    config.storeFolder(), result.replaced(), result.removed(), result.unchanged()));
        } catch (IOException | RuntimeException e) {
            notices.add("graph store not updated: " + e.getMessage());
        }
        return notices;
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
