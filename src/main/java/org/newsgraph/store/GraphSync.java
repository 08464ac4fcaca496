package org.newsgraph.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.graph.GraphHashes;

/**
 * Brings a transactional dataset (TDB2 on disk, or Jena's transactional memory) to hold exactly the named graphs of
 * a freshly built one, replacing only the graphs whose statements changed. The target's default graph holds the
 * bookkeeping, which a union-default-graph view never shows: a hash of each named graph ({@link StatementHash}) and
 * the stamp of the build it last finished (null while a sync is under way or was killed).
 *
 * <p>Each changed named graph is brought to its new statements inside one write transaction (never half an article;
 * only the statements that differ are written: {@link #replace}); graphs are grouped
 * into transactions of about {@code quadsPerTransaction} statements; the stamp is set in the last one. A sync that is
 * killed leaves every graph either old or new and no stamp; the next sync finishes the work.
 */
public final class GraphSync {

    /** Subjects and properties of the bookkeeping statements; never IRIs of a site. */
    static final Node STORE = NodeFactory.createURI("urn:newsgraph:store");
    static final Node KEY = NodeFactory.createURI("urn:newsgraph:store:graph-key");
    static final Node STAMP = NodeFactory.createURI("urn:newsgraph:store:stamp");

    /** Called between transactions (tests stop a sync there). */
    interface Checkpoint {
        void reached(int transactions);
    }

    private GraphSync() {
    }

