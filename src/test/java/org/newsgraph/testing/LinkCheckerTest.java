package org.newsgraph.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link checker itself: what it promises to catch, it catches. */
class LinkCheckerTest {

    @TempDir
    Path site;

    @Test
    void aRedirectToNowhereIsABrokenLink() throws Exception {
        SampleProject.write(site.resolve("index.html"), "<p>home</p>");
        SampleProject.write(site.resolve("old/index.html"),
                "<meta http-equiv=\"refresh\" content=\"0; url=../index.html\">");
        SampleProject.write(site.resolve("gone/index.html"),
                "<meta http-equiv=\"refresh\" content=\"0;URL=../nowhere/index.html\">");
        assertEquals(List.of("gone/index.html -> ../nowhere/index.html: no such file"), LinkChecker.problems(site));
    }
}
