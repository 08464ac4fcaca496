package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aKillBetweenTheTwoRenamesIsRepairedByTheNextOutput() throws Exception {
        Path old = Files.createDirectories(dir.resolve(".site.old-4242"));
        Files.writeString(old.resolve("index.html"), "the previous site");
        Files.createDirectories(dir.resolve(".site.staging-123"));
        try (StagedOutput output = StagedOutput.open(dir.resolve("site"))) {
            assertEquals("the previous site", Files.readString(dir.resolve("site/index.html")),
                    "the previous site is back while the new one is written");
            output.write(Path.of("index.html"), "the new site");
            output.commit();
        }
        assertEquals("the new site", Files.readString(dir.resolve("site/index.html")));
        assertEquals(List.of("site"), names());
    }

    @Test
    void leftoversBesideAWholeSiteAreDeleted() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(dir.resolve(".site.old-1"));
        Files.createDirectories(dir.resolve(".site.staging-2"));
        StagedOutput.open(dir.resolve("site")).close();
        assertEquals(List.of("site"), names());
    }

    @Test
    void anOutputClosedWithoutCommitLeavesTheTargetAlone() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/index.html"), "old");
        try (StagedOutput output = StagedOutput.open(dir.resolve("site"))) {
            output.write(Path.of("index.html"), "half");
        }
        assertEquals("old", Files.readString(dir.resolve("site/index.html")));
        assertFalse(names().stream().anyMatch(n -> n.contains("staging")));
        assertTrue(Files.isDirectory(dir.resolve("site")));
    }
}
