package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.management.ObjectName;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.newsgraph.BuildConfig;
import org.newsgraph.BuildReport;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.cache.ExtractionCache;
import org.newsgraph.cli.CompilerSetup;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * Issue 16: serve's saves in one process without CoreNLP, for what a save costs beside the extraction of the changed
 * article. One {@link Newsgraph} builds the project (a generated archive, {@code SyntheticArchive}, built already)
 * again after each save, as {@code serve} does: add an article (a copy of another with a slug and date of its own,
 * its cached extraction put under the new article's key), edit one (a sentence appended, the same), fix a typo in a
 * title, merge two entities in {@code _entities.yaml}; each save's process CPU, wall time and files written, and with
 * {@code JFR_DIR} a recording of each save (profile settings) for {@code bench/jfr-phases}. An article the cache does
 * not hold would be extracted by the text-only stand-in annotator, never CoreNLP. The project is changed in place.
 * Usage: {@code ServeSaves PROJECT [ROUNDS [FIRST_ROUND]]} (FIRST_ROUND numbers the rounds of a second run on the same
 * project, so that its added articles are new). With {@code WARM_UP} set, the first build is followed by serve's
 * warm-up ({@link Newsgraph#warmUp}), as {@code serve} runs it before the first save. With {@code WRITTEN_DIR}, the
 * files each save wrote (a new inode or a new name) and deleted are listed there, by folder (the site walked before
 * and after each save, outside the measured time). The render's code is compiled by C1 only, as {@code serve} and
 * {@code build} have it ({@link CompilerSetup}), unless {@code NO_DIRECTIVES} is set. Prints Markdown rows.
 */
public final class ServeSaves {

    private ServeSaves() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int first = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String jfr = System.getenv("JFR_DIR");
        if (System.getenv("NO_DIRECTIVES") == null) {
            // As serve (Main): the render's code on C1 only (render-c1.json).
            System.out.println("Compiler directives: " + CompilerSetup.apply().replace('\n', ' '));
        }
        BuildConfig config = BuildConfig.inFolder(project);
        ExtractionCache cache = new ExtractionCache(config.cache(), ExtractionCache.version());
        Newsgraph serve = new Newsgraph(() -> new Extractor(SimpleAnnotator::new, TestGazetteer.sample()), 2);
        Path articles = config.articles();
        List<Path> files;
        try (Stream<Path> list = Files.list(articles)) {
            files = list.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        int n = files.size();
        System.out.println("| save | CPU s | of them system | wall s | files written | extracted | load |");
        System.out.println("|---|---|---|---|---|---|---|");
        row("first build of the process", serve, config, null);
        if (System.getenv("WARM_UP") != null) {
            // As serve: the warm-up (a sample of the archive built in a scratch folder) after the start's build.
            long cpu = ProcessCpu.nanos();
            double system = ProcessCpu.systemSeconds();
            long wall = System.nanoTime();
            serve.warmUp(config);
            System.out.printf(Locale.ROOT, "| warm-up (a sample built in a scratch folder) | %.2f | %.2f | %.1f | - | - "
                    + "| %s |%n", (ProcessCpu.nanos() - cpu) / 1e9, ProcessCpu.systemSeconds() - system,
                    (System.nanoTime() - wall) / 1e9, ProcessCpu.load());
        }
        for (int round = first; round < first + rounds; round++) {
            // Add: a copy of an article under a slug and date of its own, its extraction under the new key.
            Path source = files.get(n / 4 + round);
            String text = Files.readString(source).replaceFirst("(?m)^slug: .*$", "slug: bench-added-" + round)
                    .replaceFirst("(?m)^date: .*$", "date: 2026-01-0" + round);
            Path added = articles.resolve("2026-01-0" + round + "-bench-added-" + round + ".md");
            cached(cache, source, added, text);
            row("add one article (round " + round + ")", serve, config, record(jfr, "add-" + round));
            // Edit: a sentence appended.
            Path edited = files.get(n / 3 + round);
            cached(cache, edited, edited, Files.readString(edited).stripTrailing()
                    + " " + SyntheticCorpus.name(1)
                    + " said its Zephyrine revenue rose 7% to $3 million in the quarter.\n");
            row("edit one article", serve, config, record(jfr, "edit-" + round));
            // Retitle.
            Path retitled = files.get(n / 5 + round);
            Files.writeString(retitled, Files.readString(retitled)
                    .replaceFirst("(?m)^title: \"(.*)\"$", "title: \"$1 (typo fixed " + round + ")\""));
            row("fix a typo in a title", serve, config, record(jfr, "retitle-" + round));
            // Merge two entities the retitled article names.
            List<String> companies = SyntheticCorpus.NAME.matcher(Files.readString(retitled))
                    .results().map(m -> m.group()).distinct().sorted().toList();
            Files.writeString(articles.resolve("_entities.yaml"), companies.get(0) + ":\n  merge-into: "
                    + companies.get(1) + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            row("merge two entities (" + companies.get(0) + " into " + companies.get(1) + ")", serve, config,
                    record(jfr, "merge-" + round));
        }
    }

    /** Writes {@code text} to {@code target} with the extraction of {@code source} (as it was) under its key. */
    private static void cached(ExtractionCache cache, Path source, Path target, String text) throws Exception {
        ArticleReader reader = new ArticleReader();
        String before = cache.key(reader.read(source));
        if (!(cache.get(before) instanceof ExtractionCache.Hit hit)) {
            throw new IllegalStateException("not in the extraction cache: " + source);
        }
        Files.writeString(target, text);
        cache.put(cache.key(reader.read(target)), hit.extraction());
    }

    private static Path record(String folder, String name) {
        return folder == null ? null : Path.of(folder, name + ".jfr");
    }

    private static void row(String label, Newsgraph serve, BuildConfig config, Path jfr) throws Exception {
        String listed = System.getenv("WRITTEN_DIR");
        Map<String, Object> before = listed == null ? null : inodes(config.site());
        Recording recording = null;
        if (jfr != null) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
        }
        boolean split = System.getenv("SPLIT") != null;
        SaveCpu.Reading threads = split ? SaveCpu.read() : null;
        long cpu = ProcessCpu.nanos();
        double system = ProcessCpu.systemSeconds();
        long wall = System.nanoTime();
        BuildReport report = serve.build(config);
        double cpuSeconds = (ProcessCpu.nanos() - cpu) / 1e9;
        double systemSeconds = ProcessCpu.systemSeconds() - system;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        String byThread = split ? SaveCpu.between(threads, SaveCpu.read()) : null;
        if (recording != null) {
            recording.stop();
            recording.dump(jfr);
            recording.close();
        }
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.1f | %,d | %d | %s |%n", label, cpuSeconds, systemSeconds,
                wallSeconds,
                report.written(), report.extracted(), ProcessCpu.load());
        if (byThread != null) {
            System.out.println("  CPU s user/system by thread kind: " + byThread);
        }
        if (before != null) {
            written(Path.of(listed, label.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), before, inodes(config.site()));
        }
        histogram(label);
    }

    /**
     * With {@code HISTO_DIR}: the live heap's class histogram after a save (a full collection first, as
     * {@code jmap -histo:live}), outside the save's measured time, into a file named by the save.
     */
    private static void histogram(String label) throws Exception {
        String folder = System.getenv("HISTO_DIR");
        if (folder == null) {
            return;
        }
        ObjectName command = new ObjectName(
                "com.sun.management:type=DiagnosticCommand");
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(command,
                "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Files.writeString(Path.of(folder, label.replaceAll("[^A-Za-z0-9]+", "-") + ".histo"), histogram);
    }

    /** Every file of the site by name: its inode (file key). */
    private static Map<String, Object> inodes(Path site) throws IOException {
        Map<String, Object> inodes = new TreeMap<>();
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                inodes.put(site.relativize(file).toString(), a.fileKey());
                return FileVisitResult.CONTINUE;
            }
        });
        return inodes;
    }

    /** Lists what a save wrote and deleted: counts by folder (two levels), then every name. */
    private static void written(Path out, Map<String, Object> before, Map<String, Object> after) throws IOException {
        List<String> lines = new ArrayList<>();
        Map<String, int[]> byFolder = new TreeMap<>();
        after.forEach((name, inode) -> {
            if (!inode.equals(before.get(name))) {
                lines.add((before.containsKey(name) ? "W " : "N ") + name);
                byFolder.computeIfAbsent(folder(name), k -> new int[2])[0]++;
            }
        });
        before.keySet().stream().filter(name -> !after.containsKey(name)).forEach(name -> {
            lines.add("D " + name);
            byFolder.computeIfAbsent(folder(name), k -> new int[2])[1]++;
        });
        List<String> text = new ArrayList<>();
        text.add("| folder | written | deleted |");
        byFolder.forEach((folder, n) -> text.add("| " + folder + " | " + n[0] + " | " + n[1] + " |"));
        text.addAll(lines);
        Files.createDirectories(out.getParent());
        Files.write(out, text);
    }

    /** A name's folder for the summary: its first folder, with the second's kind ({@code entity/*}). */
    private static String folder(String name) {
        String[] parts = name.split("/");
        if (parts.length == 1) {
            return "(site root)";
        }
        return parts.length == 2 ? parts[0] + "/" : parts[0] + "/*/" + (parts.length > 3 ? "..." : "");
    }
}
