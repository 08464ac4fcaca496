package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * A query looks at a graph store and leaves it as it found it: {@link SiteGraph#ifCurrent} closes a store it opened
 * that does not hold the site (another process, or a later build here, can then open it), and {@link SiteGraph#stored}
 * never deletes a database it did not load itself (a build's store, another program's), it says why and names the
 * folder.
 */
class SiteGraphStoreS26StoreTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    Path dir;

    @Test
    void ifCurrentClosesAStoreItOpenedThatDoesNotHoldTheSite() throws Exception {
        Path site = SampleProject.built(dir.resolve("p")).resolve("site");
        Path folder = dir.resolve("another-sites-store");
        GraphStore.open(folder).close();   // a store that holds no graph of this site, closed as a finished run leaves it
        assertFalse(GraphStore.openHere(folder));

        assertEquals(Optional.empty(), SiteGraph.ifCurrent(site, folder));
        assertFalse(GraphStore.openHere(folder), "the store was left open (TDB2's lock held) after only a look");
    }

    @Test
    void ifCurrentLeavesOpenAStoreThisProcessHadOpenBefore() throws Exception {
        Path site = SampleProject.built(dir.resolve("p")).resolve("site");
        Path folder = dir.resolve("served-store");
        try (GraphStore served = GraphStore.open(folder)) {
            assertEquals(Optional.empty(), SiteGraph.ifCurrent(site, folder));
            assertTrue(GraphStore.openHere(folder), "a serve's store must stay open for its builds");
            assertEquals(0L, (long) Txn.calculateRead(served.dataset(), () -> served.dataset().stream().count()),
                    "still usable");
        }
    }

    @Test
    void storedRefusesABuildsStoreThatDoesNotHoldTheSiteAndLeavesItWhole() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()));
        // Another base: the site is written again, and its store with it.
        BuildConfig config = BuildConfig.inFolder(project).withBase("http://localhost:8080/first/")
                .withStore(GraphStore.Use.ALWAYS);
        newsgraph.build(config);
        Path folder = config.storeFolder();
        long statements;
        try (GraphStore store = GraphStore.open(folder)) {
            assertTrue(store.holds(config.site()));
            statements = count(store.dataset());
        }
        // The site is built again without the store: the store now holds an older graph of it.
        newsgraph.build(config.withBase("http://localhost:8080/next/").withStore(GraphStore.Use.NEVER));

        IOException e = assertThrows(IOException.class, () -> SiteGraph.stored(config.site(), folder));
        assertTrue(e.getMessage().contains("the graph store " + folder + " was written by a build")
                && e.getMessage().contains("never replaces"), e.getMessage());
        assertFalse(GraphStore.openHere(folder), "let go of after the refusal");
        try (GraphStore store = GraphStore.open(folder)) {
            assertEquals(statements, count(store.dataset()), "the build's store is whole");
            assertFalse(store.holds(config.site()));
        }
        assertTrue(Files.notExists(folder.resolve(SiteGraph.LOADED_FROM)), "nothing of a query's own left in it");
    }

    @Test
    void storedRefusesADatabaseItDidNotLoad() throws Exception {
        Path site = SampleProject.built(dir.resolve("p")).resolve("site");
        Path folder = dir.resolve("someone-elses");
        DatasetGraph foreign = TDB2Factory.connectDataset(Location.create(folder.resolve("tdb2"))).asDatasetGraph();
        Quad quad = Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("kept"));
        Txn.executeWrite(foreign, () -> foreign.add(quad));
        TDBInternal.expel(foreign);

        IOException e = assertThrows(IOException.class, () -> SiteGraph.stored(site, folder));
        assertTrue(e.getMessage().startsWith(folder + " holds a TDB2 database that 'newsgraph query' did not load"),
                e.getMessage());
        DatasetGraph again = TDB2Factory.connectDataset(Location.create(folder.resolve("tdb2"))).asDatasetGraph();
        try {
            assertTrue(Txn.calculateRead(again, () -> again.contains(quad)), "the database is untouched");
            assertEquals(1L, count(again));
        } finally {
            TDBInternal.expel(again);
        }
    }

    @Test
    void storedLoadsAgainItsOwnDatabaseThatALoadLeftHalfDone() throws Exception {
        Path site = SampleProject.built(dir.resolve("p")).resolve("site");
        Path folder = dir.resolve("half-loaded");
        GraphStore.open(folder).close();   // an empty database, as a load killed at its start leaves it
        Files.writeString(folder.resolve(SiteGraph.LOADED_FROM), SiteGraph.LOADING);

        assertEquals(run(SiteGraph.load(site)), run(SiteGraph.stored(site, folder)));
        assertTrue(Files.readString(folder.resolve(SiteGraph.LOADED_FROM)).matches("[0-9a-f]{64}\n"));
    }

    private static long count(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> dataset.stream().count());
    }

    private static String run(SiteGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(graph, QueryPolicy.DEFAULT).run(COUNT, ResultFormat.csv, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
