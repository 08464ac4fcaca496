package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * A build after one that was killed inside a journal entry of the graph store (the header written, not its data:
 * the CI failure of session 24) works without the user deleting anything, says so in one line, and leaves the store
 * holding the site's graph.
 */
class StoreNoticeS25StoreflakeTest {

    @TempDir
    Path dir;

    @Test
    void theNextBuildMendsTheStoreAndSaysSoInOneLine() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()));
        BuildConfig config = BuildConfig.inFolder(project).withStore(GraphStore.Use.ALWAYS);
        newsgraph.build(config);
        Path folder = config.storeFolder();
        GraphStore.open(folder).close();   // let go of it, as a killed process would have
        Path journal = folder.resolve("tdb2/Data-0001/journal.jrnl");
        ByteBuffer header = ByteBuffer.allocate(16).putInt(24).putInt(0x1234abcd).putInt(1).putInt(7);
        Files.write(journal, header.array(), StandardOpenOption.APPEND);

        BuildReport report = newsgraph.build(config.withBase("http://localhost:8080/next/"));
        List<String> mended = report.notices().stream().filter(n -> n.contains("half written")).toList();
        assertEquals(1, mended.size(), report.notices()::toString);
        assertTrue(mended.get(0).startsWith("graph store " + folder + ": ") && mended.get(0).contains("(16 bytes)")
                && !mended.get(0).contains("\n"), mended.get(0));
        try (GraphStore store = GraphStore.open(folder)) {
            assertTrue(store.holds(config.site()), "the build's sync filled the store again");
        }
    }
}
