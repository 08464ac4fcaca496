package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.TestGazetteer;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.LinkChecker;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;

/** The whole build on a small project, with a text-only stand-in for CoreNLP. */
class NewsgraphBuildTest {

    @TempDir
    Path dir;

    private Path project;
    private final Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()));

    @BeforeEach
    void project() throws Exception {
        project = SampleProject.create(dir.resolve("project"));
        SampleProject.write(project.resolve("articles/2025-01-02-deal.md"), """
                ---
                title: "Microsoft invests <script>alert(1)</script> in OpenAI"
                date: 2025-01-02
                ---
                ## Cloud deal

                Microsoft said revenue rose 12% to $4.5 billion. TikTok, owned by ByteDance, spends nearly $20 million monthly.
                """);
        SampleProject.write(project.resolve("articles/2025-01-03-second.md"), """
                ---
                title: Walmart grows
                date: 2025-01-03
                ---
                Walmart opened three new stores. Microsoft is a partner.
                """);
        SampleProject.write(project.resolve("articles/broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
        SampleProject.write(project.resolve("articles/empty.md"), "");
    }

    @Test
    void buildsGoodArticlesAndReportsBadOnes() throws Exception {
        BuildReport report = newsgraph.build(BuildConfig.inFolder(project));
        assertEquals(2, report.articles());
        assertEquals(2, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).toString().contains("broken.md:3: the front matter is not valid YAML"), report.problems().toString());
        assertTrue(report.problems().get(1).toString().contains("empty.md"), report.problems().toString());
        Path site = project.resolve("site");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.isRegularFile(site.resolve("article/2025-01-02-deal/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("entity/microsoft/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("entity/bytedance/index.ttl")));
        for (String dump : List.of("graph.trig", "graph.ttl", "graph.nt", "graph.jsonld")) {
            assertTrue(Files.size(site.resolve("data").resolve(dump)) > 0, dump);
        }
    }

    @Test
    void everyPageLinksOnlyToPagesThatExist() throws Exception {
        newsgraph.build(BuildConfig.inFolder(project));
        assertEquals(List.of(), LinkChecker.problems(project.resolve("site")));
    }

    @Test
    void graphDumpsParseWithJena() throws Exception {
        newsgraph.build(BuildConfig.inFolder(project));
        Path data = project.resolve("site/data");
        DatasetGraph trig = DatasetGraphFactory.create();
        RDFParser.source(data.resolve("graph.trig")).lang(Lang.TRIG).parse(trig);
        assertEquals(3, trig.size(), "two article graphs and the entity graph");
        for (Path file : List.of(data.resolve("graph.ttl"), data.resolve("graph.nt"), data.resolve("graph.jsonld"),
                project.resolve("site/article/2025-01-02-deal/index.ttl"),
                project.resolve("site/entity/microsoft/index.jsonld"))) {
            DatasetGraph parsed = DatasetGraphFactory.create();
            RDFParser.source(file).parse(parsed);
            assertTrue(parsed.getDefaultGraph().size() > 0, file.toString());
        }
    }

    @Test
    void articlePageMarksMentionsAndFiguresAndEscapesText() throws Exception {
        newsgraph.build(BuildConfig.inFolder(project));
        String page = Files.readString(project.resolve("site/article/2025-01-02-deal/index.html"));
        assertTrue(page.contains("href=\"../../entity/bytedance/index.html\""), "mention linked to its entity page");
        assertTrue(page.contains("class=\"figure figure-amount\""), "figure marked");
        assertTrue(page.contains("nearly $20 million monthly"));
        assertFalse(page.contains("<script>alert(1)</script>"), "title text is escaped");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"index.ttl\">"));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
        newsgraph.build(BuildConfig.inFolder(project));
        Path first = dir.resolve("first");
        SampleProject.copyTree(project.resolve("site"), first);
        SampleProject.deleteTree(project.resolve("site"));
        assertTrue(newsgraph.build(BuildConfig.inFolder(project)).rendered());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(first)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() > 10);
        for (Path file : files) {
            Path again = project.resolve("site").resolve(first.relativize(file).toString());
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again), file.toString());
        }
    }

    @Test
    void aFailedBuildLeavesTheOldSiteInPlace() throws Exception {
        newsgraph.build(BuildConfig.inFolder(project));
        Files.writeString(project.resolve("templates/entity.html"), "<p th:text=\"${page.noSuchField}\"></p>");
        assertThrows(RuntimeException.class, () -> newsgraph.build(BuildConfig.inFolder(project)));
        assertTrue(Files.isRegularFile(project.resolve("site/entity/microsoft/index.html")));
        try (Stream<Path> siblings = Files.list(project)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().contains("staging")).toList());
        }
    }

    @Test
    void aProjectKeepsOnlyTheTemplatesItChanges() throws Exception {
        Path templates = project.resolve("templates");
        SampleProject.deleteTree(templates);
        SampleProject.write(templates.resolve("entity.html"), """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org" lang="en">
                <head th:replace="~{layout :: head(${page.name}, ${page.root}, ${page.iri}, null, null)}"></head>
                <body><main id="main"><h1 class="custom" th:text="${page.name}">Name</h1></main></body></html>
                """);
        SampleProject.write(templates.resolve("assets/style.css"), "body { color: black; }\n");
        SampleProject.write(templates.resolve("sparql/1-roles.rq"),
                "# title: Our own roles\nSELECT * { ?s ?p ?o } LIMIT 1\n");
        SampleProject.write(templates.resolve("sparql/8-headlines.rq"), "# title: Headlines\n"
                + "SELECT ?h { ?a <https://schema.org/headline> ?h }\n");
        BuildReport report = newsgraph.build(BuildConfig.inFolder(project));
        assertEquals(2, report.articles());
        Path site = project.resolve("site");
        assertTrue(Files.readString(site.resolve("entity/microsoft/index.html")).contains("<h1 class=\"custom\">Microsoft</h1>"),
                "the project's entity template");
        assertTrue(Files.readString(site.resolve("article/2025-01-02-deal/index.html")).contains("aria-label=\"Facts\""),
                "the bundled article template");
        assertEquals("body { color: black; }\n", Files.readString(site.resolve("assets/style.css")), "the project's asset");
        assertTrue(Files.isRegularFile(site.resolve("assets/search.js")), "the bundled assets the project lacks");
        Document sparql = Jsoup.parse(site.resolve("query/index.html").toFile());
        assertEquals(List.of("1-roles", "2-monthly-spending", "3-customers-of-microsoft", "4-most-mentioned",
                "5-figures-about-organizations", "6-ownership", "7-ownership-graph", "8-headlines"),
                sparql.select("article.example").eachAttr("id"), "the bundled examples and the project's own");
        assertEquals("Our own roles", sparql.getElementById("1-roles").selectFirst("h3").text(),
                "the project's version of an example");
        assertTrue(Files.readString(site.resolve("query/8-headlines.rq")).contains("schema.org/headline"));
        assertEquals(List.of(), LinkChecker.problems(site));
    }

    @Test
    void missingFoldersAreConfigurationErrors() {
        BuildConfig config = BuildConfig.inFolder(dir.resolve("nowhere"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> newsgraph.build(config));
        assertTrue(e.getMessage().contains("articles folder"), e.getMessage());
    }
}
