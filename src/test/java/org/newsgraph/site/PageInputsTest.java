package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.testing.SampleSite;

/**
 * The dependency index: after a change only the article and entity pages whose recorded inputs changed get a record
 * built, the others are taken over unvisited, and the site is still byte for byte a fresh render of the same graph.
 */
class PageInputsTest {

    private static final String SCHEMA = "https://schema.org/";
    private static final String ARTICLE = "microsoft-ai-cloud";

    @TempDir
    Path dir;

    private final Iris iris = new Iris(Iris.DEFAULT_BASE);
    private DatasetGraph dataset;
    private SiteRenderer renderer;

    @BeforeEach
    void build() throws Exception {
        Path site = SampleSite.build(dir.resolve("project"));
        dataset = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/graph.trig")).lang(Lang.TRIG).parse(dataset);
        renderer = new SiteRenderer(dir.resolve("project/templates"), iris, 2);
    }

    @Test
    void anUnchangedGraphBuildsNoArticleOrEntityPage() throws Exception {
        SiteRenderer.Pages first = render("out");
        assertFalse(first.built().isEmpty(), "a first render builds every page");
        SiteRenderer.Pages second = render("out");
        assertEquals(Set.of(), second.built());
        assertEquals(first.built().size(), second.takenOver());
    }

    @Test
    void aRetitledArticleRebuildsItsPageAndThePagesShowingItOnly() throws Exception {
        render("out");
        Node article = iris.article(ARTICLE);
        Graph graph = dataset.getGraph(article);
        Node headline = NodeFactory.createURI(SCHEMA + "headline");
        graph.find(article, headline, Node.ANY).toList().forEach(graph::delete);
        graph.add(Triple.create(article, headline, NodeFactory.createLiteralString("A new title")));
        SiteRenderer.Pages pages = render("out");
        assertTrue(pages.built().contains("article/" + ARTICLE + "/"), pages.built().toString());
        Set<String> named = PageInputs.said(graph, iris.base() + "entity/").keySet();
        SiteModel model = new SiteModel(dataset, iris);
        List<String> others = model.entities.keySet().stream().filter(id -> !named.contains(id)).toList();
        assertFalse(others.isEmpty(), "entities the article does not name");
        for (String built : pages.built()) {
            if (built.startsWith("entity/")) {
                String id = built.substring("entity/".length(), built.indexOf('/', "entity/".length()));
                assertTrue(named.contains(id), built + " is built although the article does not name it");
            }
        }
        assertTrue(pages.takenOver() >= others.size(), "the pages of entities it does not name are taken over");
        assertSameAsFreshRender("out");
    }

    @Test
    void aRetitledArticleRebuildsOnlyTheListingsShowingIt() throws Exception {
        render("out");
        SiteModel model = new SiteModel(dataset, iris);
        SiteModel.ArticleData retitled = model.article(ARTICLE);
        Node article = iris.article(ARTICLE);
        Graph graph = dataset.getGraph(article);
        Node headline = NodeFactory.createURI(SCHEMA + "headline");
        graph.find(article, headline, Node.ANY).toList().forEach(graph::delete);
        graph.add(Triple.create(article, headline, NodeFactory.createLiteralString("A new title")));
        Set<String> built = render("out").built();
        String month = ViewFactory.archivePath(retitled.date().substring(0, 4), retitled.date().substring(5, 7));
        for (String listing : List.of("archive/index.html", month, FeedRenderer.SITE_FEED)) {
            assertTrue(built.contains(listing), listing + " lists the article: " + built);
        }
        assertFalse(built.stream().anyMatch(p -> p.startsWith("organizations/") || p.startsWith("people/")),
                "an entity index shows names and counts, which a title does not change: " + built);
        model.articles.stream().filter(a -> a.date() != null && !a.date().startsWith(retitled.date().substring(0, 7)))
                .map(a -> ViewFactory.archivePath(a.date().substring(0, 4), a.date().substring(5, 7)))
                .forEach(other -> assertFalse(built.contains(other), other + " does not list the article"));
        model.articles.stream().flatMap(a -> a.tags().stream()).filter(t -> retitled.tags().stream()
                .noneMatch(mine -> org.newsgraph.article.Slugs.of(mine).equals(org.newsgraph.article.Slugs.of(t))))
                .map(ViewFactory::tagPath).forEach(tag -> assertFalse(built.contains(tag), tag + " is another tag's"));
        assertSameAsFreshRender("out");
    }

