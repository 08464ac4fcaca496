package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit under {@code serve} returns once the new site is in place; the previous one, put aside under a name that
 * is never put back, is deleted afterwards; a kill at any point leaves a whole site and at most folders the next
 * output deletes.
 */
class OldFoldersS24ScaleTest {

    @TempDir
    Path dir;

    /** Deletions held until the test runs them: what a busy background thread looks like. */
    private final List<Runnable> held = new ArrayList<>();

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private void commit(OldFolders oldFolders, String content) throws Exception {
        try (StagedOutput output = StagedOutput.open(dir.resolve("site"), oldFolders)) {
            output.write(Path.of("index.html"), content);
            output.commit();
        }
    }

    @Test
    void theCommitReturnsBeforeThePreviousSiteIsDeleted() throws Exception {
        OldFolders oldFolders = new OldFolders(held::add);
        commit(oldFolders, "first");
        commit(oldFolders, "second");
        assertEquals("second", Files.readString(dir.resolve("site/index.html")));
        List<String> aside = names().stream().filter(n -> !n.equals("site")).toList();
        assertEquals(1, aside.size(), aside::toString);
        assertTrue(aside.get(0).startsWith(".site.gone-"), "put aside under a name never put back: " + aside);
        assertEquals("first", Files.readString(dir.resolve(aside.get(0)).resolve("index.html")));
        assertTrue(oldFolders.deleting(dir.resolve(aside.get(0))));

        // The next output leaves a folder still being deleted alone, and puts its own previous site aside too.
        commit(oldFolders, "third");
        assertEquals(3, names().size(), names()::toString);
        held.forEach(Runnable::run);
        assertEquals(List.of("site"), names());
        assertEquals("third", Files.readString(dir.resolve("site/index.html")));
    }

    @Test
    void deletedAtOnceByDefault() throws Exception {
        commit(OldFolders.now(), "first");
        commit(OldFolders.now(), "second");
        assertEquals(List.of("site"), names());
    }

    @Test
    void aFolderLeftHalfDeletedIsNeverPutBack() throws Exception {
        // Killed while deleting the site put aside by one commit, then killed between the two renames of the next.
        Path gone = Files.createDirectories(dir.resolve(".site.gone-4242-1/article"));
        Files.writeString(gone.resolve("index.html"), "half deleted");
        Path old = Files.createDirectories(dir.resolve(".site.old-4243"));
        Files.writeString(old.resolve("index.html"), "the previous site, whole");
        try (StagedOutput output = StagedOutput.open(dir.resolve("site"), new OldFolders(held::add))) {
            assertEquals("the previous site, whole", Files.readString(dir.resolve("site/index.html")));
            assertEquals(List.of("site"), names().stream().filter(n -> !n.contains("staging")).toList());
        }
        // With a whole site in place, a folder put aside by a process that died is deleted too.
        Files.createDirectories(dir.resolve(".site.gone-4244-7/data"));
        StagedOutput.open(dir.resolve("site")).close();
        assertEquals(List.of("site"), names());
    }

    @Test
    void inTheBackgroundTheDeletionFinishesBeforeCloseReturns() throws Exception {
        try (OldFolders oldFolders = OldFolders.inBackground()) {
            for (int n = 0; n < 5; n++) {
                commit(oldFolders, "version " + n);
            }
        }
        assertEquals(List.of("site"), names());
        assertEquals("version 4", Files.readString(dir.resolve("site/index.html")));
    }
}
