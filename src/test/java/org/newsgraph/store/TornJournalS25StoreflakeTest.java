package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while TDB2 writes its journal leaves the last entry cut short, and TDB2's recovery then refuses the
 * database ("Failed to read the journal entry data: wanted 24 bytes, got -1"; KilledStoreIT, one CI run in six of
 * session 24). Reproduced without a kill: the store's folder is copied the moment a write transaction has written its
 * journal (the state a SIGKILL just before the commit leaves), and the copy's journal is cut at many offsets. Every
 * cut store opens, holds what it held before the unfinished transaction, and says so in one line; a whole journal
 * is left alone, so a committed transaction is still replayed.
 */
class TornJournalS25StoreflakeTest {


    /** The store as a kill right after the transaction's journal entries leaves it (no COMMIT written). */
    private static Snapshot prepared;
    private static Set<String> before;
    private static Set<String> after;
    private static final int BLOCK = 4096;
    private static final String JOURNAL = Path.of(GraphStore.DATABASE, "Data-0001", TornJournal.FILE).toString();

    @TempDir
    Path dir;

    @BeforeAll
    static void snapshot(@TempDir Path shared) throws Exception {
        Path live = shared.resolve("live");
        try (GraphStore store = GraphStore.open(live)) {
            DatasetGraph tdb2 = store.dataset();
            Txn.executeWrite(tdb2, () -> GraphStoreTest.built(12, 1).find().forEachRemaining(tdb2::add));
            before = GraphStoreTest.quads(tdb2);
            TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(tdb2);
            AtomicBoolean taken = new AtomicBoolean();
            TransactionListener snapshot = new TransactionListener() {
                @Override
                public void notifyPrepareFinish(Transaction transaction) {
                    if (!taken.getAndSet(true)) {
                        prepared = Snapshot.of(live);
                    }
                }
            };
            coordinator.modifyConfig(() -> coordinator.addListener(snapshot));
            Txn.executeWrite(tdb2, () -> GraphStoreTest.built(20, 2).find().forEachRemaining(tdb2::add));
            coordinator.modifyConfig(() -> coordinator.removeListener(snapshot));
            after = GraphStoreTest.quads(tdb2);
            assertTrue(taken.get());
        }
    }

