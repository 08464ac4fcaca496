package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.StandInBuild;

/**
 * Kills a build (a child JVM running {@link StandInBuild}) at random moments, at least 20 times, and checks that
 * {@code site/} is always the old complete site or the new complete site, and that the next build succeeds.
 * Half of the kills fall anywhere in the child's life, half while the new site is being written or swapped in.
 */
class KilledBuildIT {

    private static final int RUNS = 24;

    @TempDir
    Path dir;

    private final Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, Gazetteer.bundled()));

    private enum Outcome { OLD, NEW, OLD_ASIDE }

    @Test
    void aKilledBuildLeavesTheOldOrTheNewSiteAndTheNextBuildSucceeds() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        copyArticles(project.resolve("articles"));
        newsgraph.build(BuildConfig.inFolder(project));
        Path oldSite = dir.resolve("old-site");
        SampleProject.copyTree(project.resolve("site"), oldSite);
        Map<String, String> oldState = state(oldSite);

        SampleProject.write(project.resolve("articles/2025-08-01-acme-widgets.md"),
                "---\ntitle: Acme sells widgets\ndate: 2025-08-01\n---\nMicrosoft bought 40 widgets for $2 million.\n");
        Path reference = SampleProject.create(dir.resolve("reference"));
        SampleProject.copyTree(project.resolve("articles"), reference.resolve("articles"));
        newsgraph.build(BuildConfig.inFolder(reference));
        Map<String, String> newState = state(reference.resolve("site"));
        assertNotEquals(oldState, newState);

        long seed = System.nanoTime();
        Random random = new Random(seed);
        Timing timing = calibrate(project, oldSite, newState);
        Map<Outcome, Integer> outcomes = new TreeMap<>();
        int killedWhileWriting = 0;
        for (int run = 0; run < RUNS; run++) {
            restore(project, oldSite);
            Process child = start(project);
            awaitStarted(child);
            boolean duringWrite = run % 2 == 1;
            if (duringWrite) {
                waitForStaging(project, child);
            }
            long window = duringWrite ? timing.writing() : timing.whole();
            TimeUnit.NANOSECONDS.sleep((long) (random.nextDouble() * window));
            boolean alive = child.isAlive();
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            if (alive && hasStaging(project)) {
                killedWhileWriting++;
            }
            String where = "run " + run + " (seed " + seed + ")";
            Outcome outcome = outcome(project, oldState, newState, where);
            outcomes.merge(outcome, 1, Integer::sum);
            newsgraph.build(BuildConfig.inFolder(project));
            assertEquals(newState, state(project.resolve("site")), where + ": the next build gives the new site");
            assertEquals(List.of("articles", "site", "templates"), entries(project), where + ": nothing left beside");
        }
        System.out.printf("KilledBuildIT: %d kills, %d while the new site was being written; outcomes %s; seed %d%n",
                RUNS, killedWhileWriting, outcomes, seed);
        assertTrue(killedWhileWriting >= RUNS / 4, "kills that hit the writing phase: " + killedWhileWriting);
    }

    /** How long a child takes from its first line to its exit, and from its staging folder to its exit. */
    private record Timing(long whole, long writing) {
    }

    private Timing calibrate(Path project, Path oldSite, Map<String, String> newState) throws Exception {
        restore(project, oldSite);
        Process child = start(project);
        awaitStarted(child);
        long started = System.nanoTime();
        waitForStaging(project, child);
        long staging = System.nanoTime();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child build finishes");
        long done = System.nanoTime();
        assertEquals(0, child.exitValue(), "the child build succeeds");
        assertEquals(newState, state(project.resolve("site")), "a child build gives the same site as one in this JVM");
        return new Timing(done - started, done - staging);
    }

    private Process start(Path project) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                StandInBuild.class.getName(), project.toString())
                .redirectError(dir.resolve("child-stderr.txt").toFile()).start();
    }

    private static void awaitStarted(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("started", out.readLine(), "the child JVM is up");
    }

    private static void waitForStaging(Path project, Process child) throws Exception {
        while (child.isAlive() && !hasStaging(project)) {
            TimeUnit.MILLISECONDS.sleep(1);
        }
    }

    private static boolean hasStaging(Path project) throws IOException {
        return entries(project).stream().anyMatch(n -> n.startsWith(".site.staging-"));
    }

    /** What a reader of site/ sees after the kill: the old site, the new one, or the old one set aside mid-swap. */
    private static Outcome outcome(Path project, Map<String, String> oldState, Map<String, String> newState, String where)
            throws IOException {
        Path site = project.resolve("site");
        if (Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
            Map<String, String> state = state(site);
            if (state.equals(oldState)) {
                return Outcome.OLD;
            }
            assertEquals(newState, state, where + ": site/ is the old or the new complete site");
            return Outcome.NEW;
        }
        // Killed between the two renames of the swap: the next build puts this one back first (StagedOutputTest).
        List<String> aside = entries(project).stream().filter(n -> n.startsWith(".site.old-")).toList();
        assertEquals(1, aside.size(), where + ": no site/, so the old one is set aside: " + entries(project));
        assertEquals(oldState, state(project.resolve(aside.get(0))), where + ": the old site set aside is complete");
        return Outcome.OLD_ASIDE;
    }

    private static void restore(Path project, Path oldSite) throws IOException {
        for (String name : entries(project)) {
            if (name.equals("site") || name.startsWith(".site.")) {
                SampleProject.deleteTree(project.resolve(name));
            }
        }
        SampleProject.copyTree(oldSite, project.resolve("site"));
    }

    private static void copyArticles(Path articles) throws IOException {
        try (Stream<Path> own = Files.list(SampleProject.repository().resolve("articles"))) {
            for (Path file : (Iterable<Path>) own.filter(p -> p.toString().endsWith(".md"))::iterator) {
                Files.copy(file, articles.resolve(file.getFileName().toString()));
            }
        }
    }

    /** Every file of a folder with a digest of its bytes. */
    private static Map<String, String> state(Path folder) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                state.put(folder.relativize(file).toString(), digest(Files.readAllBytes(file)));
            }
        }
        return state;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
