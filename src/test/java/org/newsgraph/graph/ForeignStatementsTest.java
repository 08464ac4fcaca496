package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The union's pieces with each graph's foreign statements kept per graph key: the same pieces as when every graph is
 * read, and a graph whose key the previous index has is taken from it, not read again.
 */
class ForeignStatementsTest {

    private static final String BASE = "http://example.org/";
    private static final String HEADER = "test header";

    @TempDir
    Path dir;

    @Test
    void keptForeignStatementsGiveThePiecesOfAReadFromNothing() throws Exception {
        DatasetGraph first = dataset("Fieldmouse Tools opens a depot");
        ForeignStatements recorded = ForeignStatements.read(null, HEADER);
        UnionPieces.of(first, key(first), recorded);
        Path index = dir.resolve(ForeignStatements.FILE);
        Files.writeString(index, recorded.text());

        DatasetGraph edited = dataset("Fieldmouse Tools opens two depots");
        ForeignStatements kept = ForeignStatements.read(index, HEADER);
        UnionPieces.Pieces fromIndex = UnionPieces.of(edited, key(edited), kept);
        UnionPieces.Pieces fromNothing = UnionPieces.of(edited, key(edited));
        assertEquals(described(fromNothing.rdf12()), described(fromIndex.rdf12()), "RDF 1.2 pieces");
        assertEquals(described(fromNothing.rdf11()), described(fromIndex.rdf11()), "RDF 1.1 pieces");
        assertTrue(fromIndex.rdf12().stream().anyMatch(p -> p.key().contains(" ")),
                "a statement two graphs hold is left out of the later piece");
        assertEquals(GraphFiles.union(edited).size(),
                fromIndex.rdf12().stream().mapToInt(p -> p.statements().get().size()).sum(),
                "each statement of the union in one piece");

        ForeignStatements clean = ForeignStatements.read(null, HEADER);
        UnionPieces.of(edited, key(edited), clean);
        assertEquals(clean.text(), kept.text(), "the index a clean build writes");
    }

    @Test
    void aGraphWhoseKeyIsKnownIsNotReadAgain() throws Exception {
        DatasetGraph dataset = dataset("Fieldmouse Tools opens a depot");
        ForeignStatements recorded = ForeignStatements.read(null, HEADER);
        UnionPieces.Pieces truth = UnionPieces.of(dataset, key(dataset), recorded);
        // Mark the index by hand: the entity graph said to have no foreign statements. A build that takes the index
        // cuts the shared statement where the index says, which shows it did not read that graph.
        String entities = key(dataset).apply(iri("graph/entities"));
        String text = recorded.text();
        String doctored = strip(text, entities);
        assertNotEquals(text, doctored);
        Path index = dir.resolve(ForeignStatements.FILE);
        Files.writeString(index, doctored);
        UnionPieces.Pieces marked = UnionPieces.of(dataset, key(dataset), ForeignStatements.read(index, HEADER));
        assertNotEquals(described(truth.rdf12()), described(marked.rdf12()), "the kept entry was used");

        // With another header (another version of the code) the index is not used.
        UnionPieces.Pieces other = UnionPieces.of(dataset, key(dataset), ForeignStatements.read(index, "other"));
        assertEquals(described(truth.rdf12()), described(other.rdf12()));
    }

    /** The index less the statements listed under one graph key. */
    private static String strip(String text, String key) {
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (String line : text.lines().toList()) {
            if (line.startsWith("g ")) {
                inside = line.equals("g " + key);
            } else if (inside) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String described(List<UnionPieces.Piece> pieces) {
        return pieces.stream().map(p -> p.key() + " " + p.statements().get()).collect(Collectors.joining("\n"));
    }

    private static Function<Node, String> key(DatasetGraph dataset) {
        return name -> name.getURI() + "|" + StatementHash.of(() -> dataset.getGraph(name).find());
    }

    /** Two articles and the entity graph; one entity statement in all three, one relation reified in each article. */
    private static DatasetGraph dataset(String secondTitle) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        Node name = iri("schema/name");
        Node fieldmouse = iri("entity/fieldmouse/");
        Node burrow = iri("entity/burrow/");
        Graph entities = dataset.getGraph(iri("graph/entities"));
        entities.add(fieldmouse, name, NodeFactory.createLiteralString("Fieldmouse Tools"));
        entities.add(burrow, name, NodeFactory.createLiteralString("Burrow Supply"));
        for (String slug : List.of("a", "b")) {
            Node article = iri("article/" + slug + "/");
            Graph graph = dataset.getGraph(article);
            graph.add(article, name, NodeFactory.createLiteralString(slug.equals("a") ? "first" : secondTitle));
            graph.add(iri("article/" + slug + "/#m1"), iri("ng/refersTo"), fieldmouse);
            graph.add(fieldmouse, name, NodeFactory.createLiteralString("Fieldmouse Tools"));
            Triple relation = Triple.create(burrow, iri("ng/supplies"), fieldmouse);
            graph.add(iri("article/" + slug + "/#r1"), Rdf11.REIFIES, NodeFactory.createTripleTerm(relation));
        }
        // An article graph holding a statement about another article's own node: found by looking that graph up.
        dataset.getGraph(iri("article/b/")).add(iri("article/a/#m1"), iri("ng/refersTo"), fieldmouse);
        return dataset;
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(BASE + local);
    }
}
