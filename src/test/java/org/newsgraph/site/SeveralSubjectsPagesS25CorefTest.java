package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.graph.Iris;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SampleSite;

/**
 * A figure surely about several entities ("Harlow Foods and Penrose Grocers each hired 400 people": coordinated
 * subjects) shows on its article page with every subject linked, in the explorer's data with the others, and on each
 * subject's page. Moved from SiteTest and UnsureFactsPageTest in session 25 (s25-coref): on the sample articles the
 * only such figure was Brightlane's "The companies expect the $2.3 billion deal to close" credited to Intuit and Xero,
 * a wrong fact (the plural stands for the deal's parties, and a plural coreferent is now a candidate only), so the
 * pages are built here from one small made-up article whose CoreNLP annotations are stored with the samples'.
 */
class SeveralSubjectsPagesS25CorefTest {

    private static final String NG_PREFIX = "PREFIX ng: <" + Iris.DEFAULT_BASE + "ontology#> ";
    private static final Path ARTICLE = Path.of("src/test/resources/several-subjects/2025-02-03-grocers-staff.md");

    @TempDir
    static Path dir;

    private static Path site;
    private static DatasetGraph dataset;

    @BeforeAll
    static void build() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        Files.copy(ARTICLE, project.resolve("articles").resolve(ARTICLE.getFileName()));
        var report = new Newsgraph(SampleSite.extractor()).build(BuildConfig.inFolder(project));
        assertTrue(report.ok(), "the article did not build: " + report.problems());
        site = project.resolve("site");
        dataset = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/graph.trig")).lang(Lang.TRIG).parse(dataset);
    }

    @Test
    void aFigureAboutSeveralEntitiesShowsEachOnItsArticlePageAndInTheExplorer() throws Exception {
        String query = "SELECT ?f (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?f <" + Iris.DEFAULT_BASE
                + "ontology#subject> ?s } } GROUP BY ?f HAVING (COUNT(?s) > 1) ORDER BY ?f LIMIT 1";
        String figure;
        long subjects;
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            var results = qe.execSelect();
            assertTrue(results.hasNext(), "the article has a figure about several entities (Harlow and Penrose)");
            var row = results.next();
            figure = row.getResource("f").getURI();
            subjects = row.getLiteral("n").getLong();
        }
        String slug = figure.substring(figure.indexOf("article/") + "article/".length(), figure.indexOf('#'))
                .replaceAll("/$", "");
        String id = figure.substring(figure.indexOf('#') + 1);
        Document page = Jsoup.parse(site.resolve("article/" + slug + "/index.html").toFile());
        var row = page.getElementById(id);
        assertNotNull(row, "the figure's row on its article page");
        assertEquals(subjects, row.select("td a[href*=entity/]").size(), "every subject linked: " + row);
        assertEquals(subjects - 1, row.select(".other-subject").size());
        JsonNode data = new ObjectMapper().readTree(Files.readString(site.resolve("figures/data.js"))
                .replaceFirst("^window.newsgraphFigures = ", "").replaceFirst(";\\s*$", ""));
        boolean listed = false;
        for (JsonNode r : data.get("rows")) {
            listed = listed || r.get("id").asText().equals(id) && r.has("others")
                    && r.get("others").size() == subjects - 1;
        }
        assertTrue(listed, "the explorer's data names the other subjects");
    }

    @Test
    void aFigureSurelyAboutSeveralEntitiesIsOnEachOnesPage() throws Exception {
        List<QuerySolution> rows = select(NG_PREFIX + "SELECT ?f ?s WHERE { GRAPH ?g { ?f ng:subject ?s, ?t "
                + "FILTER (?s != ?t) } } ORDER BY ?f ?s");
        assertFalse(rows.isEmpty(), "the article has a figure about several entities (Harlow and Penrose)");
        for (QuerySolution row : rows) {
            String figure = row.getResource("f").getURI();
            Document page = Jsoup.parse(site.resolve(row.getResource("s").getURI().replace(Iris.DEFAULT_BASE, ""))
                    .resolve("index.html").toFile());
            String fragment = "#" + figure.substring(figure.indexOf('#') + 1);
            assertFalse(page.select("section[aria-labelledby=figures] a[href$=" + fragment + "]").isEmpty(),
                    "among the figures about " + row.getResource("s") + ": " + figure);
        }
    }

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }
}
