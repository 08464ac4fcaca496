package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SampleProject;
import picocli.CommandLine;

/** {@code newsgraph query} from the terminal, over a small built site. */
class QueryCommandTest {

    @TempDir
    static Path dir;

    private static Path site;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void build() throws Exception {
        site = SampleProject.built(dir.resolve("p")).resolve("site");
    }

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
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
                """, out.toString());
    }

    @Test
    void queryFromAFileAsCsv() throws Exception {
        Path file = dir.resolve("q.rq");
        Files.writeString(file, "PREFIX schema: <https://schema.org/>\nSELECT ?name { ?e a schema:Organization ; schema:name ?name "
                + "FILTER(?name = \"Walmart\") }");
        assertEquals(0, run("query", "--file", file.toString(), "--format", "csv", "--site", site.toString()));
        assertEquals("name\r\nWalmart\r\n", out.toString());
    }

    @Test
    void constructAsTurtle() {
        assertEquals(0, run("query", "--site", site.toString(), "--format", "ttl", "PREFIX schema: <https://schema.org/> "
                + "CONSTRUCT { ?e schema:name ?n } WHERE { ?e schema:name ?n FILTER(?n = \"Walmart\") }"));
        org.apache.jena.graph.Graph graph = org.apache.jena.riot.RDFParser.fromString(out.toString(),
                org.apache.jena.riot.Lang.TURTLE).toGraph();
        assertEquals(1, graph.size(), out.toString());
        assertTrue(graph.contains(org.apache.jena.graph.NodeFactory.createURI("http://localhost:8080/entity/walmart"),
                org.apache.jena.graph.NodeFactory.createURI("https://schema.org/name"),
                org.apache.jena.graph.NodeFactory.createLiteralString("Walmart")), out.toString());
    }

    @Test
    void anUpdateIsRefusedWithExitCodeOne() {
        assertEquals(1, run("query", "--site", site.toString(), "DELETE WHERE { ?s ?p ?o }"));
        assertTrue(err.toString().contains("SPARQL Update"), err.toString());
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("query", "--site", site.toString()));
        assertEquals(2, run("query", "--site", site.toString(), "--file", "x.rq", "ASK {}"));
        assertEquals(2, run("query", "--site", site.toString(), "--file", dir.resolve("missing.rq").toString()));
        assertEquals(2, run("query", "--site", dir.resolve("nosite").toString(), "ASK {}"));
        assertTrue(err.toString().contains("run 'newsgraph build' first"), err.toString());
    }
}
