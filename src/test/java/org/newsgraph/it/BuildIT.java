package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.LinkChecker;
import org.newsgraph.testing.Shacl;

/** {@code newsgraph build} and {@code extract} on the sample articles, through the command line, with CoreNLP. */
class BuildIT {

    @TempDir
    static Path dir;

    private static Path site;

    /**
     * The per-article extraction budget of this test's builds and extractions, in seconds: the product's default
     * (60 s) unless {@code -Dnewsgraph.it.articleTimeout=SECONDS} raises it for a machine too loaded to meet it
     * ({@code mvn verify -Dnewsgraph.it.articleTimeout=300 ...}). The product's default itself never changes here.
     */
    static final String ARTICLE_TIMEOUT = "newsgraph.it.articleTimeout";

    /** {@code extractor} with this budget when one is given (for tests that build through the API, not the CLI). */
    static Extractor budgeted(Extractor extractor) {
        String seconds = System.getProperty(ARTICLE_TIMEOUT);
        return seconds == null || seconds.isBlank() ? extractor
                : extractor.withArticleTimeout(Duration.ofSeconds(Long.parseLong(seconds.strip())));
    }

    static Cli.Run run(String... args) {
        return Cli.run(withBudget(args, System.getProperty(ARTICLE_TIMEOUT)));
    }

    /** The arguments with {@code --article-timeout} after the command when a budget is given and the command has one. */
    static String[] withBudget(String[] args, String seconds) {
        boolean extracts = args.length > 0 && (args[0].equals("build") || args[0].equals("extract"));
        if (seconds == null || seconds.isBlank() || !extracts) {
            return args;
        }
        String[] with = new String[args.length + 2];
        with[0] = args[0];
        with[1] = "--article-timeout";
        with[2] = seconds.strip();
        System.arraycopy(args, 1, with, 3, args.length - 1);
        return with;
    }

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        // Its own cache, so that this build extracts every article with CoreNLP whatever earlier runs left behind.
        Cli.Run run = run("build", "--site", site.toString(), "--cache", dir.resolve("cache").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Built 8 articles"), run.out());
    }

    @Test
    void aSecondBuildIsByteIdentical() throws Exception {
        Path again = dir.resolve("again");
        Cli.Run second = run("build", "--site", again.toString(), "--cache", dir.resolve("cache").toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("(0 extracted, 8 from the cache)"), "rendered from cached extractions: " + second.out());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() > 100, "pages for 8 articles and their entities");
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again.resolve(site.relativize(file).toString())),
                    file.toString());
        }
    }

    @Test
    void everyPageLinksOnlyToPagesThatExist() throws Exception {
        assertEquals(List.of(), LinkChecker.problems(site));
    }

    @Test
    void theGraphParsesAndAnswersQueries() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/graph.trig")).lang(Lang.TRIG).parse(dataset);
        assertEquals(9, dataset.size(), "8 article graphs and the entity graph");
        String monthlyOverTenMillion = """
                PREFIX schema: <https://schema.org/>
                PREFIX ng: <http://localhost:8080/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT ?figure ?value WHERE { GRAPH ?g {
                  ?figure ng:period "P1M"^^xsd:duration ; schema:currency "USD" ; schema:value ?value .
                  FILTER(?value > 10000000) } }""";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(monthlyOverTenMillion).build()) {
            List<String> figures = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(row -> figures.add(row.get("figure").toString()));
            assertTrue(figures.contains("http://localhost:8080/article/microsoft-ai-cloud/#figure-1"), figures.toString());
        }
        String ownership = """
                PREFIX ng: <http://localhost:8080/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                ASK { GRAPH ?g { <http://localhost:8080/entity/tiktok/> ng:ownedBy <http://localhost:8080/entity/bytedance/> .
                  ?r rdf:reifies <<( <http://localhost:8080/entity/tiktok/> ng:ownedBy <http://localhost:8080/entity/bytedance/> )>> ;
                     prov:wasDerivedFrom ?sentence } }""";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(ownership).build()) {
            assertTrue(qe.execAsk());
        }
    }

    @Test
    void everyExampleQueryOfTheSparqlPageFindsSomethingInTheSampleArticles() throws Exception {
        List<String> examples = Jsoup.parse(site.resolve("query/index.html").toFile()).select("article.example")
                .eachAttr("id");
        assertTrue(examples.size() >= 7, examples.toString());
        try (Stream<Path> files = Files.list(site.resolve("query"))) {
            assertEquals(examples.size(), files.filter(f -> f.toString().endsWith(".rq")).count(),
                    "a file per example");
        }
        for (String name : examples) {
            Path example = site.resolve("query/" + name + ".rq");
            String sparql = Files.readString(example);
            boolean graph = sparql.contains("CONSTRUCT");
            Cli.Run run = run("query", "--site", site.toString(), "--file", example.toString(), "--format", graph ? "ttl" : "csv");
            assertEquals(0, run.code(), example + ": " + run.err());
            long results = graph ? RDFParser.fromString(run.out(), Lang.TURTLE).toGraph().size() : run.out().lines().count() - 1;
            assertTrue(results > 0, example.getFileName() + " found nothing:\n" + run.out());
        }
    }

    @Test
    void theGraphConformsToItsShapes() {
        ValidationReport report = Shacl.validate(Shacl.shapes(site), Shacl.graph(site));
        assertTrue(report.conforms(), Shacl.describe(report));
    }

    @Test
    void noEntityPageDrawsAChartOfASinglePoint() throws Exception {
        // A chart per measure needs two dated figures of it (ArchiveBrowserIT and TimeChartTest show charts drawn).
        try (var pages = Files.walk(site.resolve("entity"))) {
            for (Path page : pages.filter(p -> p.getFileName().toString().equals("index.html")).toList()) {
                for (var chart : org.jsoup.Jsoup.parse(page.toFile(), "UTF-8").select("figure.chart")) {
                    assertTrue(chart.select("circle.point").size() >= 2, page + ": " + chart);
                }
            }
        }
    }

    @Test
    void extractLinesGivesOneJsonLinePerInputLine() throws Exception {
        Path input = dir.resolve("lines.txt");
        Files.writeString(input, "Acme revenue rose 12% to $4.5 billion.\n\nTikTok, owned by ByteDance, spends $20 million a month.\n");
        Cli.Run run = run("extract", "--lines", input.toString());
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(3, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertEquals("1", first.get("doc").asText());
        assertEquals(2, first.get("figures").size(), lines[0]);
        JsonNode empty = json.readTree(lines[1]);
        assertEquals(0, empty.get("entities").size() + empty.get("figures").size() + empty.get("relations").size());
        JsonNode third = json.readTree(lines[2]);
        assertEquals("ownedBy", third.get("relations").get(0).get("predicate").asText(), lines[2]);
        JsonNode figure = third.get("figures").get(0);
        for (String field : List.of("id", "text", "start", "end", "sentence", "kind", "value", "min", "max", "unit",
                "qualifier", "period", "per", "direction", "measure", "subject", "of", "time", "mentions")) {
            assertTrue(figure.has(field), "figure field " + field);
        }
        assertEquals("P1M", figure.get("period").asText());
    }

    @Test
    void extractFileUsesTheArticleSlugAsDoc() throws Exception {
        Cli.Run run = run("extract", "--format", "jsonl", "articles/2024-01-31-microsoft-ai-cloud.md");
        assertEquals(0, run.code(), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals("microsoft-ai-cloud", doc.get("doc").asText());
        assertEquals("Microsoft", doc.get("entities").get(0).get("name").asText());
    }
}
