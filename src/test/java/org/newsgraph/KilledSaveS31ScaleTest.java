package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.SaveTakesOverS28ScaleTest.retitle;
import static org.newsgraph.SaveTakesOverS28ScaleTest.twelveArticles;
import static org.newsgraph.SaveTakesOverS28ScaleTest.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.io.CommitJournal;
import org.newsgraph.io.SiteLock;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * Issue 16, session 31: a save commits its few changed files into the site in place (the site folder stays the same
 * one, the pages it did not change keep their inodes); a save killed in the middle of its commit (a test hook after
 * k renames, not a real kill) leaves its journal, and the next build completes it before it reads the site: byte for
 * byte a clean build. Twelve articles, text-only stand-in annotator.
 */
class KilledSaveS31ScaleTest {

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());

    @Test
    void aSaveKilledMidCommitIsCompletedByTheNextBuildAndEqualsACleanBuild() throws Exception {
        List<String> names = IncrementalBuilds.companies(48);
        Path project = twelveArticles(dir, names);
        Path articles = project.resolve("articles");
        Path site = project.resolve("site");
        new Newsgraph(extractor, 1).build(BuildConfig.inFolder(project));
        Object folder = Files.getAttribute(site, "unix:ino");
        Map<String, List<Object>> before = stats(site);

        retitle(articles, 4);
        BuildReport report = new Newsgraph(extractor, 1).build(BuildConfig.inFolder(project));
        assertEquals(folder, Files.getAttribute(site, "unix:ino"), "a save commits in place: the same folder");
        Map<String, List<Object>> after = stats(site);
        long untouched = after.keySet().stream().filter(name -> after.get(name).equals(before.get(name))).count();
        assertTrue(report.unchanged() > report.written(), report.unchanged() + " / " + report.written());
        assertEquals(report.unchanged(), untouched, "every file taken over keeps its inode and its ctime (not linked"
                + " again), every other is new");
        IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, "retitle");

        for (int k : new int[] {1, 3}) {
            write(articles, 12 + k, names.subList(20 + k, 24 + k));
            Newsgraph killed = new Newsgraph(extractor, 1);
            killed.commitUnder(SiteLock.withRenameHook(renamed -> {
                if (renamed == k) {
                    throw new IllegalStateException("killed after " + k + " renames");
                }
            }));
            assertThrows(IllegalStateException.class, () -> killed.build(BuildConfig.inFolder(project)));
            assertTrue(Files.isRegularFile(site.resolve(CommitJournal.FILE)), "the journal left behind, k = " + k);

            new Newsgraph(extractor, 1).build(BuildConfig.inFolder(project));
            assertFalse(Files.exists(site.resolve(CommitJournal.FILE)));
            assertEquals(folder, Files.getAttribute(site, "unix:ino"), "k = " + k);
            IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, "killed add " + k);
        }
    }

    /** Each file's inode and ctime (a link made to a file changes its ctime). */
    private static Map<String, List<Object>> stats(Path site) throws Exception {
        Map<String, List<Object>> stats = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                stats.put(site.relativize(file).toString(), List.of(Files.getAttribute(file, "unix:ino"),
                        Files.getAttribute(file, "unix:ctime")));
            }
        }
        return stats;
    }
}
