package org.newsgraph.extract.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** English plurals, as far as a counted noun needs them: "24 million users" counts users, "12 aircraft" aircraft. */
public final class Nouns {

    private static final Map<String, String> IRREGULAR = new HashMap<>();
    private static final Set<String> INVARIABLE = Set.copyOf(WordList.words("invariable-nouns.txt"));
    private static final Set<String> NOT_PLURAL = Set.copyOf(WordList.words("not-plural.txt"));
    /** "bonus", "virus", "lens": singulars in -s, whose plural adds -es. */
    private static final Set<String> SINGULAR_IN_S = Set.copyOf(WordList.words("s-singulars.txt"));
    private static final Set<String> NOT_SUPERLATIVE = Set.of("interest", "harvest", "request", "conquest",
            "protest", "contest", "digest", "manifest", "suggest", "invest", "arrest", "modest", "honest", "earnest",
            "forest");

    static {
        for (String[] row : WordList.rows("irregular-plurals.tsv", 2)) {
            IRREGULAR.putIfAbsent(row[0], row[1]);
        }
    }

    private Nouns() {
    }

    /** Whether a lower-case word is a plural noun (or one that counts unchanged: "aircraft", "people"). */
    public static boolean countsInPlural(String word) {
        return INVARIABLE.contains(word) || IRREGULAR.containsKey(word) || isPlural(word);
    }

    /** Whether a lower-case noun counts unchanged in the plural: "aircraft", "police", "staff". */
    public static boolean isInvariable(String word) {
        return INVARIABLE.contains(word);
    }

    /** Whether a lower-case word looks like a regular plural: "plants", not "glass", "famous", "economics". */
    public static boolean isPlural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("ous")
                && !word.endsWith("ics") && !NOT_PLURAL.contains(word) && !SINGULAR_IN_S.contains(word)
                && !word.contains("-");
    }

    /** "largest", "best": a word that ranks rather than counts. */
    public static boolean isSuperlative(String word) {
        return word.length() > 5 && word.endsWith("est") && !NOT_SUPERLATIVE.contains(word) || word.equals("best")
                || word.equals("worst");
    }

    /** The singular of a lower-case noun: "companies" is "company", "people" "person", "staff" "staff". */
    public static String singular(String noun) {
        if (IRREGULAR.containsKey(noun)) {
            return IRREGULAR.get(noun);
        }
        if (INVARIABLE.contains(noun) || SINGULAR_IN_S.contains(noun) || !noun.endsWith("s") || noun.endsWith("ss")) {
            return noun;
        }
        if (noun.endsWith("ses") && SINGULAR_IN_S.contains(noun.substring(0, noun.length() - 2))) {
            return noun.substring(0, noun.length() - 2); // "bonuses", "viruses", "campuses"
        }
        if (noun.endsWith("ies") && noun.length() > 4) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.matches(".*(?:ches|shes|sses|xes|zes)")) {
            return noun.substring(0, noun.length() - 2);
        }
        return noun.substring(0, noun.length() - 1);
    }
}
