package org.newsgraph.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.graph.Iris;
import org.newsgraph.resolve.ResolvedEntity;

/**
 * What each graph of the site was built from ({@value #FILE}): per graph (every article's, and the entity graph) a
 * key of its inputs and the hash of its statements. {@code GraphBuilder} makes an article's graph from the article
 * (front matter and text) and its resolved extraction alone, and the entity graph from the resolved entities alone;
 * so a graph whose inputs have the key the previous site recorded holds the statements it held then, and is given
 * that hash ({@link GraphHashes#known}) instead of being hashed again. A retitled or edited article, an entity merge
 * that renames an article's entities, or a new version of Newsgraph (every key includes its code) changes the key:
 * that graph is hashed. The file is written whole by every build, the same for an incremental build as for a clean
 * one.
 */
public final class GraphInputs {

    /** The index file in the site. */
    public static final String FILE = ".newsgraph-graphs";

    private final String header;
    /** The previous site's graphs: IRI -> {input key, hash}. */
    private final Map<String, String[]> previous;
    /** This build's graphs: IRI -> input key. */
    private final Map<String, String> keys = new TreeMap<>();

    private GraphInputs(String header, Map<String, String[]> previous) {
        this.header = header;
        this.previous = previous;
    }

    /**
     * The index the previous site recorded ({@code file}, its {@value #FILE}; null when it has none), if it was
     * written by this code for this base IRI.
     */
    public static GraphInputs read(Path file, String base) throws IOException {
        String header = Keys.of("graph inputs", base);
        List<String> lines = lines(file);
        Map<String, String[]> previous = !lines.isEmpty() && lines.get(0).equals("h " + header)
                ? records(lines) : new HashMap<>();
        return new GraphInputs(header, previous);
    }

    /**
     * The hash of each graph as the index in {@code site} recorded it (graph IRI -> hash; empty when the site has no
     * index or one of another format): the hashes of the statements the site's dumps hold, as the build that wrote
     * them computed them ({@link GraphHashes}).
     */
    public static Map<String, String> hashes(Path site) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        records(lines(site.resolve(FILE))).forEach((graph, record) -> hashes.put(graph, record[1]));
        return hashes;
    }

    /** The lines of an index file; none when there is no such file. */
    private static List<String> lines(Path file) throws IOException {
        return file != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    /**
     * The graphs an index's lines record after its header: IRI -> {input key, hash}; none when a line is not of this
     * format (then everything is hashed again).
     */
    private static Map<String, String[]> records(List<String> lines) {
        Map<String, String[]> records = new HashMap<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] parts = line.split(" ");
            if (parts.length != 4 || !parts[0].equals("g")) {
                return new HashMap<>();
            }
            records.put(parts[1], new String[] {parts[2], parts[3]});
        }
        return records;
    }

    /**
     * Keys every graph by its inputs and gives {@code hashes} the previous hash of each graph whose inputs are
     * unchanged; returns how many graphs were given theirs.
     */
    public int seed(List<ExtractedArticle> articles, List<ResolvedEntity> entities, Iris iris, GraphHashes hashes) {
        return seed(keys(articles, entities, iris), hashes);
    }

    /**
     * The key of each graph's inputs (graph name -> key: every article's graph, then the entity graph): what
     * {@code GraphBuilder} makes the graph from, with the code and the base IRI. Two graphs with the same key hold
     * the same statements.
     */
    public static Map<Node, String> keys(List<ExtractedArticle> articles, List<ResolvedEntity> entities, Iris iris) {
        return keys(articles, entities, iris, new InputKeyMemory());
    }

    /**
     * The same, taking the key the last build with the same memory computed for a graph whose inputs are the same
     * (compared, not digested again), and leaving this build's in it.
     */
    public static Map<Node, String> keys(List<ExtractedArticle> articles, List<ResolvedEntity> entities, Iris iris,
                                         InputKeyMemory memory) {
        synchronized (memory) {
            return keysWith(articles, entities, iris, memory);
        }
    }

    private static Map<Node, String> keysWith(List<ExtractedArticle> articles, List<ResolvedEntity> entities,
                                              Iris iris, InputKeyMemory memory) {
        String base = iris.base();
        Map<Node, String> keys = new LinkedHashMap<>();
        articles.parallelStream()
                .map(a -> {
                    Node graph = iris.article(a.article().slug());
                    return Map.entry(graph, memory.key(graph.getURI(), a, () -> Keys.ofRecord(a, "article graph",
                            base)));
                })
                .toList()
                .forEach(graph -> keys.put(graph.getKey(), graph.getValue()));
        Node entityGraph = iris.entitiesGraph();
        keys.put(entityGraph, memory.key(entityGraph.getURI(), entities, () -> Keys.ofRecord(entities, "entity graph",
                base)));
        memory.done();
        return keys;
    }

    /**
     * Records each graph's input key ({@link #keys}) and gives {@code hashes} the previous hash of each graph whose
     * inputs are unchanged; returns how many graphs were given theirs.
     */
    public int seed(Map<Node, String> keys, GraphHashes hashes) {
        int known = 0;
        for (Map.Entry<Node, String> graph : keys.entrySet()) {
            known += seed(graph.getKey(), graph.getValue(), hashes);
        }
        return known;
    }

    private int seed(Node graph, String key, GraphHashes hashes) {
        keys.put(graph.getURI(), key);
        String[] before = previous.get(graph.getURI());
        if (before != null && before[0].equals(key)) {
            hashes.known(graph, before[1]);
            return 1;
        }
        return 0;
    }

    /** The index for the new site: every graph keyed by {@link #seed}, with its hash (hashed now if not yet). */
    public String text(GraphHashes hashes) {
        StringBuilder text = new StringBuilder("h ").append(header).append('\n');
        keys.forEach((graph, key) -> text.append("g ").append(graph).append(' ').append(key).append(' ')
                .append(hashes.of(NodeFactory.createURI(graph))).append('\n'));
        return text.toString();
    }
}
