package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, session 31: a commit that changed a few files of a site renames them into place and deletes what is gone,
 * journal first; the files taken over keep their inodes; a commit killed after k of its n renames is completed by the
 * next run into what an uninterrupted commit makes; a reader under the lock never sees a file of the new commit beside
 * a changed file of the old; most of a site written, the commit swaps the whole folder.
 */
class InPlaceCommitS31ScaleTest {

    @TempDir
    Path dir;

    /** A killed process, as the rename hook stands for it. */
    private static final class Killed extends RuntimeException {
        Killed() {
            super("killed");
        }
    }

    /** The first site: ten pages, an article's two files, the keys. */
    private static void firstSite(Path site) throws Exception {
        try (StagedOutput output = StagedOutput.open(site)) {
            for (int i = 0; i < 10; i++) {
                output.reuse(Path.of("entity/e" + i + "/index.html"), "key-" + i);
                output.write(Path.of("entity/e" + i + "/index.html"), "entity " + i);
            }
            output.write(Path.of("article/gone/index.html"), "an article deleted next");
            output.write(Path.of("article/gone/index.ttl"), "its Turtle");
            output.write(Path.of("index.html"), "home 1");
            output.commit();
        }
    }

    /** The second: two entity pages changed, one added, the article gone, the home page changed. */
    private static void secondSite(Path site, SiteLock lock) throws Exception {
        try (StagedOutput output = StagedOutput.open(site, OldFolders.now(), lock)) {
            for (int i = 0; i < 10; i++) {
                if (i == 3 || i == 7) {
                    output.reuse(Path.of("entity/e" + i + "/index.html"), "key-" + i + "-changed");
                    output.write(Path.of("entity/e" + i + "/index.html"), "entity " + i + " changed");
                } else if (!output.reuse(Path.of("entity/e" + i + "/index.html"), "key-" + i)) {
                    output.write(Path.of("entity/e" + i + "/index.html"), "entity " + i);  // a clean build's
                }
            }
            output.write(Path.of("entity/e10/index.html"), "entity 10");
            output.write(Path.of("index.html"), "home 2");
            output.commit();
        }
    }

