package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
 * The next render in the same process takes an article whose graph did not change from what the last one read back
 * (issue 16: reading every article graph again was a tenth of a save under serve at 10,000 articles); a changed
 * article is read again, and the model is the one a render with no memory makes.
 */
class ArticleMemoryS22ScaleTest {

    @TempDir
    Path dir;

    @Test
    void anUnchangedArticleIsTakenFromTheLastRenderAndAChangedOneIsReadAgain() throws Exception {
        Path site = SampleSite.build(dir.resolve("project"));
        DatasetGraph first = DatasetGraphFactory.create();
        RDFParser.source(site.resolve("data/graph.trig")).lang(Lang.TRIG).parse(first);
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        ArticleMemory memory = new ArticleMemory();
        SiteModel before = new SiteModel(first, iris, new GraphHashes(first), memory);
        assertTrue(before.articles.size() >= 5, "the sample's articles");

        // The same graphs, one article retitled.
        DatasetGraph second = DatasetGraphFactory.create();
        first.find().forEachRemaining(second::add);
        String retitled = before.articles.get(2).slug();
        Node article = iris.article(retitled);
        Node headline = NodeFactory.createURI("https://schema.org/headline");
        second.getGraph(article).find(article, headline, Node.ANY).toList().forEach(t -> second.delete(article,
                t.getSubject(), t.getPredicate(), t.getObject()));
        second.add(article, article, headline, NodeFactory.createLiteralString("A title with its typo fixed"));

        SiteModel after = new SiteModel(second, iris, new GraphHashes(second), memory);
        SiteModel fresh = new SiteModel(second, iris, new GraphHashes(second));
        for (SiteModel.ArticleData a : before.articles) {
            if (a.slug().equals(retitled)) {
                assertNotSame(a, after.article(a.slug()), "read again");
                assertEquals("A title with its typo fixed", after.article(a.slug()).title());
            } else {
                assertSame(a, after.article(a.slug()), "taken from the last render: " + a.slug());
            }
        }
        List<String> order = fresh.articles.stream().map(a -> a.slug() + " " + a.title()).toList();
        assertEquals(order, after.articles.stream().map(a -> a.slug() + " " + a.title()).toList());
        assertEquals(fresh.aliasReasons, after.aliasReasons);
        assertEquals(fresh.backlinks, after.backlinks);
        assertEquals(fresh.entities, after.entities);
    }
}
