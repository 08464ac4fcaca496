package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A gzip stream put together from pieces compressed each on its own reads as the pieces' texts in order. */
class GzipPiecesTest {

    @Test
    void combinedChecksumsAreTheChecksumOfTheWhole() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            byte[] a = bytes(random, random.nextInt(3000));
            byte[] b = bytes(random, random.nextInt(3000));
            assertEquals(crc(concat(List.of(a, b))), GzipPieces.combine(crc(a), crc(b), b.length), "round " + round);
        }
    }

    @Test
    void piecesJoinedReadAsOneText() throws IOException {
        Random random = new Random(11);
        List<byte[]> texts = new ArrayList<>();
        List<GzipPieces.Piece> pieces = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Repetitive text (it compresses) of any length, an empty piece and one larger than the buffer among them.
            int length = i == 3 ? 0 : i == 7 ? 300_000 : random.nextInt(20_000);
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                text.append("<http://example.org/entity/").append(random.nextInt(50)).append("> .\n");
            }
            byte[] bytes = text.substring(0, length).getBytes(StandardCharsets.UTF_8);
            texts.add(bytes);
            pieces.add(GzipPieces.compress(bytes));
        }
        assertArrayEquals(concat(texts), gunzip(GzipPieces.join(pieces)));
        assertArrayEquals(new byte[0], gunzip(GzipPieces.join(List.of())), "no piece: an empty text");
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
