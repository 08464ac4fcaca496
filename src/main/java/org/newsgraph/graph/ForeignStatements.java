package org.newsgraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link UnionPieces} gathers from each graph, kept per graph key ({@value #FILE}): the graph's foreign
 * statements (those whose subject is not under the graph's own IRI, the only ones another graph's piece may hold
 * too), each as its {@link StatementHash#digest} and its subject's IRI. A graph's key hashes its statements and its
 * name, so a graph whose key the previous site recorded has the foreign statements recorded then, and is not read
 * statement by statement again. The file is written whole by every build that cuts the union into pieces, the same
 * for an incremental build as for a clean one.
 */
public final class ForeignStatements {

    /** The index file in the site. */
    public static final String FILE = ".newsgraph-foreign";

    /**
     * One foreign statement: its digest, its subject's IRI ("" when the subject is no IRI), and whether it is in the
     * graph as it is (RDF 1.2) and in its RDF 1.1 form ({@link Rdf11#classic}).
     */
    public record Statement(String digest, String subject, boolean rdf12, boolean rdf11) {
    }

    private static final Comparator<Statement> ORDER = Comparator.comparing(Statement::digest)
            .thenComparing(Statement::subject).thenComparing(Statement::rdf12).thenComparing(Statement::rdf11);

    private final String header;
    private final Map<String, List<Statement>> previous;
    private final Path previousFile;
    private final Map<String, List<Statement>> current = new ConcurrentHashMap<>();

    private ForeignStatements(String header, Map<String, List<Statement>> previous, Path previousFile) {
        this.header = header;
        this.previous = previous;
        this.previousFile = previousFile;
    }

    /** Nothing known before, for a build without a previous site (and for tests). */
    public static ForeignStatements none() {
        return new ForeignStatements("", Map.of(), null);
    }

    /**
     * The index the previous site recorded ({@code file}; null when it has none), if its first line is
     * {@code header} (which should name the code that wrote it).
     */
    public static ForeignStatements read(Path file, String header) throws IOException {
        Map<String, List<Statement>> previous = new HashMap<>();
        if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new ForeignStatements(header, previous, null);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("h " + header)) {
            return new ForeignStatements(header, previous, null);
        }
        List<Statement> graph = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(" ", -1);
            if (parts.length == 2 && parts[0].equals("g")) {
                graph = new ArrayList<>();
                previous.put(parts[1], graph);
            } else if (parts.length == 3 && graph != null && parts[0].length() == 1 && "b12".contains(parts[0])) {
                graph.add(new Statement(parts[1], parts[2], !parts[0].equals("2"), !parts[0].equals("1")));
            } else {
                return new ForeignStatements(header, Map.of(), null);   // not this format: read every graph
            }
        }
        return new ForeignStatements(header, previous, file);
    }

    /** The foreign statements of the graph with this key, as the previous site recorded them; null if it did not. */
    List<Statement> known(String key) {
        return previous.get(key);
    }

    /**
     * Records the foreign statements of the graph with this key for the next build. A statement whose subject's
     * IRI has white space cannot be written in this format: such a graph is not recorded (it is read again).
     */
    void record(String key, List<Statement> statements) {
        if (statements.stream().noneMatch(s -> s.subject().chars().anyMatch(Character::isWhitespace))) {
            List<Statement> sorted = new ArrayList<>(statements);
            sorted.sort(ORDER);
            current.put(key, List.copyOf(sorted));
        }
    }

    /** Whether the previous site's file was read (so that it holds what a build of the same graphs records). */
    public Path previousFile() {
        return previousFile;
    }

    /** The index for the new site: every graph recorded, by key. */
    public String text() {
        StringBuilder text = new StringBuilder("h ").append(header).append('\n');
        new TreeMap<>(current).forEach((key, statements) -> {
            text.append("g ").append(key).append('\n');
            for (Statement s : statements) {
                text.append(s.rdf12() && s.rdf11() ? 'b' : s.rdf12() ? '1' : '2').append(' ').append(s.digest())
                        .append(' ').append(s.subject()).append('\n');
            }
        });
        return text.toString();
    }
}
