package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.QueryRunner;
import org.newsgraph.sparql.ResultFormat;
import org.newsgraph.sparql.SiteGraph;
import org.newsgraph.testing.LinkChecker;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SampleSite;
import org.newsgraph.testing.Shacl;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The site built from the sample articles (with the text-only stand-in for CoreNLP), checked file by file. */
class SiteTest {

    private static final String SCHEMA = "https://schema.org/";

    @TempDir
    static Path dir;

    private static Path site;
    private static DatasetGraph dataset;

    @BeforeAll
    static void build() throws Exception {
        site = SampleSite.build(dir.resolve("project"));
        dataset = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/graph.trig")).lang(Lang.TRIG).parse(dataset);
    }

    @Test
    void everyLinkResolvesAndEveryAlternateParses() throws Exception {
        assertEquals(List.of(), LinkChecker.problems(site));
    }

    @Test
    void theGraphConformsToThePublishedShapes() {
        ValidationReport report = Shacl.validate(Shacl.shapes(site), Shacl.graph(site));
        assertTrue(report.conforms(), Shacl.describe(report));
    }

    @Test
    void theShapesCatchABrokenGraph() {
        Shapes shapes = Shacl.shapes(site);
        Graph graph = Shacl.graph(site);
        Node article = NodeFactory.createURI("http://localhost:8080/article/microsoft-ai-cloud/");
        Node headline = NodeFactory.createURI(SCHEMA + "headline");
        graph.find(article, headline, Node.ANY).toList().forEach(graph::delete);
        graph.add(Triple.create(article, NodeFactory.createURI(SCHEMA + "mentions"),
                NodeFactory.createURI("http://localhost:8080/entity/nobody/")));
        ValidationReport report = Shacl.validate(shapes, graph);
        assertFalse(report.conforms());
        Set<String> focus = new HashSet<>();
        report.getEntries().forEach(e -> focus.add(e.focusNode().getURI()));
        assertEquals(Set.of(article.getURI(), "http://localhost:8080/entity/nobody/"), focus, Shacl.describe(report));
    }

    @Test
    void theAboutAndQueryPagesCountTheGraphInTheSameWords() throws Exception {
        long triples;
        try (Stream<String> nt = Files.lines(site.resolve("data/graph.nt"))) {
            triples = nt.filter(l -> !l.isBlank()).count();
        }
        long quads = dataset.stream().count();
        String expected = String.format(java.util.Locale.ROOT, "%,d statements (%,d in %,d named graphs)", triples,
                quads, dataset.size());
        // both counts in the thousands (weak relations are only reified now, so quads no longer outnumber the
        // RDF 1.1 lines, whose reification spells each annotation in four triples)
        assertTrue(triples >= 1000 && quads >= 1000, "the sample's graph is large enough to need a separator");
        Document about = Jsoup.parse(site.resolve("about/index.html").toFile());
        Document query = Jsoup.parse(site.resolve("query/index.html").toFile());
        assertEquals(expected, about.selectFirst(".graph-size").text());
        assertEquals(expected, query.selectFirst(".graph-size").text());
        String rows = about.select("#totals + table tr").eachText().toString();
        assertTrue(rows.contains(String.format(java.util.Locale.ROOT, "statements %,d", triples)), rows);
        assertTrue(rows.contains(String.format(java.util.Locale.ROOT, "statements in named graphs %,d", quads)), rows);
    }

