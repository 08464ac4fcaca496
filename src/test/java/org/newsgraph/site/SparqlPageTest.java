package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SampleProject;

/**
 * The site's SPARQL page ({@code query/index.html}): its form, the theme's example queries with their files, and
 * the redirect left at its former address ({@code sparql/index.html}). That every example finds something in the
 * sample articles is checked by {@link SiteTest}.
 */
class SparqlPageTest {

    /** The bundled theme's examples ({@code templates/sparql/*.rq}), in page order. */
    static final List<String> EXAMPLES = List.of("1-roles", "2-monthly-spending", "3-customers-of-microsoft",
            "4-most-mentioned", "5-figures-about-organizations", "6-ownership", "7-ownership-graph");

    private static final String PAGE_URL = "http://localhost:8080/query/index.html";

    @TempDir
    static Path dir;

    private static Path site;
    private static Document page;

    @BeforeAll
    static void build() throws Exception {
        site = SampleProject.built(dir.resolve("p")).resolve("site");
        page = Jsoup.parse(site.resolve("query/index.html").toFile());
    }

    @Test
    void theFormPostsToServesEndpointAndThePageSaysWhatToDoWithoutIt() {
        Element form = page.selectFirst("form#sparql-form");
        assertNotNull(form, "the query form");
        assertEquals("post", form.attr("method"));
        assertEquals("http://localhost:8080/sparql", URI.create(PAGE_URL).resolve(form.attr("action")).toString(),
                "the endpoint of newsgraph serve, which VoID names too");
        assertEquals(page.getElementById("1-roles").selectFirst("code").wholeText(),
                form.selectFirst("textarea[name=query]").wholeText(), "the form starts with the first example");
        assertEquals(List.of("text", "csv", "tsv", "json"),
                form.select("select[name=output] option").eachAttr("value"));
        String text = page.selectFirst("main").text();
        assertTrue(text.contains("newsgraph query --file query/NAME.rq"), "what to do on a static host: " + text);
        assertNotNull(page.selectFirst("main a[href=../data/graph.trig]"));
    }

    @Test
    void everyExampleIsOnThePageWithItsTitleAndBesideItAsAFile() throws Exception {
        assertEquals(EXAMPLES, page.select("article.example").eachAttr("id"));
        for (String name : EXAMPLES) {
            Element example = page.getElementById(name);
            String file = Files.readString(site.resolve("query/" + name + ".rq"));
            assertFalse(file.contains("{base}"), "the base IRI is filled in: " + name);
            String title = file.lines().findFirst().orElse("");
            assertTrue(title.startsWith("# title: "), name);
            assertEquals(title.substring("# title: ".length()), example.selectFirst("h3").text());
            assertFalse(example.selectFirst("h3 + p").text().isBlank(), "a description: " + name);
            assertEquals(file, example.selectFirst("pre code").wholeText());
            assertNotNull(example.selectFirst("a[href=" + name + ".rq]"), "the link to the file: " + name);
            Element run = example.selectFirst("form");
            assertEquals(page.selectFirst("form#sparql-form").attr("action"), run.attr("action"), name);
            assertEquals("post", run.attr("method"), name);
            assertEquals(file, run.selectFirst("input[type=hidden][name=query]").val(), name);
        }
    }

    @Test
    void noQueryIsAnExampleTwice() throws Exception {
        Set<String> titles = new HashSet<>();
        Set<String> queries = new HashSet<>();
        for (String name : EXAMPLES) {
            String file = Files.readString(site.resolve("query/" + name + ".rq"));
            assertTrue(titles.add(file.lines().findFirst().orElse("")), "one title once: " + name);
            String query = file.lines().filter(l -> !l.startsWith("#")).map(String::strip)
                    .reduce("", (a, b) -> a + " " + b).replaceAll("\\s+", " ");
            assertTrue(queries.add(query), "one query once: " + name);
        }
    }

    @Test
    void theNavLinksThePageOnce() throws Exception {
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertEquals(List.of("SPARQL"), home.select("nav a[href=query/index.html]").eachText());
        assertEquals(List.of(), home.select("nav a[href*=sparql]").eachAttr("href"), "no link to the former page");
        assertEquals("page", page.selectFirst("nav a[href=../query/index.html]").attr("aria-current"));
    }

