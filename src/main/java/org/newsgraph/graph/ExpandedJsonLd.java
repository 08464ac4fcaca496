package org.newsgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Writes statements as expanded JSON-LD ({@code {"@graph": [...]}}, full IRIs, no context), directly from statements
 * sorted in {@link GraphFiles#ORDER}: one node object per subject, {@code @type} first, then the properties in IRI
 * order, each value an object ({@code @id}, or {@code @value} with {@code @type} or {@code @language}), as JSON-LD's
 * "serialize RDF as JSON-LD" algorithm gives them without native types. It never builds a JSON tree or a JSON-LD
 * document model, so writing costs about what reading the statements does, and memory holds one subject at a time.
 * Statements with a triple term (rdf:reifies) have no JSON-LD 1.1 form and are left out.
 */
final class ExpandedJsonLd {

    private static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private final Appendable out;
    private final List<Triple> subject = new ArrayList<>();
    private boolean first = true;

    ExpandedJsonLd(Appendable out) {
        this.out = out;
    }

    /** Writes a whole document of these statements, which must be sorted in {@link GraphFiles#ORDER}. */
    static void write(Iterable<Triple> sorted, Appendable out) {
        ExpandedJsonLd writer = new ExpandedJsonLd(out);
        writer.start();
        sorted.forEach(writer::add);
        writer.finish();
    }

    /**
     * The node objects of these statements (sorted in {@link GraphFiles#ORDER}), each after {@code ",\n"}: a part of a
     * document's {@code "@graph"} list that can follow any other part (the list's first part drops its comma).
     */
    static void nodes(Iterable<Triple> sorted, Appendable out) {
        ExpandedJsonLd writer = new ExpandedJsonLd(out);
        writer.first = false;
        sorted.forEach(writer::add);
        writer.flush();
    }

    void start() {
        append("{\n    \"@graph\": [");
    }

    /** The next statement, in {@link GraphFiles#ORDER}. */
    void add(Triple triple) {
        if (triple.getSubject().isTripleTerm() || triple.getObject().isTripleTerm()) {
            return;
        }
        if (!subject.isEmpty() && !subject.get(0).getSubject().equals(triple.getSubject())) {
            flush();
        }
        subject.add(triple);
    }

    void finish() {
        flush();
        append(first ? "]\n}\n" : "\n    ]\n}\n");
    }

    private void flush() {
        if (subject.isEmpty()) {
            return;
        }
        // Into the document's own text when it is one (a page's file, a dump's piece); else a node at a time.
        StringBuilder node = out instanceof StringBuilder text ? text : new StringBuilder(256 * subject.size());
        node.append(first ? "\n" : ",\n").append("        {\n            \"@id\": ");
        string(node, id(subject.get(0).getSubject()));
        List<Triple> types = new ArrayList<>();
        List<Triple> properties = new ArrayList<>();
        for (Triple t : subject) {
            (t.getPredicate().getURI().equals(TYPE) && !t.getObject().isLiteral() ? types : properties).add(t);
        }
        if (!types.isEmpty()) {
            node.append(",\n            \"@type\": [");
            for (int i = 0; i < types.size(); i++) {
                node.append(i == 0 ? "\n                " : ",\n                ");
                string(node, id(types.get(i).getObject()));
            }
            node.append("\n            ]");
        }
        for (int i = 0; i < properties.size(); i++) {
            Triple t = properties.get(i);
            boolean samePredicate = i > 0 && properties.get(i - 1).getPredicate().equals(t.getPredicate());
            if (samePredicate) {
                node.append(",");
            } else {
                if (i > 0) {
                    node.append("\n            ]");
                }
                node.append(",\n            ");
                string(node, t.getPredicate().getURI());
                node.append(": [");
            }
            node.append("\n                {\n                    ");
            value(node, t.getObject());
            node.append("\n                }");
        }
        if (!properties.isEmpty()) {
            node.append("\n            ]");
        }
        node.append("\n        }");
        if (node != out) {
            append(node);
        }
        first = false;
        subject.clear();
    }

    private static void value(StringBuilder node, Node object) {
        if (!object.isLiteral()) {
            node.append("\"@id\": ");
            string(node, id(object));
            return;
        }
        node.append("\"@value\": ");
        string(node, object.getLiteralLexicalForm());
        String language = object.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            node.append(",\n                    \"@language\": ");
            string(node, language);
        } else if (!XSD_STRING.equals(object.getLiteralDatatypeURI())) {
            node.append(",\n                    \"@type\": ");
            string(node, object.getLiteralDatatypeURI());
        }
    }

    private static String id(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }

    /**
     * A JSON string: quotes, backslashes and control characters escaped, everything else as it is (UTF-8); the runs
     * between escapes appended whole.
     */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        (run == 0 ? out.append(s) : out.append(s, run, s.length())).append('"');
    }

    private void append(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
