package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SampleProject;

/** {@code newsgraph query}'s engine on a small built site: formats, the union default graph, refusals. */
class QueryRunnerTest {

    private static final String PREFIXES = "PREFIX schema: <https://schema.org/>\n";

    @TempDir
    static Path dir;

    private static SiteGraph graph;

    @BeforeAll
    static void buildSite() throws Exception {
        graph = SiteGraph.load(SampleProject.built(dir.resolve("p")).resolve("site"));
    }

    private static String run(String sparql, ResultFormat format) {
        return run(QueryPolicy.DEFAULT, sparql, format);
    }

    private static String run(QueryPolicy policy, String sparql, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(graph, policy).run(sparql, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void selectWithoutGraphSeesEveryArticleThroughTheUnionDefaultGraph() {
        String csv = run(PREFIXES + "SELECT ?title { ?a a schema:NewsArticle ; schema:headline ?title } ORDER BY ?title",
                ResultFormat.csv);
        assertEquals("title\r\nMicrosoft and OpenAI\r\nWalmart grows\r\n", csv);
    }

    @Test
    void namedGraphsAreTheArticles() {
        String tsv = run(PREFIXES + "SELECT ?g { GRAPH ?g { ?g a schema:NewsArticle } } ORDER BY ?g", ResultFormat.tsv);
        assertEquals("?g\n<http://localhost:8080/article/2025-01-02-deal/>\n<http://localhost:8080/article/2025-01-03-second/>\n",
                tsv);
    }

    @Test
    void entitiesMentionedByBothArticlesJoinAcrossGraphs() {
        String table = run(PREFIXES + """
                SELECT ?name { ?a schema:mentions ?e . ?b schema:mentions ?e . ?e schema:name ?name
                  FILTER(STR(?a) < STR(?b)) }""", ResultFormat.table);
        assertTrue(table.contains("\"Microsoft\""), table);
    }

    /**
     * Jena plans this by hash join, counting the whole cross product while planning, when its own timeout cannot
     * stop it (QueryBudget): on main it ran for minutes past a one-second budget.
     */
    @Test
    void aCountSubSelectJoinedToAPatternStopsAtTheBudgetThoughJenaCountsItWhilePlanning() {
        QueryPolicy strict = new QueryPolicy(Duration.ofSeconds(1), 50);
        String countJoined = "CONSTRUCT { ?s ?p ?n } WHERE { ?s ?p ?o { SELECT (COUNT(*) AS ?n) "
                + "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } } }";
        QueryRejectedException stopped = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofMinutes(2), () -> assertThrows(QueryRejectedException.class,
                        () -> run(strict, countJoined, ResultFormat.ttl)));
        assertTrue(stopped.getMessage().contains("ran longer than 1 s"), stopped.getMessage());
        // The budget was this query's: the next one, under the same policy, answers.
        assertEquals("yes", run(strict, PREFIXES + "ASK { ?e schema:name \"Walmart\" }", ResultFormat.table).strip());
    }

    @Test
    void askAndJson() {
        assertEquals("yes", run(PREFIXES + "ASK { ?e schema:name \"Walmart\" }", ResultFormat.table).strip());
        String json = run(PREFIXES + "ASK { ?e schema:name \"Nobody\" }", ResultFormat.json);
        assertTrue(json.contains("\"boolean\" : false"), json);
        String select = run(PREFIXES + "SELECT ?n { ?e schema:name ?n } LIMIT 1", ResultFormat.json);
        assertTrue(select.contains("\"vars\": [ \"n\" ]") || select.contains("\"vars\" : [ \"n\" ]"), select);
    }

    @Test
    void constructGivesTurtleThatParses() {
        String ttl = run(PREFIXES + "CONSTRUCT { ?e schema:name ?n } WHERE { ?e a schema:Organization ; schema:name ?n }",
                ResultFormat.ttl);
        var parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(parsed);
        assertTrue(parsed.size() >= 3, ttl);
        assertTrue(ttl.contains("schema:name"), "prefixes of the query are used: " + ttl);
    }

    @Test
    void rowLimitCutsLongResults() {
        String csv = run(new QueryPolicy(Duration.ofSeconds(10), 5), "SELECT * { ?s ?p ?o }", ResultFormat.csv);
        assertEquals(6, csv.split("\r\n").length, "header and five rows");
        String small = run(new QueryPolicy(Duration.ofSeconds(10), 5), "SELECT * { ?s ?p ?o } LIMIT 2", ResultFormat.csv);
        assertEquals(3, small.split("\r\n").length, "a smaller LIMIT of the query stays");
    }

    @Test
    void updatesAreRefused() {
        for (String update : new String[] {"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "CLEAR ALL",
                "LOAD <http://example.org/data.ttl>", "DELETE WHERE { ?s ?p ?o }"}) {
            QueryRejectedException e = assertThrows(QueryRejectedException.class, () -> run(update, ResultFormat.table));
            assertTrue(e.getMessage().contains("SPARQL Update"), e.getMessage());
        }
    }

    @Test
    void serviceIsRefusedEvenInsideExists() {
        for (String query : new String[] {"SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
                "SELECT * { { SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } }"}) {
            QueryRejectedException e = assertThrows(QueryRejectedException.class, () -> run(query, ResultFormat.table));
            assertTrue(e.getMessage().contains("SERVICE is refused"), query + " -> " + e.getMessage());
        }
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        QueryRejectedException e = assertThrows(QueryRejectedException.class,
                () -> run("SELECT ?s\nWHERE { ?s ?p }", ResultFormat.table));
        assertTrue(e.getMessage().contains("line 2, column"), e.getMessage());
    }

    @Test
    void syntaxErrorsPointAtTheQueryTextAndSayWhatWasExpected() {
        String missing = "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }";
        String message = assertThrows(QueryRejectedException.class, () -> run(missing, ResultFormat.table)).getMessage();
        assertTrue(message.startsWith("the query is not valid SPARQL at line 3, column 15: found \")\", expected one of "),
                message);
        assertTrue(message.endsWith("    FILTER(?o = ) }\n" + " ".repeat(2 + 14) + "^"), message);
        String unclosed = assertThrows(QueryRejectedException.class,
                () -> run("SELECT * WHERE { ?s ?p ?o ", ResultFormat.table)).getMessage();
        assertTrue(unclosed.contains("line 1, column 26: found the end of the query, expected one of "), unclosed);
        assertTrue(unclosed.lines().findFirst().orElseThrow().contains(" \"}\" "), unclosed);
        String typo = assertThrows(QueryRejectedException.class,
                () -> run("PREFIX schema: <https://schema.org/>\nSELEC ?s { ?s ?p ?o }", ResultFormat.table)).getMessage();
        assertTrue(typo.startsWith("the query is not valid SPARQL at line 2, column 1: found \"SELEC\""), typo);
        assertTrue(typo.endsWith("  SELEC ?s { ?s ?p ?o }\n  ^"), typo);
    }

    @Test
    void formatsThatDoNotFitTheResultAreRefused() {
        assertThrows(QueryRejectedException.class, () -> run("CONSTRUCT WHERE { ?s ?p ?o }", ResultFormat.csv));
        assertThrows(QueryRejectedException.class, () -> run("SELECT * { ?s ?p ?o }", ResultFormat.ttl));
    }

    @Test
    void aSiteWithoutGraphSaysToBuildFirst() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> SiteGraph.load(dir.resolve("nothing")));
        assertTrue(e.getMessage().contains("newsgraph build"), e.getMessage());
    }

    @Test
    void aFailedReloadKeepsTheOldGraph() throws Exception {
        Path site = dir.resolve("broken");
        SampleProject.copyTree(dir.resolve("p/site"), site);
        SiteGraph reloading = SiteGraph.load(site);
        Files.writeString(site.resolve(SiteGraph.TRIG), "this is not { TriG");
        assertThrows(java.io.IOException.class, () -> reloading.reload(site));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(reloading, QueryPolicy.DEFAULT).run("ASK { ?s ?p ?o }", ResultFormat.table, out);
        assertEquals("yes", out.toString(StandardCharsets.UTF_8).strip());
    }
}
