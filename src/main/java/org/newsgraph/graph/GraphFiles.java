package org.newsgraph.graph;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.io.StagedOutput;

/**
 * Writes the graph dumps (TriG with a named graph per article; Turtle, N-Triples and JSON-LD of the union; TriG,
 * Turtle and N-Triples also in RDF 1.1, see {@link Rdf11} and {@link Dump}) and the RDF of single pages. Statements are sorted before writing so that the same graph always gives the same bytes, and
 * the dumps are streamed to their files, so an archive's graph is never copied whole into another model or string.
 */
public final class GraphFiles {

    /** Statements in subject, predicate, object order; terms compared by kind, then by their strings. */
    public static final Comparator<Triple> ORDER = GraphFiles::compare;

    /** {@link #ORDER}, written out: the sorts of the dumps and of every page's RDF call it millions of times. */
    private static int compare(Triple a, Triple b) {
        if (a == b) {
            return 0;
        }
        int c = compare(a.getSubject(), b.getSubject());
        if (c == 0) {
            c = compare(a.getPredicate(), b.getPredicate());
            if (c == 0) {
                c = compare(a.getObject(), b.getObject());
            }
        }
        return c;
    }


    private final String base;

    private final BlockTurtle blocks;

    public GraphFiles(String base) {
        this.base = base;
        this.blocks = new BlockTurtle(new TreeMap<>(Vocabularies.prefixes(base).getNsPrefixMap()));
    }

    /** The writer of Turtle and N-Triples text with the site's prefixes. */
    BlockTurtle blocks() {
        return blocks;
    }

    /** Statements written to a dump per step: the text of a step is built, then written. */
    private static final int STEP = 4096;

    /** The dumps, one after the other; with {@link #sortedUnion} a caller can write them in parallel instead. */
    public void writeAll(DatasetGraph dataset, Path dataDir, StagedOutput files) throws IOException {
        List<Triple> union = sortedUnion(dataset);
        writeTrig(dataset, dataDir.resolve("graph.trig"), files);
        writeTurtle(union, dataDir.resolve("graph.ttl"), files);
        writeNTriples(union, dataDir.resolve("graph.nt"), files);
        writeJsonLd(union, dataDir.resolve("graph.jsonld"), files);
        writeRdf11(dataset, union, dataDir, files);
    }

    /** The RDF 1.1 dumps: {@code graph-rdf11.trig}, {@code .ttl} and {@code .nt} (see {@link Dump#ALL}). */
    public void writeRdf11(DatasetGraph dataset, List<Triple> sortedUnion, Path dataDir, StagedOutput files)
            throws IOException {
        writeTrigRdf11(dataset, dataDir.resolve("graph-rdf11.trig"), files);
        List<Triple> union = Rdf11.sorted(sortedUnion);
        writeTurtle(union, dataDir.resolve("graph-rdf11.ttl"), files);
        writeNTriples(union, dataDir.resolve("graph-rdf11.nt"), files);
    }

    /** The dataset as TriG: named graphs in IRI order, each written as its Turtle ({@link #turtle}) in its block. */
    public void writeTrig(DatasetGraph dataset, Path file, StagedOutput files) throws IOException {
        writeTrig(dataset, file, files, false, name -> null);
    }

    /** The dataset as RDF 1.1 TriG ({@link Rdf11}), each graph as its page's {@link #turtleRdf11}. */
    public void writeTrigRdf11(DatasetGraph dataset, Path file, StagedOutput files) throws IOException {
        writeTrig(dataset, file, files, true, name -> null);
    }

    /**
     * The file holding a graph's Turtle when it is already written somewhere (its page file, in this site or the
     * previous one, from the same statements), or null.
     */
    public interface KnownTurtle {
        Path of(Node graphName) throws IOException;
    }

    /**
     * The TriG dump, taking each graph's Turtle from {@code known} where it has it (an article's page file: the same
     * text, whose statements are copied by the operating system, never read into memory) and writing the others.
     * Nothing is kept between a page and the dump: at 10,000 articles the article graphs' Turtle is ~256 MB a form,
     * which the pages wrote to disk already.
     */
    public void writeTrig(DatasetGraph dataset, Path file, StagedOutput files, boolean rdf11, KnownTurtle known)
            throws IOException {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(GraphFiles::compare);
        try (FileChannel out = files.openChannel(file)) {
            // The prefixes once at the top (a graph block may not declare any), then each graph's statements. Text
            // made here waits in `text` until a copied page file's statements must follow it.
            StringBuilder text = new StringBuilder(1 << 16);
            text.append(turtle(GraphFactory.createDefaultGraph()).stripTrailing()).append('\n');
            for (Node name : names) {
                text.append("\n<").append(name.getURI()).append("> {\n");
                Path page = known.of(name);
                if (page == null) {
                    Graph graph = dataset.getGraph(name);
                    String turtle = rdf11 ? turtleRdf11(graph) : turtle(graph);
                    text.append(turtle, statementsStart(turtle), turtle.length());
                } else {
                    flush(text, out);
                    copyStatements(page, out);
                }
                text.append("}\n");
                if (text.length() >= 1 << 16) {
                    flush(text, out);
                }
            }
            flush(text, out);
        }
    }

