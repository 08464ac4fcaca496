package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("site");
    }

    private void build(String content) throws Exception {
        try (StagedOutput output = StagedOutput.open(site())) {
            output.write(Path.of("index.html"), content);
            output.commit();
        }
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitReplacesTheWholeFolderAndLeavesNothingBeside() throws Exception {
        build("old");
        Files.writeString(site().resolve("stale.html"), "gone after the next build");
        build("new");
        assertEquals("new", Files.readString(site().resolve("index.html")));
        assertFalse(Files.exists(site().resolve("stale.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesGetsTheOldSiteBack() throws Exception {
        build("old");
        // What a kill right after commit() moved site/ aside and before it moved the staging folder in leaves.
        Files.move(site(), dir.resolve(".site.old-12345"));
        Files.createDirectories(dir.resolve(".site.staging-67890/half"));
        try (StagedOutput output = StagedOutput.open(site())) {
            assertEquals("old", Files.readString(site().resolve("index.html")), "restored as soon as a build starts");
        }
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void leftoversOfKilledBuildsAreClearedWhenASiteExists() throws Exception {
        build("current");
        Files.createDirectories(dir.resolve(".site.old-1/article"));
        Files.createDirectories(dir.resolve(".site.trash-2/entity"));
        Files.createDirectories(dir.resolve(".site.staging-3"));
        Files.createDirectories(dir.resolve(".sitemap.old-4"));
        build("next");
        assertEquals("next", Files.readString(site().resolve("index.html")));
        assertEquals(List.of(".sitemap.old-4", "site"), siblings());
    }
}