    @Test
    void pagesOfEveryKindAreWritten() {
        for (String page : List.of("index.html", "figures/index.html", "organizations/index.html", "people/index.html",
                "places/index.html", "products/index.html", "tags/index.html", "tag/cloud/index.html",
                "archive/index.html", "archive/2025/index.html", "archive/2025/03/index.html", "query/index.html",
                "about/index.html", "search/index.html", "search/index.json", "feed.xml", "sitemap.xml",
                "data/void.ttl", ".well-known/void", "ontology.ttl", "entity/microsoft/feed.xml",
                "assets/vendor/minisearch/minisearch.js")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
    }

    @Test
    void resourcePagesEmbedSchemaOrgJsonLdAboutThemselves() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Document article = Jsoup.parse(site.resolve("article/microsoft-ai-cloud/index.html").toFile());
        JsonNode node = json.readTree(article.selectFirst("script[type=application/ld+json]").data());
        assertEquals("NewsArticle", node.get("@type").asText());
        assertEquals("http://localhost:8080/article/microsoft-ai-cloud/", node.get("@id").asText());
        Document entity = Jsoup.parse(site.resolve("entity/microsoft/index.html").toFile());
        node = json.readTree(entity.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Organization", node.get("@type").asText());
        assertEquals("http://www.wikidata.org/entity/Q2283", node.get("sameAs").asText());
        assertNotNull(entity.selectFirst("link[rel=alternate][type=text/turtle][href=index.ttl]"));
        assertNotNull(entity.selectFirst("link[rel=alternate][type=application/ld+json][href=index.jsonld]"));
        assertNotNull(entity.selectFirst("link[rel=alternate][type=application/atom+xml][href=feed.xml]"));
    }

    @Test
    void theFiguresExplorerListsEveryFigureWithItsFilterFields() throws Exception {
        Document page = Jsoup.parse(site.resolve("figures/index.html").toFile());
        var rows = page.select("#figure-table tbody tr");
        long figures = count("SELECT (COUNT(?f) AS ?n) WHERE { GRAPH ?g { ?f <https://schema.org/unitText> ?u } }");
        assertTrue(figures > FiguresRenderer.PAGE_SIZE, "the sample has more than a page of figures");
        assertEquals(FiguresRenderer.PAGE_SIZE, rows.size(), "a page at a time");
        // The index shows the newest figures, numbered from the oldest (1); the numbered pages hold every figure once,
        // page N figures 100(N-1)+1 to 100N, each linking the index, the newer page and the older and oldest ones.
        assertEquals(figures, Long.parseLong(rows.get(0).attr("data-order")), "the newest figure first");
        var later = new ArrayList<org.jsoup.nodes.Element>();
        int pages = 0;
        for (int n = 1; Files.exists(site.resolve(FiguresRenderer.path(n))); n++) {
            pages = n;
            Document next = Jsoup.parse(site.resolve(FiguresRenderer.path(n)).toFile());
            var its = next.select("#figure-table tbody tr");
            later.addAll(its);
            assertEquals(Math.min(figures, n * FiguresRenderer.PAGE_SIZE), Long.parseLong(its.get(0).attr("data-order")),
                    "page " + n + " starts at its newest figure");
            assertEquals((n - 1) * FiguresRenderer.PAGE_SIZE + 1, Long.parseLong(its.last().attr("data-order")),
                    "page " + n + " ends at its oldest figure");
            assertEquals(n > 1, next.selectFirst("nav.pager a[rel=next]") != null, "page " + n + " links older");
            assertEquals("../../../" + FiguresRenderer.PATH, next.selectFirst("nav.pager a").attr("href"), "page " + n + " links the newest");
            assertEquals(String.valueOf(n), next.selectFirst("main").attr("data-oldest-page"));
            assertFalse(next.selectFirst("#figure-count").text().contains(" of "),
                    "no page but the index says how many figures there are: " + next.selectFirst("#figure-count").text());
        }
        assertEquals((figures + FiguresRenderer.PAGE_SIZE - 1) / FiguresRenderer.PAGE_SIZE, pages);
        for (int n = 1; n < pages; n++) {
            assertEquals("../../../" + FiguresRenderer.path(n + 1), Jsoup.parse(site.resolve(FiguresRenderer.path(n)).toFile())
                    .selectFirst("nav.pager a[rel=prev]").attr("href"), "page " + n + " links the newer one");
        }
        assertEquals(figures, later.size(), "the pages hold every figure once");
        assertEquals(figures, later.stream().map(r -> r.attr("data-order")).distinct().count());
        assertEquals("../" + FiguresRenderer.path(pages - 1),
                page.selectFirst("nav.pager a[rel=next]").attr("href"), "the index links the page just older than it");
        JsonNode data = new ObjectMapper().readTree(Files.readString(site.resolve("figures/data.js"))
                .replaceFirst("^window.newsgraphFigures = ", "").replaceFirst(";\\s*$", ""));
        assertEquals(figures, data.get("rows").size(), "the script's data has every figure");
        assertTrue(page.select("#figure-table tbody td[data-label]").size() == rows.size() * 9, "every cell labelled");
        assertTrue(rows.stream().allMatch(r -> !r.attr("data-kind").isEmpty() && !r.attr("data-unit").isEmpty()));
        Set<String> kinds = new HashSet<>();
        rows.forEach(r -> kinds.add(r.attr("data-kind")));
        Set<String> dataKinds = new HashSet<>();
        data.get("rows").forEach(r -> dataKinds.add(r.get("kind").asText()));
        assertTrue(dataKinds.containsAll(kinds), "the script's data has each kind the filter offers: " + dataKinds);
        // The filters' choices come from the data in the browser: no page carries the archive's values (one article
        // or a merge would change every page of the explorer).
        assertEquals(4, page.select("#figure-filters select[name~=kind|unit|entity|period] option").size(),
                "each filter has only its 'any' choice on the page");
        assertTrue(page.select("#figure-filters option[value~=.]").stream()
                .allMatch(o -> o.parent().attr("name").equals("sort")), "no choice but the sort orders has a value");
        assertNotNull(page.selectFirst("form#figure-filters[hidden]"), "the filter form waits for its script");
    }

    @Test
    void theSearchIndexCoversArticlesEntitiesAndFiguresWithWorkingLinks() throws Exception {
        JsonNode documents = new ObjectMapper().readTree(site.resolve("search/index.json").toFile()).get("documents");
        long articles = count("SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } }");
        long entities = count("SELECT (COUNT(?e) AS ?n) WHERE { GRAPH ?g { ?e <https://schema.org/name> ?x } }");
        long figures = count("SELECT (COUNT(?f) AS ?n) WHERE { GRAPH ?g { ?f <https://schema.org/unitText> ?u } }");
        assertEquals(articles + entities + figures, documents.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode doc : documents) {
            assertTrue(ids.add(doc.get("id").asText()), "unique id " + doc.get("id"));
            String href = (doc.has("in") ? documents.get(doc.get("in").asInt()).get("href").asText()
                    + doc.get("href").asText() : doc.get("href").asText()).replaceAll("#.*", "");
            assertTrue(Files.isRegularFile(site.resolve(href)), href);
        }
        assertTrue(Files.readString(site.resolve("search/index.js")).startsWith("window.newsgraphSearchIndex = {"));
        for (JsonNode doc : documents) {
            if (doc.get("kind").asText().equals("Article")) {
                Document article = Jsoup.parse(site.resolve(doc.get("href").asText()).toFile());
                String last = article.select(".text p").last().text();
                assertTrue(doc.get("text").asText().replaceAll("\\s+", " ").contains(last), "the whole text of " + doc.get("id"));
            }
        }
        assertTrue(StreamSupport.stream(documents.spliterator(), false).anyMatch(d -> d.get("kind").asText().equals("Figure")
                && d.get("title").asText().matches("Microsoft \\S.* .*\\d.*")), "a figure read as subject, measure, value");
    }

    @Test
    void voidDescribesTheDumpsAndCountsTheStatements() throws Exception {
        assertEquals(Files.readString(site.resolve("data/void.ttl")), Files.readString(site.resolve(".well-known/void")));
        DatasetGraph voidGraph = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/void.ttl")).lang(Lang.TURTLE).parse(voidGraph);
        String query = """
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?triples ?dump WHERE { ?d a void:Dataset ; void:triples ?triples ; void:dataDump ?dump }""";
        long lines;
        try (Stream<String> nt = Files.lines(site.resolve("data/graph.nt"))) {
            lines = nt.count();
        }
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(voidGraph)).query(query).build()) {
            List<String> dumps = new ArrayList<>();
            qe.execSelect().forEachRemaining(row -> {
                assertEquals(lines, row.getLiteral("triples").getLong());
                dumps.add(row.getResource("dump").getURI());
            });
            assertEquals(org.newsgraph.graph.Dump.ALL.size(), dumps.size());
            dumps.forEach(d -> assertTrue(Files.isRegularFile(site.resolve(d.substring("http://localhost:8080/".length()))), d));
        }
    }

    @Test
    void theSitemapListsEveryPageOnce() throws Exception {
        NodeList locs = xml(site.resolve("sitemap.xml")).getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(listed.add(loc), "listed once: " + loc);
            assertTrue(Files.isRegularFile(site.resolve(loc.substring("http://localhost:8080/".length()) + "index.html")), loc);
        }
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.getFileName().toString().equals("index.html")).toList();
        }
        long redirects = 0;
        for (Path page : pages) {
            boolean redirect = Jsoup.parse(page.toFile()).selectFirst("meta[http-equiv=refresh]") != null;
            String path = site.relativize(page).toString().replace('\\', '/');
            String loc = "http://localhost:8080/" + path.substring(0, path.length() - "index.html".length());
            assertEquals(!redirect, listed.contains(loc), "listed if and only if not a redirect: " + loc);
            redirects += redirect ? 1 : 0;
        }
        assertTrue(redirects >= 1, "the SPARQL page's former address is a redirect");
        assertEquals(pages.size() - redirects, listed.size());
    }

    @Test
    void feedsListArticlesNewestFirstDatedByTheArticles() throws Exception {
        Element feed = xml(site.resolve("feed.xml"));
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(8, entries.getLength());
        List<String> updated = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            updated.add(((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated")
                    .item(0).getTextContent());
        }
        List<String> newestFirst = new ArrayList<>(updated);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, updated);
        assertEquals("2025-07-09T00:00:00Z", feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated")
                .item(0).getTextContent(), "the feed is as new as its newest article");
        Element entity = xml(site.resolve("entity/microsoft/feed.xml"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a <https://schema.org/mentions> "
                        + "<http://localhost:8080/entity/microsoft/> } }"),
                entity.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
    }

    @Test
    void everyExampleQueryOfTheSparqlPageFindsSomething() throws Exception {
        Document page = Jsoup.parse(site.resolve(SparqlRenderer.PATH).toFile());
        List<String> examples = page.select("article.example").eachAttr("id");
        assertEquals(SparqlPageTest.EXAMPLES, examples);
        SiteGraph graph = SiteGraph.load(site);
        for (String example : examples) {
            String sparql = Files.readString(site.resolve("query/" + example + ".rq"));
            assertFalse(sparql.contains("{base}"), example);
            Query query = QueryPolicy.DEFAULT.prepare(sparql);
            // As `newsgraph query --file` and serve's endpoint run it (the default graph is the union)...
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(graph, QueryPolicy.DEFAULT).run(sparql, query.isConstructType() ? ResultFormat.ttl
                    : ResultFormat.csv, out);
            String result = out.toString(StandardCharsets.UTF_8);
            long rows = query.isConstructType() ? RDFParser.fromString(result, Lang.TURTLE).toGraph().size()
                    : result.lines().count() - 1;
            assertTrue(rows > 0, example + " finds nothing in the sample articles:\n" + result);
            // ...and as any SPARQL store with graph.trig loaded runs it (no union default graph).
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(sparql).build()) {
                assertTrue(query.isConstructType() ? !qe.execConstruct().isEmpty() : qe.execSelect().hasNext(),
                        example + " finds nothing without a union default graph");
            }
        }
    }

    @Test
    void entityPagesListWhatPointsThere() throws Exception {
        Document bytedance = Jsoup.parse(site.resolve("entity/bytedance/index.html").toFile());
        assertNotNull(bytedance.selectFirst("dl.backlinks dt:contains(ng:ownedBy) + dd a[href=../../entity/tiktok/index.html]"),
                "TikTok is owned by ByteDance");
        assertNotNull(bytedance.selectFirst("dl.backlinks dt:contains(schema:mentions) + dd "
                + "a[href=../../article/microsoft-ai-cloud/index.html]"));
        assertNotNull(bytedance.selectFirst("dl.backlinks dt:contains(itsrdf:taIdentRef) + dd "
                + "a[href^=../../article/microsoft-ai-cloud/index.html#char=]"), "its mentions, linked to the text");
    }

    @Test
    void longTypeIndexesArePaginatedAndListEveryEntityOnce() throws Exception {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        SiteModel model = new SiteModel(dataset, iris);
        Theme theme = new Theme(SampleProject.repository().resolve("templates"));
        Path out = dir.resolve("paged");
        try (StagedOutput output = StagedOutput.open(out)) {
            new EntityIndexRenderer(3, 3).render(new RenderContext(model, new ViewFactory(model, iris.base()), theme,
                    new Templates(theme), output, dataset, iris, new GraphFiles(iris.base()), GraphStatistics.of(dataset),
                    new java.util.concurrent.ForkJoinPool(1)));
            output.commit();
        }
        List<SiteModel.EntityData> all = model.entities.values().stream().filter(e -> e.type().equals("Organization"))
                .toList();
        long organizations = all.size();
        // Session 33: the index links each letter with its count; a letter's page lists its entities, in pages of
        // three numbered within the letter, so that a new or merged entity changes its own letter's pages only.
        Document index = Jsoup.parse(out.resolve("organizations/index.html").toFile());
        assertTrue(index.select("table.entity-index").isEmpty(), "the index lists letters, not entities");
        List<String> folders = new ArrayList<>();
        for (var link : index.select("nav.letters a")) {
            Path letter = out.resolve("organizations").resolve(link.attr("href")).normalize();
            assertTrue(Files.isRegularFile(letter), link.attr("href"));
            folders.add(letter.getParent().getFileName().toString());
        }
        assertEquals(all.stream().map(e -> EntityLetters.of(e.name())).distinct().sorted(
                java.util.Comparator.comparing(EntityLetters.ALL::indexOf)).toList(), folders, "the letters in use, in order");
        boolean paged = false;
        List<String> listed = new ArrayList<>();
        for (String letter : folders) {
            long under = all.stream().filter(e -> EntityLetters.of(e.name()).equals(letter)).count();
            int pages = (int) (under + 2) / 3;
            paged |= pages > 1;
            assertTrue(index.selectFirst("nav.letters a[href$=\"/" + letter + "/index.html\"]").text()
                    .endsWith(" " + under), "the index counts the letter's entities");
            for (int n = 1; n <= pages; n++) {
                Path page = out.resolve("organizations/" + letter + (n == 1 ? "" : "/page/" + n) + "/index.html");
                Document doc = Jsoup.parse(page.toFile());
                List<String> names = new ArrayList<>();
                doc.select("table.entity-index tbody tr td:first-child a").forEach(a -> names.add(a.text()));
                assertTrue(names.stream().allMatch(name -> EntityLetters.of(name).equals(letter)), letter + ": " + names);
                listed.addAll(names);
                assertEquals(n > 1, doc.selectFirst("nav.pager a[rel=prev]") != null, "previous link on page " + n);
                assertEquals(n < pages, doc.selectFirst("nav.pager a[rel=next]") != null, "next link on page " + n);
                if (pages > 1) {
                    assertEquals(String.valueOf(n), doc.selectFirst("nav.pager a[aria-current=page]").text());
                }
                assertEquals(folders.size(), doc.select("nav.letters a").size(), "every letter in use linked");
                assertTrue(doc.select("nav.letters small").isEmpty(), "no counts of other letters on a letter's page");
                for (var link : doc.select("nav.pager a, nav.letters a, p.up a")) {
                    assertTrue(Files.isRegularFile(page.getParent().resolve(link.attr("href")).normalize()),
                            link.attr("href"));
                }
            }
            assertFalse(Files.exists(out.resolve("organizations/" + letter + "/page/" + (pages + 1))));
        }
        assertTrue(paged, "a letter with enough organizations to page");
        assertTrue(Files.notExists(out.resolve("organizations/page")), "no pages numbered across letters");
        assertEquals(organizations, listed.size());
        assertEquals(organizations, new HashSet<>(listed).size(), "each once");
    }

    @Test
    void aSmallTypesIndexListsEveryEntityBesideItsLetters() throws Exception {
        // Session 34: while a type has at most LISTED_ON_INDEX entities, its index lists them all (one click from the
        // menu, as before session 33's letters), alphabetically, with the letters still linked.
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        SiteModel model = new SiteModel(dataset, iris);
        for (String type : HomeRenderer.TYPES) {
            List<String> expected = model.entities.values().stream().filter(e -> e.type().equals(type))
                    .sorted(java.util.Comparator.comparing((SiteModel.EntityData e) -> e.name().toLowerCase(Locale.ROOT))
                            .thenComparing(SiteModel.EntityData::id))
                    .map(SiteModel.EntityData::name).toList();
            assertTrue(expected.size() > EntityIndexRenderer.PAGE_SIZE || !type.equals("Organization"),
                    "the sample has more organizations than a letter's page holds");
            assertTrue(expected.size() <= EntityIndexRenderer.LISTED_ON_INDEX, type + " is listed whole in the sample");
            Document index = Jsoup.parse(site.resolve(ViewFactory.typeIndexPath(type)).toFile());
            List<String> names = new ArrayList<>();
            index.select("table.entity-index tbody tr td:first-child a").forEach(a -> names.add(a.text()));
            assertEquals(expected, names, type + ": every entity, in order");
            for (var link : index.select("table.entity-index a, nav.letters a")) {
                assertTrue(Files.isRegularFile(site.resolve(ViewFactory.typeIndexPath(type)).getParent()
                        .resolve(link.attr("href")).normalize()), link.attr("href"));
            }
            assertEquals(expected.isEmpty() ? 0 : expected.stream().map(EntityLetters::of).distinct().count(),
                    index.select("nav.letters a").size(), type + ": its letters in use, linked");
        }
    }

    @Test
    void oneRenderingThreadOrFourWriteTheSameBytes() throws Exception {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        Path templates = SampleProject.repository().resolve("templates");
        List<Path> sites = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            Path out = dir.resolve("threads-" + threads);
            try (StagedOutput output = StagedOutput.open(out)) {
                new SiteRenderer(templates, iris, threads).render(dataset, output);
                output.commit();
            }
            sites.add(out);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sites.get(0))) {
            files = walk.filter(Files::isRegularFile).map(sites.get(0)::relativize).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(sites.get(1))) {
            assertEquals(files, walk.filter(Files::isRegularFile).map(sites.get(1)::relativize).sorted().toList());
        }
        assertTrue(files.size() > 100, "a whole site: " + files.size() + " files");
        for (Path file : files) {
            // Bytes, not text: the site has binary files too (the SPARQL engine's WebAssembly).
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(sites.get(0).resolve(file)),
                    Files.readAllBytes(sites.get(1).resolve(file)), file.toString());
        }
    }

    @Test
    void aPageThatFailsFailsTheRenderWithItsCause() {
        java.util.concurrent.ForkJoinPool workers = new java.util.concurrent.ForkJoinPool(2);
        try {
            RenderContext context = new RenderContext(null, null, null, null, null, dataset, null, null, null, workers);
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> context.forEach(List.of(1, 2, 3, 4), n -> {
                        if (n == 3) {
                            throw new java.io.IOException("disk full writing page " + n);
                        }
                    }));
            assertEquals("disk full writing page 3", e.getMessage());
        } finally {
            workers.shutdownNow();
        }
    }

    private static long count(String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Element xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    @Test
    void countsAreWrittenInCorrectEnglish() throws Exception {
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertNotNull(home.selectFirst(".groups .count[title=1 mention]"), "an entity mentioned once says so");
        java.util.regex.Pattern wrong = java.util.regex.Pattern.compile(
                "\\b1 (mentions|entities|figures|relations|articles|results)\\b");
        try (java.util.stream.Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(page.toFile());
                String said = html.body().text() + " " + html.select("[title]").eachAttr("title");
                assertFalse(wrong.matcher(said).find(), site.relativize(page) + ": " + wrong.matcher(said).results()
                        .map(java.util.regex.MatchResult::group).toList());
            }
        }
    }

    @Test
    void anArticlesRelationsDoNotLinkBackToTheArticleAndAnEntitysDo() throws Exception {
        Document article = Jsoup.parse(site.resolve("article/microsoft-ai-cloud/index.html").toFile());
        assertFalse(article.select("section.relations li").isEmpty());
        assertTrue(article.select("section.relations a.source").isEmpty(), "the page itself is the source");
        Document entity = Jsoup.parse(site.resolve("entity/microsoft/index.html").toFile());
        assertFalse(entity.select("section.relations a.source[href^=../../article/]").isEmpty(), "where each comes from");
    }

    @Test
    void anEntitysFiguresTableTurnsIntoLabelledCardsOnAPhone() throws Exception {
        Document entity = Jsoup.parse(site.resolve("entity/microsoft/index.html").toFile());
        org.jsoup.nodes.Element table = entity.selectFirst("section.figures table.cards");
        assertNotNull(table, "the cards' style applies");
        assertFalse(table.select("tbody td").isEmpty());
        assertTrue(table.select("tbody td").stream().allMatch(td -> !td.attr("data-label").isEmpty()),
                "every cell says which column it is");
        String style = Files.readString(site.resolve("assets/style.css"));
        assertTrue(style.matches("(?s).*@media \\(max-width: 600px\\) \\{[^@]*table\\.cards tr \\{ display: grid;.*"), "cards at phone width");
    }
}
