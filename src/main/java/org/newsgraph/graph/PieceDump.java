package org.newsgraph.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Triple;
import org.newsgraph.io.StagedOutput;

/**
 * The union dumps (Turtle, N-Triples, JSON-LD) written as one piece per graph ({@link UnionPieces}): a piece whose key
 * the previous site recorded for the same dump is copied byte for byte from the previous file, the others are
 * formatted. Where each piece lies in each dump is kept in {@value #INDEX} beside the site's keys (written with the
 * site, so swapped in with it). A piece's text depends on its statements alone, so a dump made of copied pieces has
 * the bytes a clean build gives.
 */
public final class PieceDump {

    /** The file of the output that says where each dump's pieces lie: {@code dump key offset length} lines. */
    public static final String INDEX = ".newsgraph-pieces";

    /** How a dump's pieces are written. */
    public enum Format { TURTLE, NTRIPLES, JSONLD }

    private final StagedOutput output;
    private final BlockTurtle blocks;
    private Map<String, Map<String, long[]>> previous;
    private final Map<String, String> index = new ConcurrentHashMap<>();

    public PieceDump(StagedOutput output, GraphFiles files) {
        this.output = output;
        this.blocks = files.blocks();
    }

    /** Writes {@code file} from these pieces (none may have blank nodes: see {@link UnionPieces.Pieces#blankNodes}). */
    public void write(Path file, Format format, List<UnionPieces.Piece> pieces) throws IOException {
        write(List.of(file), List.of(format), pieces);
    }

    /**
     * Writes several dumps of the same pieces in one pass, {@code files[i]} in {@code formats[i]}: each piece's
     * statements are gathered and sorted once for all of them (and not at all when every dump copies the piece).
     */
    public void write(List<Path> files, List<Format> formats, List<UnionPieces.Piece> pieces) throws IOException {
        List<Target> targets = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                targets.add(new Target(files.get(i), formats.get(i)));
            }
            for (UnionPieces.Piece piece : pieces) {
                List<Triple> statements = null;
                for (Target target : targets) {
                    byte[] bytes = target.copied(piece.key());
                    if (bytes == null) {
                        if (statements == null) {
                            statements = piece.statements().get();
                        }
                        bytes = format(target.format, statements);
                    }
                    target.piece(piece.key(), bytes);
                }
            }
            for (Target target : targets) {
                target.end();
            }
        } finally {
            IOException failed = null;
            for (Target target : targets) {
                try {
                    target.close();
                } catch (IOException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
        for (Target target : targets) {
            this.index.put(target.dump, target.index.toString());
        }
    }

    /** One dump being written: its stream, the previous site's file of it and where that file's pieces lie. */
    private final class Target implements AutoCloseable {
        private final String dump;
        private final Format format;
        private final Map<String, long[]> before;
        private final OutputStream out;
        private final FileChannel source;
        private final StringBuilder index = new StringBuilder();
        private long offset;
        private boolean first = true;

        Target(Path file, Format format) throws IOException {
            this.dump = name(file);
            this.format = format;
            this.before = previous(dump);
            Path old = before.isEmpty() ? null : output.previousFile(file);
            this.source = old == null ? null : FileChannel.open(old, StandardOpenOption.READ);
            OutputStream opened;
            try {
                opened = output.openStream(file);
            } catch (IOException | RuntimeException e) {
                if (source != null) {
                    source.close();
                }
                throw e;
            }
            this.out = opened;
            byte[] head = switch (format) {
                case TURTLE -> blocks.header().getBytes(StandardCharsets.UTF_8);
                case NTRIPLES -> new byte[0];
                case JSONLD -> "{\n    \"@graph\": [".getBytes(StandardCharsets.UTF_8);
            };
            out.write(head);
            offset += head.length;
        }

        /** The piece's bytes as the previous file has them under the same key, or null. */
        byte[] copied(String key) throws IOException {
            long[] at = before.get(key);
            return at != null && source != null && at[0] + at[1] <= source.size()
                    ? read(source, at[0], (int) at[1]) : null;
        }

        void piece(String key, byte[] bytes) throws IOException {
            if (bytes.length == 0) {
                return;
            }
            if (format == Format.JSONLD && first) {
                // The list's first node object has no comma before it: that piece is not kept for copying.
                out.write(bytes, 1, bytes.length - 1);
                offset += bytes.length - 1;
            } else {
                out.write(bytes);
                index.append(dump).append(' ').append(key.replace(' ', '+')).append(' ').append(offset)
                        .append(' ').append(bytes.length).append('\n');
                offset += bytes.length;
            }
            first = false;
        }

        void end() throws IOException {
            if (format == Format.JSONLD) {
                out.write((first ? "]\n}\n" : "\n    ]\n}\n").getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } finally {
                if (source != null) {
                    source.close();
                }
            }
        }
    }

    /** The dump was taken over whole from the previous site: its pieces lie where they lay. */
    public void kept(Path file) throws IOException {
        String dump = name(file);
        StringBuilder index = new StringBuilder();
        previous(dump).entrySet().stream().sorted(java.util.Comparator.comparingLong(e -> e.getValue()[0]))
                .forEach(e -> index.append(dump).append(' ').append(e.getKey().replace(' ', '+')).append(' ')
                        .append(e.getValue()[0]).append(' ').append(e.getValue()[1]).append('\n'));
        this.index.put(dump, index.toString());
    }

    /** Writes the index of every dump written or kept (call when all are done). */
    public void finish() throws IOException {
        if (index.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(index).values().forEach(text::append);
        output.write(Path.of(INDEX), text.toString());
    }

    private byte[] format(Format format, List<Triple> sorted) {
        // About the characters a statement takes in each form, so the text seldom grows by copying.
        StringBuilder text = new StringBuilder(sorted.size() * (format == Format.JSONLD ? 256 : 128));
        switch (format) {
            case TURTLE -> blocks.turtle(text).blocks(sorted, 0, sorted.size(), true);
            case NTRIPLES -> blocks.nTriples(sorted, 0, sorted.size(), text);
            case JSONLD -> ExpandedJsonLd.nodes(sorted, text);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(FileChannel source, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (source.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("the previous dump ended before its recorded piece at " + offset);
            }
        }
        return buffer.array();
    }

    /** The previous site's pieces of one dump: key to offset and length. */
    private synchronized Map<String, long[]> previous(String dump) throws IOException {
        if (previous == null) {
            previous = new HashMap<>();
            Path file = output.previousFile(Path.of(INDEX));
            if (file != null) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split(" ");
                    if (f.length == 4) {
                        previous.computeIfAbsent(f[0], d -> new HashMap<>())
                                .put(f[1].replace('+', ' '), new long[] {Long.parseLong(f[2]), Long.parseLong(f[3])});
                    }
                }
            }
        }
        return previous.getOrDefault(dump, Map.of());
    }

    private static String name(Path file) {
        return file.toString().replace('\\', '/');
    }
}
