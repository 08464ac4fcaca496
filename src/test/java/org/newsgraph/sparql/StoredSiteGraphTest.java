package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SampleProject;

/** The graph kept in a TDB2 database: the same answers as in memory, loaded once, loaded again when the site changes. */
class StoredSiteGraphTest {

    private static final List<String> QUERIES = List.of(
            "PREFIX schema: <https://schema.org/> SELECT ?title { ?a a schema:NewsArticle ; schema:headline ?title } ORDER BY ?title",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
            "PREFIX schema: <https://schema.org/> SELECT ?name (COUNT(DISTINCT ?a) AS ?articles) "
                    + "{ GRAPH ?a { ?a schema:mentions ?e } ?e schema:name ?name } GROUP BY ?name ORDER BY DESC(?articles) ?name");

    @TempDir
    static Path dir;

    private static Path site;

    @BeforeAll
    static void buildSite() throws Exception {
        site = SampleProject.built(dir.resolve("p")).resolve("site");
    }

    @Test
    void answersEveryQueryAsTheGraphInMemoryDoes() throws Exception {
        SiteGraph memory = SiteGraph.load(site);
        SiteGraph stored = SiteGraph.stored(site, dir.resolve("store-same"));
        for (String query : QUERIES) {
            assertEquals(run(memory, query), run(stored, query), query);
        }
        assertTrue(run(stored, QUERIES.get(2)).matches("(?s)n\r\n[1-9][0-9]+\r\n"), "the union is not empty");
    }

    @Test
    void loadsOnceAndAgainOnlyWhenTheSiteChanges() throws Exception {
        Path folder = dir.resolve("store-reuse");
        Path copy = dir.resolve("site-copy");
        SampleProject.copyTree(site, copy);
        String before = run(SiteGraph.stored(copy, folder), QUERIES.get(2));
        Path marker = folder.resolve(SiteGraph.LOADED_FROM);
        long loadedAt = Files.getLastModifiedTime(marker).toMillis();
        Thread.sleep(20);
        assertEquals(before, run(SiteGraph.stored(copy, folder), QUERIES.get(2)));
        assertEquals(loadedAt, Files.getLastModifiedTime(marker).toMillis(), "an unchanged site is not loaded again");

        Path trig = copy.resolve(SiteGraph.TRIG);
        Files.writeString(trig, Files.readString(trig) + "\n<http://example.org/g> { <http://example.org/s> "
                + "<http://example.org/p> \"added after\" . }\n");
        String after = run(SiteGraph.stored(copy, folder), QUERIES.get(2));
        assertNotEquals(before, after, "a changed graph is loaded again");
        assertEquals(Long.parseLong(before.split("\r\n")[1]) + 1, Long.parseLong(after.split("\r\n")[1]));
    }

    @Test
    void aBrokenGraphIsReportedWithItsFileAndLeavesNoLoadedMarker() throws Exception {
        Path copy = dir.resolve("site-broken");
        SampleProject.copyTree(site, copy);
        Files.writeString(copy.resolve(SiteGraph.TRIG), "<http://example.org/g> { this is not TriG");
        Path folder = dir.resolve("store-broken");
        IOException e = assertThrows(IOException.class, () -> SiteGraph.stored(copy, folder));
        assertTrue(e.getMessage().contains("graph.trig") && e.getMessage().contains("build the site again"),
                e.getMessage());
        // Not marked as loaded (a hash), so the next run loads again.
        assertEquals(SiteGraph.LOADING, Files.readString(folder.resolve(SiteGraph.LOADED_FROM)));
    }

    private static String run(SiteGraph graph, String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(graph, QueryPolicy.DEFAULT).run(sparql, ResultFormat.csv, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
