package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.StagedOutput;

/** What {@code serve} gives out of the site folder: its pages, never the build's bookkeeping beside them. */
class SiteServletTest {

    @TempDir
    Path site;

    @Test
    void theBuildsBookkeepingFilesAreNotServed() throws Exception {
        Files.writeString(site.resolve("index.html"), "<html></html>");
        Files.writeString(site.resolve(".htaccess"), "DirectoryIndex index.html");
        Files.writeString(site.resolve(StagedOutput.KEYS), "key index.html\n");
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/.newsgraph-anything"), "x");
        SiteServlet servlet = new SiteServlet(site);
        assertTrue(servlet.resolve("/index.html").isPresent());
        assertTrue(servlet.resolve("/.htaccess").isPresent(), "other dot files are the site's");
        assertEquals(Optional.empty(), servlet.resolve("/" + StagedOutput.KEYS));
        assertEquals(Optional.empty(), servlet.resolve("/data/.newsgraph-anything"));
        assertEquals(Optional.empty(), servlet.resolve("/.newsgraph-inputs"));
    }
}
