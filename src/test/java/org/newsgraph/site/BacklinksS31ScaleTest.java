package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.graph.Iris;
import org.newsgraph.testing.SampleSite;

/**
 * Issue 16, session 31: the model's backlinks (per entity, every statement whose object it is) are gathered graph by
 * graph, each unchanged article graph's taken over from the last render ({@link ArticleMemory}), instead of by a scan
 * of every statement of the dataset on every save; they are what that scan finds, in the same order (which the sort
 * by property and source keeps for ties), with a statement naming an entity added to the default graph and to an
 * article graph (a backlink from another article), and one removed.
 */
class BacklinksS31ScaleTest {

    @TempDir
    Path dir;

    @Test
    void backlinksAreWhatAScanOfEveryStatementFindsWithAndWithoutTheLastRender() throws Exception {
        Path site = SampleSite.build(dir.resolve("project"));
        DatasetGraph first = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/graph.trig")).lang(Lang.TRIG).parse(first);
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        ArticleMemory memory = new ArticleMemory();
        SiteModel before = new SiteModel(first, iris, new GraphHashes(first), memory);
        assertEquals(scan(first, iris), before.backlinks);
        assertTrue(before.backlinks.size() >= 5, "the sample's entities are named: " + before.backlinks.size());

        DatasetGraph second = DatasetGraphFactory.create();
        first.find().forEachRemaining(second::add);
        String entity = before.backlinks.keySet().iterator().next();
        Node entityNode = NodeFactory.createURI(iris.base() + "entity/" + entity + "/");
        Node changed = iris.article(before.articles.get(1).slug());
        Node mentions = NodeFactory.createURI("https://schema.org/mentions");
        second.add(changed, changed, mentions, entityNode);
        second.add(org.apache.jena.sparql.core.Quad.defaultGraphIRI, NodeFactory.createURI("https://example.org/x"),
                mentions, entityNode);
        List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>();
        second.find(iris.article(before.articles.get(3).slug()), Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(quads::add);
        var removed = quads.stream().filter(q -> q.getObject().isURI() && q.getObject().getURI().startsWith(iris.base() + "entity/"))
                .findFirst().orElseThrow();
        second.delete(removed);

        SiteModel after = new SiteModel(second, iris, new GraphHashes(second), memory);
        Map<String, List<SiteModel.BacklinkData>> want = scan(second, iris);
        assertEquals(want, after.backlinks);
        assertEquals(want, new SiteModel(second, iris, new GraphHashes(second)).backlinks);
        assertTrue(after.backlinks.get(entity).stream().anyMatch(b -> b.source().equals("https://example.org/x")));
    }

    /** Session 30's reading: one scan of every statement of the dataset, sorted by property then source. */
    private static Map<String, List<SiteModel.BacklinkData>> scan(DatasetGraph dataset, Iris iris) {
        Map<String, List<SiteModel.BacklinkData>> backlinks = new TreeMap<>();
        String entityPrefix = iris.base() + "entity/";
        dataset.find().forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isURI() && o.getURI().startsWith(entityPrefix) && !o.equals(q.getSubject()) && q.getSubject().isURI()) {
                String article = q.getGraph().equals(iris.entitiesGraph()) ? null
                        : SiteModel.local(q.getGraph(), iris, "article/");
                backlinks.computeIfAbsent(SiteModel.local(o, iris, "entity/"), k -> new ArrayList<>()).add(
                        new SiteModel.BacklinkData(q.getSubject().getURI(), q.getPredicate().getURI(), article));
            }
        });
        backlinks.values().forEach(list -> list.sort(Comparator.comparing(SiteModel.BacklinkData::property)
                .thenComparing(SiteModel.BacklinkData::source)));
        return backlinks;
    }
}
