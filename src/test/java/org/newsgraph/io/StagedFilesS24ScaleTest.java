package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output's record of its files is what a walk of the site it commits finds, however each file was made. */
class StagedFilesS24ScaleTest {

    @TempDir
    Path dir;

    private static List<String> walk(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void theFilesRecordedAreTheFilesWalked() throws Exception {
        Path site = dir.resolve("site");
        try (StagedOutput first = StagedOutput.open(site)) {
            first.write(Path.of("index.html"), "home");
            first.write(Path.of("article/a/index.html"), "a");
            first.reuse(Path.of("entity/x/index.html"), "key-x");
            first.write(Path.of("entity/x/index.html"), "x");
            first.commit();
        }
        try (StagedOutput output = StagedOutput.open(site)) {
            output.write(Path.of("index.html"), "home");                       // same bytes: linked
            output.reuse(Path.of("entity/x/index.html"), "key-x");             // same key: linked
            output.write(Path.of("article/b/index.html"), "b");
            output.write(Path.of("article/b/index.html"), "b again");          // written twice: one file
            try (OutputStream out = output.openStream(Path.of("data/graph.nt"))) {
                out.write("<a> <b> <c> .\n".getBytes(StandardCharsets.UTF_8));
            }
            try (FileChannel out = output.openChannel(Path.of("data/graph.ttl"))) {
                StagedOutput.write(out, "<a> <b> <c> .\n".getBytes(StandardCharsets.UTF_8));
            }
            output.write(output.resolve("feed.xml"), "<feed/>");                // an absolute path inside it
            // Session 31: the files taken over stay in the site (not linked into the staging folder), which holds only
            // the files written; the site once committed holds them all, and the bookkeeping.
            assertEquals(List.of("article/b/index.html", "data/graph.nt", "data/graph.ttl", "feed.xml"),
                    walk(output.root()));
            assertEquals(List.of("article/b/index.html", "data/graph.nt", "data/graph.ttl", "entity/x/index.html",
                    "feed.xml", "index.html"), output.files());
            List<String> files = output.files();
            output.commit();
            assertEquals(files, walk(site).stream().filter(name -> !StagedOutput.bookkeeping(name)).toList());
        }
    }
}
