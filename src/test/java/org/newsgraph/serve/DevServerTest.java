package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.TestGazetteer;
import org.newsgraph.BuildConfig;
import org.newsgraph.ConfigurationException;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.StartupPoller;
import org.newsgraph.testing.TimedOutQueries;
import org.newsgraph.testing.SimpleAnnotator;

/** {@code serve} over real HTTP on a free port, with the text-only stand-in for CoreNLP. */
class DevServerTest {

    private static final String SCHEMA = "PREFIX schema: <https://schema.org/>\n";

    @TempDir
    Path dir;

    private Path project;
    private DevServer server;
    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        project = SampleProject.built(dir.resolve("p"));
        Files.writeString(dir.resolve("secret.txt"), "not for the web");
        server = new DevServer(new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample())),
                new DevServer.Settings(BuildConfig.inFolder(project), 0, new QueryPolicy(TimedOutQueries.GENEROUS, 50)),
                new PrintWriter(log, true));
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A query's answer, asked once: the server's budget is one no query over the test graph comes near. */
    private HttpResponse<String> sparqlGet(String query, String accept) throws Exception {
        return sparqlGetOnce(query, accept);
    }

    private HttpResponse<String> sparqlGetOnce(String query, String accept) throws Exception {
        return get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", accept);
    }

    private HttpResponse<String> post(String contentType, String body, String accept) throws Exception {
        return post(http, contentType, body, accept);
    }

    private HttpResponse<String> post(HttpClient client, String contentType, String body, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(uri("/sparql")).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTakenPortIsAConfigurationError() {
        DevServer second = new DevServer(new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample())),
                new DevServer.Settings(BuildConfig.inFolder(project), server.port(), QueryPolicy.DEFAULT),
                new PrintWriter(new StringWriter(), true));
        ConfigurationException e = assertThrows(ConfigurationException.class, second::start);
        assertTrue(e.getMessage().contains("port " + server.port() + " is already in use"), e.getMessage());
    }

    @Test
    void queriedFromTheMomentThePortOpensItAnswers503OrTheWholeGraphNeverAnEmptyOne() throws Exception {
        Path other = SampleProject.create(dir.resolve("other"));
        Files.copy(project.resolve("articles/2025-01-02-deal.md"), other.resolve("articles/2025-01-02-deal.md"));
        Files.copy(project.resolve("articles/2025-01-03-second.md"), other.resolve("articles/2025-01-03-second.md"));
        int port = StartupPoller.freePort();
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        List<StartupPoller.Answer> answers;
        DevServer started = null;
        try (StartupPoller poller = new StartupPoller(port, count)) {
            // The first build's extraction waits until the client has had an answer, so that it surely asked while
            // the build ran, however fast the build or slow the machine.
            Supplier<SimpleAnnotator> held = () -> {
                long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (poller.answers().isEmpty() && System.nanoTime() < until) {
                    java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
                }
                return new SimpleAnnotator();
            };
            started = new DevServer(new Newsgraph(new Extractor(held, TestGazetteer.sample())),
                    new DevServer.Settings(BuildConfig.inFolder(other), port,
                            new QueryPolicy(TimedOutQueries.GENEROUS, 10_000)), new PrintWriter(log, true));
            started.start();
            poller.awaitAnswer(a -> a.status() == 200, Duration.ofMinutes(5));
            poller.close();
            answers = poller.answers();
        } finally {
            if (started != null) {
                started.close();
            }
        }
        String whole = sparqlGet(count, "text/csv").body();
        assertTrue(whole.matches("n\r\n[0-9]+\r\n"), whole);
        for (StartupPoller.Answer answer : answers) {
            assertFalse(answer.timedOut(), "no count comes near a minute: " + answer);
            if (answer.status() == 503) {
                assertEquals(String.valueOf(Readiness.RETRY_AFTER), answer.retryAfter(), answer.body());
            } else {
                assertEquals(200, answer.status(), answer.body());
                assertEquals(whole, answer.body(), "the whole graph, never an empty or a partial one");
            }
        }
        assertTrue(answers.stream().anyMatch(a -> a.status() == 503),
                "asked before the graph was loaded: " + answers);
    }

    @Test
    void servesPagesWithTheLiveReloadScript() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Walmart grows"), home.body());
        assertTrue(home.body().contains(LiveReload.PATH), "reload script injected");
        assertFalse(Files.readString(project.resolve("site/index.html")).contains(LiveReload.PATH), "the built file stays clean");
        assertEquals(200, get("/assets/style.css").statusCode());
        assertTrue(get("/assets/style.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void anIriIsItsPageOrItsDataByContentNegotiation() throws Exception {
        String iri = Files.readString(project.resolve("site/entity/walmart/index.html"))
                .replaceAll("(?s).*<dt>IRI</dt><dd><code>([^<]+)</code>.*", "$1");
        String path = URI.create(iri).getPath();
        assertEquals("/entity/walmart/", path, "the IRI written in the page is the folder's own address");
        HttpResponse<String> html = get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("Accept", html.headers().firstValue("Vary").orElse(""));
        assertTrue(html.body().contains("<h1"), html.body());

        HttpResponse<String> turtle = get(path, "Accept", "text/turtle");
        assertEquals(200, turtle.statusCode(), "the IRI answers with data directly, no redirect");
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals("Accept", turtle.headers().firstValue("Vary").orElse(""));
        Graph graph = RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph();
        assertTrue(graph.contains(org.apache.jena.graph.NodeFactory.createURI(iri), org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY), turtle.body());

        HttpResponse<String> jsonld = get(path, "Accept", "application/ld+json, text/html;q=0.5");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals("Accept", jsonld.headers().firstValue("Vary").orElse(""));
        assertFalse(RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().isEmpty(), jsonld.body());

        assertTrue(get(path, "Accept", "text/html;q=0.4, text/turtle;q=0.9").headers().firstValue("Content-Type")
                .orElse("").startsWith("text/turtle"), "q-values decide");
        assertEquals(406, get(path, "Accept", "image/png").statusCode());
        HttpResponse<String> redirect = get("/entity/walmart");
        assertEquals(302, redirect.statusCode(), "the address without the slash leads to the IRI");
        assertEquals(uri("/entity/walmart/"), uri("/entity/walmart").resolve(redirect.headers().firstValue("Location").orElse("")));
    }

    @Test
    void theOntologyNamespaceAnswersWithTheOntology() throws Exception {
        HttpResponse<String> ontology = get("/ontology", "Accept", "text/turtle");
        assertEquals(200, ontology.statusCode());
        assertTrue(ontology.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph graph = RDFParser.fromString(ontology.body(), Lang.TURTLE).toGraph();
        String namespace = "http://localhost:8080/ontology#";
        assertTrue(graph.contains(org.apache.jena.graph.NodeFactory.createURI(namespace + "ownedBy"),
                org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY), "defines the terms of ng:");
    }

    @Test
    void aMissingPageIsTheSitesOwn404() throws Exception {
        for (String missing : new String[] {"/no-such-page", "/entity/nobody-here/", "/article/x/y/z.html"}) {
            HttpResponse<String> response = get(missing);
            assertEquals(404, response.statusCode(), missing);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), missing);
            Document page = Jsoup.parse(response.body());
            assertEquals("Page not found", page.selectFirst("h1").text(), missing);
            assertEquals("/assets/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"),
                    "links start at the site's root, wherever the page is served");
            assertEquals("/index.html", page.selectFirst("a.brand").attr("href"));
        }
    }

    @Test
    void pathsNeverLeaveTheSiteFolder() throws Exception {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt",
                "/%2e%2e%2fsecret.txt", "/assets/..%2f..%2fsecret.txt", "/nope.html"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                    + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertFalse(response.body().contains("not for the web"), path);
            // Jetty itself answers 400 to a path that climbs above the root or hides a dot segment or a separator
            // in percent-encoding; whatever reaches the site servlet and is not a site file is 404.
            int expected = path.equals("/nope.html") ? 404 : 400;
            assertEquals(expected, response.statusCode(), path + " -> " + response.statusCode());
        }
    }

    @Test
    void theSiteServletItselfRefusesToClimb() throws Exception {
        SiteServlet servlet = new SiteServlet(project.resolve("site"));
        assertTrue(servlet.resolve("/index.html").isPresent());
        assertTrue(servlet.resolve("/assets/style.css").isPresent());
        for (String path : new String[] {"/../secret.txt", "/assets/../../secret.txt", "/./index.html", "/..\\secret.txt",
                "/C:/secret.txt", "/assets/..", "/nope.html"}) {
            assertTrue(servlet.resolve(path).isEmpty(), path);
        }
    }

    @Test
    void selectByGetAndPost() throws Exception {
        String query = SCHEMA + "SELECT ?title { ?a schema:headline ?title } ORDER BY ?title";
        HttpResponse<String> get = sparqlGet(query, "text/csv");
        assertEquals(200, get.statusCode(), get.body());
        assertEquals("title\r\nMicrosoft and OpenAI\r\nWalmart grows\r\n", get.body());
        HttpResponse<String> post = post("application/sparql-query", query, "application/sparql-results+json");
        assertEquals(200, post.statusCode(), post.body());
        assertTrue(post.body().contains("\"value\": \"Walmart grows\"") || post.body().contains("\"value\" : \"Walmart grows\""),
                post.body());
        HttpResponse<String> form = post("application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/tab-separated-values");
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(form.body().contains("\"Walmart grows\""), form.body());
    }

    @Test
    void askAndConstruct() throws Exception {
        HttpResponse<String> ask = sparqlGet(SCHEMA + "ASK { ?e schema:name \"Walmart\" }", "application/sparql-results+json");
        assertTrue(ask.body().replace(" ", "").contains("\"boolean\":true"), ask.body());
        HttpResponse<String> construct = sparqlGet(SCHEMA + "CONSTRUCT { ?a schema:headline ?t } WHERE { ?a schema:headline ?t }",
                "text/turtle");
        assertEquals(200, construct.statusCode());
        assertEquals(2, RDFParser.fromString(construct.body(), Lang.TURTLE).toGraph().size(), construct.body());
    }

    @Test
    void theDefaultGraphIsTheUnionAndEachArticleIsANamedGraph() throws Exception {
        HttpResponse<String> graphs = sparqlGet(SCHEMA + "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a schema:NewsArticle } }",
                "text/csv");
        assertEquals("n\r\n2\r\n", graphs.body());
    }

    @Test
    void updatesAreRefusedInEveryFormWithOneStatusAndOneMessage() throws Exception {
        String update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
        String form = "application/x-www-form-urlencoded";
        // A fresh client each: the server may close a connection after refusing its body, and a pooled one would race.
        List<HttpResponse<String>> refused = List.of(
                post(HttpClient.newHttpClient(), "application/sparql-update", update, "*/*"),
                post(HttpClient.newHttpClient(), form, "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8), "*/*"),
                get("/sparql?update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)),
                sparqlGet("LOAD <http://example.org/x.ttl>", "*/*"),
                sparqlGet("DROP ALL", "text/csv"),
                post(HttpClient.newHttpClient(), form, "query=" + URLEncoder.encode("CLEAR DEFAULT", StandardCharsets.UTF_8),
                        "*/*"),
                post(HttpClient.newHttpClient(), "application/sparql-query", update, "*/*"),
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/sparql/update"))
                        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update))
                        .build(), HttpResponse.BodyHandlers.ofString()));
        for (HttpResponse<String> response : refused) {
            assertEquals(403, response.statusCode(), response.request().uri() + " " + response.body());
            assertEquals("Error 403: " + QueryPolicy.UPDATE_REFUSED, response.body().strip(), response.request().uri().toString());
        }
        assertEquals("_askResult\r\nfalse", sparqlGet("ASK { <urn:a> <urn:b> <urn:c> }", "text/csv").body().strip(),
                "nothing was inserted");
        HttpResponse<String> query = post("application/sparql-query", "ASK { ?s ?p ?o }", "text/csv");
        assertEquals("_askResult\r\ntrue", query.body().strip(), "a query's body still reaches the endpoint");
    }

    @Test
    void serviceIsRefused() throws Exception {
        HttpResponse<String> response = sparqlGet("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "*/*");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("SERVICE is refused"), response.body());
    }

    @Test
    void resultsStopAtTheRowLimit() throws Exception {
        HttpResponse<String> response = sparqlGet("SELECT * { ?s ?p ?o }", "text/csv");
        assertEquals(51, response.body().split("\r\n").length, "header and 50 rows");
        assertEquals("50", response.headers().firstValue(ReadOnlyQueryService.ROW_LIMIT_HEADER).orElse(null),
                "the client is told the results were cut");
        HttpResponse<String> text = sparqlGet("SELECT * { ?s ?p ?o }", "text/plain");
        assertTrue(text.body().endsWith(ReadOnlyQueryService.cutNote(50)), "a person reading the table is told too");
        assertEquals(50 + 4, text.body().lines().filter(l -> l.startsWith("|") || l.startsWith("-") || l.startsWith("="))
                .count(), "the table's 50 rows, its header and three rules");
        HttpResponse<String> small = sparqlGet("SELECT * { ?s ?p ?o } LIMIT 3", "text/csv");
        assertEquals(4, small.body().split("\r\n").length);
        assertTrue(small.headers().firstValue(ReadOnlyQueryService.ROW_LIMIT_HEADER).isEmpty(), "a LIMIT within bounds is kept");
        assertFalse(sparqlGet("SELECT * { ?s ?p ?o } LIMIT 3", "text/plain").body().contains("Cut at"));
    }

    /** Never finishes over the sample graph: four copies of it joined with nothing in common. */
    private static final String PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @Test
    void aPathologicalQueryStopsAtTheServersTimeoutWith503RetryAfterAndHowToChangeIt() throws Exception {
        DevServer strict = new DevServer(new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample())),
                new DevServer.Settings(BuildConfig.inFolder(project), 0, new QueryPolicy(Duration.ofSeconds(1), 50)),
                new PrintWriter(new StringWriter(), true));
        try {
            strict.start();
            URI endpoint = URI.create("http://localhost:" + strict.port() + "/sparql");
            List<HttpRequest> forms = List.of(
                    HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(PATHOLOGICAL,
                            StandardCharsets.UTF_8))).header("Accept", "text/csv").header("Origin", "https://example.org")
                            .build(),
                    HttpRequest.newBuilder(endpoint).header("Content-Type", "application/sparql-query")
                            .header("Accept", "application/sparql-results+json").header("Origin", "https://example.org")
                            .POST(HttpRequest.BodyPublishers.ofString(PATHOLOGICAL)).build(),
                    HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/turtle").header("Origin", "https://example.org")
                            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(
                                    "CONSTRUCT { ?a ?b ?c } { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l "
                                            + "FILTER(STRLEN(STR(?c)) + STRLEN(STR(?l)) < 0) }",
                                    StandardCharsets.UTF_8))).build(),
                    // Counted in full while Jena plans it, where its own timeout cannot stop it (QueryBudget).
                    HttpRequest.newBuilder(endpoint).header("Content-Type", "application/sparql-query")
                            .header("Accept", "text/turtle").header("Origin", "https://example.org")
                            .POST(HttpRequest.BodyPublishers.ofString("CONSTRUCT { ?s ?p ?n } WHERE { ?s ?p ?o "
                                    + "{ " + PATHOLOGICAL + " } }")).build());
            for (HttpRequest request : forms) {
                HttpResponse<String> response = assertTimeoutPreemptively(Duration.ofMinutes(5),
                        () -> http.send(request, HttpResponse.BodyHandlers.ofString()));
                String said = request.method() + " " + request.headers().map() + ": " + response.body();
                assertEquals(503, response.statusCode(), said);
                assertTrue(TimedOutQueries.timedOut(response.statusCode(), response.body()), said);
                assertEquals("1", response.headers().firstValue("Retry-After").orElse(null), said);
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), said);
                assertTrue(response.body().contains("the server's time budget of 1 s (serve --timeout 1)"), said);
                assertTrue(response.body().contains("--timeout N"), "says how to change it: " + said);
                assertEquals("https://example.org", response.headers().firstValue("Access-Control-Allow-Origin")
                        .orElse(""), "a page on another origin can read why: " + said);
            }
        } finally {
            strict.close();
        }
    }

    @Test
    void aRequestsOwnLowerTimeoutIsTheOneItsAnswerNames() throws Exception {
        HttpResponse<String> response = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> get("/sparql?timeout=1"
                + "&query=" + URLEncoder.encode(PATHOLOGICAL, StandardCharsets.UTF_8), "Accept", "text/csv"));
        assertTrue(TimedOutQueries.timedOut(response.statusCode(), response.body()), response.body());
        assertEquals("1", response.headers().firstValue("Retry-After").orElse(null));
        assertTrue(response.body().contains("the time budget of 1 s this request asked for (timeout=); the server "
                + "allows up to 60 s (serve --timeout 60)"), response.body());
    }

    @Test
    void aQueryStoppedAfterItsFirstResultsWereSentIsCutOffNotPassedOffAsWhole() throws Exception {
        DevServer unlimited = new DevServer(new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample())),
                new DevServer.Settings(BuildConfig.inFolder(project), 0, new QueryPolicy(TimedOutQueries.GENEROUS, 0)),
                new PrintWriter(new StringWriter(), true));
        try {
            unlimited.start();
            // Rows from the first moment, far more than a second can write: the answer is on its way at the timeout.
            URI uri = URI.create("http://localhost:" + unlimited.port() + "/sparql?timeout=1&query="
                    + URLEncoder.encode("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/csv").build();
            Object outcome = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
                try {
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException e) {
                    return e;
                }
            });
            if (outcome instanceof HttpResponse<?> response) {
                // Stopped before anything was sent: then it is the 503 of any timeout, never a 200.
                String body = String.valueOf(response.body());
                assertTrue(TimedOutQueries.timedOut(response.statusCode(), body), response.statusCode() + ", "
                        + body.length() + " characters ending " + body.substring(Math.max(0, body.length() - 300)));
            } else {
                assertTrue(outcome instanceof java.io.IOException, String.valueOf(outcome));
            }
        } finally {
            unlimited.close();
        }
    }

    @Test
    void theFormsOfTheSparqlPageRunTheirQueriesAtTheEndpoint() throws Exception {
        URI pageUri = uri("/query/");
        Document page = Jsoup.parse(get(pageUri.getPath()).body(), pageUri.toString());
        List<Element> forms = page.select("main form");
        assertEquals(1 + page.select("article.example").size(), forms.size(), "the query form and one per example");
        assertTrue(forms.size() > 5, forms.size() + " forms");
        for (Element form : forms) {
            StringBuilder body = new StringBuilder();
            for (Element field : form.select("[name]")) {
                String value = field.tagName().equals("textarea") ? field.wholeText()
                        : field.tagName().equals("select") ? field.selectFirst("option").val() : field.val();
                body.append(body.isEmpty() ? "" : "&").append(field.attr("name")).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            HttpResponse<String> run = http.send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, run.statusCode(), form.absUrl("action") + " " + body + "\n" + run.body());
            assertFalse(run.body().isBlank(), body.toString());
        }
        HttpResponse<String> file = get("/query/4-most-mentioned.rq");
        assertEquals(200, file.statusCode());
        HttpResponse<String> csv = post("application/x-www-form-urlencoded", "query="
                + URLEncoder.encode(file.body(), StandardCharsets.UTF_8) + "&output=csv", "text/html");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("name,type,articles,mentions\r\nMicrosoft,"), csv.body());
    }

    @Test
    void theFormerSparqlPageLeadsToTheNewOne() throws Exception {
        HttpResponse<String> redirect = get("/sparql/index.html");
        assertEquals(200, redirect.statusCode());
        String target = Jsoup.parse(redirect.body()).selectFirst("meta[http-equiv=refresh]").attr("content")
                .replaceFirst("^0; url=", "");
        HttpResponse<String> page = get(uri("/sparql/index.html").resolve(target).getPath());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"sparql-form\""), page.body());
    }

    @Test
    void corsHeadersLetOtherSitesQuery() throws Exception {
        HttpResponse<String> response = get("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "Origin", "https://example.org");
        assertEquals("https://example.org", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void aNewArticleAppearsInTheSiteAndInSparqlWithoutRestarting() throws Exception {
        long build = server.build();
        long builds = server.builds();
        SampleProject.write(project.resolve("articles/2025-01-04-third.md"),
                "---\ntitle: Tesla opens a plant\ndate: 2025-01-04\n---\nTesla opened a plant in Berlin.\n");
        HttpResponse<String> page = poll("/article/2025-01-04-third/", 200);
        assertTrue(page.body().contains("Tesla opens a plant"));
        server.awaitBuildAfter(builds, PATIENCE);
        assertTrue(Long.parseLong(get(LiveReload.PATH).body()) > build, "open pages see a new build number");
        HttpResponse<String> titles = sparqlGet(SCHEMA + "SELECT ?t { ?a schema:headline ?t } ORDER BY ?t", "text/csv");
        assertTrue(titles.body().contains("Tesla opens a plant"), titles.body());
        assertTrue(log.toString().contains("2025-01-04-third.md"), log.toString());
    }

    @Test
    void anArticleOverItsBudgetIsReportedWithItsFileAndServeGoesOnServingAndRebuilding() throws Exception {
        Path stuck = dir.resolve("stuck");
        SampleProject.create(stuck);
        SampleProject.write(stuck.resolve("articles/2025-01-02-deal.md"),
                "---\ntitle: Microsoft and OpenAI\ndate: 2025-01-02\n---\nMicrosoft said revenue rose 12%.\n");
        // The longest article, so the one serve's warm-up extracts too: it never comes back from the parser until
        // stopped (a walk that never ends, in the small).
        SampleProject.write(stuck.resolve("articles/2025-01-03-endless.md"), "---\ntitle: Quillmoor mill\n"
                + "date: 2025-01-03\n---\n" + "The Quillmoor mill reopened on Monday after a long winter. ".repeat(20)
                + "\n");
        AtomicInteger quillmoorTries = new AtomicInteger();
        Annotator endlessOnQuillmoor = (text, date) -> {
            if (text.contains("Quillmoor")) {
                quillmoorTries.incrementAndGet();
                try {
                    Thread.sleep(Duration.ofMinutes(15).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new SimpleAnnotator().annotate(text, date);
        };
        StringWriter said = new StringWriter();
        // A budget the other articles meet even on a loaded machine; the stuck one sleeps far past it.
        DevServer serving = new DevServer(new Newsgraph(new Extractor(() -> endlessOnQuillmoor, TestGazetteer.sample(),
                Duration.ofSeconds(20)), 1), new DevServer.Settings(BuildConfig.inFolder(stuck), 0,
                new QueryPolicy(TimedOutQueries.GENEROUS, 50)), new PrintWriter(said, true));
        try {
            serving.start();
            assertTrue(said.toString().contains("2025-01-03-endless.md") && said.toString().contains("was skipped")
                    && said.toString().contains("--article-timeout"), said.toString());
            HttpClient client = HttpClient.newHttpClient();
            URI deal = URI.create("http://localhost:" + serving.port() + "/article/2025-01-02-deal/");
            assertEquals(200, client.send(HttpRequest.newBuilder(deal).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode(), said.toString());
            assertTrue(serving.awaitWarmUp(PATIENCE), "the warm-up keeps the budget too: " + said);
            long builds = serving.builds();
            SampleProject.write(stuck.resolve("articles/2025-01-04-third.md"),
                    "---\ntitle: Tesla opens a plant\ndate: 2025-01-04\n---\nTesla opened a plant in Berlin.\n");
            URI third = URI.create("http://localhost:" + serving.port() + "/article/2025-01-04-third/");
            int status;
            do {
                builds = serving.builds();
                status = client.send(HttpRequest.newBuilder(third).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } while (status != 200 && serving.awaitBuildAfter(builds, PATIENCE) > builds);
            assertEquals(200, status, "a save after the stuck article is served: " + said);
            // Neither the warm-up nor the rebuild waited the budget for it again: it has not changed since.
            assertEquals(1, quillmoorTries.get(), said.toString());
            assertTrue(said.toString().contains("2025-01-03-endless.md: not extracted again"), said.toString());
        } finally {
            serving.close();
        }
    }

    @Test
    void everyRebuildPrintsWhatCheckWouldSay() throws Exception {
        SampleProject.write(project.resolve("articles/_entities.yaml"), "Walmart:\n  type: Organisation\n");
        SampleProject.write(project.resolve("articles/2025-01-05-typo.md"),
                "---\ntitle: Tesla opens a plant\nautor: Ann Lee\ndate: 2025-01-05\n---\nTesla opened a plant in Berlin.\n");
        poll("/article/2025-01-05-typo/", 200);
        awaitLog("'autor'");
        String said = log.toString();
        assertTrue(said.contains("2025-01-05-typo.md:3: unknown front matter field 'autor'"), said);
        assertTrue(said.contains("_entities.yaml:2: 'Walmart': unknown entity type 'Organisation'"), said);
    }

    @Test
    void aTemplateChangeIsServedAndABrokenOneKeepsThePreviousSite() throws Exception {
        Path template = project.resolve("templates/index.html");
        String original = Files.readString(template);
        Files.writeString(template, original.replace("<main id=\"main\">", "<main id=\"main\"><p>Evening edition</p>"));
        assertTrue(poll("/", 200, "Evening edition").body().contains("Evening edition"));
        Files.writeString(template, "<p th:text=\"${page.noSuchField}\"></p>");
        awaitLog("failed");
        assertTrue(log.toString().contains("still serving the previous site"), log.toString());
        assertTrue(get("/").body().contains("Evening edition"));
    }

    private HttpResponse<String> poll(String path, int status) throws Exception {
        return poll(path, status, "");
    }

    /** Asks until the answer comes; the deadline only keeps a broken watcher from hanging the build. */
    /**
     * The page once it answers {@code status} with {@code text}: asked again after each build that finishes, not on
     * a clock, so a slow machine only makes it wait longer ({@link #PATIENCE} with no build at all fails).
     */
    private HttpResponse<String> poll(String path, int status, String text) throws Exception {
        while (true) {
            long builds = server.builds();
            HttpResponse<String> response = get(path);
            if (response.statusCode() == status && response.body().contains(text)) {
                return response;
            }
            if (server.awaitBuildAfter(builds, PATIENCE) == builds) {
                throw new AssertionError(path + " never answered " + status + " with '" + text + "'; log:\n" + log);
            }
        }
    }

    /** Waits until the log says {@code text}, asking again after each build that finishes. */
    private void awaitLog(String text) throws InterruptedException {
        while (!log.toString().contains(text)) {
            long builds = server.builds();
            if (log.toString().contains(text)) {
                return;
            }
            if (server.awaitBuildAfter(builds, PATIENCE) == builds) {
                throw new AssertionError("the log never said '" + text + "':\n" + log);
            }
        }
    }

    /** How long a test waits for a build that never comes: only a broken server takes it. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);
}
