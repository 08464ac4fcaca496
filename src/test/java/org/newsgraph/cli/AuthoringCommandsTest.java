package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.SampleProject;

/** {@code newsgraph new} and {@code newsgraph check}: what a journalist runs while writing. */
class AuthoringCommandsTest {

    @TempDir
    Path dir;

    private Path articles;
    private final Cli cli = new Cli();

    @BeforeEach
    void folder() throws Exception {
        articles = Files.createDirectories(dir.resolve("articles"));
    }

    private int run(String... args) {
        return cli.exec(args);
    }

    @Test
    void newWritesADatedFileWhoseFrontMatterReadsBack() throws Exception {
        String title = "Acme: \"Widgets\" # up 20% – Zürich";
        assertEquals(0, run("new", title, "--date", "2025-03-14", "--author", "Ann Lee", "--articles", articles.toString()));
        Path file = articles.resolve("2025-03-14-acme-widgets-up-20-zurich.md");
        assertEquals(file.toString(), cli.out().strip());
        Files.writeString(file, Files.readString(file) + "Acme sold more widgets.\n");
        Article article = new ArticleReader().read(file);
        assertEquals(title, article.title());
        assertEquals(LocalDate.of(2025, 3, 14), article.date());
        assertEquals("Ann Lee", article.author());
        assertEquals("2025-03-14-acme-widgets-up-20-zurich", article.slug());
        assertEquals(0, run("check", "--articles", articles.toString()), cli.out());
    }

    @Test
    void newDefaultsToTodayAndNeverOverwrites() throws Exception {
        assertEquals(0, run("new", "Rates held", "--articles", articles.toString()));
        Path file = articles.resolve(LocalDate.now() + "-rates-held.md");
        assertTrue(Files.isRegularFile(file), cli.out());
        Files.writeString(file, Files.readString(file) + "The bank held rates.\n");
        assertEquals(1, run("new", "Rates held", "--articles", articles.toString()));
        assertTrue(cli.err().contains("not created"), cli.err());
        assertTrue(Files.readString(file).contains("The bank held rates."), "the existing article is untouched");
    }

    @Test
    void newRefusesASlugAnotherArticleAlreadyHas() throws Exception {
        SampleProject.write(articles.resolve("old.md"), "---\ntitle: Old\nslug: 2025-01-01-rates-held\n---\nText.\n");
        assertEquals(1, run("new", "Rates held", "--date", "2025-01-01", "--articles", articles.toString()));
        assertTrue(cli.err().contains("already used by old.md"), cli.err());
    }

    @Test
    void newNeedsATitle() {
        assertEquals(2, run("new", "  ", "--articles", articles.toString()));
        assertEquals(2, run("new", "--articles", articles.toString()));
        assertEquals(2, run("new", "Title", "--date", "14/03/2025", "--articles", articles.toString()));
    }

    @Test
    void checkPrintsEveryProblemWithFileAndLine() throws Exception {
        SampleProject.write(articles.resolve("2025-01-01-good.md"), "---\ntitle: Good\ndate: 2025-01-01\n---\nText.\n");
        SampleProject.write(articles.resolve("2025-01-02-typo.md"),
                "---\ntitle: Typo\nautor: Ann\ndate: 2025-01-02\nsection: business\n---\nText.\n");
        SampleProject.write(articles.resolve("2025-01-03-dates.md"), "---\ntitle: Dates\ndate: 2025-02-30\n---\nText.\n");
        SampleProject.write(articles.resolve("2025-01-04-moved.md"), "---\ntitle: Moved\ndate: 2025-04-01\n---\nText.\n");
        SampleProject.write(articles.resolve("copy.md"), "---\ntitle: Copy\nslug: 2025-01-01-good\n---\nText.\n");
        SampleProject.write(articles.resolve("untitled.md"), "---\ndate: 2025-01-05\n---\nText.\n");
        SampleProject.write(articles.resolve("_entities.yaml"), "microsoft:\n  aliases: [MS]\nmicrosoft:\n  type: Organization\n");
        assertEquals(1, run("check", "--articles", articles.toString()));
        List<String> lines = cli.out().lines().toList();
        String a = articles.toString();
        assertEquals(List.of(
                a + "/2025-01-02-typo.md:3: unknown front matter field 'autor'; rename it to one of author, date, slug, "
                        + "source, tags, title, url, or delete it",
                a + "/2025-01-02-typo.md:5: unknown front matter field 'section'; rename it to one of author, date, slug, "
                        + "source, tags, title, url, or delete it",
                a + "/2025-01-03-dates.md:3: '2025-02-30' is not a valid date; write the date as YYYY-MM-DD, e.g. 'date: 2025-03-14'",
                a + "/2025-01-04-moved.md:3: the date 2025-04-01 disagrees with the file name, which starts with 2025-01-04; "
                        + "correct the date, or rename the file"),
                lines.subList(0, 4));
        assertTrue(lines.get(4).startsWith(a + "/_entities.yaml:3: 'microsoft' has an entry already, at line 1"), lines.get(4));
        assertTrue(lines.get(5).startsWith(a + "/copy.md: its slug '2025-01-01-good' is already used by 2025-01-01-good.md"),
                lines.get(5));
        assertTrue(lines.get(6).startsWith(a + "/untitled.md:1: the front matter has no title"), lines.get(6));
        assertEquals("Checked 6 article files: 7 problem(s).", lines.get(7));
    }

    @Test
    void aDateWrittenOutIsTheDayTheFileNameGives() throws Exception {
        SampleProject.write(articles.resolve("2026-11-30-written.md"), "---\ntitle: Written\ndate: 30 November 2026\n---\nText.\n");
        SampleProject.write(articles.resolve("2026-11-30-american.md"), "---\ntitle: US\ndate: Nov 30, 2026\n---\nText.\n");
        SampleProject.write(articles.resolve("2026-12-01-late.md"), "---\ntitle: Late\ndate: 30 November 2026\n---\nText.\n");
        assertEquals(1, run("check", "--articles", articles.toString()));
        String a = articles.toString();
        assertEquals(List.of(a + "/2026-12-01-late.md:3: the date 30 November 2026 disagrees with the file name, which "
                + "starts with 2026-12-01; correct the date, or rename the file", "Checked 3 article files: 1 problem(s)."),
                cli.out().lines().toList());
        assertEquals(LocalDate.of(2026, 11, 30), new org.newsgraph.article.ArticleReader()
                .read(articles.resolve("2026-11-30-written.md")).date());
    }

    @Test
    void checkOnACleanFolderSaysSo() throws Exception {
        SampleProject.write(articles.resolve("2025-01-01-good.md"), "---\ntitle: Good\ndate: 2025-01-01\n---\nText.\n");
        SampleProject.write(articles.resolve("_entities.yaml"), "microsoft:\n  aliases: [MSFT]\n");
        assertEquals(0, run("check", "--articles", articles.toString()));
        assertEquals("Checked 1 article files: 0 problem(s).", cli.out().strip());
    }

    @Test
    void checkOfAMissingFolderIsAUsageError() {
        assertEquals(2, run("check", "--articles", dir.resolve("nope").toString()));
    }

    @Test
    void theRepositoryArticlesPassTheCheck() {
        assertEquals(0, run("check", "--articles", SampleProject.repository().resolve("articles").toString()), cli.out());
    }
}
