package org.newsgraph.extract.figure;

import java.util.Arrays;
import java.util.List;
import org.newsgraph.io.ResourceTable;

/**
 * Reads a word list bundled under {@code src/main/resources/org/newsgraph/extract/figure/}: one entry a line,
 * columns separated by tabs, blank lines and lines starting with {@code #} skipped. A malformed line is reported
 * with the file and line number.
 */
final class WordList {

    static final String FOLDER = "/org/newsgraph/extract/figure/";

    private WordList() {
    }

    /** The rows of a list, each with exactly {@code columns} columns. */
    static List<String[]> rows(String name, int columns) {
        return ResourceTable.rows(FOLDER + name, columns, columns + " column(s) separated by tabs").stream()
                .map(row -> Arrays.stream(row.columns()).map(String::strip).toArray(String[]::new)).toList();
    }

    /** The words of a one-column list. */
    static List<String> words(String name) {
        return rows(name, 1).stream().map(row -> row[0]).toList();
    }
}