    /**
     * A decimal in its canonical form ("12" as "12.0"), the form TDB2 gives back anyway: TDB2 (Jena 5.6) keeps
     * "12"^^xsd:decimal so that {@code deleteAny} no longer finds it, and a replaced graph would keep its old values.
     */
    static Node canonical(Node object) {
        if (!object.isLiteral() || !XSDDatatype.XSDdecimal.getURI().equals(object.getLiteralDatatypeURI())) {
            return object;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(object.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return object;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String lexical = stripped.scale() <= 0 ? stripped.toBigInteger() + ".0" : stripped.toPlainString();
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    /** The stamp of the last finished sync, or null. */
    public static String stamp(DatasetGraph target) {
        return Txn.calculateRead(target, () -> {
            var it = target.getDefaultGraph().find(STORE, STAMP, Node.ANY);
            try {
                return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
            } finally {
                it.close();
            }
        });
    }

    /** Whether the target's default graph holds any of a sync's bookkeeping (a graph's hash or the stamp). */
    static boolean hasBookkeeping(DatasetGraph target) {
        return Txn.calculateRead(target, () -> {
            var it = target.getDefaultGraph().find(STORE, STAMP, Node.ANY);
            var keys = target.getDefaultGraph().find(Node.ANY, KEY, Node.ANY);
            try {
                return it.hasNext() || keys.hasNext();
            } finally {
                it.close();
                keys.close();
            }
        });
    }

    /**
     * Records the hash of each named graph {@code target} was just loaded with, when the build that wrote what it was
     * loaded from recorded one ({@code hashes}: graph IRI -> {@link GraphHashes} hash): the next {@link #sync}
     * replaces only the graphs whose statements changed since, instead of every graph. Call it inside the write
     * transaction that loaded them; graphs with no recorded hash are replaced by the next sync as before.
     */
    public static void recordHashes(DatasetGraph target, Map<String, String> hashes) {
        Graph bookkeeping = target.getDefaultGraph();
        List<Node> names = new ArrayList<>();
        target.listGraphNodes().forEachRemaining(names::add);
        for (Node name : names) {
            String hash = name.isURI() ? hashes.get(name.getURI()) : null;
            if (hash != null) {
                bookkeeping.remove(name, KEY, Node.ANY);
                bookkeeping.add(name, KEY, NodeFactory.createLiteralString(hash));
            }
        }
    }

    public static GraphStore.Sync sync(DatasetGraph target, DatasetGraph built, String stamp, long quadsPerTransaction) {
        return sync(target, built, stamp, quadsPerTransaction, new GraphHashes(built));
    }

    /** The same with the built graphs' hashes as the render computed them (each graph is hashed once per build). */
    public static GraphStore.Sync sync(DatasetGraph target, DatasetGraph built, String stamp, long quadsPerTransaction,
                                       GraphHashes hashes) {
        return sync(target, built, stamp, quadsPerTransaction, hashes, transactions -> { });
    }

    static GraphStore.Sync sync(DatasetGraph target, DatasetGraph built, String stamp, long quadsPerTransaction,
                       Checkpoint checkpoint) {
        return sync(target, built, stamp, quadsPerTransaction, new GraphHashes(built), checkpoint);
    }

    private static GraphStore.Sync sync(DatasetGraph target, DatasetGraph built, String stamp,
                                        long quadsPerTransaction, GraphHashes hashes, Checkpoint checkpoint) {
        Objects.requireNonNull(stamp, "stamp");
        Map<Node, String> stored = new HashMap<>();
        Set<Node> storedNames = new LinkedHashSet<>();
        Txn.executeRead(target, () -> {
            target.getDefaultGraph().find(Node.ANY, KEY, Node.ANY).forEachRemaining(t ->
                    stored.put(t.getSubject(), t.getObject().getLiteralLexicalForm()));
            target.listGraphNodes().forEachRemaining(storedNames::add);
        });
        List<Node> names = new ArrayList<>();
        built.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::toString));
        Map<Node, String> keys = new ConcurrentHashMap<>();
        names.parallelStream().forEach(n -> keys.put(n, hashes.of(n)));
        List<Node> changed = names.stream().filter(n -> !keys.get(n).equals(stored.get(n))).toList();
        Set<Node> gone = new LinkedHashSet<>(storedNames);
        gone.addAll(stored.keySet());
        gone.removeAll(keys.keySet());
        if (changed.isEmpty() && gone.isEmpty() && stamp.equals(stamp(target))) {
            return new GraphStore.Sync(0, 0, names.size());
        }
        // Batches of whole graphs; graphs gone go with the first batch.
        List<List<Node>> batches = new ArrayList<>();
        List<Node> batch = new ArrayList<>();
        long size = 0;
        for (Node name : changed) {
            batch.add(name);
            size += built.getGraph(name).size();
            if (size >= quadsPerTransaction) {
                batches.add(batch);
                batch = new ArrayList<>();
                size = 0;
            }
        }
        batches.add(batch);
        if (batches.size() > 1) {
            // Work that takes several transactions: until the last one, the store is marked unfinished.
            Txn.executeWrite(target, () -> target.getDefaultGraph().remove(STORE, STAMP, Node.ANY));
        }
        for (int i = 0; i < batches.size(); i++) {
            List<Node> graphs = batches.get(i);
            boolean first = i == 0;
            boolean last = i == batches.size() - 1;
            Txn.executeWrite(target, () -> {
                Graph bookkeeping = target.getDefaultGraph();
                if (first) {
                    for (Node name : gone) {
                        target.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                        bookkeeping.remove(name, KEY, Node.ANY);
                    }
                }
                for (Node name : graphs) {
                    replace(target, name, built.getGraph(name));
                    bookkeeping.remove(name, KEY, Node.ANY);
                    bookkeeping.add(name, KEY, NodeFactory.createLiteralString(keys.get(name)));
                }
                if (last) {
                    bookkeeping.remove(STORE, STAMP, Node.ANY);
                    bookkeeping.add(STORE, STAMP, NodeFactory.createLiteralString(stamp));
                }
            });
            checkpoint.reached(i + 1);
        }
        return new GraphStore.Sync(changed.size(), gone.size(), names.size() - changed.size());
    }

    /**
     * Makes the target's graph {@code name} hold exactly {@code graph}'s statements (objects {@link #canonical}) by
     * writing only the difference: the statements it holds that the graph no longer has are deleted, the graph's
     * statements it does not hold are added, in the graph's order. Reading a graph back costs far less than writing
     * it: the entity graph, which nearly every change touches in a few statements (17,296 entities at 10,000
     * articles), was deleted and written again whole, a sixth of a save under serve. A statement the store gives back
     * in another form than it was given is deleted in that form and added again: the result is the same.
     */
    static void replace(DatasetGraph target, Node name, Graph graph) {
        Set<Triple> wanted = new LinkedHashSet<>();
        graph.find().forEachRemaining(t -> wanted.add(
                Triple.create(t.getSubject(), t.getPredicate(), canonical(t.getObject()))));
        List<Quad> stale = new ArrayList<>();
        target.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!wanted.remove(q.asTriple())) {
                stale.add(q);
            }
        });
        stale.forEach(target::delete);
        wanted.forEach(t -> target.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
