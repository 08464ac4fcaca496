package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, session 28: the output's keys ({@value StagedOutput#KEYS}) as this process's last commit wrote them are
 * taken instead of parsing the file only while the file has the bytes written: a file changed since is read as it is.
 */
class KeptKeysS28ScaleTest {

    @TempDir
    Path dir;

    @Test
    void keysAreTakenFromMemoryOnlyWhileTheFileIsAsWritten() throws Exception {
        Path site = dir.resolve("site");
        commit(site, "key-1");
        try (StagedOutput output = StagedOutput.open(site)) {
            assertTrue(output.reuse(Path.of("page/index.html"), "key-1"), "the key as written: taken over");
            output.commit();
        }
        // Another key for the page, by hand (as another build of the same folder would record it).
        Files.writeString(site.resolve(StagedOutput.KEYS), "key-2 page/index.html\n");
        try (StagedOutput output = StagedOutput.open(site)) {
            assertFalse(output.reuse(Path.of("page/index.html"), "key-1"),
                    "the file says key-2 now: the page is written again");
        }
        try (StagedOutput output = StagedOutput.open(site)) {
            assertTrue(output.reuse(Path.of("page/index.html"), "key-2"), "and key-2 is taken over");
        }
    }

    @Test
    void aKeyWithASpaceIsReadFromTheFile() throws Exception {
        Path site = dir.resolve("site");
        commit(site, "two words");
        try (StagedOutput output = StagedOutput.open(site)) {
            assertFalse(output.reuse(Path.of("page/index.html"), "two words"),
                    "the file reads back as key 'two' for 'words page/index.html', so the page is not taken over, as "
                            + "a process that did not write it would find");
        }
    }

    private static void commit(Path site, String key) throws Exception {
        try (StagedOutput output = StagedOutput.open(site)) {
            output.reuse(Path.of("page/index.html"), key);
            output.write(Path.of("page/index.html"), "<p>page</p>");
            output.commit();
        }
    }
}
