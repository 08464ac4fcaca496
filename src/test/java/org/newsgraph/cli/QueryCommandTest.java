package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.SampleProject;

/** {@code newsgraph query} from the terminal, over a small built site. */
class QueryCommandTest {

    @TempDir
    static Path dir;

    private static Path site;
    private final Cli cli = new Cli();

    @BeforeAll
    static void build() throws Exception {
        site = SampleProject.built(dir.resolve("p")).resolve("site");
    }

    private int run(String... args) {
        return cli.exec(args);
    }

    @Test
    void selectAsATable() {
        assertEquals(0, run("query", "--site", site.toString(),
                "PREFIX schema: <https://schema.org/> SELECT ?title { ?a schema:headline ?title } ORDER BY ?title"));
        assertEquals("""
                --------------------------
                | title                  |
                ==========================
                | "Microsoft and OpenAI" |
                | "Walmart grows"        |
                --------------------------
                """, cli.out());
    }

    @Test
    void withAStoreTheGraphIsLoadedIntoTdb2OnceAndQueriedFromThere() {
        Path store = dir.resolve("store");
        String query = "PREFIX schema: <https://schema.org/> SELECT ?title { ?a schema:headline ?title } ORDER BY ?title";
        for (int run = 0; run < 2; run++) {
            assertEquals(0, run("query", "--site", site.toString(), "--store", store.toString(), "--format", "csv", query));
            assertEquals("title\r\nMicrosoft and OpenAI\r\nWalmart grows\r\n", cli.out());
        }
        assertTrue(Files.isDirectory(store.resolve("tdb2")), "a TDB2 database in the store folder");
    }

    @Test
    void queryFromAFileAsCsv() throws Exception {
        Path file = dir.resolve("q.rq");
        Files.writeString(file, "PREFIX schema: <https://schema.org/>\nSELECT ?name { ?e a schema:Organization ; schema:name ?name "
                + "FILTER(?name = \"Walmart\") }");
        assertEquals(0, run("query", "--file", file.toString(), "--format", "csv", "--site", site.toString()));
        assertEquals("name\r\nWalmart\r\n", cli.out());
    }

    @Test
    void constructAsTurtle() {
        assertEquals(0, run("query", "--site", site.toString(), "--format", "ttl", "PREFIX schema: <https://schema.org/> "
                + "CONSTRUCT { ?e schema:name ?n } WHERE { ?e schema:name ?n FILTER(?n = \"Walmart\") }"));
        org.apache.jena.graph.Graph graph = org.apache.jena.riot.RDFParser.fromString(cli.out(),
                org.apache.jena.riot.Lang.TURTLE).toGraph();
        assertEquals(1, graph.size(), cli.out());
        assertTrue(graph.contains(org.apache.jena.graph.NodeFactory.createURI("http://localhost:8080/entity/walmart/"),
                org.apache.jena.graph.NodeFactory.createURI("https://schema.org/name"),
                org.apache.jena.graph.NodeFactory.createLiteralString("Walmart")), cli.out());
    }

    @Test
    void anUpdateIsRefusedWithExitCodeOne() {
        assertEquals(1, run("query", "--site", site.toString(), "DELETE WHERE { ?s ?p ?o }"));
        assertTrue(cli.err().contains("SPARQL Update"), cli.err());
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("query", "--site", site.toString()));
        assertEquals(2, run("query", "--site", site.toString(), "--file", "x.rq", "ASK {}"));
        assertEquals(2, run("query", "--site", site.toString(), "--file", dir.resolve("missing.rq").toString()));
        assertEquals(2, run("query", "--site", dir.resolve("nosite").toString(), "ASK {}"));
        assertTrue(cli.err().contains("run 'newsgraph build' first"), cli.err());
    }
}
