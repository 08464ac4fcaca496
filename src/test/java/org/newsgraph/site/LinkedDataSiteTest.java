package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.BuildReport;
import org.newsgraph.Newsgraph;
import org.newsgraph.graph.Dump;
import org.newsgraph.graph.Rdf11;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SampleSite;

/**
 * The sample site published under a base IRI with a path, with its own title and language: IRIs, the 404 page, the
 * Apache configuration, labels, titles, and the RDF 1.1 dumps beside the RDF 1.2 ones.
 */
class LinkedDataSiteTest {

    private static final String BASE = "https://news.example.org/desk/";

    @TempDir
    static Path dir;

    private static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        try (Stream<Path> articles = Files.list(SampleProject.repository().resolve("articles"))) {
            for (Path article : (Iterable<Path>) articles::iterator) {
                Files.copy(article, project.resolve("articles").resolve(article.getFileName()));
            }
        }
        BuildConfig config = new BuildConfig(project.resolve("articles"), project.resolve("site"),
                project.resolve("templates"), BASE, project.resolve(".cache"), new SiteSettings("Business Desk", "en-GB"));
        BuildReport report = new Newsgraph(SampleSite.extractor()).build(config);
        assertTrue(report.ok(), report.problems().toString());
        site = project.resolve("site");
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile());
    }

    @Test
    void theIriInAPageIsItsOwnAddress() throws Exception {
        String iri = page("entity/microsoft/index.html").selectFirst("dd code").text();
        assertEquals(BASE + "entity/microsoft/", iri);
        String article = page("article/microsoft-ai-cloud/index.html").selectFirst("p.rdf code").text();
        assertEquals(BASE + "article/microsoft-ai-cloud/", article);
        Graph graph = RDFParser.source(site.resolve("article/microsoft-ai-cloud/index.ttl")).lang(Lang.TURTLE).toGraph();
        assertTrue(graph.contains(NodeFactory.createURI(article), Node.ANY, Node.ANY));
        assertTrue(graph.contains(NodeFactory.createURI(article + "#figure-1"), Node.ANY, Node.ANY),
                "figures are fragments of the article's IRI");
    }

    @Test
    void titlesAndLanguageComeFromTheSettingsAndNeverRepeat() throws Exception {
        Document home = page("index.html");
        assertEquals("Business Desk", home.title());
        assertEquals("en-GB", home.selectFirst("html").attr("lang"));
        assertEquals("Business Desk", home.selectFirst("a.brand").text());
        Document article = page("article/microsoft-ai-cloud/index.html");
        assertTrue(article.title().endsWith(" · Business Desk"), article.title());
        assertFalse(article.title().contains("Newsgraph"), article.title());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("<title>Business Desk</title>"));
    }

    @Test
    void authorAndSourceAreLabelledAndNotRepeated() throws Exception {
        // The seed article's author and source are the same publisher: shown once, as the source.
        Document seed = page("article/microsoft-ai-cloud/index.html");
        String byline = seed.selectFirst("p.byline").text();
        assertTrue(byline.contains("Source: Gadgetsfocus"), byline);
        assertEquals(1, byline.split("Gadgetsfocus", -1).length - 1, byline);
        Document other = page("article/2025-03-14-albion-skyways-order/index.html");
        assertTrue(other.selectFirst("p.byline").text().contains("By Newsgraph staff"), other.selectFirst("p.byline").text());
    }

    @Test
    void the404PageLinksFromTheSitesRootPath() throws Exception {
        Document missing = page("404.html");
        assertEquals("Page not found", missing.selectFirst("h1").text());
        assertEquals("/desk/assets/style.css", missing.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/desk/index.html", missing.selectFirst("a.brand").attr("href"));
        String htaccess = Files.readString(site.resolve(".htaccess"));
        assertTrue(htaccess.contains("ErrorDocument 404 /desk/404.html"), htaccess);
        assertTrue(htaccess.contains("RewriteBase /desk/"), htaccess);
        assertTrue(htaccess.contains("$1index.ttl"), htaccess);
        assertTrue(htaccess.contains("Header append Vary Accept"), htaccess);
        assertTrue(htaccess.contains("<FilesMatch \"^\\.newsgraph-\">\n  Require all denied"),
                "the build's bookkeeping files are not published: " + htaccess);
    }

    @Test
    void theRdf11DumpsSayWhatTheRdf12OnesSayWithoutTripleTerms() throws Exception {
        DatasetGraph rdf12 = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/graph.trig")).lang(Lang.TRIG).parse(rdf12);
        DatasetGraph rdf11 = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/graph-rdf11.trig")).lang(Lang.TRIG).parse(rdf11);
        long reifiers = rdf12.stream().filter(q -> q.getPredicate().equals(Rdf11.REIFIES)).count();
        assertTrue(reifiers > 0, "the sample has relations");
        assertFalse(rdf11.stream().anyMatch(q -> q.getObject().isTripleTerm() || q.getSubject().isTripleTerm()));
        assertEquals(reifiers, rdf11.stream().filter(q -> q.getObject().equals(RDF.Statement.asNode())).count());
        // Every statement without a triple term is in both, in the same graph; each reifier's triple is spelled out.
        rdf12.stream().forEach(q -> {
            if (q.getPredicate().equals(Rdf11.REIFIES)) {
                var t = q.getObject().getTriple();
                assertTrue(rdf11.contains(q.getGraph(), q.getSubject(), RDF.subject.asNode(), t.getSubject()), q.toString());
                assertTrue(rdf11.contains(q.getGraph(), q.getSubject(), RDF.predicate.asNode(), t.getPredicate()), q.toString());
                assertTrue(rdf11.contains(q.getGraph(), q.getSubject(), RDF.object.asNode(), t.getObject()), q.toString());
            } else {
                assertTrue(rdf11.contains(q), q.toString());
            }
        });
        Graph turtle = RDFParser.source(site.resolve("data/graph-rdf11.ttl")).lang(Lang.TURTLE).toGraph();
        Graph ntriples = RDFParser.source(site.resolve("data/graph-rdf11.nt")).lang(Lang.NTRIPLES).toGraph();
        assertTrue(turtle.isIsomorphicWith(ntriples));
        assertFalse(Files.readString(site.resolve("data/graph-rdf11.nt")).contains("<<"));
        Graph jsonld = RDFParser.source(site.resolve("data/graph.jsonld")).lang(Lang.JSONLD).toGraph();
        assertTrue(jsonld.isIsomorphicWith(ntriples), "the JSON-LD keeps the provenance, as RDF 1.1 reification");
        Graph page = RDFParser.source(site.resolve("article/microsoft-ai-cloud/index-rdf11.ttl")).lang(Lang.TURTLE).toGraph();
        assertTrue(page.contains(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()));
    }

    @Test
    void voidAndTheAboutPageSayWhichFileIsWhich() throws Exception {
        Graph voidGraph = RDFParser.source(site.resolve("data/void.ttl")).lang(Lang.TURTLE).toGraph();
        Node conformsTo = NodeFactory.createURI("http://purl.org/dc/terms/conformsTo");
        for (Dump dump : Dump.ALL) {
            Node file = NodeFactory.createURI(BASE + dump.path());
            assertTrue(Files.isRegularFile(site.resolve(dump.path())), dump.path());
            assertTrue(voidGraph.contains(file, conformsTo, NodeFactory.createURI(dump.syntax())), dump.path());
            assertTrue(voidGraph.contains(file, conformsTo, NodeFactory.createURI(dump.concepts())), dump.path());
        }
        assertTrue(voidGraph.contains(Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/title"),
                NodeFactory.createLiteralString("Business Desk")));
        String about = page("about/index.html").select("ul.files").text();
        assertTrue(about.contains("data/graph-rdf11.nt (application/n-triples, RDF 1.1"), about);
        assertTrue(about.contains("data/graph.nt (application/n-triples, RDF 1.2"), about);
    }
}
