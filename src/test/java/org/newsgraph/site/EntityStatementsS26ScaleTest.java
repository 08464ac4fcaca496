package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.NG;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SampleSite;

/**
 * An entity page built alone looks its statements up in the default graph, the entity graph and the graphs of the
 * articles the dependency index records as naming the entity, not in every graph of the dataset: for every entity of
 * the sample site (its eight articles on their stored annotations, with two entities merged in {@code _entities.yaml},
 * so the entity graph holds alias records), that gives the same statements, as often, as a look in every graph.
 */
class EntityStatementsS26ScaleTest {

    @TempDir
    Path dir;

    @Test
    void theGraphsNamingAnEntityHoldEveryStatementAboutIt() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        try (Stream<Path> articles = Files.list(SampleProject.repository().resolve("articles"))) {
            for (Path article : (Iterable<Path>) articles::iterator) {
                Files.copy(article, project.resolve("articles").resolve(article.getFileName()));
            }
        }
        SampleProject.write(project.resolve("articles/_entities.yaml"), "OpenAI:\n  merge-into: Microsoft\n");
        BuildConfig config = BuildConfig.inFolder(project);
        assertTrue(new Newsgraph(SampleSite.extractor()).build(config).ok());
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.source(project.resolve("site/data/graph.trig")).lang(Lang.TRIG).parse(dataset);
        Iris iris = new Iris(config.base());
        String prefix = iris.base() + "entity/";
        Node alias = NG.term(iris.base(), NG.alias);
        // What the dependency index records of each article: the entities its graph names.
        Map<String, List<Node>> naming = new HashMap<>();
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        for (Node name : names) {
            if (!name.equals(iris.entitiesGraph())) {
                PageInputs.said(dataset.getGraph(name), prefix).keySet()
                        .forEach(id -> naming.computeIfAbsent(id, k -> new ArrayList<>()).add(name));
            }
        }
        int entities = 0;
        int withAliasRecords = 0;
        Graph entityGraph = dataset.getGraph(iris.entitiesGraph());
        for (Triple named : entityGraph.find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI(org.newsgraph.graph.Vocabularies.SCHEMA + "name"), Node.ANY).toList()) {
            String id = PageInputs.entityId(named.getSubject(), prefix);
            if (id == null) {
                continue;
            }
            Node node = iris.entity(id);
            List<Graph> graphs = new ArrayList<>(List.of(dataset.getDefaultGraph(), entityGraph));
            naming.getOrDefault(id, List.of()).forEach(g -> graphs.add(dataset.getGraph(g)));
            List<Triple> everywhere = EntityRenderer.statementsAbout(dataset, null, node, alias);
            List<Triple> looked = EntityRenderer.statementsAbout(dataset, graphs, node, alias);
            assertEquals(counts(everywhere), counts(looked), id);
            entities++;
            if (everywhere.stream().anyMatch(t -> t.getPredicate().equals(alias))) {
                withAliasRecords++;
            }
        }
        assertTrue(entities > 20, "the sample's entities: " + entities);
        assertTrue(withAliasRecords > 0, "some entity has alias records");
    }

    private static Map<String, Integer> counts(List<Triple> statements) {
        Map<String, Integer> counts = new TreeMap<>();
        statements.forEach(t -> counts.merge(t.toString(), 1, Integer::sum));
        return counts;
    }
}
