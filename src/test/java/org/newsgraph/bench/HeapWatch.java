package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Peak heap of a benchmark, two ways: the most the heap ever held (live data plus garbage not yet collected, bounded
 * by -Xmx) and the most that survived a collection (the live data the work really needs).
 */
final class HeapWatch implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakAfterGc;
    private volatile long peakUsed;

    HeapWatch() {
        thread = new Thread(() -> {
            while (running) {
                long afterGc = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
                    afterGc += usage == null ? 0 : usage.getUsed();
                }
                peakAfterGc = Math.max(peakAfterGc, afterGc);
                peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The most the heap held at once, sampled every 50 ms, garbage included (never more than -Xmx). */
    long peakUsed() {
        return peakUsed;
    }

    /** The most that survived a garbage collection: live data. */
    long peakLive() {
        return peakAfterGc;
    }

    /** One line for a report: "heap peak 2,345 MiB (live after GC 1,234 MiB) of -Xmx 4,096 MiB". */
    String report() {
        return String.format(java.util.Locale.ROOT, "heap peak %,d MiB (live after GC %,d MiB) of max %,d MiB",
                peakUsed() >> 20, peakLive() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The report of the phase that ends now; the next phase's peaks start from here. */
    String phase() {
        String report = report();
        System.gc();
        peakUsed = 0;
        peakAfterGc = 0;
        return report;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
