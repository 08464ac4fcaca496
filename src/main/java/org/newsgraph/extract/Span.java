package org.newsgraph.extract;

/** A stretch of an article's plain text: offsets, the text itself, and the sentence it is in. */
public record Span(int start, int end, String text, int sentence) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
