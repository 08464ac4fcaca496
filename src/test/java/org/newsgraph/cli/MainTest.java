package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SampleProject;
import picocli.CommandLine;

/** Exit codes and messages of the command line; none of these load CoreNLP. */
class MainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("build", "--no-such-option"));
        assertTrue(err.toString().contains("--no-such-option"), err.toString());
    }

    @Test
    void extractNeedsAFile() {
        assertEquals(2, run("extract"));
    }

    @Test
    void missingArticlesFolderIsAUsageError() {
        assertEquals(2, run("build", "--articles", dir.resolve("nope").toString()));
        assertTrue(err.toString().contains("articles folder"), err.toString());
    }

    @Test
    void badArticlesFailTheBuildWithOneLineEach() throws Exception {
        Path project = SampleProject.create(dir.resolve("p"));
        SampleProject.write(project.resolve("articles/a.md"), "---\ndate: 2025-01-01\n---\nText.\n");
        SampleProject.write(project.resolve("articles/b.md"), "");
        int code = run("build", "--articles", project.resolve("articles").toString(), "--site",
                project.resolve("site").toString(), "--templates", project.resolve("templates").toString());
        assertEquals(1, code);
        String[] lines = err.toString().strip().split("\n");
        assertTrue(lines[0].contains("a.md:1: the front matter has no title; add a line 'title: ...'"), lines[0]);
        assertTrue(lines[1].contains("b.md: the file is empty"), lines[1]);
        assertTrue(out.toString().contains("Built 0 articles"), out.toString());
    }

    @Test
    void anEntitiesEntryWhoseArticleWasDeletedIsAWarningAndTheBuildSucceeds() throws Exception {
        Path project = SampleProject.create(dir.resolve("p"));
        SampleProject.write(project.resolve("articles/_entities.yaml"), "Gone Corp:\n  type: Organization\n");
        int code = run("build", "--articles", project.resolve("articles").toString(), "--site",
                project.resolve("site").toString(), "--templates", project.resolve("templates").toString());
        assertEquals(0, code, err.toString());
        String said = err.toString().strip();
        assertTrue(said.startsWith("warning: " + project.resolve("articles/_entities.yaml") + ":1: no article names "
                + "'Gone Corp'") && said.contains("delete the entry"), said);
        assertTrue(Files.exists(project.resolve("site/index.html")), "the site is written");
    }

    @Test
    void serveOptionsAreCheckedBeforeAnythingStarts() {
        assertEquals(2, run("serve", "--port", "-1"));
        assertTrue(err.toString().contains("port must be 0-65535"), err.toString());
        assertEquals(2, run("serve", "--port", "http"));
        assertEquals(2, run("serve", "--timeout", "0"));
        assertEquals(2, run("serve", "--articles", dir.resolve("nope").toString(), "--port", "0"));
    }

    @Test
    void extractReportsAnUnreadableFileAndFails() {
        assertEquals(1, run("extract", dir.resolve("missing.md").toString()));
        assertTrue(err.toString().contains("missing.md: cannot be read"), err.toString());
    }
}
