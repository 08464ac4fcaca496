package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.TextBlock;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/**
 * Issue 16, session 28: a build takes over the graphs a build before it made from the same inputs: the dataset holds
 * those very graphs, the others are made, and every graph holds what a build from nothing makes; {@link GraphMemory}
 * keeps them by input key and counts what was taken over.
 */
class GraphTakeOverS28ScaleTest {

    private final Iris iris = new Iris(Iris.DEFAULT_BASE);

    @Test
    void graphsMadeBeforeAreTakenOverAndTheOthersMade() {
        List<ExtractedArticle> articles = List.of(article("a", "Northwind Traders opened a shop."),
                article("b", "Northwind Traders closed a shop."));
        Map<Node, Graph> first = new HashMap<>();
        DatasetGraph clean = new GraphBuilder(iris).build(articles, List.of(), name -> null, first);
        assertEquals(Set.of(iris.article("a"), iris.article("b"), iris.entitiesGraph()), first.keySet());

        Map<Node, Graph> second = new HashMap<>();
        Graph madeA = first.get(iris.article("a"));
        DatasetGraph again = new GraphBuilder(iris).build(articles, List.of(),
                name -> name.equals(iris.article("a")) ? madeA : null, second);
        assertSame(madeA, second.get(iris.article("a")), "article a's graph taken over");
        assertNotSame(first.get(iris.article("b")), second.get(iris.article("b")), "article b's graph made again");
        for (Node name : List.of(iris.article("a"), iris.article("b"), iris.entitiesGraph())) {
            assertEquals(statements(clean.getGraph(name)), statements(again.getGraph(name)), name.getURI());
        }
        assertEquals(clean.size(), again.size(), "no graph more or less than the build from nothing");

        GraphMemory memory = new GraphMemory();
        memory.keep(Map.of(iris.article("a"), "key-a", iris.article("b"), "key-b"), first);
        assertSame(madeA, memory.recall("key-a"));
        memory.keep(Map.of(iris.article("a"), "key-a", iris.article("b"), "key-b2"), second);
        assertEquals(1, memory.reused(), "a taken over, b made again");
        assertEquals(null, memory.recall("key-b"), "only the last build's graphs are kept");
    }

    private static Set<Triple> statements(Graph graph) {
        return Set.copyOf(graph.find().toList());
    }

    private static ExtractedArticle article(String slug, String text) {
        Entity firm = new Entity("northwind-traders", "Northwind Traders", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(0, 17, "Northwind Traders", 0)));
        Article article = new Article(slug, Path.of(slug + ".md"), "Title " + slug, LocalDate.of(2025, 1, 2), null,
                null, null, List.of(), text, text, List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, text.length())));
        return new ExtractedArticle(article, new Extraction(slug, List.of(new Sentence(0, 0, text.length())),
                List.of(firm), List.of(), List.of()));
    }
}
