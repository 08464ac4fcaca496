package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.graph.StatementHash;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * A build hashes only the graphs whose inputs changed ({@code site.GraphInputs}): the others are given the hash the
 * previous site recorded, which must be the hash of the statements the graph holds now.
 */
class GraphInputsBuildTest {

    @TempDir
    Path dir;

    private final Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()), 1);

    /** What one build handed over: how many graphs it hashed, and whether every hash is its graph's. */
    private record Hashed(int computed, int graphs, List<String> wrong) {
    }

    @Test
    void onlyGraphsWhoseInputsChangedAreHashedAndEveryHashIsRight() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        Path articles = project.resolve("articles");
        SampleProject.write(articles.resolve("2025-03-01-first.md"),
                "---\ntitle: First\ndate: 2025-03-01\n---\nMicrosoft said revenue rose 12% to $4.5 billion.\n");
        SampleProject.write(articles.resolve("2025-03-02-second.md"),
                "---\ntitle: Second\ndate: 2025-03-02\n---\nWalmart opened three new stores. Tesco is a partner of Walmart.\n");
        SampleProject.write(articles.resolve("2025-03-03-third.md"),
                "---\ntitle: Third\ndate: 2025-03-03\n---\nAirbus said its orders fell 4% in March.\n");
        Hashed first = build(project);
        assertEquals(first.graphs(), first.computed(), "a first build hashes every graph");
        assertEquals(List.of(), first.wrong());

        SampleProject.write(articles.resolve("2025-03-02-second.md"),
                "---\ntitle: Second, corrected\ndate: 2025-03-02\n---\nWalmart opened three new stores. Tesco is a partner of Walmart.\n");
        Hashed retitled = build(project);
        assertEquals(1, retitled.computed(), "a retitle hashes its article's graph alone (not the others, not the entities')");
        assertEquals(List.of(), retitled.wrong());

        SampleProject.write(articles.resolve("_entities.yaml"), "Tesco:\n  merge-into: Walmart\n");
        Hashed merged = build(project);
        assertTrue(merged.computed() >= 2 && merged.computed() < merged.graphs(),
                "a merge hashes the entity graph and the graphs naming the merged entities: " + merged);
        assertEquals(List.of(), merged.wrong());

        SampleProject.write(articles.resolve("2025-03-03-third.md"),
                "---\ntitle: Third\ndate: 2025-03-03\n---\nAirbus said its orders fell 5% in March.\n");
        Hashed edited = build(project);
        assertTrue(edited.computed() >= 1 && edited.computed() < edited.graphs(), edited.toString());
        assertEquals(List.of(), edited.wrong());
    }

    private Hashed build(Path project) throws IOException {
        List<Hashed> handed = new ArrayList<>();
        BuildReport report = newsgraph.build(BuildConfig.inFolder(project), (dataset, hashes) -> {
            int computed = hashes.computed();
            List<String> wrong = new ArrayList<>();
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            for (Node name : names) {
                if (!hashes.of(name).equals(StatementHash.of(() -> dataset.getGraph(name).find()))) {
                    wrong.add(name.getURI());
                }
            }
            handed.add(new Hashed(computed, names.size(), wrong));
        });
        assertTrue(report.articles() > 0, report.problems().toString());
        assertEquals(1, handed.size(), "the site was rendered");
        return handed.get(0);
    }
}