    private static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static List<String> folders(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    private static Object inode(Path file) throws Exception {
        return Files.getAttribute(file, "unix:ino");
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".site")).sorted().toList();
        }
    }

    @Test
    void aFewFilesChangedAreRenamedInAndTheUnchangedKeepTheirInodes() throws Exception {
        Path site = dir.resolve("site");
        firstSite(site);
        Object folder = inode(site);
        Object kept = inode(site.resolve("entity/e0/index.html"));
        Object changed = inode(site.resolve("entity/e3/index.html"));
        secondSite(site, SiteLock.create());
        assertEquals(folder, inode(site), "the site folder is the same one: no swap");
        assertEquals(kept, inode(site.resolve("entity/e0/index.html")), "an unchanged page is not linked again");
        assertNotEquals(changed, inode(site.resolve("entity/e3/index.html")), "a changed page is a new file");
        assertEquals("entity 3 changed", Files.readString(site.resolve("entity/e3/index.html")));
        assertEquals("home 2", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("article")), "the deleted article's files and their empty folders gone");
        assertFalse(Files.exists(site.resolve(CommitJournal.FILE)), "no journal once committed");
        assertEquals(List.of(), siblings(), "no staging folder left");

        Path clean = dir.resolve("clean");
        secondSite(clean, SiteLock.create());
        Map<String, String> want = contents(clean);
        assertEquals(want, contents(site), "the same files and bytes as a clean build's");
        assertEquals(folders(clean), folders(site), "the same folders");
        assertTrue(want.containsKey(SiteFiles.FILE) && want.get(SiteFiles.FILE).contains("entity/e10/index.html\n"));
    }

    @Test
    void aCommitKilledAfterKOfItsRenamesIsCompletedByTheNextRun() throws Exception {
        Path clean = dir.resolve("clean");
        firstSite(clean);
        secondSite(clean, SiteLock.create());
        Map<String, String> want = contents(clean);
        // Renamed in: entity 3, 7, 10, the home page, the keys and the list of files.
        int n = 6;
        for (int k = 0; k <= n; k++) {
            Path site = Files.createDirectories(dir.resolve("k" + k)).resolve("site");
            firstSite(site);
            int stop = k;
            SiteLock killing = SiteLock.withRenameHook(renamed -> {
                if (renamed == stop) {
                    throw new Killed();
                }
            });
            if (k == 0) {
                // Killed before its first rename: the deletions are done, nothing renamed yet.
                killing = SiteLock.withRenameHook(renamed -> {
                    throw new Killed();
                });
            }
            SiteLock lock = killing;
            assertThrows(Killed.class, () -> secondSite(site, lock), "k = " + k);
            assertTrue(Files.isRegularFile(site.resolve(CommitJournal.FILE)), "the journal is left, k = " + k);
            assertEquals(n, CommitJournal.read(site.resolve(CommitJournal.FILE)).renames().size());
            if (k < n) {
                assertNotEquals(want, contents(site), "a mix of the two sites, k = " + k);
            }
            // The next run completes the commit before it reads anything.
            StagedOutput.recover(site, SiteLock.create());
            Map<String, String> got = contents(site);
            assertEquals(want, got, "the next run completes the commit, k = " + k);
            assertEquals(folders(clean), folders(site), "k = " + k);
            try (Stream<Path> left = Files.list(site.getParent())) {
                assertEquals(List.of("site"), left.map(f -> f.getFileName().toString()).toList(), "k = " + k);
            }
        }
    }

    @Test
    void anOutputOpenedAfterAKilledCommitCompletesItBeforeItsOwnWork() throws Exception {
        Path site = dir.resolve("site");
        firstSite(site);
        assertThrows(Killed.class, () -> secondSite(site, SiteLock.withRenameHook(renamed -> {
            if (renamed == 2) {
                throw new Killed();
            }
        })));
        try (StagedOutput output = StagedOutput.open(site)) {
            assertEquals("entity 7 changed", Files.readString(output.previousFile(Path.of("entity/e7/index.html"))),
                    "the previous output it reads is the completed commit's");
            assertTrue(output.reuse(Path.of("entity/e7/index.html"), "key-7-changed"));
        }
        assertFalse(Files.exists(site.resolve(CommitJournal.FILE)));
    }

    @Test
    void aReaderUnderTheLockNeverSeesHalfACommit() throws Exception {
        Path site = dir.resolve("site");
        firstSite(site);
        SiteLock[] lock = new SiteLock[1];
        CompletableFuture<String>[] reader = new CompletableFuture[1];
        boolean[] blocked = new boolean[1];
        lock[0] = SiteLock.withRenameHook(renamed -> {
            // Renamed in name order: the list of files, the keys, entity 10, entity 3 (the 4th), entity 7, home.
            if (renamed != 4) {
                return;
            }
            try {
                // On disk now: entity 3 is the new commit's, entity 7 still the old one's.
                assertEquals("entity 3 changed", Files.readString(site.resolve("entity/e3/index.html")));
                assertEquals("entity 7", Files.readString(site.resolve("entity/e7/index.html")));
                reader[0] = CompletableFuture.supplyAsync(() -> {
                    try {
                        return lock[0].read(() -> Files.readString(site.resolve("entity/e3/index.html")) + " / "
                                + Files.readString(site.resolve("entity/e7/index.html")));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                Thread.sleep(300);
                blocked[0] = !reader[0].isDone();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        secondSite(site, lock[0]);
        assertTrue(blocked[0], "the reader waited for the commit");
        assertEquals("entity 3 changed / entity 7 changed", reader[0].get(10, TimeUnit.SECONDS));
    }

    @Test
    void mostOfASiteWrittenIsSwappedWhole() throws Exception {
        Path site = dir.resolve("site");
        firstSite(site);
        Object folder = inode(site);
        Object kept = inode(site.resolve("entity/e0/index.html"));
        try (StagedOutput output = StagedOutput.open(site)) {
            assertTrue(output.reuse(Path.of("entity/e0/index.html"), "key-0"));
            for (int i = 1; i < 10; i++) {
                output.write(Path.of("entity/e" + i + "/index.html"), "entity " + i + " restyled");
            }
            output.write(Path.of("index.html"), "home restyled");
            output.commit();
        }
        assertNotEquals(folder, inode(site), "a new folder swapped in");
        assertEquals(kept, inode(site.resolve("entity/e0/index.html")), "the page taken over linked, same inode");
        assertEquals("entity 0", Files.readString(site.resolve("entity/e0/index.html")));
        assertEquals("entity 9 restyled", Files.readString(site.resolve("entity/e9/index.html")));
        assertFalse(Files.exists(site.resolve("article")));
        assertEquals(List.of(), siblings());
    }
}
