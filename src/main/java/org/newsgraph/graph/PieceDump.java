package org.newsgraph.graph;

import java.io.IOException;
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
                    if (target.copied(piece.key())) {
                        continue;
                    }
                    if (statements == null) {
                        statements = piece.statements().get();
                    }
                    target.piece(piece.key(), format(target.format, statements));
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

    /**
     * One dump being written: its channel, the previous site's file of it and where that file's pieces lie. A piece
     * the previous file has is copied from it by the operating system ({@link StagedOutput#copy}), never through the
     * heap.
     */
    private final class Target implements AutoCloseable {
        private final String dump;
        private final Format format;
        private final Map<String, long[]> before;
        private final FileChannel out;
        private final FileChannel source;
        private final long sourceSize;
        private final StringBuilder index = new StringBuilder();
        private long offset;
        private boolean first = true;

        Target(Path file, Format format) throws IOException {
            this.dump = name(file);
            this.format = format;
            this.before = previous(dump);
            Path old = before.isEmpty() ? null : output.previousFile(file);
            this.source = old == null ? null : FileChannel.open(old, StandardOpenOption.READ);
            FileChannel opened;
            try {
                this.sourceSize = source == null ? 0 : source.size();
                opened = output.openChannel(file);
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
            StagedOutput.write(out, head);
            offset += head.length;
        }

        /**
         * Copies the piece from the previous file when it has it under the same key (as {@link #piece} would write
         * its bytes); false when it must be formatted.
         */
        boolean copied(String key) throws IOException {
            long[] at = before.get(key);
            if (at == null || source == null || at[0] + at[1] > sourceSize) {
                return false;
            }
            if (at[1] == 0) {
                return true;
            }
            if (format == Format.JSONLD && first) {
                // The list's first node object has no comma before it: that piece is not kept for copying.
                StagedOutput.copy(source, at[0] + 1, at[1] - 1, out);
                offset += at[1] - 1;
            } else {
                StagedOutput.copy(source, at[0], at[1], out);
                recorded(key, at[1]);
            }
            first = false;
            return true;
        }

        void piece(String key, byte[] bytes) throws IOException {
            if (bytes.length == 0) {
                return;
            }
            if (format == Format.JSONLD && first) {
                // The list's first node object has no comma before it: that piece is not kept for copying.
                StagedOutput.write(out, java.util.Arrays.copyOfRange(bytes, 1, bytes.length));
                offset += bytes.length - 1;
            } else {
                StagedOutput.write(out, bytes);
                recorded(key, bytes.length);
            }
            first = false;
        }

        /** A piece of {@code length} bytes was just written at {@link #offset}: indexed for the next build. */
        private void recorded(String key, long length) {
            index.append(dump).append(' ').append(key.replace(' ', '+')).append(' ').append(offset)
                    .append(' ').append(length).append('\n');
            offset += length;
        }

        void end() throws IOException {
            if (format == Format.JSONLD) {
                StagedOutput.write(out, (first ? "]\n}\n" : "\n    ]\n}\n").getBytes(StandardCharsets.UTF_8));
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
