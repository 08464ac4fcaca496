package org.newsgraph.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Triple;
import org.newsgraph.cache.CodeFingerprint;
import org.newsgraph.graph.StatementHash;

/**
 * Hashes of what a file of the site is made from, for taking unchanged files over from the previous site. Every key
 * includes a hash of Newsgraph's own code, so a new version of the renderer writes everything again.
 */
final class Keys {

    private Keys() {
    }

    /** A hash of these strings (each length-prefixed) and of the code. */
    static String of(String... parts) {
        MessageDigest digest = sha256();
        update(digest, Code.FINGERPRINT);
        for (String part : parts) {
            update(digest, part);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A hash of these strings, then of a page record by its structure ({@link RecordDigest}), and of the code. */
    static String ofRecord(Object record, String... parts) {
        MessageDigest digest = sha256();
        update(digest, Code.FINGERPRINT);
        for (String part : parts) {
            update(digest, part);
        }
        new RecordDigest(digest).add(record);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A hash of a set of statements whatever their order ({@link StatementHash}), so graphs can be hashed without
     * sorting them.
     */
    static String ofStatements(String what, Iterable<Triple> statements) {
        return of(what, StatementHash.of(statements));
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Code {
        static final String FINGERPRINT = CodeFingerprint.of(Keys.class, "org/newsgraph/");
    }
}
