package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.Iris;

/**
 * What building the graph of a generated archive costs, in measures a shared machine does not blur: the building
 * thread's CPU time and the bytes it allocated per {@link GraphBuilder#build} (median of the second half of ROUNDS
 * rounds), and the heap the built dataset keeps (used heap after full collections with it held, less without).
 * Arguments: ARTICLES ENTITIES FIGURES_PER_ARTICLE ROUNDS. Run with another {@code GraphBuilder} first on the class
 * path to compare builders.
 */
public final class GraphBuildCost {

    private GraphBuildCost() {
    }

    public static void main(String[] args) {
        SyntheticCorpus.Resolved corpus = SyntheticCorpus.resolved(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]));
        int rounds = Integer.parseInt(args[3]);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] cpu = new long[rounds];
        long[] allocated = new long[rounds];
        long statements = 0;
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long a0 = threads.getCurrentThreadAllocatedBytes();
            DatasetGraph built = new GraphBuilder(new Iris("https://example.org/"))
                    .build(corpus.articles(), corpus.entities());
            cpu[r] = threads.getCurrentThreadCpuTime() - c0;
            allocated[r] = threads.getCurrentThreadAllocatedBytes() - a0;
            statements = built.stream().count();
        }
        long without = usedAfterCollections();
        DatasetGraph held = new GraphBuilder(new Iris("https://example.org/"))
                .build(corpus.articles(), corpus.entities());
        long with = usedAfterCollections();
        System.out.printf("%s: %d statements; median of the last %d rounds: %.1f ms CPU, %,d bytes allocated;"
                        + " the dataset keeps %,d bytes of heap%n", GraphBuilder.class.getProtectionDomain()
                        .getCodeSource().getLocation(), statements, rounds - rounds / 2, median(cpu) / 1e6,
                median(allocated), with - without);
        if (held.isEmpty()) {
            throw new IllegalStateException("nothing was built");
        }
    }

    private static long usedAfterCollections() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long median(long[] values) {
        long[] late = Arrays.copyOfRange(values, values.length / 2, values.length);
        Arrays.sort(late);
        return late[late.length / 2];
    }
}
