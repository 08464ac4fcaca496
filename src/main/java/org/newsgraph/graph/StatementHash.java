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
        Utf8 text = new Utf8();
        for (Triple t : statements) {
            text.reset();
            text(t, text);
            digest.update(text.bytes, 0, text.length);
            add(sum, digest.digest());
            count++;
        }
        return format(count, sum);
    }

    /**
     * One statement's SHA-256 (of the text {@link #of} hashes), in hexadecimal: what tells two statements apart where
     * the statements themselves are not kept ({@link ForeignStatements}).
     */
    public static String digest(Triple t) {
        Utf8 text = new Utf8();
        text(t, text);
        MessageDigest digest = sha256();
        digest.update(text.bytes, 0, text.length);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What {@link #of} gives for the statements with these {@link #digest}s. */
    public static String ofDigests(Collection<String> digests) {
        long[] sum = new long[4];
        for (String digest : digests) {
            add(sum, HexFormat.of().parseHex(digest));
        }
        return format(digests.size(), sum);
    }

    /** The text hashed for a statement, as UTF-8 bytes (what {@link #text(Triple)} gives, without the string). */
    private static void text(Triple t, Utf8 out) {
        term(t.getSubject(), out.ascii('S'));
        term(t.getPredicate(), out.ascii('P'));
        term(t.getObject(), out.ascii('O'));
    }

    /** The text hashed for a statement: each term tagged and its parts length-prefixed (lengths in chars). */
    static String text(Triple t) {
        Utf8 out = new Utf8();
        text(t, out);
        return new String(out.bytes, 0, out.length, StandardCharsets.UTF_8);
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
    private static void term(Node node, Utf8 out) {
        if (node.isTripleTerm()) {
            Triple t = node.getTriple();
            out.ascii('<').ascii('<');
            term(t.getSubject(), out);
            term(t.getPredicate(), out);
            term(t.getObject(), out);
            out.ascii('>').ascii('>');
        } else if (node.isURI()) {
            part(out.ascii('I'), node.getURI());
        } else if (node.isLiteral()) {
            part(out.ascii('L'), node.getLiteralLexicalForm());
            part(out, node.getLiteralLanguage());
            part(out, node.getLiteralBaseDirection() == null ? "" : node.getLiteralBaseDirection().toString());
            part(out, node.getLiteralDatatypeURI());
        } else if (node.isBlank()) {
            part(out.ascii('B'), node.getBlankNodeLabel());
        } else {
            part(out.ascii('X'), node.toString());
        }
    }

    private static void part(Utf8 out, String text) {
        out.decimal(text.length()).ascii(':').string(text);
    }

    /**
     * Text encoded as UTF-8 straight into a reusable byte array, the bytes {@code String.getBytes(UTF_8)} gives (an
     * unpaired surrogate as {@code '?'}), without building the string first: hashing statements is a large part of a
     * render.
     */
    static final class Utf8 {
        byte[] bytes = new byte[256];
        int length;

        void reset() {
            length = 0;
        }

        Utf8 ascii(char c) {
            room(1);
            bytes[length++] = (byte) c;
            return this;
        }

        Utf8 decimal(int value) {
            String digits = Integer.toString(value);
            room(digits.length());
            for (int i = 0; i < digits.length(); i++) {
                bytes[length++] = (byte) digits.charAt(i);
            }
            return this;
        }

        Utf8 string(String text) {
            int n = text.length();
            room(n * 3);
            byte[] b = bytes;
            int at = length;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    b[at++] = (byte) c;
                } else if (c < 0x800) {
                    b[at++] = (byte) (0xc0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isSurrogate(c)) {
                    char low = i + 1 < n ? text.charAt(i + 1) : 0;
                    if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                        int cp = Character.toCodePoint(c, low);
                        b[at++] = (byte) (0xf0 | cp >> 18);
                        b[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
                        b[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
                        b[at++] = (byte) (0x80 | cp & 0x3f);
                        i++;
                    } else {
                        b[at++] = '?';
                    }
                } else {
                    b[at++] = (byte) (0xe0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                    b[at++] = (byte) (0x80 | c & 0x3f);
                }
            }
            length = at;
            return this;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
