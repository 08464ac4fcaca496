package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A render's theme reads each folder of files once; the next render's theme reads them afresh. */
class ThemeFilesS24ScaleTest {

    @TempDir
    Path dir;

    @Test
    void eachFolderIsReadOncePerThemeAndAfreshByTheNext() throws Exception {
        Path asset = Files.createDirectories(dir.resolve("assets")).resolve("site.css");
        Files.writeString(asset, "body { color: red }");
        Theme theme = new Theme(dir);
        var first = theme.files("assets");
        assertSame(first, theme.files("assets"), "the SPARQL page and the site's assets share one read");
        assertThrows(UnsupportedOperationException.class, () -> first.remove("site.css"));

        Files.writeString(asset, "body { color: blue }");
        assertArrayEquals("body { color: blue }".getBytes(StandardCharsets.UTF_8),
                new Theme(dir).files("assets").get("site.css"), "a new render sees the project's change");
    }
}
