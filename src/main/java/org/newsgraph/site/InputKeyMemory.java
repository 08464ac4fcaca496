package org.newsgraph.site;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The graph-input keys ({@link GraphInputs#keys}) the last build in this process computed, with what each was computed
 * from (an article with its resolved extraction, or the resolved entities), by graph IRI: a graph whose inputs are the
 * same as last time ({@link SameRecord}: compared, not digested again) gets the same key. Under {@code serve} a save
 * changes one article or a few, and digesting every resolved article again was ~7% of a save's samples at 10,000
 * articles. Only the last build's are kept (the resolved articles its graphs were made from; their sentences are the
 * extractions' own lists).
 */
public final class InputKeyMemory {

    private record Kept(Object inputs, String key) {
    }

    private volatile Map<String, Kept> last = Map.of();
    private final Map<String, Kept> next = new ConcurrentHashMap<>();
    private volatile int reused;

    /** The key of {@code inputs} for this graph: the last build's when they are the same, else {@code computed}'s. */
    String key(String graph, Object inputs, Supplier<String> computed) {
        Kept before = last.get(graph);
        String key = before != null && SameRecord.same(before.inputs(), inputs) ? before.key() : null;
        if (key == null) {
            key = computed.get();
        }
        next.put(graph, new Kept(inputs, key));
        return key;
    }

    /** This build's keys are all computed: they replace the last build's. */
    synchronized void done() {
        int taken = 0;
        for (Map.Entry<String, Kept> kept : next.entrySet()) {
            Kept before = last.get(kept.getKey());
            taken += before != null && before.key().equals(kept.getValue().key()) ? 1 : 0;
        }
        last = Map.copyOf(next);
        next.clear();
        reused = taken;
    }

    /** How many graphs of the last build kept the key of the build before (whether compared or computed). */
    public int reused() {
        return reused;
    }
}
