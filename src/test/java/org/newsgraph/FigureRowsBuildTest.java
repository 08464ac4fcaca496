package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * The figures explorer's pages keep an unchanged article's rows from the previous site ({@code site.FigureRows},
 * {@code .newsgraph-figure-rows/}, in files by article) and render only the changed articles' rows, each row given its place among all
 * figures as a page joins them. To see which rows were kept, the previous rows are marked by hand (one figure's text
 * in one article's rows, same length): a page whose rows were kept still shows the mark, one whose rows were rendered
 * does not; apart from the mark, every page and the rows file equal a clean build's. One article has more figures
 * than a page holds, so the explorer has two pages (two roots) and an added article moves rows between them.
 */
class FigureRowsBuildTest {

    private static final String ROWS = ".newsgraph-figure-rows";
    private static final String GAMMA = ">71%<";
    private static final String MARK = ">71‰<";

    @TempDir
    Path dir;

    private final Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()), 1);

    @Test
    void unchangedArticlesKeepTheirRowsAndThePagesEqualACleanBuild() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        Path articles = project.resolve("articles");
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            many.append("Harlow Freight said revenue rose ").append(i).append("% to $").append(100 + i)
                    .append(".5 billion. ");
        }
        SampleProject.write(articles.resolve("2025-04-01-alpha.md"), "---\ntitle: Alpha\ndate: 2025-04-01\n---\n"
                + many.toString().strip() + "\n");
        SampleProject.write(articles.resolve("2025-04-02-beta.md"), "---\ntitle: Beta\ndate: 2025-04-02\n---\n"
                + "Pellmore Foods said its sales grew 9% to $3.5 billion.\n");
        SampleProject.write(articles.resolve("2025-04-03-gamma.md"), "---\ntitle: Gamma\ndate: 2025-04-03\n---\n"
                + "Quillon Labs said its orders slipped 71% in April. Quillon Labs hired 40 people.\n");
        build(project, project.resolve("site"));
        Path first = project.resolve("site/figures/index.html");
        assertTrue(Files.readString(first).contains(GAMMA), Files.readString(first));
        assertTrue(Files.isRegularFile(project.resolve("site/figures/page/2/index.html")), "two pages of figures");

        Path marked = mark(project.resolve("site/" + ROWS));
        Object markedFile = Files.getAttribute(marked, "unix:ino");
        Path beta = rowsOf(project.resolve("site/" + ROWS), ">Beta<");
        assertFalse(beta.equals(marked), "beta's rows and gamma's are kept in two files");
        Object betaFile = Files.getAttribute(beta, "unix:ino");
        SampleProject.write(articles.resolve("2025-04-02-beta.md"), "---\ntitle: Beta, corrected\ndate: 2025-04-02\n---\n"
                + "Pellmore Foods said its sales grew 9% to $3.5 billion.\n");
        build(project, project.resolve("site"));
        String retitled = Files.readString(first);
        assertTrue(retitled.contains(MARK), "the unchanged article's rows are taken from the previous site");
        assertTrue(retitled.contains("Beta, corrected"), "the retitled article's rows are rendered again");
        assertEquals(markedFile, Files.getAttribute(marked, "unix:ino"), "the file of the unchanged article's rows is "
                + "taken over, not written again");
        assertFalse(betaFile.equals(Files.getAttribute(beta, "unix:ino")), "the retitled article's file is written");
        assertEquals(clean(project, "after a retitle"), unmarked(figures(project.resolve("site"))));

        // A newer article comes first: every row after it takes a new place, and the last rows of the first page move
        // to the second (another root), where they are rendered for it.
        SampleProject.write(articles.resolve("2025-04-05-latest.md"), "---\ntitle: Latest\ndate: 2025-04-05\n---\n"
                + "Ostrava Rail said its fares rose 3% to 40 crowns. Ostrava Rail added 12 trains.\n");
        build(project, project.resolve("site"));
        String added = Files.readString(first);
        assertTrue(added.contains(MARK), "the kept rows are given their new places");
        assertFalse(Files.readString(first).contains("data-order=\"-"), "no row keeps its stand-in order");
        assertEquals(clean(project, "after an add"), unmarked(figures(project.resolve("site"))));

        SampleProject.write(articles.resolve("2025-04-03-gamma.md"), "---\ntitle: Gamma\ndate: 2025-04-03\n---\n"
                + "Quillon Labs said its orders slipped 71% in May. Quillon Labs hired 40 people.\n");
        build(project, project.resolve("site"));
        assertFalse(Files.readString(first).contains(MARK), "the edited article's rows are rendered again");
        assertEquals(clean(project, "after an edit"), figures(project.resolve("site")));
    }

    @Test
    void aRowsFileFoundCutShortIsWrittenAgain() throws Exception {
        Path project = SampleProject.create(dir.resolve("cut"));
        Path articles = project.resolve("articles");
        SampleProject.write(articles.resolve("2025-04-02-beta.md"), "---\ntitle: Beta\ndate: 2025-04-02\n---\n"
                + "Pellmore Foods said its sales grew 9% to $3.5 billion.\n");
        SampleProject.write(articles.resolve("2025-04-03-gamma.md"), "---\ntitle: Gamma\ndate: 2025-04-03\n---\n"
                + "Quillon Labs said its orders slipped 71% in April. Quillon Labs hired 40 people.\n");
        build(project, project.resolve("site"));
        Path rows = rowsOf(project.resolve("site/" + ROWS), GAMMA);
        String text = Files.readString(rows);
        Path next = rows.resolveSibling(rows.getFileName() + ".next");
        Files.writeString(next, text.substring(0, text.indexOf(GAMMA)));
        Files.move(next, rows, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // The retitled article shares the first page with the cut one: the page reads the cut file, renders its rows
        // again, and the file, whose article did not change, is written again instead of taken over by its key.
        SampleProject.write(articles.resolve("2025-04-02-beta.md"), "---\ntitle: Beta, corrected\ndate: 2025-04-02\n---\n"
                + "Pellmore Foods said its sales grew 9% to $3.5 billion.\n");
        build(project, project.resolve("site"));
        assertTrue(Files.readString(project.resolve("site/figures/index.html")).contains(GAMMA));
        assertEquals(clean(project, "after a cut rows file"), figures(project.resolve("site")));
    }

    @Test
    void aRowTemplateThatPrintsTheOrderAsTextIsRenderedEveryTime() throws Exception {
        // The order twice: once in the attribute and once as text.
        String page = rowsNotKept("text", "</tr>", "<td th:text=\"${page.order}\">0</td></tr>");
        assertTrue(page.contains("<td>2</td>"), page);
    }

    @Test
    void aRowTemplateThatPrintsTheOrderPlusOneIsRenderedEveryTime() throws Exception {
        String page = rowsNotKept("sum", "th:data-order=\"${page.order}\"", "th:data-order=\"${page.order + 1}\"");
        assertTrue(page.contains("data-order=\"3\"") && !page.contains("data-order=\"0\""), page);
    }

    /**
     * Builds with the row template changed ({@code from} -> {@code to}), then again after an added article shifts
     * every row: no rows are kept, and the pages equal a clean build's. Returns the first page.
     */
    private String rowsNotKept(String name, String from, String to) throws Exception {
        Path project = SampleProject.create(dir.resolve(name));
        Path articles = project.resolve("articles");
        Path row = project.resolve("templates/figure-row.html");
        assertTrue(Files.readString(row).contains(from));
        Files.writeString(row, Files.readString(row).replace(from, to));
        SampleProject.write(articles.resolve("2025-04-02-beta.md"), "---\ntitle: Beta\ndate: 2025-04-02\n---\n"
                + "Pellmore Foods said its sales grew 9% to $3.5 billion.\n");
        SampleProject.write(articles.resolve("2025-04-03-gamma.md"), "---\ntitle: Gamma\ndate: 2025-04-03\n---\n"
                + "Quillon Labs said its orders slipped 71% in April.\n");
        build(project, project.resolve("site"));
        for (Path file : rowFiles(project.resolve("site/" + ROWS))) {
            assertFalse(Files.readString(file).contains("\na "), "no article's rows are kept");
        }
        SampleProject.write(articles.resolve("2025-04-05-latest.md"), "---\ntitle: Latest\ndate: 2025-04-05\n---\n"
                + "Ostrava Rail said its fares rose 3% to 40 crowns.\n");
        build(project, project.resolve("site"));
        String page = Files.readString(project.resolve("site/figures/index.html"));
        assertFalse(page.contains("-2147483648") || page.contains("-1073741824"), page);
        assertEquals(clean(project, "with its own row template " + name), figures(project.resolve("site")));
        return page;
    }

    /** The explorer's pages and the rows file, by path. */
    private static Map<String, String> figures(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site.resolve("figures"))) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                files.put(site.relativize(p).toString(), Files.readString(p));
            }
        }
        List<Path> rows = rowFiles(site.resolve(ROWS));
        assertFalse(rows.isEmpty(), "the rows are kept");
        for (Path file : rows) {
            files.put(site.relativize(file).toString(), Files.readString(file));
        }
        return files;
    }

    /** The files of the rows' folder. */
    private static List<Path> rowFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    /** The one file of the rows' folder that holds {@code text}. */
    private static Path rowsOf(Path folder, String text) throws IOException {
        List<Path> holding = new java.util.ArrayList<>();
        for (Path file : rowFiles(folder)) {
            if (Files.readString(file).contains(text)) {
                holding.add(file);
            }
        }
        assertEquals(1, holding.size(), text + " in " + holding);
        return holding.get(0);
    }

    private static Map<String, String> unmarked(Map<String, String> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, v.replace(MARK, GAMMA)));
        return out;
    }

    /**
     * Marks a figure of the gamma article in the previous rows' file that holds them: a new file, so the site's other
     * links are untouched. Returns that file.
     */
    private static Path mark(Path folder) throws IOException {
        Path rows = rowsOf(folder, GAMMA);
        String text = Files.readString(rows);
        Path next = rows.resolveSibling(rows.getFileName() + ".next");
        Files.writeString(next, text.replace(GAMMA, MARK));
        Files.move(next, rows, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return rows;
    }

    private Map<String, String> clean(Path project, String name) throws IOException {
        Path site = dir.resolve("clean " + name);
        build(project, site);
        Map<String, String> files = figures(site);
        StagedOutput.deleteTree(site);
        return files;
    }

    private void build(Path project, Path site) throws IOException {
        BuildConfig config = BuildConfig.inFolder(project);
        BuildReport report = newsgraph.build(new BuildConfig(config.articles(), site, config.templates(), config.base(),
                config.cache()));
        assertTrue(report.articles() > 0, report.problems().toString());
    }
}
