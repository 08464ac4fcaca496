package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a save takes the previous site's files over without looking at each of them, by the times of their folders
 * recorded after the last commit under the same lock ({@link FolderTimes}: serve's saves); a page deleted, renamed or
 * replaced by a folder by hand is still found, and the save restores it.
 */
class HandEditedSiteS32ScaleTest {

    /**
     * The pages of the site; none in its root folder, which every commit touches (its bookkeeping files); enough that
     * a save writing three commits in place (not a swap of the whole folder).
     */
    private static final List<String> PAGES = Stream.concat(Stream.of("article/a/index.html",
            "article/a/index.ttl", "article/b/index.html", "entity/x/index.html", "entity/y/index.html",
            "entity/y/index.ttl"), IntStream.range(0, 12).mapToObj(n -> "tag/t" + n + "/index.html"))
            .toList();

    @TempDir
    Path dir;

    /** The process's lock on its site, which keeps the folder times between its commits. */
    private final SiteLock lock = SiteLock.create();

    @Test
    void aSaveWithNothingTouchedLooksAtNoPage() throws Exception {
        Path site = dir.resolve("site");
        save(site);
        settle();
        assertEquals(PAGES.size(), save(site).looked(), "the folders the last commit wrote are too new to be sure of");
        save(dir.resolve("scratch"));   // as serve's warm-up: another site committed under the same lock
        StagedOutput quiet = save(site);
        assertEquals(0, quiet.looked(), "every page taken over by its folder's time");
        assertEquals(PAGES.size(), quiet.reused());
        assertEquals(new TreeSet<>(PAGES), files(site));
        try (StagedOutput another = StagedOutput.open(site)) {
            assertTrue(another.keep(Path.of(PAGES.get(0))));
            assertEquals(1, another.looked(), "another process (another lock) has no record: it looks");
        }
    }

    @Test
    void aPageDeletedRenamedOrReplacedByAFolderByHandIsRestored() throws Exception {
        Path site = dir.resolve("site");
        save(site);
        settle();
        save(site);
        Files.delete(site.resolve("article/a/index.html"));
        Files.move(site.resolve("article/b/index.html"), site.resolve("article/b/old.html"));
        Files.delete(site.resolve("entity/x/index.html"));
        Files.createDirectories(site.resolve("entity/x/index.html/inside"));
        StagedOutput restoring = save(site);
        // The three folders changed: their files are looked at (article/a holds two); entity/y's are not.
        assertEquals(4, restoring.looked());
        assertEquals(3, restoring.written());
        for (String page : PAGES) {
            Path file = site.resolve(page);
            assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS), page + " is a file again");
            assertEquals(page, Files.readString(file));
        }
        Set<String> left = files(site);
        assertTrue(left.remove("article/b/old.html"), "a file the site never listed is left alone");
        assertEquals(new TreeSet<>(PAGES), left);
    }

    @Test
    void aFolderChangedInTheTickItsTimeWasRecordedCountsAsChanged() throws Exception {
        Path site = dir.resolve("site");
        save(site);
        // A page deleted within the tick the commit recorded its folder's time in: the folder keeps that time.
        Path folder = site.resolve("entity/y");
        FileTime recorded = Files.getLastModifiedTime(folder);
        Files.delete(folder.resolve("index.ttl"));
        Files.setLastModifiedTime(folder, recorded);
        StagedOutput next = save(site);
        assertTrue(next.looked() >= 2, "entity/y was written by the last commit: its files are looked at");
        assertTrue(Files.isRegularFile(folder.resolve("index.ttl")), "and the page is restored");
    }

    /** A save: each page taken over when it can be, else written, under one key. */
    private StagedOutput save(Path site) throws IOException {
        try (StagedOutput output = StagedOutput.open(site, OldFolders.now(), lock)) {
            for (String page : PAGES) {
                if (!output.keep(Path.of(page))) {
                    output.write(Path.of(page), page, "k");
                }
            }
            output.commit();
            return output;
        }
    }

    /** Lets the clock pass the time within which a recorded folder counts as just changed. */
    private static void settle() throws InterruptedException {
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(FolderTimes.RACY) + 200);
    }

    private static Set<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            Set<String> names = new TreeSet<>();
            walk.filter(Files::isRegularFile).map(f -> site.relativize(f).toString())
                    .filter(n -> !StagedOutput.bookkeeping(n)).forEach(names::add);
            return names;
        }
    }
}
