package org.newsgraph.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.StatementHash;
import org.newsgraph.io.StagedOutput;

/**
 * The query page's graph ({@link BrowserGraph#PATH}) written in gzip pieces of about {@value #GROUP} graphs each
 * ({@link GzipPieces}), in the order of {@link BrowserGraph#nquadsGzip}: the same N-Quads once unzipped. A piece whose
 * key (its graphs' keys) the previous site recorded is copied compressed from the previous file, so an edit
 * compresses only the pieces of the edited graphs instead of the whole dataset. Where each piece lies is kept in {@value #INDEX} (written with the site, swapped in with it). A
 * dataset with blank nodes, whose labels depend on the whole, is written whole.
 */
final class BrowserGraphPieces {

    /** The file of the output that says where each piece lies: {@code key offset length crc size} lines. */
    static final String INDEX = ".newsgraph-nquads";

    /** About this many graphs to a piece. */
    private static final int GROUP = 16;

    private record Known(long offset, int length, int crc, long size) {
    }

    private BrowserGraphPieces() {
    }

    /** Writes the script of the dataset's {@code quads} quads, unless the previous site has it from the same graph. */
    static void write(RenderContext context, long quads) throws IOException {
        StagedOutput output = context.output();
        Path file = Path.of(BrowserGraph.PATH);
        Path index = Path.of(INDEX);
        Path oldIndex = output.previousFile(index);
        if (output.reuse(file, Keys.of("browser graph", context.model().datasetKey()))) {
            if (oldIndex != null) {
                output.write(index, Files.readAllBytes(oldIndex));
            }
            return;
        }
        Map<String, Known> known = read(oldIndex);
        byte[] old = known.isEmpty() ? null : gzipOf(output.previousFile(file));
        DatasetGraph dataset = context.dataset();
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        if (!dataset.getDefaultGraph().isEmpty()) {
            names.add(Quad.defaultGraphIRI);
        }
        names.sort(Comparator.comparing(Node::getURI));
        List<GzipPieces.Piece> pieces = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        long offset = GzipPieces.HEADER_LENGTH;
        List<Node> group = new ArrayList<>();
        List<String> groupKeys = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Node name = names.get(i);
            boolean defaultGraph = Quad.isDefaultGraph(name);
            String statements = defaultGraph ? StatementHash.of(() -> dataset.getDefaultGraph().find())
                    : context.model().statementHash(name);
            String graphKey = defaultGraph ? Keys.of("default graph", statements) : context.model().graphKey(name);
            group.add(name);
            groupKeys.add(graphKey);
            if (i < names.size() - 1 && !endsGroup(statements)) {
                continue;
            }
            String key = Keys.of(groupKeys.toArray(String[]::new));
            Known at = known.get(key);
            GzipPieces.Piece piece;
            if (at != null && old != null && at.offset() + at.length() <= old.length) {
                int from = (int) at.offset();
                piece = new GzipPieces.Piece(Arrays.copyOfRange(old, from, from + at.length()), at.crc(), at.size());
            } else {
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                for (Node member : group) {
                    List<Quad> sorted = new ArrayList<>();
                    dataset.find(member, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sorted::add);
                    if (sorted.stream().anyMatch(BrowserGraphPieces::blank)) {
                        output.write(file, BrowserGraph.script(BrowserGraph.nquadsGzip(dataset), quads));
                        return;
                    }
                    sorted.sort(Comparator.comparing(Quad::asTriple, GraphFiles.ORDER));
                    GraphFiles.writeNQuads(sorted, text);
                }
                piece = GzipPieces.compress(text.toByteArray());
            }
            pieces.add(piece);
            lines.append(key).append(' ').append(offset).append(' ').append(piece.deflated().length).append(' ')
                    .append(piece.crc()).append(' ').append(piece.size()).append('\n');
            offset += piece.deflated().length;
            group.clear();
            groupKeys.clear();
        }
        output.write(file, BrowserGraph.script(GzipPieces.join(pieces), quads));
        output.write(index, lines.toString());
    }

    /**
     * Whether a piece ends after this graph: about one graph in {@value #GROUP} by the hash of its statements alone
     * ({@link StatementHash}, whose last part is a sum of SHA-256 lanes), so a piece holds ~16 graphs (one graph's
     * N-Quads alone compress ~13% worse: each piece starts without a window), a graph added or removed moves the
     * boundaries of its own piece only, and the same graph cuts the file at the same places whatever version of the
     * code writes it (a graph's key holds the code's fingerprint: cut by it, every new version wrote new bytes).
     */
    static boolean endsGroup(String statementHash) {
        return Character.digit(statementHash.charAt(statementHash.length() - 1), 16) % GROUP == 0;
    }

    /** Whether a quad has a blank node (in a triple term too): N-Quads label those by the whole file. */
    private static boolean blank(Quad quad) {
        return quad.getGraph().isBlank() || blank(quad.getSubject()) || blank(quad.getObject());
    }

    private static boolean blank(Node node) {
        return node.isBlank() || node.isTripleTerm()
                && (blank(node.getTriple().getSubject()) || blank(node.getTriple().getObject()));
    }

    /** The gzip inside a previous script ({@link BrowserGraph#script}), or null. */
    private static byte[] gzipOf(Path script) throws IOException {
        if (script == null) {
            return null;
        }
        String text = Files.readString(script, StandardCharsets.US_ASCII);
        int from = text.indexOf("(\"");
        int to = text.indexOf("\",", from + 2);
        return from < 0 || to < 0 ? null : Base64.getDecoder().decode(text.substring(from + 2, to));
    }

    private static Map<String, Known> read(Path index) throws IOException {
        Map<String, Known> known = new HashMap<>();
        if (index != null) {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] f = line.split(" ");
                if (f.length == 5) {
                    known.put(f[0], new Known(Long.parseLong(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                            Long.parseLong(f[4])));
                }
            }
        }
        return known;
    }
}
