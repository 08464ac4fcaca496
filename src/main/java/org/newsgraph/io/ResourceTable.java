package org.newsgraph.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table bundled in the jar (word lists, units, unit names): one row a line, columns separated by tabs, blank
 * lines and lines starting with {@code #} skipped. A row with another number of columns is reported with the
 * resource and line number; readers with more to check use {@link Row#problem}.
 */
public final class ResourceTable {

    /** One row: its line number in the resource, its columns and the line as written. */
    public record Row(String resource, int line, String[] columns, String text) {

        /** A problem with this row, named by its resource and line. */
        public IllegalStateException problem(String expected) {
            return new IllegalStateException(resource + ":" + line + ": expected " + expected + ", was '" + text + "'");
        }
    }

    private ResourceTable() {
    }

    /** The rows of {@code resource} (an absolute classpath path), each with exactly {@code columns} columns. */
    public static List<Row> rows(String resource, int columns, String expected) {
        List<Row> rows = new ArrayList<>();
        List<String> lines = lines(resource);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Row row = new Row(resource, i + 1, line.split("\t"), line);
            if (row.columns().length != columns) {
                throw row.problem(expected);
            }
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    /** Every line of {@code resource} (an absolute classpath path), comments and blank lines included. */
    public static List<String> lines(String resource) {
        try (InputStream in = ResourceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The rows of a table whose first row (after comments and blank lines) names its columns: each row as its values
     * by column name (evidence tables that a later column may be added to).
     */
    public static List<Map<String, String>> headed(List<String> lines) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] header = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (header == null) {
                header = fields;
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < Math.min(header.length, fields.length); i++) {
                row.put(header[i], fields[i]);
            }
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    /** The words of a one-column list (a word or lemma a line, stripped), as a set. */
    public static Set<String> words(String resource) {
        return Set.copyOf(rows(resource, 1, "one word a line").stream().map(row -> row.columns()[0].strip()).toList());
    }
}
