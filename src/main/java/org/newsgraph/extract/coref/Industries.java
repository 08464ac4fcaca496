package org.newsgraph.extract.coref;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.extract.Entity;
import org.newsgraph.io.ResourceTable;

/**
 * What general knowledge says an organisation may be called: the nouns of its industry ("airline" for a passenger
 * airline, "carmaker" for an automobile manufacturer), from the S&P 500's GICS sub-industries
 * ({@code organisation-industries.tsv}) and what each sub-industry is called ({@code industry-nouns.tsv}). An
 * organisation the list does not hold has no known nouns, and coreference then goes by the article alone.
 */
final class Industries {

    private static final String DIRECTORY = "/org/newsgraph/extract/coref/";
    /** Words that end a company's legal name and say nothing of which company it is. */
    private static final Set<String> LEGAL_ENDINGS = Set.of("inc", "incorporated", "corp", "corporation", "company",
            "co", "plc", "ltd", "limited", "holdings", "group", "the");

    private final Map<String, Set<String>> nounsByName;
    private final Set<String> typed;

    private Industries(Map<String, Set<String>> nounsByName, Set<String> typed) {
        this.nounsByName = nounsByName;
        this.typed = typed;
    }

    /** The list shipped with Newsgraph, read once per JVM. */
    static Industries shared() {
        return Shared.STANDARD;
    }

    private static final class Shared {
        private static final Industries STANDARD = standard();
    }

    /** The list shipped with Newsgraph. */
    static Industries standard() {
        Map<String, Set<String>> nounsOfIndustry = new HashMap<>();
        for (String[] row : rows("industry-nouns.tsv")) {
            nounsOfIndustry.put(row[0], Set.of(row[1].trim().split("\\s+")));
        }
        Map<String, Set<String>> byName = new HashMap<>();
        for (String[] row : rows("organisation-industries.tsv")) {
            Set<String> nouns = nounsOfIndustry.get(row[1]);
            if (nouns == null) {
                throw new IllegalStateException("organisation-industries.tsv: sub-industry '" + row[1]
                        + "' is not in industry-nouns.tsv");
            }
            byName.computeIfAbsent(key(row[0]), k -> new HashSet<>()).addAll(nouns);
        }
        shortNames(byName).forEach((shortName, full) -> byName.putIfAbsent(shortName, byName.get(full)));
        Set<String> typed = new HashSet<>();
        nounsOfIndustry.values().forEach(typed::addAll);
        return new Industries(Map.copyOf(byName), Set.copyOf(typed));
    }

    /**
     * "Ford" for "Ford Motor Company": the first word of a listed name of several words, when no other listed name
     * starts with it or is it ("General" starts General Motors and General Mills, so it is no short name), mapped to
     * the full key. News calls a large company by its first word after the first mention, or throughout.
     */
    private static Map<String, String> shortNames(Map<String, Set<String>> byName) {
        Map<String, String> first = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String name : byName.keySet()) {
            String word = name.split(" ")[0];
            if (first.put(word, name) != null) {
                shared.add(word);
            }
        }
        Map<String, String> out = new HashMap<>();
        first.forEach((word, name) -> {
            if (!shared.contains(word) && !word.equals(name) && word.length() > 2) {
                out.put(word, name);
            }
        });
        return out;
    }

    /** The nouns the organisation's industry is called by, or empty when general knowledge here does not know it. */
    Set<String> nounsOf(Entity entity) {
        Set<String> nouns = new HashSet<>();
        Stream.concat(Stream.of(entity.name()), entity.aliases().stream())
                .map(name -> nounsByName.getOrDefault(key(name), Set.of())).forEach(nouns::addAll);
        return nouns;
    }

    /** Whether a noun names an industry ("airline", "bank"), not a loose kind ("company", "maker"). */
    boolean isTyped(String noun) {
        return typed.contains(noun);
    }

    /** Every noun some industry is called by. */
    Set<String> typedNouns() {
        return typed;
    }

    /** A name without case, punctuation, parentheses or legal endings: "Ford Motor Company" is "ford motor". */
    static String key(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim().split(" ");
        int end = words.length;
        while (end > 1 && LEGAL_ENDINGS.contains(words[end - 1])) {
            end--;
        }
        int start = words.length > 1 && words[0].equals("the") ? 1 : 0;
        return String.join(" ", List.of(words).subList(Math.min(start, end), end));
    }

    private static List<String[]> rows(String name) {
        return ResourceTable.rows(DIRECTORY + name, 2, "two tab-separated columns").stream()
                .map(ResourceTable.Row::columns).toList();
    }
}
