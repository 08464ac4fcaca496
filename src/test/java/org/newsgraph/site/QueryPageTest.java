package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.QueryRunner;
import org.newsgraph.sparql.ResultFormat;
import org.newsgraph.sparql.SiteGraph;
import org.newsgraph.testing.SampleProject;

/** The site's SPARQL page and its example queries. */
class QueryPageTest {

    @TempDir
    static Path dir;

    private static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = SampleProject.built(dir.resolve("p")).resolve("site");
    }

    @Test
    void everyExampleIsOnThePageAndBesideItAsAFile() throws Exception {
        String page = Files.readString(site.resolve("query/index.html"));
        assertTrue(page.contains("action=\"/sparql\""), "the form posts to serve's endpoint");
        for (String name : QueryPageRenderer.EXAMPLES) {
            String sparql = Files.readString(site.resolve("query/" + name + ".rq"));
            assertTrue(page.contains("href=\"" + name + ".rq\""), name);
            assertTrue(sparql.startsWith("# "), name);
            assertFalse(sparql.contains("{base}"), "the base IRI is filled in: " + name);
        }
        assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"query/index.html\""), "linked from the nav");
    }

    @Test
    void everyExampleIsAValidReadOnlyQueryThatRuns() throws Exception {
        SiteGraph graph = SiteGraph.load(site);
        for (String name : QueryPageRenderer.EXAMPLES) {
            String sparql = Files.readString(site.resolve("query/" + name + ".rq"));
            Query query = QueryPolicy.DEFAULT.prepare(sparql);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(graph, QueryPolicy.DEFAULT).run(sparql,
                    query.isConstructType() ? ResultFormat.ttl : ResultFormat.csv, out);
            assertTrue(out.size() > 0, name);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(graph, QueryPolicy.DEFAULT).run(Files.readString(site.resolve("query/most-mentioned.rq")),
                ResultFormat.csv, out);
        assertEquals("Microsoft", out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElse("").split(",")[0],
                "the most-mentioned example finds the entity both articles name");
    }
}
