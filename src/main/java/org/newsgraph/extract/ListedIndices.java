package org.newsgraph.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;

/**
 * The names of the world's major stock indices ({@code stock-indices.tsv}, its names and their other written forms):
 * "S&P 500", "DAX", "CAC 40" name an index wherever they stand, never a company whose stock moves.
 */
final class ListedIndices {

    private static final String RESOURCE = "/org/newsgraph/extract/stock-indices.tsv";
    private static final Set<String> NAMES = names();

    private ListedIndices() {
    }

    /** Whether {@code name} is one of the listed indices' names, in any case. */
    static boolean listed(String name) {
        return name != null && NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>();
        for (String line : ResourceTable.lines(RESOURCE)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            names.add(columns[0].strip().toLowerCase(Locale.ROOT));
            if (columns.length > 3) {
                for (String alias : columns[3].split("\\|")) {
                    if (!alias.isBlank()) {
                        names.add(alias.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return Set.copyOf(names);
    }
}
