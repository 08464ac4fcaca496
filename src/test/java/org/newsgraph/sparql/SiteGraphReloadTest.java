package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * {@code serve} loads the site's graph from its TriG when it starts on a site that is up to date; the first rebuild
 * after that replaces only the graphs that changed, because the load records the hashes the build wrote beside the
 * TriG ({@code .newsgraph-graphs}). Without them every graph was replaced (at 1,000 articles half of the first
 * rebuild's CPU).
 */
class SiteGraphReloadTest {

    @TempDir
    Path dir;

    private record Built(DatasetGraph dataset, GraphHashes hashes) {
    }

    private static Built build(Path project) throws Exception {
        AtomicReference<Built> built = new AtomicReference<>();
        new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()))
                .build(BuildConfig.inFolder(project), (dataset, hashes) -> built.set(new Built(dataset, hashes)));
        return built.get();
    }

    private static String run(SiteGraph graph, String sparql) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(graph, QueryPolicy.DEFAULT).run(sparql, ResultFormat.csv, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGraphLoadedFromTheSiteIsUpdatedOnlyWhereTheRebuildChangedIt() throws Exception {
        Path project = SampleProject.built(dir.resolve("p"));
        Path site = project.resolve("site");
        SiteGraph graph = SiteGraph.load(site);

        Files.writeString(project.resolve("articles/2025-01-03-second.md"), Files.readString(project
                .resolve("articles/2025-01-03-second.md")).replace("title: Walmart grows", "title: Walmart grows fast"));
        Built retitled = build(project);
        GraphStore.Sync sync = graph.update(retitled.dataset(), retitled.hashes());

        // Three graphs (two articles, the entities); the retitled article's alone changed.
        assertEquals(new GraphStore.Sync(1, 0, 2), sync);
        String query = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
        SiteGraph fresh = SiteGraph.load(site);
        assertEquals(run(fresh, query), run(graph, query), "the same statements as the graph loaded from the new site");
        assertEquals(run(fresh, "SELECT ?t { ?a <https://schema.org/headline> ?t } ORDER BY ?t"),
                run(graph, "SELECT ?t { ?a <https://schema.org/headline> ?t } ORDER BY ?t"));
    }

    @Test
    void aSiteWithoutItsIndexIsLoadedAsBeforeAndEveryGraphReplaced() throws Exception {
        Path project = SampleProject.built(dir.resolve("q"));
        Path site = project.resolve("site");
        Files.delete(site.resolve(org.newsgraph.site.GraphInputs.FILE));
        SiteGraph graph = SiteGraph.load(site);
        Files.writeString(project.resolve("articles/2025-01-03-second.md"), Files.readString(project
                .resolve("articles/2025-01-03-second.md")).replace("title: Walmart grows", "title: Walmart grows fast"));
        Built retitled = build(project);
        assertEquals(new GraphStore.Sync(3, 0, 0), graph.update(retitled.dataset(), retitled.hashes()));
    }
}
