package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.testing.HostileCorpus.BINARY;
import static org.newsgraph.testing.HostileCorpus.CONTROL_NAME;
import static org.newsgraph.testing.HostileCorpus.CRLF;
import static org.newsgraph.testing.HostileCorpus.CRLF_BAD_DATE;
import static org.newsgraph.testing.HostileCorpus.CR_ONLY;
import static org.newsgraph.testing.HostileCorpus.DANGLING;
import static org.newsgraph.testing.HostileCorpus.DEEP_BRACKETS;
import static org.newsgraph.testing.HostileCorpus.DEEP_EMPHASIS;
import static org.newsgraph.testing.HostileCorpus.DEEP_FRONT_MATTER;
import static org.newsgraph.testing.HostileCorpus.DEEP_LIST;
import static org.newsgraph.testing.HostileCorpus.DEEP_QUOTE;
import static org.newsgraph.testing.HostileCorpus.FIVE_MB;
import static org.newsgraph.testing.HostileCorpus.FOLDER;
import static org.newsgraph.testing.HostileCorpus.LATIN1;
import static org.newsgraph.testing.HostileCorpus.LINKED;
import static org.newsgraph.testing.HostileCorpus.LONG_LINE;
import static org.newsgraph.testing.HostileCorpus.LONG_TITLE;
import static org.newsgraph.testing.HostileCorpus.LOOP;
import static org.newsgraph.testing.HostileCorpus.LOOP_A;
import static org.newsgraph.testing.HostileCorpus.LOOP_B;
import static org.newsgraph.testing.HostileCorpus.RTL;
import static org.newsgraph.testing.HostileCorpus.RUN_ON_LINE;
import static org.newsgraph.testing.HostileCorpus.UTF16_BE;
import static org.newsgraph.testing.HostileCorpus.UTF16_LE;
import static org.newsgraph.testing.HostileCorpus.UTF8_BOM;
import static org.newsgraph.testing.HostileCorpus.ZERO_WIDTH_NAME;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.Slugs;
import org.newsgraph.testing.HostileCorpus;
import org.newsgraph.testing.LinkChecker;
import org.newsgraph.testing.SampleProject;

/**
 * The hostile corpus beside the repository's own articles, built with the text-only annotator: each bad file gets one
 * problem line naming it, its line and the fix, or is built; the good articles are all built.
 */
class HostileCorpusIT {

    /** A file that must be refused: at this line (0: the whole file), with a message containing this. */
    record Refused(String file, int line, String message) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Refused> refused() {
        return List.of(
                new Refused("empty.md", 0, "the file is empty"),
                new Refused(CONTROL_NAME, 0, "the file is empty"),
                new Refused("only-front-matter.md", 5, "the article has a title but no text"),
                new Refused("unclosed-front-matter.md", 1, "the front matter starting here is never closed"),
                new Refused("malformed-front-matter.md", 4, "the front matter is not valid YAML"),
                new Refused("duplicate-keys.md", 4, "found duplicate key title"),
                new Refused("yaml-alias-bomb.md", 1, "Number of aliases for non-scalar nodes exceeds"),
                new Refused("tab-indented-front-matter.md", 4, "(Do not use \\t(TAB) for indentation)"),
                new Refused("title-is-a-list.md", 3, "'title' must be a single value"),
                new Refused("impossible-date.md", 3, "'2025-02-30' is not a valid date"),
                new Refused("not-a-date.md", 4, "'next Tuesday' is not a valid date"),
                new Refused(CRLF_BAD_DATE, 3, "'2025-04-31' is not a valid date"),
                new Refused("duplicate-slug-2.md", 0, "its slug 'same-story' is already used by duplicate-slug-1.md"),
                new Refused("big-deal.md", 0, "its slug 'big-deal' is already used by Big Deal.md"),
                new Refused("title-only.txt", 1, "the article has a title but no text"),
                new Refused("no-title.md", 1, "no front matter and no '# Title' line"),
                new Refused(BINARY, 3, "the file is binary (it contains NUL bytes)"),
                new Refused(UTF16_LE, 1, "the file is UTF-16, not UTF-8"),
                new Refused(UTF16_BE, 1, "the file is UTF-16, not UTF-8"),
                new Refused(LATIN1, 2, "the bytes at offset 14 are not valid UTF-8"),
                new Refused(FIVE_MB, 0, "the file is 5.0 MB; an article may have at most 1 MB"),
                new Refused(RUN_ON_LINE, 6, "the text runs on for 199999 characters without ending a sentence"),
                new Refused(DEEP_EMPHASIS, 6, "the Markdown nests too deeply to read"),
                new Refused(DEEP_FRONT_MATTER, 3, "the front matter nests too deeply to read"),
                new Refused(LOOP, 0, "is a symbolic link that leads back to itself"),
                new Refused(LOOP_A, 0, "is a symbolic link that leads back to itself"),
                new Refused(LOOP_B, 0, "is a symbolic link that leads back to itself"),
                new Refused(DANGLING, 0, "is a link to 'missing-target.md', which does not exist"));
    }

