package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.QueryRunner;
import org.newsgraph.sparql.ResultFormat;
import org.newsgraph.sparql.SiteGraph;
import org.newsgraph.testing.BrowserSite;
import org.newsgraph.testing.HeadlessChrome;
import org.newsgraph.testing.SampleSite;
import org.newsgraph.testing.SkippedBrowserSuites;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query page in real headless Chromium, opened from file:// and from a plain static server: every example query
 * runs in the browser (Oxigraph in a Web Worker over the site's own graph) and its table holds the rows Jena gives
 * for the same query over the same graph ({@code newsgraph query}); a syntax error shows its line and column; no
 * request leaves the site; nothing is logged to the console.
 */
@Tag(SkippedBrowserSuites.TAG)
class SparqlBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path site;
    private static BrowserSite served;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        BrowserSite.assumeChromium();
        site = SampleSite.build(dir.resolve("project")).toRealPath();
        served = BrowserSite.open(site, dir, true);
        browser = served.browser();
        browser.manage().timeouts().scriptTimeout(PATIENCE);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void fromFileEveryExampleGivesJenasRows() throws Exception {
        everyExampleGivesJenasRows(site.toUri().toString(), "file");
    }

    @Test
    void fromAStaticServerEveryExampleGivesJenasRows() throws Exception {
        everyExampleGivesJenasRows(served.url(), "http");
    }

    private void everyExampleGivesJenasRows(String siteUrl, String how) throws Exception {
        // A page left open by another test (serve's live reload polls) must not be counted as this one's.
        browser.get("about:blank");
        HeadlessChrome.requests(browser);
        HeadlessChrome.consoleProblems(browser);
        browser.get(siteUrl + "query/index.html");
        List<String> examples = new Select(browser.findElement(By.id("example"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertEquals(7, examples.size(), examples.toString());
        assertFalse(browser.findElement(By.id("engine-endpoint")).isEnabled(), "no endpoint on a static host");
        assertTrue(browser.findElement(By.id("engine-browser")).isSelected(), "the browser runs the queries");
        SiteGraph graph = SiteGraph.load(site);
        for (String example : examples) {
            new Select(browser.findElement(By.id("example"))).selectByValue(example);
            String query = Files.readString(site.resolve("query/" + example + ".rq"));
            assertEquals(query, browser.findElement(By.id("query")).getAttribute("value"), "the editor holds " + example);
            run();
            assertEquals("", browser.findElement(By.id("query-error")).getText(), example);
            List<List<String>> rows = table();
            List<List<String>> jena = jena(graph, query);
            assertFalse(jena.isEmpty(), example + " finds something");
            assertEquals(jena.get(0), rows.get(0), example + ": the columns");
            assertEquals(sorted(jena.subList(1, jena.size())), sorted(rows.subList(1, rows.size())), example + " from " + how);
        }
        // IRIs of the site link to their pages, relative to the page.
        new Select(browser.findElement(By.id("example"))).selectByValue("6-ownership");
        run();
        browser.executeScript("document.getElementById('results').scrollIntoView()");
        screenshot("sparql-results-" + how);
        String link = browser.findElement(By.cssSelector("#result-table tbody a")).getAttribute("href");
        assertTrue(link.startsWith(siteUrl + "article/") && link.endsWith("/index.html"), link);
        List<String> requests = HeadlessChrome.requests(browser);
        assertTrue(requests.stream().anyMatch(r -> r.endsWith("data/graph-nq-gz.js")), requests.toString());
        for (String request : requests) {
            assertTrue(request.startsWith(siteUrl) || request.startsWith("data:"), "a request left the site: " + request);
        }
        assertEquals(List.of(), HeadlessChrome.consoleProblems(browser));
    }

    @Test
    void underServeThePageUsesTheEndpointAndShowsItsAnswerInTheSameTable() throws Exception {
        Path project = SampleSite.build(dir.resolve("served")).getParent();
        int port = org.newsgraph.testing.StartupPoller.freePort();
        try (org.newsgraph.serve.DevServer serve = new org.newsgraph.serve.DevServer(
                new org.newsgraph.Newsgraph(SampleSite.extractor()), new org.newsgraph.serve.DevServer.Settings(
                        org.newsgraph.BuildConfig.inFolder(project), port, QueryPolicy.DEFAULT),
                new java.io.PrintWriter(new java.io.StringWriter(), true))) {
            serve.start();
            HeadlessChrome.requests(browser);
            browser.get("http://localhost:" + port + "/query/index.html");
            new WebDriverWait(browser, PATIENCE).until(d -> d.findElement(By.id("engine-endpoint")).isSelected());
            assertTrue(browser.findElement(By.id("engine-endpoint-note")).getText().contains("newsgraph serve"));
            SiteGraph graph = SiteGraph.load(project.resolve("site"));
            for (String example : List.of("4-most-mentioned", "6-ownership")) {
                new Select(browser.findElement(By.id("example"))).selectByValue(example);
                run();
                assertTrue(browser.findElement(By.id("result-summary")).getText().contains("serve's endpoint"), example);
                List<List<String>> rows = table();
                List<List<String>> jena = jena(graph, browser.findElement(By.id("query")).getAttribute("value"));
                assertEquals(jena.get(0), rows.get(0), example);
                assertEquals(sorted(jena.subList(1, jena.size())), sorted(rows.subList(1, rows.size())), example);
            }
            browser.findElement(By.id("query")).clear();
            browser.findElement(By.id("query")).sendKeys("SELECT * WHERE {\n  ?s ?p }");
            run();
            assertTrue(browser.findElement(By.id("query-error")).getText().startsWith("Line 2, column "),
                    browser.findElement(By.id("query-error")).getText());
            for (String request : HeadlessChrome.requests(browser)) {
                assertTrue(request.startsWith("http://localhost:" + port + "/") || request.startsWith("data:"), request);
            }
        }
        HeadlessChrome.consoleProblems(browser);
    }

    @Test
    void aSyntaxErrorShowsItsLineAndColumn() throws Exception {
        browser.get(site.toUri() + "query/index.html");
        browser.findElement(By.id("query")).clear();
        browser.findElement(By.id("query")).sendKeys("SELECT * WHERE {\n  ?s ?p }");
        run();
        String error = browser.findElement(By.id("query-error")).getText();
        assertTrue(error.startsWith("Line 2, column "), error);
        assertEquals("2", browser.findElement(By.id("query-error")).getAttribute("data-line"));
        assertTrue(browser.findElements(By.cssSelector("#result-table tr")).isEmpty(), "no table");
        HeadlessChrome.consoleProblems(browser);
    }

    private static void run() {
        browser.executeScript("document.getElementById('sparql').removeAttribute('data-answered-ms')");
        browser.findElement(By.cssSelector("#sparql-form button[type=submit]")).click();
        new WebDriverWait(browser, PATIENCE, Duration.ofMillis(50))
                .until(d -> d.findElement(By.id("sparql")).getAttribute("data-answered-ms") != null);
    }

    /** The result table: its header (without '?') then each row, a cell as its IRI or its literal's lexical form. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> table() {
        return (List<List<String>>) browser.executeScript("""
                const rows = [[...document.querySelectorAll('#result-table thead th')].map(th => th.textContent.slice(1))];
                for (const tr of document.querySelectorAll('#result-table tbody tr')) {
                  rows.push([...tr.children].map(td => {
                    const iri = td.querySelector('a, code');
                    return iri ? iri.textContent : (td.dataset.value !== undefined ? td.dataset.value : td.textContent);
                  }));
                }
                return rows;""");
    }

    /** What {@code newsgraph query} answers, in the same shape: SELECT as SPARQL results JSON, CONSTRUCT as Turtle. */
    private static List<List<String>> jena(SiteGraph graph, String sparql) throws Exception {
        Query query = QueryPolicy.DEFAULT.prepare(sparql);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(graph, QueryPolicy.DEFAULT).run(sparql, query.isConstructType() ? ResultFormat.ttl : ResultFormat.json, out);
        List<List<String>> rows = new ArrayList<>();
        if (query.isConstructType()) {
            rows.add(List.of("subject", "predicate", "object"));
            RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).toGraph().find()
                    .forEachRemaining(t -> rows.add(List.of(text(t.getSubject()), text(t.getPredicate()), text(t.getObject()))));
            return rows;
        }
        JsonNode json = JSON.readTree(out.toByteArray());
        List<String> vars = new ArrayList<>();
        json.path("head").path("vars").forEach(v -> vars.add(v.asText()));
        rows.add(vars);
        for (JsonNode binding : json.path("results").path("bindings")) {
            rows.add(vars.stream().map(v -> binding.path(v).path("value").asText("")).toList());
        }
        return rows;
    }

    private static String text(Node node) {
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(List::toString));
        return copy;
    }

    private static void screenshot(String name) throws Exception {
        served.screenshot(name);
    }
}