    @Test
    void thePageLoadsTheEngineAndTheWholeGraphFromTheSiteItself() throws Exception {
        Element box = page.getElementById("sparql");
        assertEquals("http://localhost:8080/", box.attr("data-base"), "IRIs under it link to their pages");
        assertEquals("../", box.attr("data-root"));
        Path engine = site.resolve("query").resolve(box.attr("data-engine")).normalize();
        Path graph = site.resolve("query").resolve(box.attr("data-graph")).normalize();
        assertEquals(site.resolve(SparqlEngine.PATH), engine);
        assertTrue(Files.size(engine) > 1_000_000, "Oxigraph's WebAssembly is in it");
        assertEquals(site.resolve(BrowserGraph.PATH), graph);
        String script = Files.readString(graph);
        String base64 = script.substring(script.indexOf('"') + 1, script.lastIndexOf('"'));
        org.apache.jena.sparql.core.DatasetGraph browser = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(base64)))) {
            org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.NQUADS).parse(browser);
        }
        org.apache.jena.sparql.core.DatasetGraph built = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(
                site.resolve("data/graph.trig").toString());
        Set<org.apache.jena.sparql.core.Quad> expected = new HashSet<>();
        built.find().forEachRemaining(expected::add);
        Set<org.apache.jena.sparql.core.Quad> loaded = new HashSet<>();
        browser.find().forEachRemaining(loaded::add);
        assertEquals(expected, loaded, "the browser gets the graph serve and query get, graph for graph");
        assertEquals(String.valueOf(expected.size()), box.attr("data-quads"));
        assertTrue(script.endsWith(", " + expected.size() + ");\n"), "the script gives the count too");
        assertEquals("", box.attr("data-too-large"));
        assertNotNull(page.selectFirst("script[src=../assets/sparql.js]"), "the page's script");
        assertTrue(page.select("script[src*=sparql-engine], script[src*=graph-nq-gz]").isEmpty(),
                "the engine and the graph are loaded by the page's script, not on every visit of a page with them");
    }

    @Test
    void aGraphTooLargeForABrowserIsNotLoadedAndThePageSaysWhereToQueryIt() {
        Templates templates = new Templates(new Theme(dir.resolve("no-theme")));
        Document large = Jsoup.parse(templates.render("sparql", new Views.SparqlPage("../", "../sparql", List.of(),
                "http://localhost:8080/", "../" + SparqlEngine.PATH, null, 3_290_587, BrowserGraph.MAX_QUADS,
                Formats.statements(3_290_500, 3_290_587, 1_201))));
        Element box = large.getElementById("sparql");
        assertEquals("", box.attr("data-graph"), "no graph to load");
        String says = box.attr("data-too-large");
        assertTrue(says.contains("3,290,587 statements") && says.contains("newsgraph serve")
                && says.contains("newsgraph query --store") && says.contains("dumps"), says);
        assertTrue(large.selectFirst("#sparql .warning").text().contains("too large"), large.html());
        assertFalse(large.selectFirst("#sparql p").text().contains("))"), "the size reads without nested brackets");
    }

    @Test
    void theFormerAddressRedirectsToThePage() throws Exception {
        Document redirect = Jsoup.parse(site.resolve("sparql/index.html").toFile());
        assertEquals("0; url=../query/index.html", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("http://localhost:8080/query/", redirect.selectFirst("link[rel=canonical]").attr("href"));
        assertNotNull(redirect.selectFirst("main a[href=../query/index.html]"), "a link for who is not redirected");
        try (Stream<Path> files = Files.list(site.resolve("sparql"))) {
            assertEquals(List.of("index.html"), files.map(f -> f.getFileName().toString()).toList(),
                    "the examples are published once, beside the page");
        }
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>http://localhost:8080/query/</loc>"), sitemap);
        assertFalse(sitemap.contains("http://localhost:8080/sparql/"), "no redirect in the sitemap");
    }

    @Test
    void theEngineScriptIsKeyedSoTheNextBuildTakesItOverWithoutGzippingTheWasm() throws Exception {
        String key = SparqlEngine.Inputs.of(new Theme(site.getParent().resolve("templates"))).key();
        assertTrue(Files.readAllLines(site.resolve(".newsgraph-keys")).contains(key + " " + SparqlEngine.PATH),
                "the script's key is recorded");
    }

    @Test
    void theEnginesFilesAreInItsScriptOnlyAndItsLicenceIsPublished() {
        assertTrue(Files.isRegularFile(site.resolve(SparqlEngine.PATH)));
        assertFalse(Files.exists(site.resolve(SparqlEngine.VENDOR + "web_bg.wasm")), "the wasm travels in the script");
        assertFalse(Files.exists(site.resolve(SparqlEngine.VENDOR + "web.js")), "so does web.js");
        assertTrue(Files.isRegularFile(site.resolve(SparqlEngine.VENDOR + "LICENSE.txt")), "the licence is published");
        assertTrue(Files.isRegularFile(site.resolve(SparqlEngine.VENDOR + "README.txt")), "the page links the README");
    }
}
