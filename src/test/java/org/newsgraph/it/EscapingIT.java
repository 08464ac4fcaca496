package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.Slugs;
import org.newsgraph.testing.HostileCorpus;

/**
 * Every text an article brings (title, byline, tags, body, entity names and aliases) comes back exactly as written
 * when a page is parsed: in HTML text, in attributes, in the JSON-LD script block and in the RDF beside the page.
 * Escaped too much or too little, it would not. And no page of the hostile site has an event-handler attribute,
 * a script URL, or article text inside executable script.
 */
class EscapingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCRIPT_SCHEMES = List.of("javascript:", "vbscript:", "data:");

    private static HostileCorpus.Built built;
    private static List<Path> pages;

    @BeforeAll
    static void build() throws IOException {
        built = HostileCorpus.shared();
        try (Stream<Path> walk = Files.walk(built.site())) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void noPageHasEventHandlersScriptUrlsOrArticleTextInExecutableScript() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : pages) {
            Document page = Jsoup.parse(file.toFile());
            String name = built.site().relativize(file).toString();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT);
                    if (key.startsWith("on")) {
                        found.add(name + ": event handler " + attribute);
                    }
                    if (List.of("href", "src", "action", "formaction", "srcdoc").contains(key)
                            && SCRIPT_SCHEMES.stream().anyMatch(value::startsWith)) {
                        found.add(name + ": script URL " + attribute);
                    }
                }
            }
            for (Element script : page.select("script")) {
                if (script.attr("type").equals("application/ld+json")) {
                    JSON.readTree(script.data());
                } else if (script.data().contains("pwned") || script.hasAttr("src") && script.attr("src").contains("pwned")) {
                    found.add(name + ": article text in executable script " + script);
                }
            }
            for (String tag : List.of("iframe", "img", "svg", "input", "textarea", "style")) {
                // The theme has its own search box and charts; only an element carrying injected text is a finding.
                if (page.select(tag).stream().anyMatch(e -> e.outerHtml().contains("pwned"))) {
                    found.add(name + ": <" + tag + "> on a page with injected text");
                }
            }
        }
        assertTrue(pages.size() > 40, "pages checked: " + pages.size());
        assertEquals(List.of(), found);
    }

    @Test
    void bylineTagsAndTitleComeBackAsWrittenInTextAttributesAndJsonLd() throws Exception {
        for (String file : List.of("script-in-title.md", "jsonld-breakout.md", "attribute-breakout.md")) {
            Article article = article(file);
            Document page = page(article.slug());
            assertEquals(article.title(), page.selectFirst("h1").text(), file);
            assertEquals(article.title() + " · Newsgraph", page.title(), file);
            JsonNode jsonld = jsonld(page);
            assertEquals(article.title(), jsonld.get("headline").asText(), file);
            if (article.author() != null) {
                assertEquals(article.author(), jsonld.get("author").get("name").asText(), file);
                // "By X", or only "Source: X" when the author is the source.
                assertEquals(article.author(), page.selectFirst(
                        "p.byline span.author > span, p.byline span.source > span").text(), file);
            }
            assertEquals(article.tags(), page.select("p.tags a.tag").eachText(), file);
            assertEquals(article.date().toString(), page.selectFirst("p.byline time").attr("datetime"), file);
            assertEquals(article.title(), headline(article.slug()), file + ": Turtle beside the page");
            String raw = page.selectFirst("script[type=application/ld+json]").data().toLowerCase(Locale.ROOT);
            assertFalse(raw.contains("</script") || raw.contains("<!--") || raw.contains("<script"), raw);
        }
    }

    @Test
    void bodyMarkupIsTextOnThePage() throws Exception {
        for (String file : List.of("script-in-title.md", "html-in-body.md", "jsonld-breakout.md", "attribute-breakout.md",
                "javascript-links.md", "hostile-entity-names.md")) {
            Article article = article(file);
            List<String> blocks = article.blocks().stream()
                    .map(b -> article.text().substring(b.start(), b.end()).replaceAll("\\s+", " ").strip()).toList();
            assertEquals(blocks, page(article.slug()).select("div.text > h2, div.text > p").eachText(), file);
        }
        Article html = article("html-in-body.md");
        assertTrue(html.text().contains("<iframe srcdoc=\"<script>"), "raw HTML is kept as text, so nothing is lost");
    }

    @Test
    void scriptUrlsFromLinksAndFrontMatterAreNotLinks() throws Exception {
        Document page = page("javascript-links");
        List<String> hrefs = page.select("a").eachAttr("href");
        assertTrue(hrefs.stream().noneMatch(h -> h.contains(":")), "only links within the site: " + hrefs);
        assertTrue(page.select("div.text p").get(0).text().startsWith("Read the Microsoft filing first."));
        assertNull(page.selectFirst("p.byline a"), "a javascript: url in the front matter gives no 'original' link");
        assertNull(page("attribute-breakout").selectFirst("p.byline a"), "nor does an http url with quotes and spaces");
    }

    @Test
    void entityNamesAndAliasesComeBackAsWritten() throws Exception {
        List<String> names = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (String line : Files.readAllLines(HostileCorpus.RESOURCES.resolve("entities.tsv"))) {
            if (!line.startsWith("#")) {
                String[] columns = line.split("\t", -1);
                names.add(columns[0]);
                if (!columns[3].isEmpty()) {
                    aliases.add(columns[3]);
                }
            }
        }
        for (String name : names) {
            Path file = built.site().resolve("entity/" + Slugs.of(name) + "/index.html");
            Document page = Jsoup.parse(file.toFile());
            assertEquals(name, page.selectFirst("h1").text());
            assertEquals(name + " · Newsgraph", page.title());
            assertEquals(name, jsonld(page).get("name").asText());
            assertNull(page.selectFirst("dl.about a[rel=noopener]"), "a javascript: Wikidata link is not a link");
        }
        Document entity = Jsoup.parse(built.site().resolve("entity/" + Slugs.of(names.get(0)) + "/index.html").toFile());
        assertEquals(aliases, List.of(entity.selectFirst("dl.about dd").text()));
        assertEquals(aliases.get(0), jsonld(entity).get("alternateName").get(0).asText());
        Document article = page("hostile-entity-names");
        List<String> titles = article.select("div.text a.entity").eachAttr("title");
        assertTrue(titles.contains("Organization: " + names.get(0)), titles.toString());
        assertTrue(titles.contains("Organization: " + names.get(1)), titles.toString());
        assertTrue(article.select("div.text a.entity").eachText().contains(aliases.get(0)));
    }

    private static Article article(String file) throws Exception {
        return new ArticleReader().read(built.articles().resolve(file));
    }

    private static Document page(String slug) throws IOException {
        Path file = built.site().resolve("article/" + slug + "/index.html");
        assertTrue(Files.isRegularFile(file), file.toString());
        return Jsoup.parse(file.toFile());
    }

    private static JsonNode jsonld(Document page) throws IOException {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertNotNull(script);
        return JSON.readTree(script.data());
    }

    private static String headline(String slug) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(built.site().resolve("article/" + slug + "/index.ttl")).parse(graph);
        Node headline = NodeFactory.createURI("https://schema.org/headline");
        return graph.find(Node.ANY, headline, Node.ANY).next().getObject().getLiteralLexicalForm();
    }
}
