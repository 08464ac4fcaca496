package org.newsgraph.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;

/**
 * Names that name a general class, never one thing, and so are no entity (issue 13, junk names seen on real text):
 * clock abbreviations ("09:00 GMT" is no organisation "GMT"), the abbreviations of accounting standards and measures
 * ("AOCI", "EBITDA"), the noun a filing capitalises for a party it has named ("the Company"), and filing section
 * headings ("Liquidity and Capital Resources"). The words are general knowledge, in {@code class-names.tsv}.
 */
final class ClassNames {

    private static final String RESOURCE = "/org/newsgraph/extract/class-names.tsv";
    /** Linking words a heading may hold besides its heading words. */
    private static final Set<String> LINKS = Set.of("and", "of", "&");
    private static final Map<String, String> CLASSES = load();

    private ClassNames() {
    }

    /**
     * The general class the name is, or null where it may name one thing: a time zone or accounting abbreviation
     * written in capitals, a defined-term noun alone (with or without "the"), or two or more words all of a filing
     * heading.
     */
    static String classOf(String name) {
        String bare = name.strip().replaceFirst("^(?i:the)\\s+", "").replaceFirst("(?:'s|’s)$", "");
        String key = bare.toLowerCase(Locale.ROOT);
        String single = CLASSES.get(key);
        if ("time-zone".equals(single) || "accounting-term".equals(single)) {
            return bare.equals(bare.toUpperCase(Locale.ROOT)) ? single : null;
        }
        if ("defined-term".equals(single)) {
            return single;
        }
        String[] words = key.split("\\s+");
        boolean heading = words.length >= 2
                && Arrays.stream(words).allMatch(w -> LINKS.contains(w) || "heading".equals(CLASSES.get(w)))
                && Arrays.stream(words).anyMatch(w -> !LINKS.contains(w));
        return heading ? "heading" : null;
    }

    /** The words of one class, lower case: for tests. */
    static Set<String> words(String kind) {
        return CLASSES.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, String> load() {
        return ResourceTable.rows(RESOURCE, 2, "a word and its class").stream().collect(Collectors.toUnmodifiableMap(
                row -> row.columns()[0].strip().toLowerCase(Locale.ROOT), row -> row.columns()[1].strip()));
    }
}
