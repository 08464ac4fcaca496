package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Issue 16: where a save's CPU goes by kind of thread, from Linux's per-thread counts ({@code /proc/self/task/N/stat},
 * user and system ticks of 1/100 s, and the thread's name in {@code comm}): the collector's workers in its pauses,
 * its concurrent marking and remembered-set rebuilding, its refinement and service threads; the JIT compilers; the VM
 * thread (safepoints); the Java threads that run the build (main and its pools); the rest. A sampler thread reads
 * every thread each 200 ms, so a thread that ended between two readings counts with what it had used when last read;
 * "ended" is what the process's own count ({@code /proc/self/stat}) says beyond the threads'. Also the bytes
 * allocated (the heap in use plus all the collector freed, from its notifications) and the collections, between the
 * same two readings. Used by {@link ServeSaves} with {@code SPLIT} set.
 */
final class SaveCpu {

    /** One reading: per thread id, its name and ticks; the process's ticks; allocation; collections. */
    record Reading(Map<String, Ticks> threads, Ticks process, long allocated, long collections, long collectionMillis,
            Map<String, long[]> byCollector, long peak, long mostAfter, long committed) {
    }

    record Ticks(String name, long user, long system) {
    }

    /** Every thread seen so far with its last ticks: a thread that ended keeps what it had used when last seen. */
    private static final Map<String, Ticks> SEEN = new ConcurrentHashMap<>();
    /** Bytes the collector has freed so far (heap used before minus after, every collection). */
    private static final AtomicLong FREED = new AtomicLong();
    /** The most heap in use before a collection since the last reading. */
    private static final AtomicLong PEAK = new AtomicLong();
    /** The most heap in use after a collection since the last reading (an upper bound of the live heap). */
    private static final AtomicLong MOST_AFTER = new AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            while (true) {
                look();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "save-cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long before = 0;
                long after = 0;
                for (var usage : info.getGcInfo().getMemoryUsageBeforeGc().values()) {
                    before += usage.getUsed();
                }
                for (var usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                    after += usage.getUsed();
                }
                FREED.addAndGet(before - after);
                PEAK.accumulateAndGet(before, Math::max);
                MOST_AFTER.accumulateAndGet(after, Math::max);
            }, null, null);
        }
    }

    private SaveCpu() {
    }

    private static void look() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    SEEN.put(task.getFileName().toString(), ticks(Files.readString(task.resolve("stat"))));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reading read() {
        try {
            look();
            Map<String, Ticks> threads = new HashMap<>(SEEN);
            Ticks process = ticks(Files.readString(Path.of("/proc/self/stat")));
            long collections = 0;
            long millis = 0;
            Map<String, long[]> byCollector = new TreeMap<>();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                collections += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
                byCollector.put(gc.getName(), new long[] {gc.getCollectionCount(), gc.getCollectionTime()});
            }
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            long peak = Math.max(PEAK.getAndSet(0), heap.getUsed());
            long mostAfter = MOST_AFTER.getAndSet(0);
            return new Reading(threads, process, allocated(), collections, millis, byCollector, peak, mostAfter,
                    heap.getCommitted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes allocated so far: the heap in use now and all the collector has freed (as its notifications say). */
    private static long allocated() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() + FREED.get();
    }

    private static Ticks ticks(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new Ticks(name, Long.parseLong(fields[11]), Long.parseLong(fields[12]));
    }

    /** The kind of a thread by its name as Linux holds it (15 characters at most). */
    static String kind(String name) {
        if (name.startsWith("GC Thread")) {
            return "GC pauses";
        }
        if (name.startsWith("G1 Conc") || name.startsWith("G1 Main Marker")) {
            return "GC marking";
        }
        if (name.startsWith("G1 ")) {
            return "GC other";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") || name.startsWith("Sweeper")) {
            return "JIT";
        }
        if (name.equals("VM Thread")) {
            return "VM thread";
        }
        if (name.startsWith("JFR") || name.startsWith("JDK Flight")) {
            return "JFR";
        }
        if (name.startsWith("save-cpu")) {
            return "sampler";
        }
        if (name.equals("java") || name.equals("main") || name.startsWith("pool-") || name.startsWith("ForkJoinPool")
                || name.startsWith("newsgraph")) {
            return "Java (build)";
        }
        return "other";
    }

    /** "kind user/system" per kind, in CPU seconds, between two readings, then allocation and collections. */
    static String between(Reading before, Reading after) {
        Map<String, long[]> byKind = new TreeMap<>();
        Map<String, Long> others = new TreeMap<>();
        long user = 0;
        long system = 0;
        for (Map.Entry<String, Ticks> now : after.threads().entrySet()) {
            Ticks then = before.threads().get(now.getKey());
            long u = now.getValue().user() - (then == null ? 0 : then.user());
            long s = now.getValue().system() - (then == null ? 0 : then.system());
            long[] sum = byKind.computeIfAbsent(kind(now.getValue().name()), k -> new long[2]);
            sum[0] += u;
            sum[1] += s;
            if (kind(now.getValue().name()).equals("other") && u + s >= 5) {
                others.merge(now.getValue().name(), u + s, Long::sum);
            }
            user += u;
            system += s;
        }
        long[] ended = byKind.computeIfAbsent("ended", k -> new long[2]);
        ended[0] += after.process().user() - before.process().user() - user;
        ended[1] += after.process().system() - before.process().system() - system;
        StringBuilder out = new StringBuilder();
        for (String kind : List.of("Java (build)", "GC pauses", "GC marking", "GC other", "JIT", "VM thread", "JFR",
                "sampler", "other", "ended")) {
            long[] sum = byKind.getOrDefault(kind, new long[2]);
            out.append(String.format(Locale.ROOT, "%s %.2f/%.2f; ", kind, sum[0] / 100.0, sum[1] / 100.0));
        }
        out.append(String.format(Locale.ROOT, "allocated %,d MB; %d collections, %.1f s", (after.allocated()
                - before.allocated()) / 1_000_000, after.collections() - before.collections(),
                (after.collectionMillis() - before.collectionMillis()) / 1000.0));
        after.byCollector().forEach((name, n) -> {
            long[] then = before.byCollector().getOrDefault(name, new long[2]);
            out.append(String.format(Locale.ROOT, "; %s %d (%.1f s)", name, n[0] - then[0], (n[1] - then[1]) / 1000.0));
        });
        out.append(String.format(Locale.ROOT, "; heap peak %,d MB, most after a collection %,d MB, committed %,d MB",
                after.peak() / 1_000_000, after.mostAfter() / 1_000_000, after.committed() / 1_000_000));
        others.forEach((name, t) -> out.append(String.format(Locale.ROOT, "; other %s %.2f", name, t / 100.0)));
        return out.toString();
    }
}