    private static void flush(StringBuilder text, FileChannel out) throws IOException {
        if (!text.isEmpty()) {
            StagedOutput.write(out, text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }

    /** The first bytes of a page's Turtle, read to find where its statements start ({@link #copyStatements}). */
    private static final ThreadLocal<byte[]> HEAD = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    /** Appends a Turtle file's statements (what follows its prefix lines, {@link #statementsStart}) to {@code out}. */
    private static void copyStatements(Path turtle, FileChannel out) throws IOException {
        try (FileChannel in = FileChannel.open(turtle, StandardOpenOption.READ)) {
            long size = in.size();
            // The prefix lines are short and few: the start lies in the first bytes unless the file is all prefixes.
            // One buffer per thread: a TriG dump copies every article page's Turtle (at 10,000 articles 64 KB made and
            // dropped 20,000 times, a twelfth of what a save allocated).
            byte[] head = HEAD.get();
            ByteBuffer buffer = ByteBuffer.wrap(head, 0, (int) Math.min(size, head.length));
            while (buffer.hasRemaining() && in.read(buffer, buffer.position()) > 0) {
                // read on
            }
            int start = statementsStart(head, buffer.position(), buffer.position() >= size);
            if (start >= buffer.position() && buffer.position() < size) {
                // Not found in the head (prefix lines longer than it): the file whole, as text.
                String whole = Files.readString(turtle, StandardCharsets.UTF_8);
                StagedOutput.write(out, whole.substring(statementsStart(whole)).getBytes(StandardCharsets.UTF_8));
                return;
            }
            StagedOutput.copy(in, start, size - start, out);
        }
    }

    private static final byte[] PREFIX = "PREFIX ".getBytes(StandardCharsets.US_ASCII);

    /**
     * {@link #statementsStart(String)} over the first {@code length} bytes of a UTF-8 text ({@code whole}: all of
     * it); {@code length} when they end before it can be told.
     */
    private static int statementsStart(byte[] text, int length, boolean whole) {
        int at = 0;
        while (at < length) {
            if (text[at] == '\n') {
                at++;
                continue;
            }
            if (!whole && length - at < PREFIX.length) {
                return length;
            }
            if (!Arrays.equals(text, at, Math.min(length, at + PREFIX.length), PREFIX, 0, PREFIX.length)) {
                break;
            }
            int end = at;
            while (end < length && text[end] != '\n') {
                end++;
            }
            if (end >= length) {
                return length;
            }
            at = end + 1;
        }
        return at;
    }

    /** A graph as RDF 1.1 Turtle ({@link Rdf11}): a page's {@code index-rdf11.ttl} and its graph in the RDF 1.1 TriG. */
    public String turtleRdf11(Graph graph) {
        return turtle(Rdf11.graph(graph));
    }

    /** Where the statements of a Turtle text begin: after its prefix lines and the blank line that ends them. */
    private static int statementsStart(String turtle) {
        int at = 0;
        while (turtle.startsWith("PREFIX ", at) || turtle.startsWith("\n", at)) {
            int end = turtle.indexOf('\n', at);
            at = end < 0 ? turtle.length() : end + 1;
        }
        return at;
    }

    public void writeTurtle(List<Triple> sortedUnion, Path file, StagedOutput files) throws IOException {
        if (!BlockTurtle.supports(sortedUnion)) {
            try (OutputStream out = files.openStream(file)) {
                StreamRDF stream = start(out, RDFFormat.TURTLE_BLOCKS, PrefixMapping.Factory.create());
                sortedUnion.forEach(stream::triple);
                stream.finish();
            }
            return;
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(files.openStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            out.write(blocks.header());
            StringBuilder text = new StringBuilder(1 << 20);
            BlockTurtle.Turtle turtle = blocks.turtle(text);
            int from = 0;
            while (from < sortedUnion.size()) {
                // A step ends where a subject's statements end, so that each block is written whole.
                int to = Math.min(sortedUnion.size(), from + STEP);
                while (to < sortedUnion.size()
                        && sortedUnion.get(to).getSubject().equals(sortedUnion.get(to - 1).getSubject())) {
                    to++;
                }
                turtle.blocks(sortedUnion, from, to, true);
                out.append(text);
                text.setLength(0);
                from = to;
            }
        }
    }

    public void writeNTriples(List<Triple> sortedUnion, Path file, StagedOutput files) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(files.openStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            StringBuilder text = new StringBuilder(1 << 20);
            for (int from = 0; from < sortedUnion.size(); from += STEP) {
                blocks.nTriples(sortedUnion, from, Math.min(sortedUnion.size(), from + STEP), text);
                out.append(text);
                text.setLength(0);
            }
        }
    }

    /**
     * The union as one JSON-LD document, {@code {"@graph": [...]}}, in expanded form like each page's file: streamed
     * one subject at a time ({@link ExpandedJsonLd}), so memory stays bounded.
     */
    public void writeJsonLd(List<Triple> sortedUnion, Path file, StagedOutput files) throws IOException {
        writeJsonLdRdf11(Rdf11.sorted(sortedUnion), file, files);
    }

    /** The same from the union already in RDF 1.1 ({@link Rdf11#sorted}), which the RDF 1.1 dumps share. */
    public void writeJsonLdRdf11(List<Triple> rdf11SortedUnion, Path file, StagedOutput files) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(files.openStream(file), StandardCharsets.UTF_8))) {
            try {
                ExpandedJsonLd.write(rdf11SortedUnion, out);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** One graph as Turtle, with the project's prefixes. */
    public String turtle(Graph graph) {
        return turtle(graph, PrefixMapping.Factory.create());
    }

    /** One graph as Turtle, with the project's prefixes and some more. */
    public String turtle(Graph graph, PrefixMapping more) {
        List<Triple> sorted = sorted(graph);
        if (BlockTurtle.supports(sorted)) {
            if (more.numPrefixes() == 0) {
                return blocks.document(sorted);
            }
            Map<String, String> prefixes = new TreeMap<>(blocks.prefixes());
            prefixes.putAll(more.getNsPrefixMap());
            return new BlockTurtle(prefixes).document(sorted);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF stream = start(out, RDFFormat.TURTLE_BLOCKS, more);
        sorted.forEach(stream::triple);
        stream.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * One graph as JSON-LD (expanded, full IRIs: a page's file is for programs; written directly by
     * {@link ExpandedJsonLd}, not through a JSON-LD processor). Triple terms (rdf:reifies) have no JSON-LD 1.1 form:
     * a relation's provenance is written as RDF 1.1 reification instead ({@link Rdf11}).
     */
    public String jsonld(Graph graph) {
        List<Triple> statements = Rdf11.sorted(sorted(graph));
        // About 250 characters a statement, so the text seldom grows by copying.
        StringBuilder out = new StringBuilder(256 * statements.size() + 64);
        ExpandedJsonLd.write(statements, out);
        return out.toString();
    }

    private StreamRDF start(OutputStream out, RDFFormat format, PrefixMapping more) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        // In prefix order, so that a reader finds a prefix where the alphabet puts it.
        Map<String, String> prefixes = new TreeMap<>(Vocabularies.prefixes(base).getNsPrefixMap());
        prefixes.putAll(more.getNsPrefixMap());
        prefixes.forEach(stream::prefix);
        return stream;
    }

    /**
     * Quads as N-Quads, the bytes of Jena's N-Quads writer (UTF-8), written without its per-character output; quads
     * with blank nodes go through Jena's writer.
     */
    public static void writeNQuads(List<Quad> sorted, OutputStream out) throws IOException {
        boolean blank = sorted.stream().anyMatch(q -> q.getGraph().isBlank()
                || !BlockTurtle.supports(List.of(q.asTriple())));
        if (blank) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
            stream.start();
            sorted.forEach(stream::quad);
            stream.finish();
            return;
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        BlockTurtle.nQuads(sorted, writer);
        writer.flush();
    }

    public static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    /** Every distinct statement of the dataset, whatever its graph, in {@link #ORDER}; a list, not another model. */
    public static List<Triple> sortedUnion(DatasetGraph dataset) {
        List<Triple> all = new ArrayList<>();
        dataset.find().forEachRemaining(q -> all.add(q.asTriple()));
        all.sort(ORDER);
        List<Triple> distinct = new ArrayList<>(all.size());
        for (Triple triple : all) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(triple)) {
                distinct.add(triple);
            }
        }
        return distinct;
    }

    private static List<Triple> sorted(Graph graph) {
        List<Triple> triples = new ArrayList<>();
        graph.find().forEachRemaining(triples::add);
        triples.sort(ORDER);
        return triples;
    }

    /** IRIs before blank nodes before literals before triple terms; within a kind, by string. */
    static int compare(Node a, Node b) {
        if (a == b) {
            return 0;
        }
        int byKind = Integer.compare(kind(a), kind(b));
        if (byKind != 0) {
            return byKind;
        }
        if (a.isURI()) {
            return a.getURI().compareTo(b.getURI());
        }
        if (a.isBlank()) {
            return a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
        }
        if (a.isLiteral()) {
            int c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
            if (c == 0) {
                c = a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
            }
            return c != 0 ? c : a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
        }
        if (a.isTripleTerm()) {
            return ORDER.compare(a.getTriple(), b.getTriple());
        }
        return a.toString().compareTo(b.toString());
    }

    private static int kind(Node node) {
        return node.isURI() ? 0 : node.isBlank() ? 1 : node.isLiteral() ? 2 : node.isTripleTerm() ? 3 : 4;
    }
}
