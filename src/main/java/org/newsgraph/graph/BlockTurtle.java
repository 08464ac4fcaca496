package org.newsgraph.graph;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Turtle and N-Triples of statements already in {@link GraphFiles#ORDER}, written straight into text: the layout of
 * Jena's streaming "blocks" Turtle writer (a subject, then its predicate-object pairs one per line, predicates padded
 * to a common width) and Jena's N-Triples, with each term formatted by Jena's own node formatters, so the bytes are
 * those Jena's writers give. What is saved is their char-by-char indented output and formatting the same IRI again:
 * each IRI's text is kept once per writer (a site repeats a few thousand IRIs millions of times).
 *
 * <p>Shared by the rendering threads: the caches are concurrent and each call formats with its own formatter.
 * Graphs with blank nodes are not written here ({@link #supports}): their labels belong to one document.
 */
final class BlockTurtle {

    /** Jena's blocks writer: predicates indented by 8, padded to the widest (6 to 30 characters), 2 spaces, object. */
    private static final int INDENT = 8;
    private static final int MIN_PREDICATE = 6;
    private static final int LONG_PREDICATE = 30;
    private static final int LONG_SUBJECT = 20;
    /** A writer's IRIs outside the caches ({@link #kept}) are kept while it writes, up to this many at a time. */
    private static final int LOCAL_IRIS = 4096;

    private final Map<String, String> prefixes;
    private final PrefixMap prefixMap;
    private final String header;
    /** The prefixes' namespaces that end with {@code #} (rdf:, xsd:, owl:, the site's ontology...). */
    private final List<String> hashNamespaces;
    private final Map<Node, String> turtleIris = new ConcurrentHashMap<>();
    private final Map<Node, String> ntIris = new ConcurrentHashMap<>();
    /** Each predicate's width in the predicate column (its abbreviation's length, or its IRI's with the brackets). */
    private final Map<Node, Integer> predicateWidths = new ConcurrentHashMap<>();

    /** With these prefixes (in the order given, which is the order of the header's lines). */
    BlockTurtle(Map<String, String> prefixes) {
        this.prefixes = prefixes;
        this.prefixMap = PrefixMapFactory.create(prefixes);
        StringBuilder h = new StringBuilder();
        prefixes.forEach((prefix, iri) -> h.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
        this.header = h.toString();
        this.hashNamespaces = prefixes.values().stream().filter(iri -> iri.endsWith("#")).toList();
    }

    Map<String, String> prefixes() {
        return prefixes;
    }

    /** Whether these statements can be written here: no blank nodes (inside triple terms neither). */
    static boolean supports(List<Triple> statements) {
        for (Triple t : statements) {
            if (blank(t.getSubject()) || blank(t.getObject())) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(Node node) {
        return node.isBlank() || node.isTripleTerm()
                && (blank(node.getTriple().getSubject()) || blank(node.getTriple().getObject()));
    }

    /** The prefix lines, as the document starts. */
    String header() {
        return header;
    }

    /** A whole document: the prefix lines, then every subject's block after a blank line. */
    String document(List<Triple> sorted) {
        StringBuilder out = new StringBuilder(header.length() + sorted.size() * 80);
        out.append(header);
        Turtle turtle = new Turtle(out);
        turtle.blocks(sorted, 0, sorted.size(), !header.isEmpty());
        return out.toString();
    }

    /** A writer of blocks into one text, for statements streamed a subject or a batch at a time. */
    Turtle turtle(StringBuilder out) {
        return new Turtle(out);
    }

    /** N-Triples lines of these statements. */
    void nTriples(List<Triple> sorted, int from, int to, StringBuilder out) {
        TextWriter w = new TextWriter(out);
        NodeFormatter nt = new NodeFormatterNT(CharSpace.UTF8);
        Map<Node, String> local = new HashMap<>();
        for (int i = from; i < to; i++) {
            Triple t = sorted.get(i);
            node(nt, ntIris, local, t.getSubject(), w);
            out.append(' ');
            node(nt, ntIris, local, t.getPredicate(), w);
            out.append(' ');
            node(nt, ntIris, local, t.getObject(), w);
            out.append(" .\n");
        }
    }

    /**
     * N-Quads lines of these quads, as Jena's N-Quads writer gives them (a default graph's quad as a triple), into
     * {@code out} a step at a time. IRIs are formatted once per call.
     */
    static void nQuads(List<Quad> sorted, Writer out) throws IOException {
        Map<Node, String> iris = new HashMap<>();
        NodeFormatter nt = new NodeFormatterNT(CharSpace.UTF8);
        StringBuilder text = new StringBuilder(1 << 16);
        TextWriter w = new TextWriter(text);
        for (Quad q : sorted) {
            cached(nt, iris, q.getSubject(), w);
            text.append(' ');
            cached(nt, iris, q.getPredicate(), w);
            text.append(' ');
            cached(nt, iris, q.getObject(), w);
            if (!q.isTriple() && !q.isDefaultGraph()) {
                text.append(' ');
                cached(nt, iris, q.getGraph(), w);
            }
            text.append(" .\n");
            if (text.length() > 1 << 15) {
                out.append(text);
                text.setLength(0);
            }
        }
        out.append(text);
    }

    /** Writes blocks; knows whether anything came before (a blank line then separates the next block). */
    final class Turtle {
        private final StringBuilder out;
        private final TextWriter w;
        private final NodeFormatter ttl = new NodeFormatterTTL(null, prefixMap);
        /** The article fragment IRIs this writer wrote lately: a fragment is a subject, then an object nearby. */
        private final Map<Node, String> local = new HashMap<>();

        private Turtle(StringBuilder out) {
            this.out = out;
            this.w = new TextWriter(out);
        }

        /**
         * The blocks of statements {@code from} (a subject's first) to {@code to} (exclusive; the end of a subject's
         * statements); {@code after} says whether text came before the first block.
         */
        void blocks(List<Triple> sorted, int from, int to, boolean after) {
            int start = from;
            boolean separate = after;
            while (start < to) {
                Node subject = sorted.get(start).getSubject();
                int end = start + 1;
                while (end < to && sorted.get(end).getSubject().equals(subject)) {
                    end++;
                }
                if (separate) {
                    out.append('\n');
                }
                block(sorted, start, end);
                separate = true;
                start = end;
            }
        }

        private void block(List<Triple> sorted, int from, int to) {
            int lineStart = out.length();
            node(ttl, turtleIris, local, sorted.get(from).getSubject(), w);
            int column = out.length() - lineStart;
            if (column > LONG_SUBJECT) {
                out.append('\n');
                column = 0;
            } else {
                out.append("  ");
                column += 2;
            }
            for (; column < INDENT; column++) {
                out.append(' ');
            }
            int width = width(sorted, from, to);
            for (int i = from; i < to; i++) {
                if (i > from) {
                    out.append(";\n");
                    out.append(" ".repeat(INDENT));
                    column = INDENT;
                }
                int before = out.length();
                node(ttl, turtleIris, local, sorted.get(i).getPredicate(), w);
                int end = column + out.length() - before;
                for (int c = end; c < INDENT + width; c++) {
                    out.append(' ');
                }
                out.append("  ");
                node(ttl, turtleIris, local, sorted.get(i).getObject(), w);
            }
            out.append(" .\n");
        }

        /** Jena's predicate column: the widest predicate of the block up to 30 characters, at least 6. */
        private int width(List<Triple> sorted, int from, int to) {
            int width = MIN_PREDICATE;
            for (int i = from; i < to; i++) {
                Node p = sorted.get(i).getPredicate();
                if (i > from && p.equals(sorted.get(i - 1).getPredicate())) {
                    continue;
                }
                int length = predicateWidths.computeIfAbsent(p, BlockTurtle.this::predicateWidth);
                if (length <= LONG_PREDICATE) {
                    width = Math.max(width, length);
                }
            }
            return width;
        }
    }

    /**
     * Whether an IRI's text is kept: not for a fragment outside the prefixes' namespaces, such as an article's own
     * nodes ({@code article/<slug>/#char=0,80}: figures, mentions, sentences), which are written only in that
     * article's few files; keeping each of them grows the caches with the archive (a 10,000-article render kept
     * about a million, most of the heap the render added to the graph's).
     */
    private boolean kept(String iri) {
        int hash = iri.indexOf('#');
        if (hash < 0) {
            return true;
        }
        for (String namespace : hashNamespaces) {
            if (namespace.length() == hash + 1 && iri.startsWith(namespace)) {
                return true;
            }
        }
        return false;
    }

    private int predicateWidth(Node predicate) {
        String abbreviated = prefixMap.abbreviate(predicate.getURI());
        return abbreviated == null ? predicate.getURI().length() + 2 : abbreviated.length();
    }

    /**
     * A term as the formatter writes it; an IRI's text is formatted once and kept, a fragment outside the vocabularies
     * ({@link #kept}) only in the writer's own {@code local} IRIs, which are dropped when they reach
     * {@value #LOCAL_IRIS}: an article's fragments are written close together, in its few files.
     */
    private void node(NodeFormatter formatter, Map<Node, String> iris, Map<Node, String> local, Node node,
                      TextWriter w) {
        if (node.isURI() && !kept(node.getURI())) {
            if (local.size() >= LOCAL_IRIS) {
                local.clear();
            }
            cached(formatter, local, node, w);
            return;
        }
        cached(formatter, iris, node, w);
    }

    /** A term as the formatter writes it; an IRI's text is formatted once and kept. */
    private static void cached(NodeFormatter formatter, Map<Node, String> iris, Node node, TextWriter w) {
        if (node.isURI()) {
            String text = iris.get(node);
            if (text == null) {
                int start = w.out.length();
                formatter.format(w, node);
                text = w.out.substring(start);
                iris.putIfAbsent(node, text);
                return;
            }
            w.out.append(text);
            return;
        }
        formatter.format(w, node);
    }

    /** Jena's writer interface over a string builder, without its per-character bookkeeping. */
    private static final class TextWriter implements AWriter {
        private final StringBuilder out;

        TextWriter(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void write(char ch) {
            out.append(ch);
        }

        @Override
        public void write(char[] cbuf) {
            out.append(cbuf);
        }

        @Override
        public void write(String string) {
            out.append(string);
        }

        @Override
        public void print(char ch) {
            out.append(ch);
        }

        @Override
        public void print(char[] cbuf) {
            out.append(cbuf);
        }

        @Override
        public void print(String string) {
            out.append(string);
        }

        @Override
        public void printf(String fmt, Object... args) {
            out.append(String.format(fmt, args));
        }

        @Override
        public void println(String object) {
            out.append(object).append('\n');
        }

        @Override
        public void println() {
            out.append('\n');
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
