package org.newsgraph.article;

import java.nio.file.Path;

/**
 * What is wrong with one input file, where, and how to fix it.
 *
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 */
public record ArticleProblem(Path file, int line, String message, String fix) {

    /** One line a journalist can act on: {@code articles/x.md:3: missing title; add "title: ..." to the front matter}. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file.toString();
        return where + ": " + message + (fix == null || fix.isEmpty() ? "" : "; " + fix);
    }
}
