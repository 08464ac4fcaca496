package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.ArticleReader;
import org.junit.jupiter.api.io.TempDir;

/** The input stamp digests the bytes a build already read instead of reading the files again. */
class SiteStampTest {

    @TempDir
    Path dir;

    @Test
    void digestsAlreadyKnownStandForTheFile() throws Exception {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("templates"));
        Path article = dir.resolve("articles/2025-03-14-council.md");
        Files.writeString(article, "---\ntitle: Council\n---\nThe council met.\n");
        Files.writeString(dir.resolve("articles/_entities.yaml"), "merge: []\n");
        Files.writeString(dir.resolve("templates/page.html"), "<p>page</p>\n");
        BuildConfig config = BuildConfig.inFolder(dir);

        String fromFiles = SiteStamp.inputs(config);
        assertEquals(fromFiles, SiteStamp.inputs(config, Map.of(article, ArticleReader.digest(Files.readAllBytes(article)))));
        // The digest handed over is what counts: the file is not read again.
        assertNotEquals(fromFiles, SiteStamp.inputs(config, Map.of(article,
                ArticleReader.digest("---\ntitle: Other\n---\nText.\n".getBytes(StandardCharsets.UTF_8)))));
    }
}
