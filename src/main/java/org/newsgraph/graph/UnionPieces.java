package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        return of(dataset, graphKey, ForeignStatements.none());
    }

    /**
     * The same, taking each named graph's foreign statements from {@code foreign} when it knows the graph's key (and
     * recording every graph's there for the next build), so that only the graphs it does not know are read statement
     * by statement.
     */
    public static Pieces of(DatasetGraph dataset, Function<Node, String> graphKey, ForeignStatements foreign) {
        List<Node> names = new ArrayList<>();
        if (!dataset.getDefaultGraph().isEmpty()) {
            names.add(Quad.defaultGraphIRI);
        }
        List<Node> named = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(named::add);
        named.sort(GraphFiles::compare);
        names.addAll(named);
        // A subject under two graphs' IRIs (one graph's IRI a prefix of another's) would be "own" in both: then every
        // statement counts as foreign. In IRI order a prefix comes right before the names it begins.
        boolean nested = false;
        for (int i = 1; i < named.size(); i++) {
            nested |= named.get(i).getURI().startsWith(named.get(i - 1).getURI());
        }
        boolean owned = !nested;
        boolean[] blank = {false};
        List<String> keys = names.stream().map(graphKey).toList();
        List<List<ForeignStatements.Statement>> gathered = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Node name = names.get(i);
            boolean memo = owned && !Quad.isDefaultGraph(name) && keys.get(i).chars().noneMatch(Character::isWhitespace);
            List<ForeignStatements.Statement> known = memo ? foreign.known(keys.get(i)) : null;
            if (known == null) {
                boolean[] graphBlank = {false};
                known = gather(graph(dataset, name), name, owned, graphBlank);
                blank[0] |= graphBlank[0];
                memo &= !graphBlank[0];
            }
            if (memo) {
                foreign.record(keys.get(i), known);
            }
            gathered.add(known);
        }
        List<Piece> rdf12 = pieces(dataset, names, keys, gathered, false, owned);
        List<Piece> rdf11 = pieces(dataset, names, keys, gathered, true, owned);
        return new Pieces(rdf12, rdf11, blank[0]);
    }

    /** A graph's foreign statements, in both forms; {@code blank} set when it has statements Turtle cannot cut. */
    private static List<ForeignStatements.Statement> gather(Graph graph, Node name, boolean owned, boolean[] blank) {
        Map<String, ForeignStatements.Statement> found = new HashMap<>();
        graph.find().forEachRemaining(statement -> {
            if (!BlockTurtle.supports(List.of(statement))) {
                blank[0] = true;
            }
            if (!(owned && own(name, statement))) {
                add(found, statement, true);
            }
            for (Triple t : Rdf11.classic(statement)) {
                if (!BlockTurtle.supports(List.of(t))) {
                    blank[0] = true;
                }
                if (!(owned && own(name, t))) {
                    add(found, t, false);
                }
            }
        });
        return new ArrayList<>(found.values());
    }

    private static void add(Map<String, ForeignStatements.Statement> found, Triple t, boolean rdf12) {
        String digest = StatementHash.digest(t);
        String subject = t.getSubject().isURI() ? t.getSubject().getURI() : "";
        found.merge(digest, new ForeignStatements.Statement(digest, subject, rdf12, !rdf12),
                (a, b) -> new ForeignStatements.Statement(digest, subject, a.rdf12() || b.rdf12(),
                        a.rdf11() || b.rdf11()));
    }

    private static List<Piece> pieces(DatasetGraph dataset, List<Node> names, List<String> keys,
                                      List<List<ForeignStatements.Statement>> gathered, boolean rdf11, boolean owned) {
        Function<Triple, List<Triple>> form = rdf11 ? Rdf11::classic : List::of;
        // Foreign statements (by digest), each with the graphs (their places in names) that hold it.
        Map<String, List<Integer>> foreign = new HashMap<>();
        // Per graph, the subjects under its IRI that another graph's foreign statements have.
        Map<Integer, Set<String>> targeted = new TreeMap<>();
        TreeMap<String, Integer> byIri = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (!Quad.isDefaultGraph(names.get(i))) {
                byIri.put(names.get(i).getURI(), i);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            for (ForeignStatements.Statement s : gathered.get(i)) {
                if (rdf11 ? !s.rdf11() : !s.rdf12()) {
                    continue;
                }
                foreign.computeIfAbsent(s.digest(), k -> new ArrayList<>(1)).add(i);
                Map.Entry<String, Integer> under = owned && !s.subject().isEmpty() ? byIri.floorEntry(s.subject()) : null;
                if (under != null && s.subject().startsWith(under.getKey())) {
                    targeted.computeIfAbsent(under.getValue(), g -> new HashSet<>()).add(s.subject());
                }
            }
        }
        // A graph's own statement can be another graph's foreign one only where its subject is one of those: only
        // such graphs are read, for their statements under those subjects.
        targeted.forEach((at, subjects) -> graph(dataset, names.get(at)).find().forEachRemaining(statement -> {
            for (Triple t : form.apply(statement)) {
                if (t.getSubject().isURI() && subjects.contains(t.getSubject().getURI()) && own(names.get(at), t)) {
                    List<Integer> holders = foreign.get(StatementHash.digest(t));
                    if (holders != null && !holders.contains(at)) {
                        holders.add(at);
                    }
                }
            }
        }));
        List<Set<String>> left = new ArrayList<>();
        names.forEach(n -> left.add(new HashSet<>()));
        foreign.forEach((digest, holders) -> {
            if (holders.size() > 1) {
                int first = holders.stream().mapToInt(Integer::intValue).min().orElseThrow();
                holders.stream().filter(h -> h != first).forEach(h -> left.get(h).add(digest));
            }
        });
        List<Piece> pieces = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Node name = names.get(i);
            Set<String> without = left.get(i);
            String key = keys.get(i) + (without.isEmpty() ? "" : " " + StatementHash.ofDigests(without));
            pieces.add(new Piece(key, () -> statements(graph(dataset, name), rdf11, without)));
        }
        return pieces;
    }

    /** A graph's statements (in RDF 1.1 when asked), sorted, each once, less those with some digests. */
    private static List<Triple> statements(Graph graph, boolean rdf11, Set<String> without) {
        List<Triple> all = new ArrayList<>();
        graph.find().forEachRemaining(all::add);
        List<Triple> sorted = rdf11 ? Rdf11.sorted(all) : all;
        if (!without.isEmpty()) {
            sorted.removeIf(t -> without.contains(StatementHash.digest(t)));
        }
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
