package org.newsgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The plain text of a Markdown body: headings and paragraphs separated by blank lines, markup removed.
 * Link targets are dropped (only their text is news); raw HTML is kept as literal text so nothing is lost.
 */
public final class PlainText {

    private static final Parser PARSER = Parser.builder().build();

    private final StringBuilder text = new StringBuilder();
    private final List<TextBlock> blocks = new ArrayList<>();

    private PlainText() {
    }

    public record Result(String text, List<TextBlock> blocks) {
    }

    /**
     * @throws IllegalArgumentException when the Markdown nests too deeply for the parser (thousands of '*' in a row)
     */
    public static Result of(String markdown) {
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            // commonmark merges nested emphasis recursively; the parse is self-contained, so its state is simply dropped.
            throw new IllegalArgumentException("the Markdown nests too deeply to read", e);
        }
        PlainText plain = new PlainText();
        walk(document, plain::collectBlock);
        return new Result(plain.text.toString(), plain.blocks);
    }

    /** Adds a heading, paragraph, code or HTML block; returns whether to look inside the node for more. */
    private boolean collectBlock(Node node) {
        if (node instanceof Heading) {
            addBlock(TextBlock.Kind.HEADING, inlineText(node));
        } else if (node instanceof Paragraph) {
            addBlock(TextBlock.Kind.PARAGRAPH, inlineText(node));
        } else if (node instanceof FencedCodeBlock code) {
            addBlock(TextBlock.Kind.PARAGRAPH, code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            addBlock(TextBlock.Kind.PARAGRAPH, code.getLiteral());
        } else if (node instanceof HtmlBlock html) {
            addBlock(TextBlock.Kind.PARAGRAPH, html.getLiteral());
        } else {
            return true;
        }
        return false;
    }

    private void addBlock(TextBlock.Kind kind, String content) {
        String trimmed = content.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(trimmed);
        blocks.add(new TextBlock(kind, start, text.length()));
    }

    private static String inlineText(Node block) {
        StringBuilder out = new StringBuilder();
        walk(block, node -> {
            if (node instanceof Text text) {
                out.append(text.getLiteral());
            } else if (node instanceof Code code) {
                out.append(code.getLiteral());
            } else if (node instanceof HtmlInline html) {
                out.append(html.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
            }
            return true;
        });
        return out.toString().replaceAll("[ \\t]+", " ");
    }

    /**
     * Visits the descendants of {@code root} in document order without recursion, so that deeply nested quotes,
     * lists or emphasis cannot exhaust the stack; {@code visit} returns whether to descend into the node.
     */
    private static void walk(Node root, Predicate<Node> visit) {
        Node node = root.getFirstChild();
        while (node != null) {
            if (visit.test(node) && node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == root ? null : node.getNext();
        }
    }
}
