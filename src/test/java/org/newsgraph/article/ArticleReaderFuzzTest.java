package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever a file holds, reading it gives an article or an {@link ArticleException}, never another exception. */
class ArticleReaderFuzzTest {

    /** Pieces of front matter, Markdown, HTML and awkward Unicode, to be shuffled into files that are almost right. */
    private static final List<String> FRAGMENTS = List.of("---\n", "---", "...\n", "title: ", "date: ", "slug: ",
            "tags: ", "author: ", "url: ", "2025-01-31", "2025-02-30", "99999-01-01", "1e308", "0x1F", "~", "null",
            "[", "]", "{", "}", ",", ": ", "&a ", "*a ", "!!binary ", "!!str ", "? ", "- ", "|\n", ">\n", "'", "\"",
            "\\", "\n", "\r\n", "\r", "\t", "    ", "# ", "## ", "> ", "* ", "**", "_", "`", "```\n", "](", ")", "![",
            "<script>", "</script>", "<!--", "-->", "<div>", "&amp;", "&#0;", "javascript:", "Acme sold 12 widgets.",
            " $4.5 billion ", "12%", "\u202E", "\u200B", "\u200D", "\uFEFF", "\u00AD", "é", "e\u0301", "\uD83D\uDE00",
            "\uD800", "\u0627\u0644", "\u6771\u4EAC", "\u0000", "\u0085", "\u2028",
            "[".repeat(20_000), "*a ".repeat(20_000), ">".repeat(20_000), "- ".repeat(20_000), "word ".repeat(2_000));

    private static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("article-fuzz");
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 400)
    void randomBytes(@ForAll byte[] bytes, @ForAll boolean text) throws IOException {
        readOrRefuse(bytes, text ? ".txt" : ".md");
    }

    @Property(tries = 400)
    void randomText(@ForAll String content, @ForAll boolean text) throws IOException {
        readOrRefuse(content.getBytes(StandardCharsets.UTF_8), text ? ".txt" : ".md");
    }

    @Property(tries = 1000)
    void almostArticles(@ForAll("almostArticles") String content) throws IOException {
        readOrRefuse(content.getBytes(StandardCharsets.UTF_8), ".md");
    }

    @Provide
    Arbitrary<String> almostArticles() {
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(8));
        return Combinators.combine(Arbitraries.of("", "---\ntitle: T\n"), pieces.list().ofMaxSize(80))
                .as((start, list) -> start + String.join("", list));
    }

    private static void readOrRefuse(byte[] bytes, String extension) throws IOException {
        Path file = Files.createTempFile(dir, "fuzz", extension);
        Files.write(file, bytes);
        try {
            Article article = new ArticleReader().read(file);
            assertFalse(article.title().isBlank(), "a title");
            assertTrue(article.slug().matches("[a-z0-9-]+"), article.slug());
            for (TextBlock block : article.blocks()) {
                assertTrue(block.end() <= article.text().length(), "blocks index the text");
            }
        } catch (ArticleException e) {
            assertTrue(e.problem().file().equals(file) && !e.problem().fix().isBlank(), e.getMessage());
        } finally {
            Files.delete(file);
        }
    }
}
