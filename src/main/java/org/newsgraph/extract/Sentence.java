package org.newsgraph.extract;

/** A sentence of an article, as offsets into its plain text. */
public record Sentence(int index, int start, int end) {
}
