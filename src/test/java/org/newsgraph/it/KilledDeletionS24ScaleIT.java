package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.CommitJournal;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.testing.LinkChecker;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.StandInBuild;

/**
 * Kills a process that builds as {@code serve} does, deleting each previous site on a thread of its own after the
 * build returns (SIGKILL at random moments: mid-render, mid-swap, mid-deletion): {@code site/} is then always a whole
 * site, never the half-deleted folder put aside, and the next output leaves nothing beside it.
 */
class KilledDeletionS24ScaleIT {

    @TempDir
    Path dir;

    @Test
    void aKillWhileThePreviousSiteIsDeletedLeavesAWholeSiteAndTheNextOutputClearsTheRest() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        for (int n = 1; n <= 3; n++) {
            SampleProject.write(project.resolve("articles/2025-02-0" + n + "-more.md"), "---\ntitle: More " + n
                    + "\ndate: 2025-02-0" + n + "\n---\nMicrosoft and Walmart opened " + n + " stores in Berlin.\n");
        }
        Random random = new Random(24);
        int besideAtKill = 0;
        for (int kill = 0; kill < 8; kill++) {
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), StandInBuild.class.getName(), project.toString(),
                    "--old-sites-in-background").redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8));
            String line;
            int committed = 0;
            int wait = 1 + random.nextInt(3);
            while ((line = out.readLine()) != null && !(line.startsWith("committed ") && ++committed > wait)) {
                // Until some builds are done, so that the kill lands among later ones and their deletions.
            }
            Thread.sleep(random.nextInt(400));
            build.destroyForcibly();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS));
            Path site = project.resolve("site");
            if (besides(project).stream().anyMatch(n -> n.startsWith(".site.gone-"))) {
                besideAtKill++;
            }
            if (!Files.exists(site) || Files.exists(site.resolve(CommitJournal.FILE))) {
                // Killed between the two renames of a swap: the whole previous site is back. Killed in a commit in
                // place (session 31): the next output completes it from its journal first.
                StagedOutput.open(site).close();
            }
            assertWholeSite(site);
            StagedOutput.open(site).close();
            assertEquals(List.of(), besides(project), "the next output leaves nothing beside the site");
            assertWholeSite(site);
        }
        System.out.println("KilledDeletionS24ScaleIT: " + besideAtKill + " of 8 kills left a site put aside");
    }

    /** What is beside the site in the project: staging, put-aside and half-deleted folders. */
    private static List<String> besides(Path project) throws Exception {
        try (Stream<Path> files = Files.list(project)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".site.")).sorted().toList();
        }
    }

    private static void assertWholeSite(Path site) throws Exception {
        assertTrue(Files.isRegularFile(site.resolve(".newsgraph-build")), "the stamp a finished build writes");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertEquals(List.of(), LinkChecker.problems(site.toRealPath()));
        var dataset = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/graph.trig")).lang(Lang.TRIG).parse(dataset);
        assertEquals(6, dataset.size(), "five article graphs and the entity graph");
    }
}
