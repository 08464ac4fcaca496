package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.ArticleProblem;

class ProjectConfigTest {

    @TempDir
    Path dir;

    private ProjectConfig read(String yaml) throws Exception {
        Path file = dir.resolve(ProjectConfig.FILE_NAME);
        Files.writeString(file, yaml);
        return ProjectConfig.read(file);
    }

    @Test
    void readsEverySettingAndResolvesFoldersFromTheFilesFolder() throws Exception {
        ProjectConfig config = read("""
                base: https://news.example.org/desk/
                title: "Business Desk: the graph"
                language: en-GB
                author: Jane Doe
                source: Example Times
                articles: stories
                site: public
                templates: theme
                cache: /var/cache/ng
                workers: 2
                article-timeout: 90
                serve:
                  port: 9000
                  timeout: 5
                  max-rows: 100
                """);
        assertEquals(List.of(), config.problems());
        assertEquals("https://news.example.org/desk/", config.get("base").orElseThrow());
        assertEquals("Business Desk: the graph", config.get("title").orElseThrow());
        assertEquals("en-GB", config.get("language").orElseThrow());
        assertEquals(dir.resolve("stories").toAbsolutePath().normalize().toString(), config.get("articles").orElseThrow());
        assertEquals("/var/cache/ng", config.get("cache").orElseThrow());
        assertEquals("9000", config.get("serve.port").orElseThrow());
        assertEquals("100", config.get("serve.max-rows").orElseThrow());
        assertEquals(ProjectConfig.SETTINGS.size(), config.values().size(), "every setting read");
    }

    @Test
    void noFileIsNoSettingsAndNoProblem() throws Exception {
        ProjectConfig config = ProjectConfig.read(dir.resolve("absent.yaml"));
        assertTrue(config.ok());
        assertEquals(Map.of(), config.values());
    }

    @Test
    void aBadValueIsReportedWithItsLineAndFixAndLeftOut() throws Exception {
        ProjectConfig config = read("""
                # comment
                title: Desk
                base: http://news.example.org
                language: english!
                titel: Typo
                workers: zero
                serve:
                  port: 70000
                  host: x
                title: Again
                author: [a, b]
                """);
        List<String> lines = config.problems().stream().map(ArticleProblem::toString).toList();
        String file = dir.resolve(ProjectConfig.FILE_NAME).toString();
        assertEquals(List.of(
                file + ":3: 'base': 'http://news.example.org' is not an http(s) IRI ending in '/'; write the address "
                        + "the site is published at, with the trailing slash, e.g. 'base: https://news.example.org/'",
                file + ":4: 'language': 'english!' is not a language tag; write a BCP 47 tag such as 'en', 'en-GB' or 'de'",
                file + ":5: unknown setting 'titel'; use base, title, language, author, source, articles, site, "
                        + "templates, cache, workers, article-timeout, serve (port, timeout, max-rows)",
                file + ":6: 'workers': 'zero' is not a whole number of at least 1; write a whole number such as 4",
                file + ":8: 'serve.port': '70000' is not a port number (0 to 65535); write a port such as 8080 (0 picks a free one)",
                file + ":9: unknown setting 'serve.host'; use port, timeout, max-rows",
                file + ":10: 'title' is set already, at line 2; this one is ignored; keep one of the two lines",
                file + ":11: 'author' must be a single value; write the text after the colon, in quotes if it holds a colon or a '#'"),
                lines);
        assertEquals(Map.of("title", "Desk"), config.values(), "only the good values are used");
    }

    @Test
    void brokenYamlIsOneProblemWithItsLine() throws Exception {
        ProjectConfig config = read("title: Desk\nbase: [unclosed\n");
        assertEquals(1, config.problems().size());
        assertTrue(config.problems().get(0).toString().contains("not valid YAML"), config.problems().toString());
        assertTrue(config.problems().get(0).line() >= 2, config.problems().toString());
        assertEquals(1, read("- a list\n").problems().size());
    }
}
