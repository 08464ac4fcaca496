package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The CPU time this JVM has used, all its threads together (the NLP workers, the JIT compilers, the garbage
 * collector): unlike wall-clock time, it grows little when other processes share the machine's cores (they still
 * share its caches and memory: about 1.4x at load 33 on 2 cores).
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** CPU nanoseconds since the JVM started (the operating system's count for this process). */
    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) {
                return nanos;
            }
        }
        throw new IllegalStateException("this JVM does not report its process CPU time");
    }

    /**
     * The kernel's share of that time (system CPU: file system work such as links, renames and deletions), in seconds,
     * from {@code /proc/self/stat} (clock ticks of 1/100 s, Linux's USER_HZ); -1 where there is no such file.
     */
    static double systemSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[12]) / 100.0;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The load average over the last minute and the number of cores, as the machine reports them. */
    static String load() {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            String minute = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            return String.format(Locale.ROOT, "load average %s on %d cores", minute, cores);
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "load average n/a (%.2f by the JVM) on %d cores",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);
        }
    }
}
