package org.newsgraph.sparql;

import java.math.BigDecimal;
import java.util.Iterator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Decimals in query results written as the site's files write them ("12", "1.5", "4500000000": the shortest plain
 * form, as {@code GraphBuilder} makes them), whichever graph answered: the graph read into memory keeps the site's
 * form, a TDB2 store gives the canonical one back ("12.0"), and a result should not depend on where the graph was
 * kept. Applied to every result {@code query} prints and {@code serve}'s endpoint sends.
 */
public final class DecimalForm {

    private DecimalForm() {
    }

    /** An xsd:decimal literal in the site's form; any other node as it is (also a decimal that does not parse). */
    public static Node of(Node node) {
        if (node == null || !node.isLiteral() || !XSDDatatype.XSDdecimal.getURI().equals(node.getLiteralDatatypeURI())) {
            return node;
        }
        String lexical = node.getLiteralLexicalForm();
        String site;
        try {
            site = new BigDecimal(lexical.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return node;
        }
        return site.equals(lexical) ? node : NodeFactory.createLiteralDT(site, XSDDatatype.XSDdecimal);
    }

    /** The rows with their decimals in the site's form, read as they are consumed. */
    public static RowSet of(RowSet rows) {
        Iterator<Binding> mapped = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Binding next() {
                return of(rows.next());
            }
        };
        return RowSetStream.create(rows.getResultVars(), mapped);
    }

    static Binding of(Binding row) {
        BindingBuilder builder = Binding.builder();
        row.forEach((variable, value) -> builder.add(variable, of(value)));
        return builder.build();
    }

    /** A copy of the graph with its decimals in the site's form (its prefixes kept). */
    public static Graph of(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        copy.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        graph.find().forEachRemaining(t -> copy.add(Triple.create(t.getSubject(), t.getPredicate(), of(t.getObject()))));
        return copy;
    }

    /** A result of the endpoint with its rows or graph so written; an answer to ASK (or anything else) as it is. */
    public static QueryExecResult of(QueryExecResult result) {
        if (result.isRowSet()) {
            return new QueryExecResult(of(result.rowSet()));
        }
        if (result.isGraph()) {
            return new QueryExecResult(of(result.graph()));
        }
        return result;
    }
}
