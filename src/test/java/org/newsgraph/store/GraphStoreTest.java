package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph store follows the builds: only changed graphs replaced, graphs gone removed, a stopped sync finished. */
class GraphStoreTest {

    @TempDir
    Path dir;

    /** A built dataset: {@code articles} named graphs of a few statements each, {@code version} in their values. */
    static DatasetGraph built(int articles, int version) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (int a = 0; a < articles; a++) {
            Node g = NodeFactory.createURI("http://localhost:8080/article/a" + a + "/");
            for (int s = 0; s < 5; s++) {
                dataset.add(g, NodeFactory.createURI("http://localhost:8080/article/a" + a + "/#s" + s),
                        NodeFactory.createURI("https://schema.org/value"), NodeFactory.createLiteralString(a + "-" + s
                                + (a % 3 == 0 ? "-v" + version : "")));
            }
        }
        return dataset;
    }

    /** Every quad of the named graphs, as text, sorted. */
    static Set<String> quads(DatasetGraph dataset) {
        Set<String> quads = new TreeSet<>();
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(q -> {
            if (!Quad.isDefaultGraph(q.getGraph())) {
                quads.add(q.toString());
            }
        }));
        return quads;
    }

    private static Set<String> plain(DatasetGraph dataset) {
        Set<String> quads = new TreeSet<>();
        dataset.find().forEachRemaining(q -> {
            if (!Quad.isDefaultGraph(q.getGraph())) {
                quads.add(q.toString());
            }
        });
        return quads;
    }

    @Test
    void replacesOnlyTheGraphsThatChangedAndRemovesTheOnesGone() {
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        DatasetGraph first = built(30, 1);
        assertEquals(new GraphStore.Sync(30, 0, 0), GraphSync.sync(target, first, "one", 100));
        assertEquals(plain(first), quads(target));
        assertEquals("one", GraphSync.stamp(target));

        DatasetGraph second = built(25, 2);   // five articles deleted, every third one edited
        GraphStore.Sync sync = GraphSync.sync(target, second, "two", 100);
        assertEquals(new GraphStore.Sync(9, 5, 16), sync);
        assertEquals(plain(second), quads(target));
        assertEquals("two", GraphSync.stamp(target));

        assertEquals(new GraphStore.Sync(0, 0, 25), GraphSync.sync(target, second, "two", 100), "nothing to do");
    }

    @Test
    void takesTheGraphHashesTheRenderComputedInsteadOfHashingAgain() {
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        GraphSync.sync(target, built(10, 1), "one", 100);
        DatasetGraph second = built(10, 2);
        // Hashes as the render computed them from the first version: the sync trusts them, so finds nothing changed.
        DatasetGraph first = built(10, 1);
        org.newsgraph.graph.GraphHashes firstHashes = new org.newsgraph.graph.GraphHashes(first);
        second.listGraphNodes().forEachRemaining(firstHashes::of);
        assertEquals(new GraphStore.Sync(0, 0, 10), GraphSync.sync(target, second, "one", 100, firstHashes));
        // The second version's own hashes: its edited graphs are replaced.
        assertEquals(new GraphStore.Sync(4, 0, 6), GraphSync.sync(target, second, "two", 100,
                new org.newsgraph.graph.GraphHashes(second)));
        assertEquals(plain(second), quads(target));
    }

    @Test
    void aStoppedSyncLeavesWholeGraphsAndNoStampAndTheNextOneFinishes() {
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        GraphSync.sync(target, built(40, 1), "one", 12);
        DatasetGraph next = built(40, 2);
        RuntimeException stop = new RuntimeException("killed");
        assertThrows(RuntimeException.class, () -> GraphSync.sync(target, next, "two", 12, done -> {
            if (done == 2) {
                throw stop;
            }
        }));
        assertNull(GraphSync.stamp(target), "an unfinished sync leaves no stamp");
        DatasetGraph old = built(40, 1);
        int oldOnes = 0;
        int newOnes = 0;
        for (int a = 0; a < 40; a++) {
            Node graph = NodeFactory.createURI("http://localhost:8080/article/a" + a + "/");
            Set<String> mine = graph(target, graph);
            assertFalse(mine.isEmpty());
            boolean isOld = mine.equals(graph(old, graph));
            boolean isNew = mine.equals(graph(next, graph));
            assertTrue(isOld || isNew, "graph " + a + " is whole, old or new");
            oldOnes += isOld && !isNew ? 1 : 0;
            newOnes += isNew && !isOld ? 1 : 0;
        }
        assertTrue(oldOnes > 0 && newOnes > 0, "stopped half way: " + oldOnes + " old, " + newOnes + " new");
        Set<String> fresh = plain(next);
        Set<String> now = quads(target);
        assertFalse(now.equals(fresh));
        GraphSync.sync(target, next, "two", 12);
        assertEquals(fresh, quads(target));
        assertEquals("two", GraphSync.stamp(target));
    }

    private static Set<String> graph(DatasetGraph dataset, Node graph) {
        Set<String> quads = new TreeSet<>();
        Runnable read = () -> dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> quads.add(q.toString()));
        if (dataset.supportsTransactions()) {
            Txn.executeRead(dataset, read);
        } else {
            read.run();
        }
        return quads;
    }

    @Test
    void aStoreOnDiskHoldsTheSiteItWasSyncedWithAndIsSharedInOneProcess() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve(".newsgraph-keys"), "k1 data/graph.trig\nk0 index.html\n");
        Path folder = dir.resolve(GraphStore.FOLDER);
        assertFalse(GraphStore.exists(folder));
        assertTrue(GraphStore.wanted(GraphStore.Use.AUTO, folder, GraphStore.AUTOMATIC_ABOVE + 1));
        assertFalse(GraphStore.wanted(GraphStore.Use.AUTO, folder, 10));
        GraphStore store = GraphStore.open(folder);
        assertFalse(store.holds(site));
        store.sync(built(10, 1), site);
        assertTrue(store.holds(site));
        assertTrue(GraphStore.wanted(GraphStore.Use.AUTO, folder, 10), "a store that exists is kept");
        assertFalse(GraphStore.wanted(GraphStore.Use.NEVER, folder, GraphStore.AUTOMATIC_ABOVE + 1));
        assertEquals(plain(built(10, 1)), quads(GraphStore.open(folder).dataset()), "one connection per process");

        Files.writeString(site.resolve(".newsgraph-keys"), "k2 data/graph.trig\n");
        assertFalse(store.holds(site), "a site built since is not what the store holds");
        store.sync(built(10, 2), site);
        assertTrue(store.holds(site));
        assertEquals(plain(built(10, 2)), quads(store.dataset()));
    }

    @Test
    void aReplacedGraphOnDiskKeepsNoOldDecimals() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve(".newsgraph-keys"), "k1 data/graph.trig\n");
        Node g = NodeFactory.createURI("http://localhost:8080/article/a/");
        Node s = NodeFactory.createURI("http://localhost:8080/article/a/#figure-1");
        Node value = NodeFactory.createURI("https://schema.org/value");
        try (GraphStore store = GraphStore.open(dir.resolve("decimals"))) {
            for (String lexical : List.of("12", "4500000000", "1.50", "7")) {
                DatasetGraph built = DatasetGraphFactory.create();
                built.add(g, s, value, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal));
                Files.writeString(site.resolve(".newsgraph-keys"), "k-" + lexical + " data/graph.trig\n");
                store.sync(built, site);
                List<String> values = new ArrayList<>();
                Txn.executeRead(store.dataset(), () -> store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY)
                        .forEachRemaining(q -> values.add(q.getObject().getLiteralLexicalForm())));
                assertEquals(1, values.size(), lexical + ": " + values);
                assertEquals(0, new BigDecimal(lexical).compareTo(new BigDecimal(values.get(0))), values.toString());
            }
        }
    }

    @Test
    void decimalsAreWrittenInTheirCanonicalForm() {
        assertEquals("12.0", GraphSync.canonical(NodeFactory.createLiteralDT("12", XSDDatatype.XSDdecimal))
                .getLiteralLexicalForm());
        assertEquals("1.5", GraphSync.canonical(NodeFactory.createLiteralDT("1.50", XSDDatatype.XSDdecimal))
                .getLiteralLexicalForm());
        assertEquals("4500000000.0", GraphSync.canonical(NodeFactory.createLiteralDT("4.5E9", XSDDatatype.XSDdecimal))
                .getLiteralLexicalForm());
        Node text = NodeFactory.createLiteralString("12");
        assertEquals(text, GraphSync.canonical(text));
    }

    @Test
    void randomSequencesOfBuildsEndEqualToTheLastOne() {
        Random random = new Random(16);
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        for (int step = 0; step < 20; step++) {
            DatasetGraph next = built(1 + random.nextInt(30), random.nextInt(4));
            GraphSync.sync(target, next, "step " + step, 1 + random.nextInt(60));
            assertEquals(plain(next), quads(target), "step " + step);
        }
    }
}
