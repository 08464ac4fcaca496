package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * Issue 16, session 28: a process that builds again ({@code serve}) takes over the graphs its last build made from
 * the same inputs (an article's front matter, text and resolved extraction; the resolved entities) instead of making
 * them again, after a retitle, an edit, a merge and an add; each build is byte for byte a clean build's. Twelve
 * articles naming four of 48 companies each, text-only stand-in annotator.
 */
class SaveTakesOverS28ScaleTest {

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());

    @Test
    void aSaveTakesOverTheGraphsOfUnchangedInputsAndEqualsACleanBuild() throws Exception {
        List<String> names = IncrementalBuilds.companies(48);
        Path project = twelveArticles(dir, names);
        Path articles = project.resolve("articles");
        Newsgraph process = new Newsgraph(extractor, 1);
        process.build(BuildConfig.inFolder(project));
        assertEquals(0, process.graphsTakenOver(), "a first build has nothing to take over");

        retitle(articles, 4);
        assertSameAsClean(process, project, "retitle");
        assertEquals(12, process.graphsTakenOver(), "a retitle makes its article's graph alone: 11 others and the "
                + "entity graph taken over");

        Path edited = articles.resolve(file(7));
        Files.writeString(edited, Files.readString(edited).stripTrailing() + " " + names.get(0) + " is a partner of "
                + names.get(29) + ".\n");
        assertSameAsClean(process, project, "edit");
        assertTrue(process.graphsTakenOver() >= 10 && process.graphsTakenOver() <= 11,
                "an edit makes its article's graph (and the entity graph, if its entities changed) again: "
                        + process.graphsTakenOver());

        Files.writeString(articles.resolve("_entities.yaml"), names.get(9) + ":\n  merge-into: " + names.get(13) + "\n");
        assertSameAsClean(process, project, "merge");
        assertTrue(process.graphsTakenOver() >= 10 && process.graphsTakenOver() <= 11, "a merge makes the entity "
                + "graph and the graphs of the articles naming the merged entity again: " + process.graphsTakenOver());

        write(articles, 12, names.subList(20, 24));
        assertSameAsClean(process, project, "add");
        assertTrue(process.graphsTakenOver() >= 11, "an add makes its own graph and the entity graph: "
                + process.graphsTakenOver());
    }

    private void assertSameAsClean(Newsgraph process, Path project, String step) throws Exception {
        process.build(BuildConfig.inFolder(project));
        IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, step);
    }

    /** A sample project in {@code dir} with twelve articles naming four of {@code names} each (also session 29's test). */
    static Path twelveArticles(Path dir, List<String> names) throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        for (int a = 0; a < 12; a++) {
            write(project.resolve("articles"), a, names.subList(a * 4, a * 4 + 4));
        }
        return project;
    }

    static void retitle(Path articles, int a) throws Exception {
        retitle(articles.resolve(file(a)));
    }

    static void retitle(Path file) throws Exception {
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: (.*)$", "title: $1, corrected"));
    }

    /** Article {@code a}: a sentence of figures about each of its companies, and a relation (also sessions 29's and 30's tests). */
    static void write(Path articles, int a, List<String> companies) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < companies.size(); n++) {
            text.append(companies.get(n)).append(" said revenue rose ").append(n + 2).append("% to $").append(a + n + 3)
                    .append(".5 billion. ");
        }
        text.append(companies.get(0)).append(" is a partner of ").append(companies.get(1)).append('.');
        SampleProject.write(articles.resolve(file(a)), "---\ntitle: Story " + a + "\nslug: story-" + a + "\ndate: "
                + date(a) + "\n---\n" + text + "\n");
    }

    static String file(int a) {
        return date(a) + "-story-" + a + ".md";
    }

    /** Article {@code a}'s date: March 2025 from the 1st for the first 28, then on into the next months. */
    private static String date(int a) {
        return String.format("2025-%02d-%02d", 3 + a / 28, 1 + a % 28);
    }
}
