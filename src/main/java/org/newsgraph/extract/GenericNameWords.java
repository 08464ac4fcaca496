package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;

/**
 * Words that name no one thing alone ("Bank", "Group", "United", "General"): a name made only of them is never the
 * short form of a longer name, since several things of one article may share it.
 */
final class GenericNameWords {

    private static final String RESOURCE = "/org/newsgraph/extract/generic-name-words.txt";
    private static final Set<String> WORDS = load();

    private GenericNameWords() {
    }

    /** Whether the name is one generic word ("Bank" is; "Apple" and "Air Force", two words together, are not). */
    static boolean genericWord(String name) {
        return !name.contains(" ") && WORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        return ResourceTable.rows(RESOURCE, 1, "one word a line").stream()
                .map(row -> row.columns()[0].strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