    @Test
    void aRenamedEntityRebuildsTheArticlesNamingIt() throws Exception {
        render("out");
        Graph entities = dataset.getGraph(iris.entitiesGraph());
        SiteModel model = new SiteModel(dataset, iris);
        String id = model.articlesByEntity().entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).filter(model.entities::containsKey).findFirst().orElseThrow();
        Node entity = iris.entity(id);
        Node name = NodeFactory.createURI(SCHEMA + "name");
        entities.find(entity, name, Node.ANY).toList().forEach(entities::delete);
        entities.add(Triple.create(entity, name, NodeFactory.createLiteralString("Renamed Entity")));
        SiteRenderer.Pages pages = render("out");
        assertTrue(pages.built().contains("entity/" + id + "/"));
        for (SiteModel.ArticleData article : model.articlesByEntity().get(id)) {
            assertTrue(pages.built().contains("article/" + article.slug() + "/"),
                    article.slug() + " shows the entity's name");
        }
        assertTrue(pages.takenOver() > 0, "pages that do not show the entity are taken over");
        assertSameAsFreshRender("out");
    }

    @Test
    void aChangedMergeReasonRebuildsTheEntityPage() throws Exception {
        SiteModel model = new SiteModel(dataset, iris);
        String id = model.entities.keySet().iterator().next();
        Graph entities = dataset.getGraph(iris.entitiesGraph());
        Node record = iris.mergedAlias(id, 99);
        Node reason = org.newsgraph.graph.NG.term(iris.base(), org.newsgraph.graph.NG.aliasReason);
        entities.add(Triple.create(iris.entity(id), org.newsgraph.graph.NG.term(iris.base(), org.newsgraph.graph.NG.alias),
                record));
        entities.add(Triple.create(record, org.newsgraph.graph.NG.term(iris.base(), org.newsgraph.graph.NG.aliasName),
                NodeFactory.createLiteralString("Another Name")));
        entities.add(Triple.create(record, reason, NodeFactory.createLiteralString("the same name, of the same type")));
        render("out");
        entities.find(record, reason, Node.ANY).toList().forEach(entities::delete);
        entities.add(Triple.create(record, reason, NodeFactory.createLiteralString("same Wikidata id")));
        SiteRenderer.Pages pages = render("out");
        assertTrue(pages.built().contains("entity/" + id + "/"), "only the record's reason changed");
        assertTrue(Files.readString(dir.resolve("out/entity/" + id + "/index.html")).contains("same Wikidata id"));
        assertSameAsFreshRender("out");
    }

    @Test
    void aRemovedMentionRebuildsTheEntityAndEveryArticleShowingItsCount() throws Exception {
        render("out");
        SiteModel model = new SiteModel(dataset, iris);
        String id = model.articlesByEntity().entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && e.getValue().stream().anyMatch(a -> a.slug().equals(ARTICLE)))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Graph graph = dataset.getGraph(iris.article(ARTICLE));
        Node identRef = NodeFactory.createURI("http://www.w3.org/2005/11/its/rdf#taIdentRef");
        Triple mention = graph.find(Node.ANY, identRef, iris.entity(id)).toList().get(0);
        graph.delete(mention);
        SiteRenderer.Pages pages = render("out");
        assertTrue(pages.built().contains("entity/" + id + "/"));
        for (SiteModel.ArticleData article : model.articlesByEntity().get(id)) {
            assertTrue(pages.built().contains("article/" + article.slug() + "/"),
                    article.slug() + " shows the entity's mention count");
        }
        assertSameAsFreshRender("out");
    }

    @Test
    void theQueryPagesGraphInPiecesUnzipsToTheWholeDatasetAfterAnEdit() throws Exception {
        render("out");
        Graph graph = dataset.getGraph(iris.article(ARTICLE));
        Node headline = NodeFactory.createURI(SCHEMA + "headline");
        Node article = iris.article(ARTICLE);
        graph.find(article, headline, Node.ANY).toList().forEach(graph::delete);
        graph.add(Triple.create(article, headline, NodeFactory.createLiteralString("Another title")));
        render("out");
        String script = Files.readString(dir.resolve("out").resolve(BrowserGraph.PATH));
        byte[] gzip = java.util.Base64.getDecoder().decode(script.substring(script.indexOf("(\"") + 2,
                script.indexOf("\",")));
        assertEquals(gunzip(BrowserGraph.nquadsGzip(dataset)), gunzip(gzip),
                "the same N-Quads as the whole dataset written at once");
        assertTrue(gunzip(gzip).contains("Another title"));
        assertSameAsFreshRender("out");
    }

    private static String gunzip(byte[] gzip) throws IOException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private SiteRenderer.Pages render(String folder) throws IOException {
        try (StagedOutput output = StagedOutput.open(dir.resolve(folder))) {
            SiteRenderer.Pages pages = renderer.render(dataset, output);
            output.commit();
            return pages;
        }
    }

    private void assertSameAsFreshRender(String folder) throws IOException {
        render("fresh");
        Map<String, Path> want = files(dir.resolve("fresh"));
        Map<String, Path> got = files(dir.resolve(folder));
        assertEquals(want.keySet(), got.keySet());
        for (String name : want.keySet()) {
            assertTrue(Arrays.equals(Files.readAllBytes(want.get(name)), Files.readAllBytes(got.get(name))),
                    name + " is what a fresh render writes");
        }
        StagedOutput.deleteTree(dir.resolve("fresh"));
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString(), p));
        }
        return files;
    }
}
