package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * The figures explorer's data ({@code figures/data.js}) keeps an unchanged article's rows from the previous site's
 * pieces ({@code site.FiguresPieces}) and makes only the changed articles' again, numbering articles and entities over
 * the whole archive as a clean build does. To see which rows were kept, the previous pieces are marked by hand (one
 * figure's text of one article): a build that kept that article's rows still shows the mark, one that made them again
 * does not; apart from the mark, every file equals a clean build's.
 */
class FiguresPiecesBuildTest {

    private static final String GAMMA = "\"text\":\"6%\"";
    private static final String MARK = "\"text\":\"SIX%\"";

    @TempDir
    Path dir;

    private final Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()), 1);

    @Test
    void unchangedArticlesKeepTheirRowsAndTheDataEqualsACleanBuild() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        Path articles = project.resolve("articles");
        SampleProject.write(articles.resolve("2025-04-01-alpha.md"), "---\ntitle: Alpha\ndate: 2025-04-01\n---\n"
                + "Nvidia said its chip sales grew 9% to $3.5 billion in the quarter. Boeing rose 2%.\n");
        SampleProject.write(articles.resolve("2025-04-02-beta.md"), "---\ntitle: Beta\ndate: 2025-04-02\n---\n"
                + "Tesco added 12 new shops. Tesco is a partner of Amazon.\n");
        SampleProject.write(articles.resolve("2025-04-03-gamma.md"), "---\ntitle: Gamma\ndate: 2025-04-03\n---\n"
                + "Boeing said its deliveries slipped 6% in April. Boeing sales rose 4%.\n");
        build(project, project.resolve("site"));
        Path data = project.resolve("site/figures/data.js");
        assertTrue(Files.readString(data).contains(GAMMA), Files.readString(data));

        mark(project.resolve("site/" + ".newsgraph-figures"));
        SampleProject.write(articles.resolve("2025-04-02-beta.md"), "---\ntitle: Beta, corrected\ndate: 2025-04-02\n---\n"
                + "Tesco added 12 new shops. Tesco is a partner of Amazon.\n");
        build(project, project.resolve("site"));
        String retitled = Files.readString(data);
        assertTrue(retitled.contains(MARK), "the unchanged article's rows are taken from the previous pieces");
        assertTrue(retitled.contains("Beta, corrected"), "the retitled article's rows are made again");
        assertEquals(clean(project, "after a retitle"), retitled.replace(MARK, GAMMA));

        // A merge renames the alpha and beta articles' entities (their rows are made again), not the gamma article's.
        SampleProject.write(articles.resolve("_entities.yaml"), "Amazon:\n  merge-into: Nvidia\n");
        build(project, project.resolve("site"));
        String merged = Files.readString(data);
        assertTrue(merged.contains(MARK), "an article naming none of the merged entities keeps its rows");
        assertEquals(clean(project, "after a merge"), merged.replace(MARK, GAMMA));

        // A newer article comes before the others and shifts every article and entity number: the kept rows are
        // renumbered.
        SampleProject.write(articles.resolve("2025-04-05-latest.md"), "---\ntitle: Latest\ndate: 2025-04-05\n---\n"
                + "Airbus said its orders rose 3% to 40 aircraft. Tesco shares fell 1%.\n");
        build(project, project.resolve("site"));
        String added = Files.readString(data);
        assertTrue(added.contains(MARK));
        assertEquals(clean(project, "after an add"), added.replace(MARK, GAMMA));
        // Read as the explorer's script reads it: the kept rows name their own article and entity by their new places.
        JsonNode json = new ObjectMapper().readTree(added.substring(added.indexOf('{'), added.lastIndexOf('}') + 1));
        int named = 0;
        boolean marked = false;
        for (JsonNode row : json.get("rows")) {
            String article = json.get("articles").get(row.get("article").asInt()).get(0).asText();
            marked |= row.get("text").asText().equals("SIX%") && article.equals("Gamma");
            JsonNode entity = row.has("entity") ? row.get("entity") : row.get("candidate");
            if (article.equals("Gamma") && entity != null) {
                assertEquals("Boeing", json.get("entities").get(entity.asInt()).get(0).asText(), row.toString());
                named++;
            }
        }
        assertTrue(marked && named > 0, added);
        assertEquals("Latest", json.get("articles").get(0).get(0).asText(), "the added article comes first");

        SampleProject.write(articles.resolve("2025-04-03-gamma.md"), "---\ntitle: Gamma\ndate: 2025-04-03\n---\n"
                + "Boeing said its deliveries slipped 6% in May. Boeing sales rose 4%.\n");
        build(project, project.resolve("site"));
        String edited = Files.readString(data);
        assertFalse(edited.contains(MARK), "the edited article's rows are made again");
        assertEquals(clean(project, "after an edit"), edited);
    }

    /** Marks a figure of the gamma article in the previous pieces: a new file, so the site's other links are untouched. */
    private static void mark(Path pieces) throws IOException {
        String text = Files.readString(pieces);
        String escaped = GAMMA.replace("\"", "\\\"");
        assertTrue(text.contains(escaped), text);
        Path next = pieces.resolveSibling(".newsgraph-figures.next");
        Files.writeString(next, text.replace(escaped, MARK.replace("\"", "\\\"")));
        Files.move(next, pieces, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private String clean(Path project, String name) throws IOException {
        Path site = dir.resolve("clean " + name);
        build(project, site);
        String data = Files.readString(site.resolve("figures/data.js"));
        assertEquals(Files.readString(site.resolve(".newsgraph-figures")),
                Files.readString(project.resolve("site/.newsgraph-figures")).replace(MARK.replace("\"", "\\\""),
                        GAMMA.replace("\"", "\\\"")), "the pieces a clean build records, " + name);
        StagedOutput.deleteTree(site);
        return data;
    }

    private void build(Path project, Path site) throws IOException {
        BuildConfig config = BuildConfig.inFolder(project);
        BuildReport report = newsgraph.build(new BuildConfig(config.articles(), site, config.templates(), config.base(),
                config.cache()));
        assertTrue(report.articles() > 0, report.problems().toString());
    }
}
