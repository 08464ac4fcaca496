package org.newsgraph.site;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One gzip stream made of pieces compressed each on its own (as {@code pigz} does): each piece is raw deflate data
 * ending on a sync flush (byte-aligned, no final block), so the pieces can be kept compressed and put together in any
 * number without compressing again; the stream's check value is combined from the pieces' ({@link #combine}). Any
 * gzip reader reads the stream as the pieces' text one after the other.
 */
final class GzipPieces {

    /** The gzip header {@link java.util.zip.GZIPOutputStream} writes: no name, no time stamp. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** Where the first piece starts in the stream. */
    static final int HEADER_LENGTH = HEADER.length;
    /** A final deflate block with nothing in it (fixed codes, end of block at once). */
    private static final byte[] LAST_BLOCK = {0x03, 0x00};

    /** A compressed piece: its deflate data, and the CRC-32 and length of its text. */
    record Piece(byte[] deflated, int crc, long size) {
    }

    private GzipPieces() {
    }

    /** Compresses one piece of text. */
    static Piece compress(byte[] text) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 8 + 64);
            byte[] buffer = new byte[1 << 16];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);   // a full buffer: more may be pending (Deflater.deflate)
            CRC32 crc = new CRC32();
            crc.update(text);
            return new Piece(out.toByteArray(), (int) crc.getValue(), text.length);
        } finally {
            deflater.end();
        }
    }

    /** The gzip stream of these pieces' texts in this order. */
    static byte[] join(List<Piece> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER);
        int crc = 0;
        long size = 0;
        for (Piece piece : pieces) {
            out.writeBytes(piece.deflated());
            crc = combine(crc, piece.crc(), piece.size());
            size += piece.size();
        }
        out.writeBytes(LAST_BLOCK);
        for (long value : new long[] {crc & 0xffffffffL, size & 0xffffffffL}) {
            for (int i = 0; i < 4; i++) {
                out.write((int) (value >>> (8 * i)) & 0xff);
            }
        }
        return out.toByteArray();
    }

    /**
     * The CRC-32 of two texts one after the other from the CRC-32 of each and the second's length (zlib's
     * {@code crc32_combine}: the first CRC moved past {@code length2} zero bytes by squaring the operator of one zero
     * bit, then the second's added).
     */
    static int combine(int crc1, int crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xedb88320L;   // the operator of one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd);      // two zero bits
        square(odd, even);      // four zero bits
        long crc = crc1 & 0xffffffffL;
        long length = length2;
        do {
            square(even, odd);  // the first pass: one zero byte
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return (int) (crc ^ (crc2 & 0xffffffffL));
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
