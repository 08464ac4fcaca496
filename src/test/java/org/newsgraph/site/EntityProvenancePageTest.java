package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.article.TextBlock;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.NG;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.resolve.ResolvedEntity;

/**
 * Why two names are one entity and why it has its type, as the entity page shows them from the graph (issue 13):
 * each joined name with its reason and the article that joined it, each name the merge across articles joined with
 * its reason; nothing where nothing was joined.
 */
class EntityProvenancePageTest {

    private static final String TEXT = "Northwind Traders opened a depot. NT said Harbor Mills would supply it.";

    @TempDir
    Path dir;

    private final Iris iris = new Iris(Iris.DEFAULT_BASE);

    @Test
    void theEntityPageSaysWhyEachOtherNameIsTheSameThingAndWhichArticleSaidSo() throws Exception {
        Path site = render();
        Document page = Jsoup.parse(site.resolve("entity/northwind-traders/index.html").toFile());
        Element reason = page.selectFirst("dl.about ul.alias-reasons > li");
        assertNotNull(reason, "the joined name is explained");
        assertEquals("NT", reason.selectFirst("q").text());
        assertEquals("NT: initials of Northwind Traders (in Depot news)", reason.text());
        assertEquals("../../article/depot-news/index.html", reason.selectFirst("a").attr("href"));
        assertEquals("Organization in 1 article; first: context: company-suffix",
                page.selectFirst("dl.about dd.type-reason").text());
    }

    @Test
    void theEntityPageSaysWhyANameOtherArticlesUsedIsTheSameThing() throws Exception {
        Path site = render(Map.of("Northwind Trading", "same Wikidata id as Northwind Traders"));
        Document page = Jsoup.parse(site.resolve("entity/northwind-traders/index.html").toFile());
        List<Element> merged = page.select("dl.about ul.merge-reasons > li");
        assertEquals(1, merged.size(), "the name joined across articles is explained");
        assertEquals("Northwind Trading", merged.get(0).selectFirst("q").text());
        assertEquals("Northwind Trading: same Wikidata id as Northwind Traders (across articles)", merged.get(0).text());
        assertNull(merged.get(0).selectFirst("a"), "a merge is no one article's");
        assertEquals("NT: initials of Northwind Traders (in Depot news)",
                page.selectFirst("dl.about ul.alias-reasons > li").text(), "the article's own reason stays");
        assertEquals(1, page.select("dl.about dt").stream().filter(dt -> dt.text().equals("Why these names are one"))
                .count(), "one heading for both kinds of reason");
    }

    @Test
    void aMergeReasonAloneStillExplainsTheNames() throws Exception {
        Path site = render(Map.of("Harbour Mills", "same name as Harbor Mills"));
        Document page = Jsoup.parse(site.resolve("entity/harbor-mills/index.html").toFile());
        assertNull(page.selectFirst("ul.alias-reasons"), "no article joined a name");
        assertEquals("Harbour Mills: same name as Harbor Mills (across articles)",
                page.selectFirst("dl.about ul.merge-reasons > li").text());
    }

    @Test
    void theEntityDataStandsAloneWithEachAliasRecordsNameReasonAndSource() throws Exception {
        Path site = render();
        for (String file : List.of("index.ttl", "index.jsonld")) {
            Model data = RDFDataMgr.loadModel(site.resolve("entity/northwind-traders/" + file).toString());
            Property alias = data.createProperty(NG.namespace(Iris.DEFAULT_BASE), "alias");
            Resource record = data.listObjectsOfProperty(alias).toList().stream().findFirst()
                    .map(o -> o.asResource()).orElseThrow(() -> new AssertionError(file + " links no alias record"));
            assertEquals("NT", record.getProperty(data.createProperty(NG.namespace(Iris.DEFAULT_BASE), "aliasName"))
                    .getString(), file);
            assertEquals("initials of Northwind Traders", record.getProperty(
                    data.createProperty(NG.namespace(Iris.DEFAULT_BASE), "aliasReason")).getString(), file);
            assertEquals(iris.article("depot-news").getURI(), record.getProperty(
                    data.createProperty("http://www.w3.org/ns/prov#", "wasDerivedFrom")).getResource().getURI(), file);
        }
        Model other = RDFDataMgr.loadModel(site.resolve("entity/harbor-mills/index.ttl").toString());
        assertFalse(other.listSubjectsWithProperty(other.createProperty(NG.namespace(Iris.DEFAULT_BASE), "aliasName"))
                .hasNext(), "another entity's data holds no alias record of the first");
    }

    @Test
    void anEntityWithNoJoinedNameAndNoRecordedTypeReasonShowsNeither() throws Exception {
        Path site = render();
        Document page = Jsoup.parse(site.resolve("entity/harbor-mills/index.html").toFile());
        assertNull(page.selectFirst("ul.alias-reasons"));
        assertNull(page.selectFirst("ul.merge-reasons"));
        assertNull(page.selectFirst("dd.type-reason"));
    }

    private Path render() throws Exception {
        return render(Map.of());
    }

    /** Renders the article; {@code merged} are the merge reasons of whichever entity each reason's name is about. */
    private Path render(Map<String, String> merged) throws Exception {
        Article article = new Article("depot-news", Path.of("depot-news.md"), "Depot news", LocalDate.of(2025, 3, 4),
                null, null, null, List.of(), TEXT, TEXT, List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, TEXT.length())));
        int nt = TEXT.indexOf("NT");
        int mills = TEXT.indexOf("Harbor Mills");
        Entity firm = new Entity("northwind-traders", "Northwind Traders", EntityType.ORGANIZATION, List.of("NT"), null,
                List.of(new Span(0, 17, "Northwind Traders", 0), new Span(nt, nt + 2, "NT", 1)), "context: company-suffix",
                Map.of("NT", "initials of Northwind Traders"));
        Entity supplier = new Entity("harbor-mills", "Harbor Mills", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(mills, mills + 12, "Harbor Mills", 1)));
        Extraction extraction = new Extraction("depot-news", List.of(new Sentence(0, 0, 33),
                new Sentence(1, 34, TEXT.length())), List.of(firm, supplier), List.of(), List.of());
        List<ResolvedEntity> resolved = List.of(
                new ResolvedEntity("northwind-traders", "Northwind Traders", EntityType.ORGANIZATION, List.of("NT"), null,
                        2, List.of(), "Organization in 1 article; first: context: company-suffix",
                        Map.of("NT", "initials of Northwind Traders"), about(merged, "Northwind Traders")),
                new ResolvedEntity("harbor-mills", "Harbor Mills", EntityType.ORGANIZATION, List.of(), null, 1,
                        List.of(), null, Map.of(), about(merged, "Harbor Mills")));
        DatasetGraph dataset = new GraphBuilder(iris).build(List.of(new ExtractedArticle(article, extraction)), resolved);
        Path out = dir.resolve("site");
        try (StagedOutput output = StagedOutput.open(out)) {
            new SiteRenderer(Path.of("templates"), iris, 1).render(dataset, output);
            output.commit();
        }
        return out;
    }

    private static Map<String, String> about(Map<String, String> merged, String name) {
        Map<String, String> reasons = new java.util.TreeMap<>(merged);
        reasons.values().removeIf(reason -> !reason.endsWith(" " + name));
        return reasons;
    }
}