    /** Files that are built, by the slug of their page. */
    private static final Map<String, String> BUILT = Map.ofEntries(
            Map.entry("future-date.md", "future-date"),
            Map.entry("duplicate-slug-1.md", "same-story"),
            Map.entry("Big Deal.md", "big-deal"),
            Map.entry("Société Générale résultats T3.md", "societe-generale-resultats-t3"),
            Map.entry("東京電力 決算.md", Slugs.of("東京電力 決算")),
            Map.entry("script-in-title.md", "script-in-title"),
            Map.entry("html-in-body.md", "html-in-body"),
            Map.entry("javascript-links.md", "javascript-links"),
            Map.entry("jsonld-breakout.md", "jsonld-breakout"),
            Map.entry("attribute-breakout.md", "attribute-breakout"),
            Map.entry("hostile-entity-names.md", "hostile-entity-names"),
            Map.entry("huge-numbers.md", "huge-numbers"),
            Map.entry("front-matter-numbers.md", "007"),
            Map.entry("path-traversal-slug.md", "tmp-newsgraph-escaped-index-html"),
            Map.entry("thematic-breaks.md", "thematic-breaks"),
            Map.entry("SHOUTING.MD", "shouting"),
            Map.entry(UTF8_BOM, "utf8-bom"),
            Map.entry(CRLF, "crlf"),
            Map.entry(CR_ONLY, "cr-only"),
            Map.entry(LONG_LINE, "long-line"),
            Map.entry(LONG_TITLE, "long-title"),
            Map.entry(DEEP_QUOTE, "deep-blockquote"),
            Map.entry(DEEP_LIST, "deep-list"),
            Map.entry(DEEP_BRACKETS, "deep-brackets"),
            Map.entry(LINKED, "linked-from-elsewhere"),
            Map.entry(RTL, "rtl-and-zero-width"),
            Map.entry(ZERO_WIDTH_NAME, "zero-width"));

    /** Not articles at all: no page, no problem. */
    private static final List<String> IGNORED = List.of(".hidden.md", "_draft.md", FOLDER);

    private static HostileCorpus.Built built;
    private static Map<String, ArticleProblem> problems;

