package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks every build now runs on front matter: never a failure of their own on hostile input. */
class FrontMatterCheckTest {

    @TempDir
    Path dir;

    @Test
    void frontMatterNestedTooDeeplyIsLeftToTheReader() throws Exception {
        Path file = dir.resolve("2025-01-01-deep.md");
        Files.writeString(file, "---\ntitle: " + "[".repeat(20_000) + "\n---\nText.\n");
        assertEquals(List.of(), new FrontMatterCheck().check(file));
    }
}