    @Test
    void theJournalOfAPreparedTransactionIsReadAsWholeEntries() throws IOException {
        Path journal = journal(dir.resolve("whole"));
        prepared.writeTo(dir.resolve("whole"));
        long size = Files.size(journal);
        assertTrue(size > 80, "several entries: " + size);
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ)) {
            assertEquals(size, TornJournal.wholeLength(channel, size), "Jena's format as TornJournal reads it");
        }
        assertEquals(List.of(), cutPoints(size).stream().filter(cut -> cut <= 0 || cut > size).toList());
    }

    @Test
    void aJournalCutAnywhereOpensAsOfTheLastCommitAndSaysSo() throws IOException {
        long size = prepared.sizes().get(JOURNAL);
        List<String> wrong = new ArrayList<>();
        for (long cut : cutPoints(size)) {
            Path copy = dir.resolve("cut-" + cut);
            prepared.writeTo(copy);
            truncate(journal(copy), cut);
            boolean whole = entryEnds().contains(cut);
            try (GraphStore store = GraphStore.open(copy)) {
                if (!before.equals(GraphStoreTest.quads(store.dataset()))) {
                    wrong.add(cut + ": not the last commit's graph");
                }
                if (store.notice().isPresent() == whole) {
                    wrong.add(cut + ": notice " + store.notice());
                }
            } catch (IOException e) {
                wrong.add(cut + ": " + e.getMessage());
            }
            if (Files.size(journal(copy)) != 0) {
                wrong.add(cut + ": journal not emptied by the recovery");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aWholeCommittedJournalIsReplayedAndACutCommitIsNot() throws IOException {
        Path committed = dir.resolve("committed");
        prepared.writeTo(committed);
        long size = Files.size(journal(committed));
        appendCommit(journal(committed));
        long withCommit = Files.size(journal(committed));
        assertTrue(withCommit > size);

        Path cutCommit = dir.resolve("cut-commit");
        prepared.writeTo(cutCommit);
        appendCommit(journal(cutCommit));
        truncate(journal(cutCommit), withCommit - 3);

        try (GraphStore store = GraphStore.open(committed)) {
            assertEquals(Optional.empty(), store.notice(), "a whole journal is not touched");
            assertEquals(after, GraphStoreTest.quads(store.dataset()), "the committed transaction is replayed");
        }
        try (GraphStore store = GraphStore.open(cutCommit)) {
            assertTrue(store.notice().orElseThrow().contains("(" + (withCommit - 3 - size) + " bytes)"),
                    store.notice().toString());
            assertEquals(before, GraphStoreTest.quads(store.dataset()), "a COMMIT cut short did not commit");
        }
    }

    @Test
    void aStoreOpenInThisProcessIsNotTouched() throws IOException {
        Path folder = dir.resolve("open");
        prepared.writeTo(folder);
        truncate(journal(folder), 0);
        try (GraphStore store = GraphStore.open(folder)) {
            Path journal = journal(folder);
            Files.write(journal, new byte[] {0, 0, 0, 24, 1, 2, 3}, StandardOpenOption.APPEND);
            try {
                assertEquals(Optional.empty(), GraphStore.open(folder).notice(), "the shared connection");
                assertEquals(7, Files.size(journal), "a journal another user of the store may be writing is left alone");
            } finally {
                truncate(journal, 0);
            }
            assertEquals(before, GraphStoreTest.quads(store.dataset()));
        }
    }

    /**
     * Offsets in the first, a middle and the last entry (in the header, just after it as in the CI failure, in the
     * data, at the end), and the end of every entry (whole entries of a transaction without its COMMIT).
     */
    private static List<Long> cutPoints(long size) {
        List<Long> ends = entryEnds();
        assertEquals(size, ends.get(ends.size() - 1));
        Set<Integer> inside = Set.of(0, ends.size() / 2, ends.size() - 1);
        List<Long> cuts = new ArrayList<>();
        long start = 0;
        for (int entry = 0; entry < ends.size(); entry++) {
            long end = ends.get(entry);
            if (inside.contains(entry)) {
                for (long cut : new long[] {start + 1, start + 15, start + 16, start + 17, end - 1}) {
                    if (cut > start && cut < end && !cuts.contains(cut)) {
                        cuts.add(cut);
                    }
                }
            }
            cuts.add(end);
            start = end;
        }
        return cuts;
    }

    /** Where the prepared journal's entries end: each is a 16-byte header and as many data bytes as it says. */
    private static List<Long> entryEnds() {
        long size = prepared.sizes().get(JOURNAL);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        prepared.blocks().get(JOURNAL).forEach((at, block) -> buffer.put(at.intValue(), block));
        byte[] bytes = buffer.array();
        List<Long> ends = new ArrayList<>();
        long position = 0;
        while (position < bytes.length) {
            position += 16 + Math.max(0, buffer.getInt((int) position));
            ends.add(position);
        }
        return ends;
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

    private static Path journal(Path store) {
        return store.resolve(JOURNAL);
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    /** A store folder's files: their sizes and the blocks that are not all zeros (TDB2's files are 8 MiB, mostly empty). */
    private record Snapshot(Map<String, Long> sizes, Map<String, Map<Long, byte[]>> blocks) {

        static Snapshot of(Path folder) {
            Map<String, Long> sizes = new TreeMap<>();
            Map<String, Map<Long, byte[]>> blocks = new TreeMap<>();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (!Files.isRegularFile(file)) {
                        continue;
                    }
                    String name = folder.relativize(file).toString();
                    byte[] bytes = Files.readAllBytes(file);
                    sizes.put(name, (long) bytes.length);
                    Map<Long, byte[]> kept = new TreeMap<>();
                    for (int at = 0; at < bytes.length; at += BLOCK) {
                        byte[] block = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + BLOCK));
                        if (!allZero(block)) {
                            kept.put((long) at, block);
                        }
                    }
                    blocks.put(name, kept);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Snapshot(sizes, blocks);
        }

        /** Writes the files into {@code folder}, byte for byte (sparse where they are zeros). */
        void writeTo(Path folder) {
            try {
                for (var file : sizes.entrySet()) {
                    Path target = folder.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE)) {
                        for (var block : blocks.get(file.getKey()).entrySet()) {
                            ByteBuffer buffer = ByteBuffer.wrap(block.getValue());
                            while (buffer.hasRemaining()) {
                                out.write(buffer, block.getKey() + buffer.position());
                            }
                        }
                        if (out.size() < file.getValue()) {
                            out.write(ByteBuffer.wrap(new byte[1]), file.getValue() - 1);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean allZero(byte[] bytes) {
            for (byte b : bytes) {
                if (b != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
