package org.newsgraph.article;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with one input file, where, and how to fix it.
 *
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 */
public record ArticleProblem(Path file, int line, String message, String fix) {

    /** Control and bidirectional formatting characters, which a file name or a quoted value may carry to a terminal. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

    /**
     * One line a journalist can act on: {@code articles/x.md:3: missing title; add "title: ..." to the front matter}.
     * Unprintable characters are shown as {@code \\u001B}, so the line stays one line and cannot drive the terminal.
     */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file.toString();
        String text = where + ": " + message + (fix == null || fix.isEmpty() ? "" : "; " + fix);
        return UNPRINTABLE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                String.format("\\u%04X", (int) m.group().charAt(0))));
    }
}
