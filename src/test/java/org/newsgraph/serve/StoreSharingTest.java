package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.BuildReport;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.QueryRunner;
import org.newsgraph.sparql.SiteGraph;
import org.newsgraph.sparql.ResultFormat;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/** {@code build --store} keeps the graph in TDB2; {@code query} opens that store; {@code serve} shares and updates it. */
class StoreSharingTest {

    private static final String COUNT = "PREFIX schema: <https://schema.org/> "
            + "SELECT (COUNT(?a) AS ?n) { ?a a schema:NewsArticle }";

    @TempDir
    Path dir;

    private final Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()));

    private static String query(Path site, String sparql) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Newsgraph.query(site, sparql, ResultFormat.csv, QueryPolicy.DEFAULT, out);
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void buildKeepsTheStoreQueryOpensItServeSharesIt() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        Path site = project.resolve("site");
        String inMemory = query(site, COUNT);
        assertEquals("n\r\n2", inMemory);
        BuildConfig config = BuildConfig.inFolder(project).withStore(GraphStore.Use.ALWAYS);
        StagedSiteChange.touch(project.resolve("templates/index.html"));   // the site is up to date: render again
        BuildReport report = newsgraph.build(config);
        assertTrue(report.notices().stream().anyMatch(n -> n.contains("graph store") && n.contains("replaced")),
                report.notices().toString());
        Path folder = project.resolve(GraphStore.FOLDER);
        assertEquals(config.storeFolder(), folder);
        try (GraphStore store = GraphStore.open(folder)) {
            assertTrue(store.holds(site));
        }

        // query reads the store, not the TriG: with the TriG gone it still answers.
        Path trig = site.resolve("data/graph.trig");
        Path aside = dir.resolve("graph.trig");
        Files.move(trig, aside);
        assertEquals(inMemory, query(site, COUNT));
        Files.move(aside, trig);

        // serve on the store: a saved article is in SPARQL after its rebuild, and the store holds the new site.
        DevServer server = new DevServer(newsgraph, new DevServer.Settings(config, 0,
                new QueryPolicy(org.newsgraph.testing.TimedOutQueries.GENEROUS, 10_000)),
                new PrintWriter(new StringWriter(), true));
        server.start();
        try {
            assertEquals("n\r\n2", sparql(server, COUNT));
            long builds = server.build();
            long finished = server.builds();
            SampleProject.write(project.resolve("articles/2025-01-04-third.md"),
                    "---\ntitle: Walmart again\ndate: 2025-01-04\n---\nWalmart opened two more stores.\n");
            // Woken by each build that finishes, not on a clock; five minutes without one means none is coming.
            while (server.build() == builds) {
                long now = server.awaitBuildAfter(finished, Duration.ofMinutes(5));
                if (now == finished) {
                    break;
                }
                finished = now;
            }
            assertTrue(server.build() > builds, "rebuilt after the save");
            assertEquals("n\r\n3", sparql(server, COUNT));
            assertTrue(GraphStore.open(folder).holds(site), "the rebuild updated the store");
        } finally {
            server.close();
        }
        assertEquals("n\r\n3", query(site, COUNT));

        // Without the store, a site built since does not use the stale store.
        SampleProject.write(project.resolve("articles/2025-01-05-fourth.md"),
                "---\ntitle: Fourth\ndate: 2025-01-05\n---\nMicrosoft opened an office.\n");
        newsgraph.build(config.withStore(GraphStore.Use.NEVER));
        try (GraphStore store = GraphStore.open(folder)) {
            assertFalse(store.holds(site));
        }
        assertEquals("n\r\n4", query(site, COUNT));
    }

    @Test
    void queryFindsTheStoreOfABuildWithACustomCache() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        Path site = project.resolve("site");
        BuildConfig defaults = BuildConfig.inFolder(project);
        Path cache = dir.resolve("elsewhere/cache");
        BuildConfig config = new BuildConfig(defaults.articles(), site, defaults.templates(), defaults.base(), cache,
                defaults.settings()).withStore(GraphStore.Use.ALWAYS);
        StagedSiteChange.touch(project.resolve("templates/index.html"));
        newsgraph.build(config);
        Path folder = dir.resolve("elsewhere").resolve(GraphStore.FOLDER);
        assertTrue(GraphStore.exists(folder), "the store is beside the custom cache");
        assertFalse(Files.exists(project.resolve(GraphStore.FOLDER)), "and not beside the site");
        assertEquals(folder.toAbsolutePath().normalize(), GraphStore.folderOf(site));

        // query reads that store, not the TriG: with the TriG gone it still answers.
        Path trig = site.resolve("data/graph.trig");
        Path aside = dir.resolve("graph.trig");
        Files.move(trig, aside);
        try {
            assertEquals("n\r\n2", query(site, COUNT));
        } finally {
            Files.move(aside, trig);
            GraphStore.open(folder).close();
        }
    }

    @Test
    void decimalsReadTheSameFromTheStoreAsFromTheGraphInMemory() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        Path site = project.resolve("site");
        StagedSiteChange.touch(project.resolve("templates/index.html"));
        newsgraph.build(BuildConfig.inFolder(project).withStore(GraphStore.Use.ALWAYS));
        Path folder = project.resolve(GraphStore.FOLDER);
        String select = "PREFIX schema: <https://schema.org/> SELECT ?f ?v { ?f schema:value ?v } ORDER BY ?f ?v";
        String construct = "PREFIX schema: <https://schema.org/> CONSTRUCT { ?f schema:value ?v } { ?f schema:value ?v }";
        try (GraphStore store = GraphStore.open(folder)) {
            assertTrue(store.holds(site), "the query below reads the store");
            SiteGraph memory = SiteGraph.load(site);
            String fromStore = query(site, select);
            String fromMemory = run(memory, select, ResultFormat.csv);
            assertTrue(fromMemory.lines().anyMatch(l -> l.matches(".*,[0-9]+")),
                    "the sample has a whole-number value, which the store keeps as 12.0: " + fromMemory);
            assertEquals(fromMemory, fromStore);
            // As sets of triples (terms compared with their lexical forms): the two graphs list them in other orders.
            assertEquals(triples(run(memory, construct, ResultFormat.ttl)),
                    triples(run(SiteGraph.of(store), construct, ResultFormat.ttl)));
            assertEquals(run(memory, select, ResultFormat.json), run(SiteGraph.of(store), select, ResultFormat.json));
        }
    }

    private static java.util.Set<org.apache.jena.graph.Triple> triples(String turtle) {
        org.apache.jena.graph.Graph graph = org.apache.jena.riot.RDFParser.fromString(turtle,
                org.apache.jena.riot.Lang.TURTLE).toGraph();
        java.util.Set<org.apache.jena.graph.Triple> triples = new java.util.HashSet<>(graph.find().toList());
        assertFalse(triples.isEmpty(), turtle);
        return triples;
    }

    private static String run(SiteGraph graph, String sparql, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(graph, QueryPolicy.DEFAULT).run(sparql, format, out);
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private static String sparql(DevServer server, String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + server.port() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        return response.body().strip();
    }

    /** Makes a file newer, so that the build's input stamp changes. */
    private static final class StagedSiteChange {
        static void touch(Path file) throws Exception {
            Files.writeString(file, Files.readString(file) + "\n");
        }
    }
}
