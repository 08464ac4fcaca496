package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by kind, from Linux's {@code /proc/self/task/N/stat}: the pages' workers and
 * main, the JIT compilers, the garbage collector. The process's CPU time says how much; this says how much of it was
 * the render's own code. Threads that ended between two snapshots are not counted (empty off Linux).
 */
final class ThreadCpu {

    /** Clock ticks per second of {@code stat}'s utime and stime (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private final Map<Integer, Long> ticks;
    private final Map<Integer, String> kinds;

    private ThreadCpu(Map<Integer, Long> ticks, Map<Integer, String> kinds) {
        this.ticks = ticks;
        this.kinds = kinds;
    }

    static ThreadCpu now() {
        Map<Integer, Long> ticks = new TreeMap<>();
        Map<Integer, String> kinds = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    int id = Integer.parseInt(task.getFileName().toString());
                    // fields after the name: state is 0, utime 11, stime 12
                    ticks.put(id, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    kinds.put(id, kind(stat.substring(open + 1, close)));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return new ThreadCpu(Map.of(), Map.of());
        }
        return new ThreadCpu(ticks, kinds);
    }

    private static String kind(String name) {
        if (name.contains("Compiler")) {
            return "JIT compilers";
        }
        if (name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
            return "garbage collector and VM";
        }
        if (name.startsWith("ForkJoinPool") || name.equals("java") || name.equals("main") || name.equals("heap-watch")) {
            return "render (main + workers)";
        }
        return "other";
    }

    /**
     * "JIT compilers 9.8 s, garbage collector and VM 3.1 s, other 0.2 s, render's own threads 40.1 s" from
     * {@code before} to this snapshot, of {@code processSeconds} in all: the render's own threads (main and the page
     * workers, which have ended by now) are what the other kinds leave of the process's time.
     */
    String since(ThreadCpu before, double processSeconds) {
        Map<String, Long> byKind = new TreeMap<>();
        ticks.forEach((id, t) -> {
            if (!kinds.get(id).startsWith("render")) {
                byKind.merge(kinds.get(id), t - before.ticks.getOrDefault(id, 0L), Long::sum);
            }
        });
        StringBuilder text = new StringBuilder();
        double others = 0;
        for (Map.Entry<String, Long> kind : byKind.entrySet()) {
            others += kind.getValue() / TICKS;
            text.append(String.format(Locale.ROOT, "%s %.1f s, ", kind.getKey(), kind.getValue() / TICKS));
        }
        return text.append(String.format(Locale.ROOT, "render's own threads %.1f s", processSeconds - others))
                .toString();
    }
}
