package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.NG;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SampleSite;

/**
 * What readers see of facts the extractor is not sure of, on the site built from the sample articles: figures only
 * probably about an entity, figures whose currency was assumed, relations found by a weak rule. Each is shown with the
 * sentence it comes from and a marker, and never as a sure fact.
 */
class UnsureFactsPageTest {

    private static final String NG_PREFIX = "PREFIX ng: <" + Iris.DEFAULT_BASE + "ontology#> ";

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
    void aFigureOnlyProbablyAboutAnEntityIsOnItsPageMarkedWithItsSentenceAndNotAmongItsFigures() throws Exception {
        List<QuerySolution> rows = select(NG_PREFIX + "SELECT ?f ?s WHERE { GRAPH ?g { ?f ng:candidateSubject ?s "
                + "FILTER NOT EXISTS { ?f ng:subject ?any } } } ORDER BY ?f ?s");
        assertFalse(rows.isEmpty(), "the sample has figures with a candidate subject only");
        for (QuerySolution row : rows) {
            String figure = row.getResource("f").getURI();
            Document page = Jsoup.parse(entityPage(row.getResource("s").getURI()).toFile());
            String fragment = "#" + figure.substring(figure.indexOf('#') + 1);
            Element link = page.selectFirst("section.possibly a[href$=" + fragment + "]");
            assertNotNull(link, "listed as possibly about the entity: " + figure);
            assertTrue(link.parent().hasClass("candidate") && !link.parent().attr("title").isEmpty(),
                    "marked as unsure, with a tooltip: " + link.parent());
            Element item = link.closest("ul.sentence-figures > li");
            assertFalse(item.selectFirst("blockquote").text().isBlank(), "with its sentence");
            String article = figure.substring(Iris.DEFAULT_BASE.length(), figure.indexOf('#'));
            assertNotNull(item.closest("section.article-figures").selectFirst("h3 a[href$=" + article + "index.html]"),
                    "under its article");
            assertTrue(page.select("section[aria-labelledby=figures] a[href$=" + fragment + "]").isEmpty(),
                    "not among the figures surely about it: " + figure);
        }
    }

    @Test
    void aProbableMeasureThatOnlyRepeatsTheCountedNounIsNotShownAgain() throws Exception {
        int measures = 0;
        try (java.util.stream.Stream<Path> pages = java.nio.file.Files.list(site.resolve("entity"))) {
            for (Path page : (Iterable<Path>) pages::iterator) {
                for (Element item : Jsoup.parse(page.resolve("index.html").toFile())
                        .select(".sentence-figures .inline-list > li")) {
                    Element measure = item.selectFirst(".measure");
                    if (measure != null) {
                        measures++;
                        String value = item.selectFirst("a").text();
                        assertFalse(value.endsWith(" " + measure.text().strip()), "'" + value + "' then '"
                                + measure.text() + "' in " + page);
                    }
                }
            }
        }
        assertTrue(measures > 0, "the sample's probable figures show measures");
    }

    @Test
    void theFiguresExplorerShowsACandidateSubjectMarkedAndDoesNotFilterByIt() throws Exception {
        List<QuerySolution> rows = select(NG_PREFIX + "SELECT ?f ?name WHERE { GRAPH ?g { ?f ng:candidateSubject ?s "
                + "FILTER NOT EXISTS { ?f ng:subject ?any } } GRAPH ?e { ?s <https://schema.org/name> ?name } } "
                + "ORDER BY ?f LIMIT 1");
        assertFalse(rows.isEmpty(), "the sample has figures with a candidate subject only");
        String figure = rows.get(0).getResource("f").getURI();
        String id = figure.substring(figure.indexOf('#') + 1);
        String name = rows.get(0).getLiteral("name").getLexicalForm();
        Element row = null;
        for (int page = 0; row == null && page < 10; page++) {
            Path file = site.resolve(FiguresRenderer.path(page));
            row = file.toFile().exists() ? Jsoup.parse(file.toFile()).selectFirst("#figure-table tr:has(a[href$="
                    + figure.substring(Iris.DEFAULT_BASE.length(), figure.indexOf('#')) + "index.html#" + id + "])")
                    : null;
        }
        assertNotNull(row, "the explorer lists " + figure);
        Element candidate = row.selectFirst("td[data-label=About] .candidate");
        assertNotNull(candidate, "the candidate is shown, marked: " + row);
        assertEquals(name + "?", candidate.text());
        assertEquals("", row.attr("data-entity"), "the About filter selects sure subjects only");
        String data = java.nio.file.Files.readString(site.resolve("figures/data.js"));
        assertTrue(data.contains("\"candidate\":"), "the script's data names candidates too");
    }

    @Test
    void aRelationFoundByAWeakRuleIsMarkedAndShowsItsSentence() throws Exception {
        List<QuerySolution> rows = select(NG_PREFIX + "SELECT ?g ?rule WHERE { GRAPH ?g { ?r ng:rule ?rule ; "
                + "ng:confidence ?c FILTER (?c < " + NG.WEAK_BELOW + ") } } ORDER BY ?g ?rule");
        assertFalse(rows.isEmpty(), "the sample has relations found by weak rules");
        for (QuerySolution row : rows) {
            String article = row.getResource("g").getURI().replace(Iris.DEFAULT_BASE, "");
            Document page = Jsoup.parse(site.resolve(article).resolve("index.html").toFile());
            String rule = row.getLiteral("rule").getLexicalForm();
            List<Element> items = page.select("section.relations li[data-rule=" + rule + "]");
            assertFalse(items.isEmpty(), rule + " on " + article);
            for (Element item : items) {
                assertTrue(item.hasClass("weak"), item.toString());
                assertTrue(item.selectFirst(".uncertain").attr("title").contains(rule), "the marker names the rule");
                assertFalse(item.selectFirst("blockquote").text().isBlank(), "with its sentence");
            }
        }
    }

    @Test
    void anAmountWhoseCurrencyWasAssumedSaysSoAndAStatedOneDoesNot() throws Exception {
        Path project = SampleProject.create(dir.resolve("assumed"));
        SampleProject.write(project.resolve("articles/2025-02-03-grocer.md"), """
                ---
                title: A grocer grows
                date: 2025-02-03
                ---
                The grocer reported sales of £4 billion last year. It plans to spend 150 million on new shops.
                """);
        new Newsgraph(SampleSite.extractor()).build(BuildConfig.inFolder(project));
        Document page = Jsoup.parse(project.resolve("site/article/2025-02-03-grocer/index.html").toFile());
        Element assumed = rowOf(page, "150 million");
        Element stated = rowOf(page, "£4 billion");
        Element marker = assumed.selectFirst(".assumed");
        assertNotNull(marker, "marked: " + assumed);
        assertTrue(marker.hasClass("candidate") && marker.attr("title").contains("currency assumed"),
                "like a candidate, saying why: " + marker);
        assertEquals(null, stated.selectFirst(".assumed"), "a stated currency is not marked: " + stated);
    }

    private static Element rowOf(Document page, String figure) {
        for (Element row : page.select("section.figures tbody tr")) {
            if (row.selectFirst("td.figure-text a").text().equals(figure)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + figure + " in " + page.select("section.figures"));
    }

    private static Path entityPage(String iri) {
        return site.resolve(iri.replace(Iris.DEFAULT_BASE, "")).resolve("index.html");
    }

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }
}
