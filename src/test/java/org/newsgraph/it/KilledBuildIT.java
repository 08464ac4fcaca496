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
 * Kills a building process (SIGKILL, no shutdown hooks) at random moments, and checks that {@code site/} is then
 * always a whole site once the next build has started (which puts back a site a swap put aside, and completes a commit
 * in place from its journal): every link resolves, the graph parses, the stamp of a finished build is there.
 */
class KilledBuildIT {

    @TempDir
    Path dir;

    @Test
    void aKilledBuildNeverLeavesAHalfWrittenSite() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        for (int n = 1; n <= 3; n++) {
            SampleProject.write(project.resolve("articles/2025-02-0" + n + "-more.md"), "---\ntitle: More " + n
                    + "\ndate: 2025-02-0" + n + "\n---\nMicrosoft and Walmart opened " + n + " stores in Berlin.\n");
        }
        Random random = new Random(6);
        for (int kill = 0; kill < 6; kill++) {
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), StandInBuild.class.getName(), project.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("built ")) {
                // Until the first build is done, so that the kill lands among later ones, mid-render or mid-swap.
            }
            Thread.sleep(random.nextInt(1500));
            build.destroyForcibly();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS));
            Path site = project.resolve("site");
            if (!Files.exists(site) || Files.exists(site.resolve(CommitJournal.FILE))) {
                // Killed between the two renames of a swap: the previous site waits beside, whole, and the next
                // build puts it back before anything else. Killed in a commit in place (session 31: a save that
                // wrote few files renames them in): its journal is left, and the next build completes it first.
                StagedOutput.open(site).close();
            }
            assertWholeSite(site);
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
