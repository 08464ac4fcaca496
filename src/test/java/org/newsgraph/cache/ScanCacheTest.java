package org.newsgraph.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.ArticleScan;

/**
 * A build opens only the article files whose size or time changed since the scan cache recorded them, and what it
 * takes from the record is what reading the file says.
 */
class ScanCacheTest {

    private static final Instant LONG_AGO = Instant.parse("2024-05-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aFileWhoseSizeAndTimeAreRecordedIsNotOpened() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path one = write(articles, "2025-04-01-one.md", "---\ntitle: Harbour plan\n---\nThe port of Velm grew.\n", 0);
        Path two = write(articles, "2025-04-02-two.md", "---\ntitle: Mill closes\n---\nThe Orrin mill shut.\n", 1);
        ScanCache cache = new ScanCache(dir.resolve("cache"));
        assertEquals(2, cache.scan(articles, List.of(one, two)).opened());

        // The record is doctored: what the next scan says of the file comes from it, so the file was not read.
        Path record = dir.resolve("cache").resolve(ScanCache.FILE);
        Files.writeString(record, Files.readString(record).replace("Harbour plan", "Harbour plot"));
        ScanCache.Result again = cache.scan(articles, List.of(one, two));
        assertEquals(0, again.opened());
        assertEquals("Harbour plot", again.scans().get(0).article().title());
        assertEquals(one, again.scans().get(0).article().file());
    }

    @Test
    void aFileWithAnotherSizeOrTimeIsReadAgain() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path one = write(articles, "2025-04-01-one.md", "---\ntitle: Harbour plan\n---\nThe port of Velm grew.\n", 0);
        Path two = write(articles, "2025-04-02-two.md", "---\ntitle: Mill closes\n---\nThe Orrin mill shut.\n", 1);
        ScanCache cache = new ScanCache(dir.resolve("cache"));
        cache.scan(articles, List.of(one, two));

        write(articles, "2025-04-01-one.md", "---\ntitle: Harbour plan, revised\n---\nThe port of Velm grew.\n", 0);
        ScanCache.Result longer = cache.scan(articles, List.of(one, two));
        assertEquals(1, longer.opened());
        assertEquals("Harbour plan, revised", longer.scans().get(0).article().title());

