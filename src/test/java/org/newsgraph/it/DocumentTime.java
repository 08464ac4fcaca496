package org.newsgraph.it;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.newsgraph.article.Article;

/**
 * How long one document of {@link RealTextIT} took: wall seconds, the process's CPU seconds (JIT and collector
 * included, so read it on a quiet run), and CoreNLP's share of them; the rest is Newsgraph's rules. A machine shared
 * by other work slows the wall clock, not the CPU count, so documents are ranked by CPU.
 */
record DocumentTime(String slug, int chars, double wall, double cpu, double parse) {

    /** CPU seconds outside CoreNLP's annotators: the extraction rules, and the JVM's own threads meanwhile. */
    double rules() {
        return Math.max(0, cpu - parse);
    }

    /** Rules' CPU milliseconds per 1,000 characters: what stands out when a document is slow beyond its length. */
    double rulesPerKiloChar() {
        return chars == 0 ? 0 : rules() * 1e6 / chars;
    }

    /** Started before a document, stopped after it. */
    record Clock(TimedAnnotator parser, long wall, long cpu, long parse) {

        DocumentTime stop(Article document) {
            return new DocumentTime(document.slug(), document.text().length(), (System.nanoTime() - wall) / 1e9,
                    (processCpu() - cpu) / 1e9, (parser.cpuNanos() - parse) / 1e9);
        }
    }

    static Clock start(TimedAnnotator parser) {
        return new Clock(parser, System.nanoTime(), processCpu(), parser.cpuNanos());
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Writes every document's times to {@code times.tsv} in {@code folder} and prints the slowest. */
    static void report(List<DocumentTime> times, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> lines = new ArrayList<>();
        lines.add("document\tchars\twall_s\tcpu_s\tcorenlp_cpu_s\trules_cpu_s\trules_ms_per_1000_chars");
        times.forEach(t -> lines.add(t.row()));
        Files.write(folder.resolve("times.tsv"), lines, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "RealTextIT: %d documents, %.1f CPU s (CoreNLP %.1f, rules %.1f), %.1f s wall%n",
                times.size(), sum(times, DocumentTime::cpu), sum(times, DocumentTime::parse),
                sum(times, DocumentTime::rules), sum(times, DocumentTime::wall));
        print("slowest by CPU", times, DocumentTime::cpu);
        print("slowest rules per 1,000 characters", times, DocumentTime::rulesPerKiloChar);
    }

    private static void print(String title, List<DocumentTime> times, ToDoubleFunction<DocumentTime> key) {
        System.out.println("RealTextIT, " + title + ":");
        times.stream().sorted(Comparator.comparingDouble(key).reversed()).limit(10)
                .forEach(t -> System.out.println("  " + t.row()));
    }

    private static double sum(List<DocumentTime> times, ToDoubleFunction<DocumentTime> key) {
        return times.stream().mapToDouble(key).sum();
    }

    private String row() {
        return String.format(Locale.ROOT, "%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.1f", slug, chars, wall, cpu, parse,
                rules(), rulesPerKiloChar());
    }
}
