package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsFrontMatterAndMarkdownBody() throws Exception {
        Article article = reader.read(write("2025-01-02-deal.md", """
                ---
                title: "Acme buys Widgets"
                date: 2025-01-02
                author: Jane Doe
                tags: [deals, tech]
                url: https://example.com/a
                ---
                ## The deal

                Acme agreed to buy **Widgets Inc.** for [$2bn](https://example.com).
                It closes in March.
                """));
        assertEquals("2025-01-02-deal", article.slug());
        assertEquals("Acme buys Widgets", article.title());
        assertEquals(LocalDate.of(2025, 1, 2), article.date());
        assertEquals("Jane Doe", article.author());
        assertEquals(List.of("deals", "tech"), article.tags());
        assertEquals("The deal\n\nAcme agreed to buy Widgets Inc. for $2bn. It closes in March.", article.text());
        assertEquals(List.of(new TextBlock(TextBlock.Kind.HEADING, 0, 8), new TextBlock(TextBlock.Kind.PARAGRAPH, 10, 71)),
                article.blocks());
    }

    @Test
    void slugFromFrontMatterWins() throws Exception {
        Article article = reader.read(write("x.md", "---\ntitle: T\nslug: My Story!\n---\nText.\n"));
        assertEquals("my-story", article.slug());
    }

    @Test
    void textFileTakesItsFirstLineAsTitle() throws Exception {
        Article article = reader.read(write("seed.txt", "Big headline\nFirst paragraph.\n\nSecond one.\n"));
        assertEquals("Big headline", article.title());
        assertEquals("First paragraph.\n\nSecond one.", article.text());
        assertNull(article.date());
    }

    @Test
    void crlfLineEndsAndBomAreAccepted() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "---\r\ntitle: Windows\r\n---\r\nLine one.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Path file = dir.resolve("crlf.md");
        Files.write(file, all);
        Article article = reader.read(file);
        assertEquals("Windows", article.title());
        assertEquals("Line one.", article.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing title      | ---\\ndate: 2025-01-01\\n---\\nBody.\\n                 | 1 | the front matter has no title
            bad yaml           | ---\\ntitle: A\\ntags: [a, b\\n---\\nBody.\\n             | 4 | not valid YAML
            duplicate key      | ---\\ntitle: A\\ntitle: B\\n---\\nBody.\\n               | 3 | not valid YAML
            impossible date    | ---\\ntitle: A\\ndate: 2025-02-30\\n---\\nBody.\\n       | 3 | not a valid date
            unclosed           | ---\\ntitle: A\\nBody.\\n                              | 1 | never closed
            no body            | ---\\ntitle: A\\n---\\n\\n                             | 4 | no text
            list front matter  | ---\\n- a\\n- b\\n---\\nBody.\\n                       | 2 | not a list of 'name: value' fields
            markdown no title  | Just text without a title line.\\n                      | 1 | no front matter
            blank heading      | \\n# \u2003\\nBody.\\n                                 | 2 | the title line has no words
            empty front matter | ---\\n---\\nBody.\\n                                  | 1 | the front matter has no title
            type tag           | ---\\ntitle: !!int 5\\n---\\nBody.\\n               | 2 | could not determine a constructor for the tag
            binary tag         | ---\\ntitle: !!binary aGk=\\n---\\nBody.\\n         | 2 | could not determine a constructor for the tag
            """)
    void badFrontMatterNamesTheLineAndTheFix(String name, String content, int line, String message) throws IOException {
        Path file = write("bad.md", content.replace("\\n", "\n"));
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(file));
        assertEquals(line, e.problem().line(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.problem().fix() != null && !e.problem().fix().isBlank());
    }

    @Test
    void emptyFileIsAProblem() throws IOException {
        Path file = write("empty.md", "  \n\n");
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheLine() throws IOException {
        Path file = dir.resolve("latin1.md");
        Files.write(file, "---\ntitle: Caf\u00e9\n---\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(file));
        assertEquals(2, e.problem().line());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("save the file as UTF-8"), e.getMessage());
    }

    @Test
    void utf16AndBinaryFilesAreRefused() throws IOException {
        Path utf16 = dir.resolve("utf16.md");
        Files.write(utf16, "---\ntitle: A\n---\nB\n".getBytes(StandardCharsets.UTF_16));
        assertTrue(assertThrows(ArticleException.class, () -> reader.read(utf16)).getMessage().contains("UTF-16"));
        Path binary = dir.resolve("image.md");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertTrue(assertThrows(ArticleException.class, () -> reader.read(binary)).getMessage().contains("binary"));
    }

    @Test
    void linkTargetsAreDroppedAndHtmlKeptAsText() throws Exception {
        Article article = reader.read(write("x.md", "---\ntitle: T\n---\nSee [this](javascript:alert(1)) and <b>bold</b>.\n"));
        assertEquals("See this and <b>bold</b>.", article.text());
    }

    @Test
    void linksThatLoopOrLeadNowhereAndFoldersAreNamedAsSuch() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("loop.md"), Path.of("loop.md"));
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.md"), Path.of("missing.md"));
        Path folder = Files.createDirectory(dir.resolve("folder.md"));
        assertTrue(assertThrows(ArticleException.class, () -> reader.read(loop)).getMessage()
                .contains("is a symbolic link that leads back to itself; replace the link"));
        assertTrue(assertThrows(ArticleException.class, () -> reader.read(dangling)).getMessage()
                .contains("is a link to 'missing.md', which does not exist"));
        assertTrue(assertThrows(ArticleException.class, () -> reader.read(folder)).getMessage()
                .contains("is a folder, not an article file"));
    }

    @Test
    void aLinkToAnArticleIsRead() throws Exception {
        Path target = write("real.md", "---\ntitle: Real\n---\nText.\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), target);
        assertEquals("Real", reader.read(link).title());
        assertEquals("link", reader.read(link).slug());
    }

    @Test
    void oversizedFilesAreRefusedBeforeTheyAreRead() throws IOException {
        Path file = write("huge.md", "---\ntitle: Huge\n---\n" + "Acme sold 12 widgets.\n".repeat(100_000));
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("the file is 2.1 MB; an article may have at most 1 MB; split it"), e.getMessage());
    }

    @Test
    void textThatNeverEndsASentenceIsRefusedAtItsLine() throws IOException {
        Path file = write("run-on.md", "---\ntitle: T\n---\nFine.\n\n" + "and then ".repeat(1_000) + "\n");
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(file));
        assertEquals(6, e.problem().line(), e.getMessage());
        assertTrue(e.getMessage().contains("runs on for 8999 characters without ending a sentence"), e.getMessage());
    }

    @Test
    void longTextMadeOfSentencesIsAccepted() throws Exception {
        String line = "Acme sold 12 widgets for $3.5 million. Shares rose 4%! ".repeat(4_000);
        Article article = reader.read(write("long.md", "---\ntitle: T\n---\n" + line + "\n"));
        assertEquals(line.strip(), article.text());
    }

    @Test
    void deepMarkdownIsReadOrRefusedButNeverOverflowsTheStack() throws Exception {
        Article quotes = reader.read(write("quotes.md", "---\ntitle: T\n---\n" + ">".repeat(20_000) + " Deep text.\n"));
        assertEquals("Deep text.", quotes.text());
        Article lists = reader.read(write("lists.md", "---\ntitle: T\n---\n" + "- ".repeat(20_000) + "Deep item.\n"));
        assertEquals("Deep item.", lists.text());
        Path emphasis = write("emphasis.md", "---\ntitle: T\n---\nFine.\n\n" + "*a ".repeat(20_000) + "x"
                + " a*".repeat(20_000) + "\n");
        ArticleException e = assertThrows(ArticleException.class, () -> reader.read(emphasis));
        assertEquals(6, e.problem().line(), e.getMessage());
        assertTrue(e.getMessage().contains("the Markdown nests too deeply to read"), e.getMessage());
        Path yaml = write("yaml.md", "---\ntitle: T\ntags: " + "[".repeat(20_000) + "\n---\nText.\n");
        e = assertThrows(ArticleException.class, () -> reader.read(yaml));
        assertEquals(3, e.problem().line(), e.getMessage());
        assertTrue(e.getMessage().contains("the front matter nests too deeply to read"), e.getMessage());
    }

    @Test
    void frontMatterValuesStayAsWritten() throws Exception {
        Article article = reader.read(write("n.md", "---\ntitle: 1e400\nslug: 007\nauthor: 0x1F\nsource: .inf\n---\nText.\n"));
        assertEquals("1e400", article.title());
        assertEquals("007", article.slug());
        assertEquals("0x1F", article.author());
        assertEquals(".inf", article.source());
    }

    @Test
    void futureDatesAreAccepted() throws Exception {
        assertEquals(LocalDate.of(2999, 12, 31),
                reader.read(write("f.md", "---\ntitle: T\ndate: 2999-12-31\n---\nText.\n")).date());
    }

    @Test
    void invisibleCharactersThatSplitNamesOrReorderTextAreRemoved() throws Exception {
        Article article = reader.read(write("rtl.md", "---\ntitle: \u202EAcme\u202C \u2067\u0627\u0644\u2069\n---\n"
                + "Micro\u200Bsoft spent $5 mil\u00ADlion.\uFEFF Joiners stay: \uD83D\uDC68\u200D\uD83D\uDC69 \u0645\u06CC\u200C\u062E.\n"));
        assertEquals("Acme \u0627\u0644", article.title());
        assertEquals("Microsoft spent $5 million. Joiners stay: \uD83D\uDC68\u200D\uD83D\uDC69 \u0645\u06CC\u200C\u062E.",
                article.text());
    }
}
