package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

class StatementHashTest {

    private static final Node S = NodeFactory.createURI("https://example.org/entity/acme-widgets/");
    private static final Node P = NodeFactory.createURI("https://schema.org/name");

    /** The hashed text as the hash was first defined: built as a string, then encoded with {@code getBytes}. */
    private static String reference(Triple t) throws Exception {
        StringBuilder text = new StringBuilder();
        term(t.getSubject(), text.append('S'));
        term(t.getPredicate(), text.append('P'));
        term(t.getObject(), text.append('O'));
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }

    private static void term(Node node, StringBuilder out) {
        if (node.isTripleTerm()) {
            out.append("<<");
            term(node.getTriple().getSubject(), out);
            term(node.getTriple().getPredicate(), out);
            term(node.getTriple().getObject(), out);
            out.append(">>");
        } else if (node.isURI()) {
            part(out.append('I'), node.getURI());
        } else if (node.isLiteral()) {
            part(out.append('L'), node.getLiteralLexicalForm());
            part(out, node.getLiteralLanguage());
            part(out, node.getLiteralBaseDirection() == null ? "" : node.getLiteralBaseDirection().toString());
            part(out, node.getLiteralDatatypeURI());
        } else {
            part(out.append('B'), node.getBlankNodeLabel());
        }
    }

    private static void part(StringBuilder out, String text) {
        out.append(text.length()).append(':').append(text);
    }

    @Test
    void aStatementsDigestIsTheSha256OfItsTaggedLengthPrefixedText() throws Exception {
        List<String> texts = List.of("Acme Widgets", "Zoë Müller of Ærø", "€4.5bn in Ōsaka", "emoji \uD83D\uDCC8 up",
                "lone high \uD800 here", "lone low \uDC00 here", "ends high \uD83D", "", "x".repeat(5000) + "é");
        for (String text : texts) {
            for (Node object : List.of(NodeFactory.createLiteralString(text), NodeFactory.createLiteralLang(text, "en"),
                    NodeFactory.createLiteralDT(text, XSDDatatype.XSDstring), NodeFactory.createURI("https://example.org/" + text))) {
                Triple t = Triple.create(S, P, object);
                assertEquals(reference(t), StatementHash.digest(t), text);
            }
        }
        Triple quoted = Triple.create(NodeFactory.createTripleTerm(S, P, NodeFactory.createLiteralString("Ünited")), P,
                NodeFactory.createBlankNode("b0"));
        assertEquals(reference(quoted), StatementHash.digest(quoted));
    }

    @Test
    void aSetsHashIsTheSumOfItsStatementsDigestsWhateverTheOrder() {
        Triple a = Triple.create(S, P, NodeFactory.createLiteralString("Acme Widgets"));
        Triple b = Triple.create(S, P, NodeFactory.createLiteralString("Acme Wïdgets"));
        String ab = StatementHash.of(List.of(a, b));
        assertEquals(ab, StatementHash.of(List.of(b, a)));
        assertEquals(ab, StatementHash.ofDigests(List.of(StatementHash.digest(a), StatementHash.digest(b))));
    }
}
