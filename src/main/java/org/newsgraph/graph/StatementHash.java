package org.newsgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A hash of a set of statements whatever their order: the count and the sum of each statement's SHA-256 (four
 * 64-bit lanes), so that a graph can be hashed without sorting it, and two graphs with equal hashes hold the same
 * statements.
 */
public final class StatementHash {

    private StatementHash() {
    }

    /** {@code count:lane0:lane1:lane2:lane3}, lanes in hexadecimal. */
    public static String of(Iterable<Triple> statements) {
        long[] sum = new long[4];
        long count = 0;
        MessageDigest digest = sha256();
        for (Triple t : statements) {
            byte[] hash = digest.digest((NodeFmtLib.strNT(t.getSubject()) + ' ' + NodeFmtLib.strNT(t.getPredicate()) + ' '
                    + NodeFmtLib.strNT(t.getObject())).getBytes(StandardCharsets.UTF_8));
            for (int lane = 0; lane < 4; lane++) {
                long v = 0;
                for (int b = 0; b < 8; b++) {
                    v = v << 8 | (hash[lane * 8 + b] & 0xff);
                }
                sum[lane] += v;
            }
            count++;
        }
        return count + ":" + Long.toHexString(sum[0]) + ":" + Long.toHexString(sum[1]) + ":"
                + Long.toHexString(sum[2]) + ":" + Long.toHexString(sum[3]);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