        // The same size, a later time: read again.
        write(articles, "2025-04-02-two.md", "---\ntitle: Mill opens\n---\nThe Orrin mill shut.\n", 2);
        ScanCache.Result later = cache.scan(articles, List.of(one, two));
        assertEquals(1, later.opened());
        assertEquals("Mill opens", later.scans().get(1).article().title());
        assertEquals(0, cache.scan(articles, List.of(one, two)).opened());
    }

    @Test
    void aTouchedFileIsHashedNotParsed() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path one = write(articles, "2025-04-01-one.md", "---\ntitle: Harbour plan\n---\nThe port of Velm grew.\n", 0);
        ScanCache cache = new ScanCache(dir.resolve("cache"));
        cache.scan(articles, List.of(one));
        Path record = dir.resolve("cache").resolve(ScanCache.FILE);
        Files.writeString(record, Files.readString(record).replace("Harbour plan", "Harbour plot"));

        // Another time, the same bytes (touched, checked out again): read and hashed, the record's scan kept.
        Files.setLastModifiedTime(one, FileTime.from(LONG_AGO.plusSeconds(600)));
        ScanCache.Result touched = cache.scan(articles, List.of(one));
        assertEquals(1, touched.opened());
        assertEquals("Harbour plot", touched.scans().get(0).article().title());
        assertEquals(0, cache.scan(articles, List.of(one)).opened(), "and its new time recorded");

        // Other bytes of the same size: parsed.
        write(articles, "2025-04-01-one.md", "---\ntitle: Harbour plon\n---\nThe port of Velm grew.\n", 20);
        assertEquals("Harbour plon", cache.scan(articles, List.of(one)).scans().get(0).article().title());
    }

    @Test
    void aFileWrittenJustBeforeItWasRecordedIsReadAgain() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path fresh = articles.resolve("2025-04-03-fresh.md");
        Files.writeString(fresh, "---\ntitle: Ferry delayed\n---\nThe ferry to Osk was late.\n");
        ScanCache cache = new ScanCache(dir.resolve("cache"));
        cache.scan(articles, List.of(fresh));
        // Its time is not older than the recording scan by the settling margin: it could still be written in the
        // same clock tick, unseen by its time.
        assertEquals(1, cache.scan(articles, List.of(fresh)).opened());
    }

    @Test
    void addedAndRemovedFilesAndAnotherFolder() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path one = write(articles, "2025-04-01-one.md", "---\ntitle: Harbour plan\n---\nThe port of Velm grew.\n", 0);
        Path two = write(articles, "2025-04-02-two.md", "---\ntitle: Mill closes\n---\nThe Orrin mill shut.\n", 1);
        ScanCache cache = new ScanCache(dir.resolve("cache"));
        cache.scan(articles, List.of(one));
        assertEquals(1, cache.scan(articles, List.of(one, two)).opened(), "only the added file is read");
        assertEquals(0, cache.scan(articles, List.of(two)).opened(), "a removed file costs nothing");
        assertFalse(Files.readString(dir.resolve("cache").resolve(ScanCache.FILE)).contains("Harbour"),
                "and leaves the record");

        // The same file names in another folder (a cache shared by two projects) are not taken from the record.
        Path other = Files.createDirectories(dir.resolve("other"));
        Path copy = write(other, "2025-04-02-two.md", "---\ntitle: Mill closes\n---\nThe Orrin mill shut.\n", 1);
        assertEquals(1, cache.scan(other, List.of(copy)).opened());
    }

    @Test
    void aDamagedRecordIsReadPast() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path one = write(articles, "2025-04-01-one.md", "---\ntitle: Harbour plan\n---\nThe port of Velm grew.\n", 0);
        ScanCache cache = new ScanCache(dir.resolve("cache"));
        cache.scan(articles, List.of(one));
        Files.writeString(dir.resolve("cache").resolve(ScanCache.FILE), "{\"format\": 1, \"files\": [tru");
        ScanCache.Result result = cache.scan(articles, List.of(one));
        assertEquals(1, result.opened());
        assertEquals("Harbour plan", result.scans().get(0).article().title());
        assertEquals(0, cache.scan(articles, List.of(one)).opened(), "and recorded again");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "---\ntitle: \"Plain\"\ndate: 2025-03-14\nauthor: Ida Venn\nsource: The Velm Courier\nurl: https://example.org/a\n"
                    + "tags: [ports, Weather]\nslug: plain-story\n---\n# Heading\n\nThe council met on *Tuesday*.\n\n"
                    + "A second paragraph.\n",
            "---\ntitle: Typo\nauther: Ann Lee\ndate: 2025-03-15\n---\nThe council met on Tuesday.\n",
            "---\ntitle: No body\nextra: 1\n---\n\n",
            "---\ntitle: Open\nextra: 1\nThe front matter never ends.\n",
            "---\r\ntitle: Windows\r\nextra: 1\r\n---\r\nThe council met on Tuesday.\r\n",
            "\uFEFF---\ntitle: Marked\nextra: 1\n---\nThe council met on Tuesday.\n",
            "---\nti\u200Btle: Hidden\nextra: 1\n---\nThe council met on Tuesday.\n",
            "# A heading title\n\nThe council met on Tuesday.\n",
            "",
    })
    void whatTheRecordGivesIsWhatReadingTheFileGives(String text) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path file = write(articles, "2025-03-14-council.md", text, 0);
        ScanCache cache = new ScanCache(dir.resolve("cache"));
        cache.scan(articles, List.of(file));
        ScanCache.Result recorded = cache.scan(articles, List.of(file));
        assertEquals(0, recorded.opened());
        ArticleScan read = new ArticleReader().scan(file);
        assertEquals(read, recorded.scans().get(0));
        assertTrue(read.article() != null || read.problem() != null);
    }

    @Test
    void aFileThatCannotBeReadIsNotRecorded() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path folder = Files.createDirectories(articles.resolve("2025-04-04-folder.md"));
        ScanCache cache = new ScanCache(dir.resolve("cache"));
        assertEquals(1, cache.scan(articles, List.of(folder)).opened());
        assertEquals(1, cache.scan(articles, List.of(folder)).opened());
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().equals(ScanCache.FILE)));
        }
    }

    /** Writes a file and gives it a time long past (the {@code minute}-th minute after {@link #LONG_AGO}). */
    private static Path write(Path folder, String name, String text, int minute) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO.plusSeconds(60L * minute)));
        return file;
    }
}
