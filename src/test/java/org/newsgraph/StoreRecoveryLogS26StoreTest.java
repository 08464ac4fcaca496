package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.ResultFormat;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * Opening a store whose journal TDB2 must replay (here: a whole COMMIT, then an entry a kill cut short) is said in
 * Newsgraph's one notice line; Jena's own "Journal recovery start" / "Journal recovery end" INFO lines are not
 * printed beside it (simplelogger.properties).
 */
class StoreRecoveryLogS26StoreTest {

    @TempDir
    Path dir;

    @Test
    void aQueryThatMendsAndRecoversTheStoreSaysSoInOneLine() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()));
        BuildConfig config = BuildConfig.inFolder(project).withBase("http://localhost:8080/stored/")
                .withStore(GraphStore.Use.ALWAYS);
        newsgraph.build(config);
        Path folder = config.storeFolder();
        GraphStore.open(folder).close();
        Path journal = folder.resolve("tdb2/Data-0001/journal.jrnl");
        appendCommit(journal);   // a whole entry: TDB2 replays the journal when the store is next opened
        ByteBuffer header = ByteBuffer.allocate(16).putInt(24).putInt(0x1234abcd).putInt(1).putInt(7);
        Files.write(journal, header.array(), StandardOpenOption.APPEND);   // and one a kill cut after its header

        List<String> notices = new ArrayList<>();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Newsgraph.query(config.site(), null, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                    ResultFormat.csv, QueryPolicy.DEFAULT, answer, notices::add);
        } finally {
            System.setErr(before);
        }
        assertEquals(0, Files.size(journal), "the journal was replayed and emptied");
        assertEquals(1, notices.size(), notices::toString);
        assertTrue(notices.get(0).startsWith("graph store " + folder + ": ") && notices.get(0).contains("(16 bytes)"),
                notices.get(0));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing printed beside the notice");
        assertTrue(answer.toString(StandardCharsets.UTF_8).matches("(?s)n\r\n[1-9][0-9]+\r\n"), answer::toString);
    }

    /** Appends the entry Jena writes when a commit is decided, with Jena's own journal writer. */
    private static void appendCommit(Path file) {
        BufferChannelFile channel = BufferChannelFile.createUnmanaged(file.toString(), "rw");
        channel.position(channel.size());
        Journal journal = Journal.create(channel);
        try {
            journal.writeJournal(JournalEntry.COMMIT);
            journal.sync();
        } finally {
            journal.close();
        }
    }
}
