package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

/**
 * A changed graph is synced by writing only the statements that differ (issue 16: the entity graph of a 10,000-article
 * archive, 17,296 entities, was deleted and written again whole on nearly every save); the store still ends holding
 * exactly the built graphs.
 */
class GraphSyncDifferenceS22ScaleTest {

    private static final Node ENTITIES = NodeFactory.createURI("http://localhost:8080/entities");
    private static final Node NAME = NodeFactory.createURI("https://schema.org/name");
    private static final Node VALUE = NodeFactory.createURI("https://schema.org/value");

    /** A transactional dataset that counts the statements written to it and deleted from it. */
    private static final class Counting extends DatasetGraphWrapper {
        final AtomicInteger added = new AtomicInteger();
        final AtomicInteger deleted = new AtomicInteger();

        Counting() {
            super(DatasetGraphFactory.createTxnMem());
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            added.incrementAndGet();
            super.add(g, s, p, o);
        }

        @Override
        public void add(org.apache.jena.sparql.core.Quad quad) {
            added.incrementAndGet();
            super.add(quad);
        }

        @Override
        public void delete(org.apache.jena.sparql.core.Quad quad) {
            deleted.incrementAndGet();
            super.delete(quad);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            deleted.incrementAndGet();
            super.delete(g, s, p, o);
        }

        @Override
        public void deleteAny(Node g, Node s, Node p, Node o) {
            // every statement matched counts as deleted
            find(g, s, p, o).forEachRemaining(q -> deleted.incrementAndGet());
            super.deleteAny(g, s, p, o);
        }
    }

    /** An entity graph of {@code entities} entities, each with a name and a value; {@code renamed} renamed. */
    private static DatasetGraph entityGraph(int entities, int renamed) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (int e = 0; e < entities; e++) {
            Node entity = NodeFactory.createURI("http://localhost:8080/entity/company-" + e + "/");
            dataset.add(ENTITIES, entity, NAME, NodeFactory.createLiteralString(
                    "Company " + e + (e == renamed ? " Holdings" : "")));
            dataset.add(ENTITIES, entity, VALUE, NodeFactory.createLiteralDT("12.50", XSDDatatype.XSDdecimal));
        }
        return dataset;
    }

    @Test
    void aGraphChangedInOneStatementIsSyncedByWritingThatStatementOnly() {
        Counting target = new Counting();
        GraphSync.sync(target, entityGraph(1_000, -1), "one", 100_000);
        assertEquals(2_000, target.added.get());
        target.added.set(0);
        DatasetGraph renamed = entityGraph(1_000, 7);
        assertEquals(new GraphStore.Sync(1, 0, 0), GraphSync.sync(target, renamed, "two", 100_000));
        assertEquals(1, target.added.get(), "the new name only");
        assertEquals(1, target.deleted.get(), "the old name only");
        assertEquals(GraphStoreTest.quads(canonical(renamed)), GraphStoreTest.quads(target));
    }

    @Test
    void randomChangesEndWithTheStoreHoldingTheBuiltGraphs() {
        Random random = new Random(22);
        Counting target = new Counting();
        for (int step = 0; step < 15; step++) {
            DatasetGraph next = entityGraph(1 + random.nextInt(40), random.nextInt(40));
            GraphStoreTest.built(1 + random.nextInt(10), random.nextInt(3)).find().forEachRemaining(next::add);
            GraphSync.sync(target, next, "step " + step, 1 + random.nextInt(80));
            assertEquals(GraphStoreTest.quads(canonical(next)), GraphStoreTest.quads(target), "step " + step);
        }
    }

    /** The built graphs as the store holds them: decimals in their canonical form. */
    private static DatasetGraph canonical(DatasetGraph built) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        built.find().forEachRemaining(q -> copy.add(q.getGraph(), q.getSubject(), q.getPredicate(),
                GraphSync.canonical(q.getObject())));
        return copy;
    }
}