    @BeforeAll
    static void build() throws IOException {
        built = HostileCorpus.shared();
        problems = new HashMap<>();
        for (ArticleProblem problem : built.report().problems()) {
            ArticleProblem other = problems.put(problem.file().getFileName().toString(), problem);
            assertNull(other, "one problem per file: " + problem);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void eachBadFileGetsOneLineNamingItsLineAndTheFix(Refused expected) {
        ArticleProblem problem = problems.get(expected.file());
        assertNotNull(problem, expected.file() + " is reported; got " + problems.keySet());
        assertEquals(expected.line(), problem.line(), problem.toString());
        assertTrue(problem.message().contains(expected.message()), problem.toString());
        assertFalse(problem.fix() == null || problem.fix().isBlank(), "a fix: " + problem);
        String line = problem.toString();
        String where = built.articles().resolve(expected.file()) + (expected.line() > 0 ? ":" + expected.line() : "");
        assertTrue(line.startsWith(where.replace("\u001B", "\\u001B").replace("\n", "\\u000A") + ": "), line);
        assertTrue(line.chars().noneMatch(Character::isISOControl), "printable on one line: " + line);
    }

    @Test
    void onlyTheBadFilesAreReported() {
        Set<String> expected = refused().stream().map(Refused::file).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, new TreeSet<>(problems.keySet()));
    }

    @Test
    void everyOtherFileIsBuiltUnderItsSlug() throws IOException {
        for (Map.Entry<String, String> file : BUILT.entrySet()) {
            assertTrue(Files.isRegularFile(page(file.getValue())), file.getKey() + " -> " + file.getValue());
        }
        for (String ignored : IGNORED) {
            assertFalse(problems.containsKey(ignored), ignored);
        }
        assertFalse(Files.exists(page("hidden")) || Files.exists(page("draft")) || Files.exists(page("inside")));
        assertEquals(BUILT.size() + ownArticles().size(), built.report().articles());
    }

    @Test
    void theRepositorysOwnArticlesStillBuild() throws Exception {
        for (Path file : ownArticles()) {
            var article = new ArticleReader().read(file);
            Document page = Jsoup.parse(page(article.slug()).toFile());
            assertEquals(article.title(), page.selectFirst("h1").text(), file.toString());
            assertFalse(page.select("a.entity, a.figure").isEmpty(), "marked mentions or figures in " + file);
        }
    }

    @Test
    void handledCasesReadAsWritten() throws IOException {
        assertEquals("2999-12-31", html("future-date").selectFirst("time").attr("datetime"));
        assertEquals("The first story with this slug", html("same-story").selectFirst("h1").text());
        assertEquals("1e400", html("007").selectFirst("h1").text());
        assertEquals("Café prices", html("utf8-bom").selectFirst("h1").text());
        assertEquals(List.of("Acme sold 26 widgets. Sales rose 5%.", "A second paragraph."),
                html("crlf").select("div.text p").eachText());
        assertEquals(List.of("Acme sold 28 widgets. Sales rose 6%."), html("cr-only").select("div.text p").eachText());
        assertTrue(html("thematic-breaks").select("div.text h2, div.text p").eachText()
                .contains("title: not front matter"), "a second '---' block is text, not front matter");
        assertEquals(List.of("Acme sold 31 widgets."), html("deep-blockquote").select("div.text p").eachText());
        assertEquals(List.of("Acme sold 32 widgets."), html("deep-list").select("div.text p").eachText());
        assertTrue(html("deep-brackets").selectFirst("div.text p").text().endsWith("x" + "]".repeat(HostileCorpus.BRACKETS)));
        String longLine = html("long-line").selectFirst("div.text p").text();
        assertEquals(HostileCorpus.LONG_LINE_LENGTH, longLine.length(), "the whole line, in one paragraph");
    }

    @Test
    void invisibleCharactersAreGoneAndScriptsKept() throws IOException {
        Document page = html("rtl-and-zero-width");
        assertEquals("Acme results in \u0627\u0644\u0631\u064A\u0627\u0636", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("div.text p").text().startsWith("Microsoft spent $5 million in \u0627\u0644\u0631\u064A\u0627\u0636"));
        assertTrue(page.select("div.text p").get(1).text().contains("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"));
        assertEquals("../../entity/microsoft/index.html", page.selectFirst("div.text a.entity").attr("href"),
                "'Micro\\u200Bsoft' is found as Microsoft");
    }

    @Test
    void fileNamesWithSpacesAndOtherScriptsGiveWorkingLinks() throws IOException {
        Document archive = Jsoup.parse(built.site().resolve("archive/index.html").toFile());
        for (String slug : List.of("societe-generale-resultats-t3", Slugs.of("東京電力 決算"), "big-deal", "zero-width")) {
            assertNotNull(archive.selectFirst("a[href=../article/" + slug + "/index.html]"), slug);
        }
        assertEquals(List.of(), LinkChecker.problems(built.site().toRealPath()));
    }

    @Test
    void aSlugCannotWriteOutsideTheSite() throws IOException {
        assertFalse(Files.exists(Path.of("/tmp/newsgraph-escaped")));
        try (Stream<Path> top = Files.list(built.project())) {
            assertEquals(Set.of("articles", "templates", "site", "elsewhere", ".newsgraph-cache"),
                    top.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    @Test
    void everyRdfFileParsesAndEveryValueIsAFiniteNumber() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(built.site())) {
            files = walk.filter(p -> p.toString().matches(".*\\.(ttl|trig|nt|jsonld)$")).sorted().toList();
        }
        assertTrue(files.size() > 50, "pages' and dumps' RDF: " + files.size());
        for (Path file : files) {
            DatasetGraph parsed = DatasetGraphFactory.create();
            RDFParser.source(file).parse(parsed);
            assertTrue(parsed.stream().findAny().isPresent(), file.toString());
        }
        DatasetGraph all = DatasetGraphFactory.create();
        RDFParser.source(built.site().resolve("data/graph.trig")).parse(all);
        Node value = org.apache.jena.graph.NodeFactory.createURI("https://schema.org/value");
        all.find(Node.ANY, Node.ANY, value, Node.ANY).forEachRemaining(q -> {
            BigDecimal number = new BigDecimal(q.getObject().getLiteralLexicalForm());
            assertTrue(Double.isFinite(number.doubleValue()), q.toString());
        });
    }

    private static List<Path> ownArticles() throws IOException {
        try (Stream<Path> files = Files.list(SampleProject.repository().resolve("articles"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static Path page(String slug) {
        return built.site().resolve("article/" + slug + "/index.html");
    }

    private static Document html(String slug) throws IOException {
        return Jsoup.parse(page(slug).toFile());
    }
}
