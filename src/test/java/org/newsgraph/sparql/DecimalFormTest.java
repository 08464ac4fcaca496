package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Decimals of a result in the form the site's files use, whatever form the store gave back. */
class DecimalFormTest {

    private static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    @Test
    void aDecimalTakesTheSiteForm() {
        assertEquals("12", DecimalForm.of(decimal("12.0")).getLiteralLexicalForm());
        assertEquals("1.5", DecimalForm.of(decimal("1.50")).getLiteralLexicalForm());
        assertEquals("4500000000", DecimalForm.of(decimal("4500000000.0")).getLiteralLexicalForm());
        assertEquals("-0.25", DecimalForm.of(decimal("-0.250")).getLiteralLexicalForm());
        assertEquals("0", DecimalForm.of(decimal("0.0")).getLiteralLexicalForm());
        Node site = decimal("12");
        assertSame(site, DecimalForm.of(site), "already in the site's form");
    }

    @Test
    void otherNodesAndUnreadableDecimalsStayAsTheyAre() {
        Node text = NodeFactory.createLiteralString("12.0");
        Node dbl = NodeFactory.createLiteralDT("12.0", XSDDatatype.XSDdouble);
        Node bad = decimal("twelve");
        Node iri = NodeFactory.createURI("http://localhost:8080/entity/x/");
        for (Node node : List.of(text, dbl, bad, iri)) {
            assertSame(node, DecimalForm.of(node));
        }
        assertEquals(null, DecimalForm.of((Node) null));
    }

    @Test
    void rowsAndGraphsOfAResultAreRewritten() {
        Var v = Var.alloc("v");
        Var s = Var.alloc("s");
        Node subject = NodeFactory.createURI("http://localhost:8080/article/a/#figure-1");
        RowSet rows = RowSetStream.create(List.of(s, v), List.of(Binding.builder().add(s, subject)
                .add(v, decimal("12.0")).build(), Binding.builder().add(v, decimal("3.10")).build()).iterator());
        QueryExecResult mapped = DecimalForm.of(new QueryExecResult(rows));
        List<Binding> out = mapped.rowSet().materialize().stream().toList();
        assertEquals(List.of(s, v), mapped.rowSet().getResultVars());
        assertEquals("12", out.get(0).get(v).getLiteralLexicalForm());
        assertEquals(subject, out.get(0).get(s));
        assertEquals("3.1", out.get(1).get(v).getLiteralLexicalForm());
        assertEquals(null, out.get(1).get(s), "an unbound variable stays unbound");

        Graph graph = GraphFactory.createDefaultGraph();
        Node value = NodeFactory.createURI("https://schema.org/value");
        graph.add(Triple.create(subject, value, decimal("12.0")));
        graph.getPrefixMapping().setNsPrefix("schema", "https://schema.org/");
        Graph written = DecimalForm.of(new QueryExecResult(graph)).graph();
        assertEquals(List.of(Triple.create(subject, value, decimal("12"))), written.find().toList());
        assertEquals("https://schema.org/", written.getPrefixMapping().getNsPrefixURI("schema"));
        assertEquals(Boolean.TRUE, DecimalForm.of(new QueryExecResult(true)).booleanResult());
    }
}
