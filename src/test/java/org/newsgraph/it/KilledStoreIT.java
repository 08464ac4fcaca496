package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.QueryRunner;
import org.newsgraph.sparql.ResultFormat;
import org.newsgraph.sparql.SiteGraph;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.GraphSync;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.StandInBuild;
import org.newsgraph.testing.TestGazetteer;

/**
 * Kills a process that builds with the graph store (SIGKILL, mid-render or mid-sync, small transactions so that a
 * sync takes several) at random moments: every article graph in the store is then whole, and the next build
 * brings the store back to the site's graph, which {@code query} then answers from.
 */
class KilledStoreIT {

    private static final List<String> QUERIES = List.of(
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
            "PREFIX schema: <https://schema.org/> SELECT ?title { ?a schema:headline ?title } ORDER BY ?title");

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesWholeArticleGraphsAndTheNextBuildRecovers() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        for (int n = 1; n <= 6; n++) {
            SampleProject.write(project.resolve("articles/2025-02-0" + n + "-more.md"), "---\ntitle: More " + n
                    + "\ndate: 2025-02-0" + n + "\n---\nMicrosoft and Walmart opened " + n + " stores in Berlin.\n");
        }
        Path site = project.resolve("site");
        Path folder = project.resolve(GraphStore.FOLDER);
        Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()));
        Random random = new Random(16);
        int unfinished = 0;
        for (int kill = 0; kill < 6; kill++) {
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dnewsgraph.store.quads-per-transaction=40", "-cp", System.getProperty("java.class.path"),
                    StandInBuild.class.getName(), project.toString(), "--store").redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("built ")) {
                // Until one build (and its sync) is done, so that the kill lands in later ones.
            }
            Thread.sleep(random.nextInt(2500));
            build.destroyForcibly();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS));
            if (!Files.exists(site)) {
                StagedOutput.open(site).close();   // killed mid-swap: the previous site is put back (KilledBuildIT)
            }
            DatasetGraph built = trig(site);
            try (GraphStore store = GraphStore.open(folder)) {
                DatasetGraph kept = store.dataset();
                if (GraphSync.stamp(kept) == null) {
                    unfinished++;
                }
                if (store.holds(site)) {
                    assertSameQuads(graphs(built), Txn.calculateRead(kept, () -> graphs(kept, built)),
                            "a store stamped with the site's key holds its graph");
                }
                for (Node name : names(built)) {
                    Set<String> stored = Txn.calculateRead(kept, () -> quads(kept, name));
                    assertTrue(stored.isEmpty() || stored.equals(quads(built, name)), "article graph " + name
                            + " is whole");
                }
            }
            // The next build (under a base of its own, so that it renders) brings the store back.
            BuildConfig config = BuildConfig.inFolder(project).withBase("http://localhost:8080/next" + kill + "/")
                    .withStore(GraphStore.Use.ALWAYS);
            newsgraph.build(config);
            try (GraphStore store = GraphStore.open(folder)) {
                assertTrue(store.holds(site), "recovered");
                DatasetGraph kept = store.dataset();
                assertSameQuads(graphs(trig(site)), Txn.calculateRead(kept, () -> graphs(kept)),
                        "after the next build the store holds the site's graph and nothing else");
                for (String query : QUERIES) {
                    assertEquals(inMemory(site, query), viaStore(site, query), query);
                }
            }
        }
        System.out.println("KilledStoreIT: " + unfinished + " of 6 kills landed inside a sync");
    }

    private static void assertSameQuads(Set<String> expected, Set<String> actual, String message) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> message + ": " + missing.size() + " missing, e.g. "
                + missing.stream().limit(3).toList() + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
    }

    private static DatasetGraph trig(Path site) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/graph.trig")).lang(Lang.TRIG).parse(dataset);
        return dataset;
    }

    private static List<Node> names(DatasetGraph dataset) {
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> quads(DatasetGraph dataset, Node name) {
        Set<String> quads = new TreeSet<>();
        dataset.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> quads.add(q.getGraph() + " "
                + q.getSubject() + " " + q.getPredicate() + " " + value(q.getObject())));
        return quads;
    }

    /** TDB2 keeps decimals by value ("4500000000" comes back as "4500000000.0"): compared by value. */
    private static String value(Node object) {
        if (object.isLiteral() && XSDDatatype.XSDdecimal.getURI().equals(object.getLiteralDatatypeURI())) {
            return new BigDecimal(object.getLiteralLexicalForm()).stripTrailingZeros().toPlainString() + "^^decimal";
        }
        return object.toString();
    }

    private static Set<String> graphs(DatasetGraph dataset) {
        Set<String> all = new TreeSet<>();
        for (Node name : names(dataset)) {
            all.addAll(quads(dataset, name));
        }
        return all;
    }

    /** The store's statements in the graphs the site has (a finished sync may be one build ahead of a killed swap). */
    private static Set<String> graphs(DatasetGraph kept, DatasetGraph built) {
        Set<String> all = new TreeSet<>();
        for (Node name : names(built)) {
            all.addAll(quads(kept, name));
        }
        return all;
    }

    private static String inMemory(Path site, String query) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(SiteGraph.load(site), QueryPolicy.DEFAULT).run(query, ResultFormat.csv, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String viaStore(Path site, String query) throws Exception {
        Path trig = site.resolve("data/graph.trig");
        Path aside = site.resolveSibling("graph.trig.aside");
        Files.move(trig, aside);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Newsgraph.query(site, query, ResultFormat.csv, QueryPolicy.DEFAULT, out);   // the TriG is gone: the store answers
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            Files.move(aside, trig);
        }
    }
}
