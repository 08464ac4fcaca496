package org.newsgraph.extract.figure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
        String resource = FOLDER + name;
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + resource + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns
                            + " column(s) separated by tabs, was '" + line + "'");
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + resource, e);
        }
        return List.copyOf(rows);
    }

    /** The words of a one-column list. */
    static List<String> words(String name) {
        return rows(name, 1).stream().map(row -> row[0]).toList();
    }
}
