package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Heap use of a benchmark's phases: the most the heap held during the phase (sampled every 20 ms: live data plus
 * garbage not yet collected, so never more than -Xmx) and the live data left at its end (after a full collection).
 */
final class HeapWatch implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;

    HeapWatch() {
        thread = new Thread(() -> {
            while (running) {
                peakUsed = Math.max(peakUsed, MEMORY.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The report of the phase that ends now ("heap peak 2,345 MiB, live after it 1,234 MiB"); the next starts. */
    String phase() {
        long peak = Math.max(peakUsed, MEMORY.getHeapMemoryUsage().getUsed());
        System.gc();
        long live = MEMORY.getHeapMemoryUsage().getUsed();
        peakUsed = 0;
        return String.format(Locale.ROOT, "heap peak %,d MiB, live after it %,d MiB (max %,d MiB)", peak >> 20,
                live >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
