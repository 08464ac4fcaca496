package org.newsgraph.extract;

import org.newsgraph.extract.figure.FigureParser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.article.Article;
import org.newsgraph.article.TextBlock;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.Iris;
import org.newsgraph.graph.Vocabularies;

/** Values are exact decimals from the text to the JSON and the graph: "$4.1 million" is 4100000, never 4099999.99. */
class ExactDecimalTest {

    private final FigureParser parser = new FigureParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sales were $4.1 million.                   | 4100000",
            "It rose 0.16% on the day.                  | 0.16",
            "Petrol costs 7p more a litre.              | 0.07",
            "Rates were cut by 150 basis points.        | 1.5",
            "The deal is worth $0.3 billion.            | 300000000",
            "Shares rose 12 cents.                      | 0.12",
            "It weighs 1.1 tonnes.                      | 1.1",
            "The group made €2.3bn.                     | 2300000000",
            "Profit was £1,234,567.89.                  | 1234567.89"})
    void valuesAreTheDecimalsTheTextStates(String sentence, String value) {
        List<FigureCandidate> found = parser.parse(sentence);
        assertEquals(1, found.size(), () -> sentence + ": " + found);
        assertEquals(new BigDecimal(value), found.get(0).value(), sentence);
    }

    @Test
    void jsonAndGraphCarryThePlainDecimal() {
        String text = "Sales were $4.1 million, up 0.3 percentage points.";
        List<Figure> figures = new ArrayList<>();
        for (FigureCandidate c : parser.parse(text)) {
            figures.add(new Figure("figure-" + (figures.size() + 1), c.kind(), c.value(), c.min(), c.max(), c.unit(),
                    c.qualifier(), c.period(), c.per(), c.direction(), null, null, null, null, null,
                    List.of(new Span(c.start(), c.end(), text.substring(c.start(), c.end()), 0))));
        }
        Extraction extraction = new Extraction("a", List.of(new Sentence(0, 0, text.length())), List.of(), figures,
                List.of());
        String json = ExtractionJson.toLine(extraction);
        assertTrue(json.contains("\"value\":4100000,"), json);
        assertTrue(json.contains("\"value\":0.3,"), json);
        Article article = new Article("a", Path.of("a.md"), "A", LocalDate.of(2025, 1, 2), null, null, null,
                List.of(), text, text, List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, text.length())));
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        Graph graph = new GraphBuilder(iris).build(List.of(new ExtractedArticle(article, extraction)), List.of())
                .getGraph(iris.article("a"));
        Node value = Vocabularies.schema("value");
        for (String lexical : List.of("4100000", "0.3")) {
            assertTrue(graph.contains(Node.ANY, value, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal)),
                    () -> graph.find(Node.ANY, value, Node.ANY).toList().toString());
        }
    }
}
