package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The union of a dataset cut into one piece per graph, for dumps written as pieces ({@link PieceDump}): the default
 * graph first, then the named graphs in IRI order; each piece holds its graph's statements sorted in
 * {@link GraphFiles#ORDER}, less those an earlier piece already holds, so that the pieces together hold each statement
 * of the union once. A piece's key is its graph's key plus a hash of the statements left out of it: the same key, the
 * same text.
 *
 * <p>Finding the statements of several graphs without holding the whole union in a set: a statement whose subject is
 * under its graph's own IRI (an article's mentions, figures, text) can be in another graph only where it is foreign
 * there, so only foreign statements are gathered, and each graph's own statements are looked up among them.
 */
public final class UnionPieces {

    /** One graph's piece: its key and its statements (sorted, each once over all pieces), made when asked for. */
    public record Piece(String key, Supplier<List<Triple>> statements) {
    }

    /** The pieces of the union as it is (RDF 1.2) and in RDF 1.1 ({@link Rdf11}); blank nodes anywhere. */
    public record Pieces(List<Piece> rdf12, List<Piece> rdf11, boolean blankNodes) {
    }

    private UnionPieces() {
    }

    /**
     * The pieces of {@code dataset}; {@code graphKey} gives a graph's key (the default graph's as
     * {@link Quad#defaultGraphIRI}).
     */
    public static Pieces of(DatasetGraph dataset, Function<Node, String> graphKey) {
        List<Node> names = new ArrayList<>();
        if (!dataset.getDefaultGraph().isEmpty()) {
            names.add(Quad.defaultGraphIRI);
        }
        List<Node> named = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(named::add);
        named.sort(GraphFiles::compare);
        names.addAll(named);
        boolean[] blank = {false};
        // A subject under two graphs' IRIs (one graph's IRI a prefix of another's) would be "own" in both: then every
        // statement counts as foreign. In IRI order a prefix comes right before the names it begins.
        boolean nested = false;
        for (int i = 1; i < named.size(); i++) {
            nested |= named.get(i).getURI().startsWith(named.get(i - 1).getURI());
        }
        boolean owned = !nested;
        List<Piece> rdf12 = pieces(dataset, names, graphKey, false, owned, blank);
        List<Piece> rdf11 = pieces(dataset, names, graphKey, true, owned, blank);
        return new Pieces(rdf12, rdf11, blank[0]);
    }

    private static List<Piece> pieces(DatasetGraph dataset, List<Node> names, Function<Node, String> graphKey,
                                      boolean rdf11, boolean owned, boolean[] blank) {
        Function<Triple, List<Triple>> form = rdf11 ? Rdf11::classic : List::of;
        // Foreign statements, each with the graphs (their places in names) that hold it.
        Map<Triple, List<Integer>> foreign = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Node name = names.get(i);
            int at = i;
            graph(dataset, name).find().forEachRemaining(statement -> {
                for (Triple t : form.apply(statement)) {
                    if (!BlockTurtle.supports(List.of(t))) {
                        blank[0] = true;
                    }
                    if (!(owned && own(name, t))) {
                        List<Integer> holders = foreign.computeIfAbsent(t, k -> new ArrayList<>(1));
                        if (holders.isEmpty() || holders.get(holders.size() - 1) != at) {
                            holders.add(at);
                        }
                    }
                }
            });
        }
        for (int i = 0; i < names.size(); i++) {
            Node name = names.get(i);
            int at = i;
            graph(dataset, name).find().forEachRemaining(statement -> {
                for (Triple t : form.apply(statement)) {
                    List<Integer> holders = owned && own(name, t) ? foreign.get(t) : null;
                    if (holders != null && !holders.contains(at)) {
                        holders.add(at);
                    }
                }
            });
        }
        List<List<Triple>> left = new ArrayList<>();
        names.forEach(n -> left.add(new ArrayList<>()));
        foreign.forEach((t, holders) -> {
            if (holders.size() > 1) {
                int first = holders.stream().mapToInt(Integer::intValue).min().orElseThrow();
                holders.stream().filter(h -> h != first).forEach(h -> left.get(h).add(t));
            }
        });
        List<Piece> pieces = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Node name = names.get(i);
            List<Triple> without = left.get(i);
            String key = graphKey.apply(name) + (without.isEmpty() ? "" : " " + StatementHash.of(without));
            pieces.add(new Piece(key, () -> statements(graph(dataset, name), rdf11, without)));
        }
        return pieces;
    }

    /** A graph's statements (in RDF 1.1 when asked), sorted, each once, less some. */
    private static List<Triple> statements(Graph graph, boolean rdf11, List<Triple> without) {
        List<Triple> all = new ArrayList<>();
        graph.find().forEachRemaining(all::add);
        List<Triple> sorted = rdf11 ? Rdf11.sorted(all) : all;
        sorted.removeAll(new HashSet<>(without));
        if (!rdf11) {
            sorted.sort(GraphFiles.ORDER);
        }
        return sorted;
    }

    /** Whether a statement's subject is under its graph's own IRI (so it is unlikely to be in another graph). */
    private static boolean own(Node graphName, Triple t) {
        return graphName.isURI() && !Quad.isDefaultGraph(graphName) && t.getSubject().isURI()
                && t.getSubject().getURI().startsWith(graphName.getURI());
    }

    private static Graph graph(DatasetGraph dataset, Node name) {
        return Quad.isDefaultGraph(name) ? dataset.getDefaultGraph() : dataset.getGraph(name);
    }
}
