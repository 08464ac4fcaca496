package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build reads each article file once ({@link ArticleReader#scan}): the scan must say exactly what reading the file
 * and checking it apart said, for good files and for every kind of bad one.
 */
class ArticleScanTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "---\ntitle: \"Plain\"\ndate: 2025-03-14\n---\nThe council met on Tuesday.\n",
            "---\ntitle: Typo\nauther: Ann Lee\ndate: 2025-03-15\n---\nThe council met on Tuesday.\n",
            "---\ntitle: Twice\ntitle: Again\nsubtitel: x\n---\nThe council met on Tuesday.\n",
            "---\ntitle: No body\nextra: 1\n---\n\n",
            "---\ntitle: [never closed\nextra: 1\n---\nThe council met.\n",
            "---\ntitle: Open\nextra: 1\nThe front matter never ends.\n",
            "---\r\ntitle: Windows\r\nextra: 1\r\n---\r\nThe council met on Tuesday.\r\n",
            "\uFEFF---\ntitle: Marked\nextra: 1\n---\nThe council met on Tuesday.\n",
            "---\nti\u200Btle: Hidden\nextra: 1\n---\nThe council met on Tuesday.\n",
            "---\n\n---\nThe council met on Tuesday.\n",
            "# A heading title\n\nThe council met on Tuesday.\n",
            "",
    })
    void aScanSaysWhatReadingAndCheckingApartSay(String text) throws Exception {
        Path file = dir.resolve("2025-03-14-council.md");
        Files.writeString(file, text);
        assertSame(file);
    }

    @Test
    void aliasesBeyondTheReadersLimitAreStillChecked() throws Exception {
        StringBuilder yaml = new StringBuilder("---\ntitle: Aliases\nbase: &a [x]\n");
        for (int i = 0; i < 12; i++) {
            yaml.append("k").append(i).append(": *a\n");
        }
        Path file = dir.resolve("2025-03-14-aliases.md");
        Files.writeString(file, yaml + "---\nThe council met on Tuesday.\n");
        ArticleScan scan = assertSame(file);
        assertFalse(scan.warnings().isEmpty());
    }

    @Test
    void aFileTheReaderRefusesKeepsItsProblemAndHasNoDigest() throws Exception {
        Path file = dir.resolve("2025-03-14-big.md");
        Files.writeString(file, "---\ntitle: Big\nextra: 1\n---\n" + "Word. ".repeat(200_000));
        ArticleScan scan = assertSame(file);
        assertNull(scan.digest());
        assertNotNull(scan.problem());
    }

    @Test
    void invalidUtf8IsAProblemAndNoWarning() throws Exception {
        Path file = dir.resolve("2025-03-14-bytes.md");
        byte[] head = "---\ntitle: Bytes\nextra: 1\n---\nThe council met \u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(head, head.length + 1);
        bad[head.length] = (byte) 0xC3;
        Files.write(file, bad);
        ArticleScan scan = assertSame(file);
        assertEquals(List.of(), scan.warnings());
    }

    /** The scan's article, problem and warnings equal {@code read} and {@code check}'s; its digest is the file's. */
    private static ArticleScan assertSame(Path file) throws Exception {
        ArticleScan scan = new ArticleReader().scan(file);
        ArticleProblem problem = null;
        Article article = null;
        try {
            article = new ArticleReader().read(file);
        } catch (ArticleException e) {
            problem = e.problem();
        }
        assertEquals(article, scan.article());
        assertEquals(problem, scan.problem());
        assertEquals(new FrontMatterCheck().check(file), scan.warnings());
        if (scan.digest() != null) {
            assertEquals(ArticleReader.digest(Files.readAllBytes(file)), scan.digest());
        }
        return scan;
    }

}
