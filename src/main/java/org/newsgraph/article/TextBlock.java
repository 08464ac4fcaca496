package org.newsgraph.article;

/** A heading or paragraph of an article's plain text, as offsets into that text. */
public record TextBlock(Kind kind, int start, int end) {

    public enum Kind { HEADING, PARAGRAPH }

    public TextBlock {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block offsets " + start + ".." + end);
        }
    }
}
