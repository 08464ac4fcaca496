package org.newsgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;

/**
 * Cuts a TDB2 transaction journal ({@code Data-NNNN/journal.jrnl}) back to its last whole entry, so that a process
 * killed while writing an entry does not leave a database that TDB2's recovery refuses ("Failed to read the journal
 * entry data: wanted 24 bytes, got -1").
 *
 * <p>The format is Jena's {@code org.apache.jena.dboe.transaction.txn.journal.Journal} (Jena 5): each entry is a
 * 16-byte header (data length, Adler-32 of header and data with the checksum field as zero, entry type 1-4,
 * component id) followed by the data (none when the length is not positive). The journal is written in order,
 * entry after entry, and emptied after each commit has been applied, so it holds at most one transaction: its
 * {@code REDO} entries and, once the commit is decided, a {@code COMMIT} entry; an entry cut short can only be the
 * last one, of a transaction whose commit was never written. Dropping it is what TDB2's own recovery does with a
 * transaction that has no {@code COMMIT}: the database is as of its last commit. A journal that is whole is left
 * untouched, byte for byte.
 */
final class TornJournal {

    /** The journal's file name in a TDB2 storage folder ({@code Data-NNNN}). */
    static final String FILE = "journal.jrnl";
    private static final int HEADER = 16;
    private static final int CHECKSUM_AT = 4;
    private static final int FIRST_TYPE = 1;
    private static final int LAST_TYPE = 4;

    private TornJournal() {
    }

    /**
     * Cuts {@code journal} after its last whole entry; returns how many bytes were cut (0: it was whole, or there is
     * none). The caller must hold the database's lock (no process may be writing the journal).
     */
    static long mend(Path journal) throws IOException {
        if (!Files.isRegularFile(journal)) {
            return 0;
        }
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long whole = wholeLength(channel, size);
            if (whole == size) {
                return 0;
            }
            channel.truncate(whole);
            channel.force(true);
            return size - whole;
        }
    }

    /** The length of the journal's whole entries from its start: {@code size} when every entry is whole. */
    static long wholeLength(FileChannel channel, long size) throws IOException {
        long position = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (position < size) {
            if (size - position < HEADER) {
                return position;
            }
            header.clear();
            readFully(channel, header, position);
            int length = header.getInt(0);
            int checksum = header.getInt(CHECKSUM_AT);
            int type = header.getInt(8);
            long data = Math.max(length, 0);
            if (type < FIRST_TYPE || type > LAST_TYPE || data > size - position - HEADER) {
                return position;
            }
            Adler32 adler = new Adler32();
            header.putInt(CHECKSUM_AT, 0);
            adler.update(header.array());
            if (data > 0) {
                ByteBuffer bytes = ByteBuffer.allocate((int) data);
                readFully(channel, bytes, position + HEADER);
                adler.update(bytes.array());
            }
            if ((int) adler.getValue() != checksum) {
                return position;
            }
            position += HEADER + data;
        }
        return position;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        long position = at;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("the journal ended while it was read");
            }
            position += read;
        }
    }
}
