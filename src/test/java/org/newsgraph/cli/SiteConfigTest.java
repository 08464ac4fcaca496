package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.ProjectConfig;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.SampleProject;
import picocli.CommandLine;

/** {@code newsgraph.yaml}: the command line over the file over the built-in defaults, and its problems reported. */
class SiteConfigTest {

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void folder() throws Exception {
        Files.createDirectories(dir.resolve("stories"));
        config = dir.resolve(ProjectConfig.FILE_NAME);
        Files.writeString(config, """
                base: https://news.example.org/desk/
                title: Business Desk
                language: de
                author: Jane Doe
                source: Example Times
                articles: stories
                workers: 2
                serve:
                  port: 9090
                """);
    }

    private <T> T parsed(Path configFile, String... args) {
        CommandLine commandLine = Main.commandLine(configFile);
        CommandLine.ParseResult result = commandLine.parseArgs(args);
        return result.subcommand().commandSpec().commandLine().getCommand();
    }

    @Test
    void theFileGivesTheDefaultsAndTheCommandLineOverridesThem() {
        BuildConfig build = this.<BuildCommand>parsed(config, "build").project.config();
        assertEquals("https://news.example.org/desk/", build.base());
        assertEquals("Business Desk", build.settings().title());
        assertEquals("de", build.settings().language());
        assertEquals(dir.resolve("stories").toAbsolutePath(), build.articles());
        assertEquals(2, this.<BuildCommand>parsed(config, "build").project.workers);

        BuildConfig overridden = this.<BuildCommand>parsed(config, "build", "--base", "https://other.example/",
                "--title", "Other", "--articles", "elsewhere", "--workers", "3").project.config();
        assertEquals("https://other.example/", overridden.base());
        assertEquals("Other", overridden.settings().title());
        assertEquals("de", overridden.settings().language(), "what the command line does not give still comes from the file");
        assertEquals(Path.of("elsewhere"), overridden.articles());

        ServeCommand serve = parsed(config, "serve");
        assertEquals(9090, serve.port);
        assertEquals("Business Desk", serve.project.config().settings().title());
        assertEquals(7070, this.<ServeCommand>parsed(config, "serve", "--port", "7070").port);
    }

    @Test
    void withoutAFileTheBuiltInDefaultsHold() {
        BuildConfig build = this.<BuildCommand>parsed(dir.resolve("none.yaml"), "build").project.config();
        assertEquals("http://localhost:8080/", build.base());
        assertEquals("Newsgraph", build.settings().title());
        assertEquals("en", build.settings().language());
        assertEquals(Path.of("articles"), build.articles());
    }

    @Test
    void newTakesTheAuthorSourceAndFolderFromTheFile() throws Exception {
        Cli.Run run = Cli.runWith(config, "new", "Acme buys Widgets", "--date", "2025-03-14");
        assertEquals(0, run.code(), run.err());
        var article = new ArticleReader().read(withText(dir.resolve("stories/2025-03-14-acme-buys-widgets.md")));
        assertEquals("Jane Doe", article.author());
        assertEquals("Example Times", article.source());

        run = Cli.runWith(config, "new", "Acme sells Gadgets", "--date", "2025-03-15", "--author", "Ann Lee");
        assertEquals(0, run.code(), run.err());
        assertEquals("Ann Lee", new ArticleReader().read(withText(dir.resolve("stories/2025-03-15-acme-sells-gadgets.md")))
                .author());
    }

    private static Path withText(Path file) throws Exception {
        Files.writeString(file, Files.readString(file) + "\nAcme said so on Monday.\n");
        return file;
    }

    @Test
    void aBadFileStopsTheCommandsItConfiguresWithFileAndLine() throws Exception {
        Files.writeString(config, "title: Desk\nbase: news.example.org\n");
        Cli.Run run = Cli.runWith(config, "new", "Acme buys Widgets", "--articles", dir.resolve("stories").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains(config + ":2: 'base': 'news.example.org' is not an http(s) IRI ending in '/'"),
                run.err());
        assertFalse(Files.list(dir.resolve("stories")).findAny().isPresent(), "nothing written");

        Cli.Run check = Cli.runWith(config, "check", "--articles", SampleProject.repository().resolve("articles").toString());
        assertEquals(1, check.code(), check.out());
        assertTrue(check.out().contains(config + ":2: 'base'"), check.out());
        assertTrue(check.out().contains("and the site configuration: 1 problem(s)"), check.out());

        assertEquals(0, Cli.runWith(config, "help", "build").code(), "help still works");
    }

    @Test
    void theProjectsOwnFileIsValid() throws Exception {
        Path own = SampleProject.repository().resolve(ProjectConfig.FILE_NAME);
        ProjectConfig read = ProjectConfig.read(own);
        assertTrue(Files.isRegularFile(own));
        assertTrue(read.ok(), read.problems().toString());
        assertEquals("http://localhost:8080/", read.get("base").orElseThrow());
    }
}
