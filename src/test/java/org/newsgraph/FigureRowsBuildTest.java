package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code .newsgraph-figure-rows}) and render only the changed articles' rows, each row given its place among all
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

        mark(project.resolve("site/" + ROWS));
        SampleProject.write(articles.resolve("2025-04-02-beta.md"), "---\ntitle: Beta, corrected\ndate: 2025-04-02\n---\n"
                + "Pellmore Foods said its sales grew 9% to $3.5 billion.\n");
        build(project, project.resolve("site"));
        String retitled = Files.readString(first);
        assertTrue(retitled.contains(MARK), "the unchanged article's rows are taken from the previous site");
        assertTrue(retitled.contains("Beta, corrected"), "the retitled article's rows are rendered again");
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
        assertFalse(Files.readString(project.resolve("site/" + ROWS)).contains("\na "), "no article's rows are kept");
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
        files.put(ROWS, Files.readString(site.resolve(ROWS)));
        return files;
    }

    private static Map<String, String> unmarked(Map<String, String> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, v.replace(MARK, GAMMA)));
        return out;
    }

    /** Marks a figure of the gamma article in the previous rows: a new file, so the site's other links are untouched. */
    private static void mark(Path rows) throws IOException {
        String text = Files.readString(rows);
        assertTrue(text.contains(GAMMA), text);
        Path next = rows.resolveSibling(ROWS + ".next");
        Files.writeString(next, text.replace(GAMMA, MARK));
        Files.move(next, rows, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
