package org.newsgraph.article;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
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

    public static Result of(String markdown) {
        PlainText plain = new PlainText();
        PARSER.parse(markdown).accept(plain.new BlockCollector());
        return new Result(plain.text.toString(), plain.blocks);
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
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                out.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                out.append(node.getLiteral());
            }

            @Override
            public void visit(HtmlInline node) {
                out.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                out.append(' ');
            }
        });
        return out.toString().replaceAll("[ \\t]+", " ");
    }

    private final class BlockCollector extends AbstractVisitor {
        @Override
        public void visit(Heading heading) {
            addBlock(TextBlock.Kind.HEADING, inlineText(heading));
        }

        @Override
        public void visit(Paragraph paragraph) {
            addBlock(TextBlock.Kind.PARAGRAPH, inlineText(paragraph));
        }

        @Override
        public void visit(FencedCodeBlock code) {
            addBlock(TextBlock.Kind.PARAGRAPH, code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            addBlock(TextBlock.Kind.PARAGRAPH, code.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            addBlock(TextBlock.Kind.PARAGRAPH, html.getLiteral());
        }

        @Override
        protected void visitChildren(Node parent) {
            if (parent instanceof Block || parent.getParent() == null) {
                super.visitChildren(parent);
            }
        }
    }
}
