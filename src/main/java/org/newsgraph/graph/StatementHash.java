package org.newsgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

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
            add(sum, digest.digest(text(t)));
            count++;
        }
        return format(count, sum);
    }

    /**
     * One statement's SHA-256 (of the text {@link #of} hashes), in hexadecimal: what tells two statements apart where
     * the statements themselves are not kept ({@link ForeignStatements}).
     */
    public static String digest(Triple t) {
        return HexFormat.of().formatHex(sha256().digest(text(t)));
    }

    /** What {@link #of} gives for the statements with these {@link #digest}s. */
    public static String ofDigests(Collection<String> digests) {
        long[] sum = new long[4];
        for (String digest : digests) {
            add(sum, HexFormat.of().parseHex(digest));
        }
        return format(digests.size(), sum);
    }

    private static byte[] text(Triple t) {
        StringBuilder text = new StringBuilder(160);
        term(t.getSubject(), text.append('S'));
        term(t.getPredicate(), text.append('P'));
        term(t.getObject(), text.append('O'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void add(long[] sum, byte[] hash) {
        for (int lane = 0; lane < 4; lane++) {
            long v = 0;
            for (int b = 0; b < 8; b++) {
                v = v << 8 | (hash[lane * 8 + b] & 0xff);
            }
            sum[lane] += v;
        }
    }

    private static String format(long count, long[] sum) {
        return count + ":" + Long.toHexString(sum[0]) + ":" + Long.toHexString(sum[1]) + ":"
                + Long.toHexString(sum[2]) + ":" + Long.toHexString(sum[3]);
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
