package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the background deletion (a stopped {@code serve}) waits a little, not for a whole archive's old site: a
 * deletion still running or waiting is left, under its {@code .gone-} name, to the next output opened beside it.
 */
class OldFoldersCloseS25StoreflakeTest {

    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void commit(Path site, OldFolders oldFolders, String content) throws Exception {
        try (StagedOutput output = StagedOutput.open(site, oldFolders)) {
            output.write(Path.of("index.html"), content);
            output.commit();
        }
    }

    @Test
    void closeWaitsAShortWhileThenLeavesTheRestToTheNextRun() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread daemon = new Thread(task, "busy-deletion");
            daemon.setDaemon(true);
            return daemon;
        });
        CountDownLatch busy = new CountDownLatch(1);
        thread.execute(() -> {
            try {
                busy.await();   // a deletion that takes longer than anyone should wait for a stop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Path site = dir.resolve("site");
        OldFolders oldFolders = new OldFolders(thread);   // the wait serve's close has
        commit(site, oldFolders, "first");
        commit(site, oldFolders, "second");
        long started = System.nanoTime();
        oldFolders.close();
        long waited = (System.nanoTime() - started) / 1_000_000;
        busy.countDown();
        assertTrue(waited < 10_000, "close returned after " + waited + " ms (it waited " + OldFolders.CLOSE_WAIT + ")");
        List<String> left = names().stream().filter(n -> n.startsWith(".site.gone-")).toList();
        assertEquals(1, left.size(), names()::toString);
        assertEquals("first", Files.readString(dir.resolve(left.get(0)).resolve("index.html")));

        // The next run (a build, or serve started again) deletes what the closed one left.
        commit(site, OldFolders.now(), "third");
        assertEquals(List.of("site"), names());
        assertEquals("third", Files.readString(site.resolve("index.html")));
    }
}
