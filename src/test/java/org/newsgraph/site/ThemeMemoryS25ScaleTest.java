package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of the project's theme whose files are as the last read in the process found them is not read again by
 * the next render's theme; a file edited (even to the same size), added or removed is.
 */
class ThemeMemoryS25ScaleTest {

    @TempDir
    Path dir;

    @Test
    void anUnchangedFolderIsTakenAsReadAndAChangedOneIsReadAgain() throws Exception {
        Path assets = Files.createDirectories(dir.resolve("assets"));
        Path css = assets.resolve("site.css");
        Files.writeString(css, "body { color: red }");
        Files.setLastModifiedTime(css, FileTime.fromMillis(1_000_000_000_000L));
        byte[] first = new Theme(dir).files("assets").get("site.css");
        assertSame(first, new Theme(dir).files("assets").get("site.css"), "the next render takes the last read");

        Files.writeString(css, "body { color: tan }");     // the same size
        Files.setLastModifiedTime(css, FileTime.fromMillis(1_000_000_001_000L));
        assertArrayEquals("body { color: tan }".getBytes(StandardCharsets.UTF_8),
                new Theme(dir).files("assets").get("site.css"), "an edited file is read again");

        Files.writeString(assets.resolve("more.css"), "p { }");
        assertArrayEquals("p { }".getBytes(StandardCharsets.UTF_8), new Theme(dir).files("assets").get("more.css"),
                "an added file is read");
        Files.delete(assets.resolve("more.css"));
        assertEquals(false, new Theme(dir).files("assets").containsKey("more.css"), "a removed file is gone");
    }
}
