package org.newsgraph.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newsgraph.cache.CodeFingerprint;

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

    /**
     * A hash of a set of statements whatever their order: the sum of each statement's own hash (four 64-bit lanes),
     * so graphs can be hashed without sorting them.
     */
    static String ofStatements(String what, Iterable<Triple> statements) {
        long[] sum = new long[4];
        long count = 0;
        MessageDigest digest = sha256();
        for (Triple t : statements) {
            StringBuilder text = new StringBuilder(160);
            term(t.getSubject(), text.append('S'));
            term(t.getPredicate(), text.append('P'));
            term(t.getObject(), text.append('O'));
            byte[] hash = digest.digest(text.toString().getBytes(StandardCharsets.UTF_8));
            for (int lane = 0; lane < 4; lane++) {
                long v = 0;
                for (int b = 0; b < 8; b++) {
                    v = v << 8 | (hash[lane * 8 + b] & 0xff);
                }
                sum[lane] += v;
            }
            count++;
        }
        return of(what, Long.toString(count), Long.toHexString(sum[0]), Long.toHexString(sum[1]),
                Long.toHexString(sum[2]), Long.toHexString(sum[3]));
    }

    /**
     * A term as text that tells any two terms apart (each part length-prefixed): cheaper than formatting it as
     * N-Triples, which escapes character by character.
     */
    private static void term(Node node, StringBuilder out) {
        if (node.isTripleTerm()) {
            Triple t = node.getTriple();
            out.append("<<");
            term(t.getSubject(), out);
            term(t.getPredicate(), out);
            term(t.getObject(), out);
            out.append(">>");
        } else if (node.isURI()) {
            part(out.append('I'), node.getURI());
        } else if (node.isLiteral()) {
            part(out.append('L'), node.getLiteralLexicalForm());
            part(out, node.getLiteralLanguage());
            part(out, node.getLiteralBaseDirection() == null ? "" : node.getLiteralBaseDirection().toString());
            part(out, node.getLiteralDatatypeURI());
        } else if (node.isBlank()) {
            part(out.append('B'), node.getBlankNodeLabel());
        } else {
            part(out.append('X'), node.toString());
        }
    }

    private static void part(StringBuilder out, String text) {
        out.append(text.length()).append(':').append(text);
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
