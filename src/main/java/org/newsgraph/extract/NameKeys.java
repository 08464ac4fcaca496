package org.newsgraph.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key under which an article's mentions of one thing meet: a name list's entry by its name, any other name by its
 * words without a possessive (a firm's own possessive stays, {@link PossessiveFirmNames}: "Cullen's"), a corporate suffix, a leading "the" or a model's plural ("Orrin Motors Inc.'s" and
 * "Orrin Motors", "A320s" and "A320").
 */
final class NameKeys {

    /** A possessive ending a word or a name: "Vexa's", "Halden Foods'". */
    static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|'|’)$");

    /** A model code in the plural names the model: "A320s" and "Boeing 737s" are the A320 and the Boeing 737. */
    private static final Pattern PLURAL_MODEL = Pattern.compile("(.*\\b(?:\\p{Lu}{1,2}\\d{2,4}[a-z]{0,3}|\\d{3}(?:-\\d{1,3})?))s");

    /**
     * A named model with a small number in the plural names the model too: "12,000 Tern 5s" are the Tern 5, as "Boeing
     * 737s" are the Boeing 737 (a capitalised word, a space, one or two digits and "s"; a decade has four digits).
     */
    private static final Pattern PLURAL_NUMBERED_MODEL = Pattern.compile("(.*\\b\\p{Lu}[\\p{L}-]* \\d{1,2})s");

    private NameKeys() {
    }

    /** The same thing under one key: gazetteer entries by name; others by their text without suffix. */
    static String key(FoundName f) {
        if (f.entry() != null) {
            return "g:" + f.entry().name();
        }
        return "n:" + (PossessiveFirmNames.ownPossessive(f) ? withoutSuffix(f.text()) : bareName(f.text()));
    }

    static String bareName(String text) {
        return singularModel(withoutSuffix(POSSESSIVE.matcher(text.strip()).replaceFirst("")));
    }

    static String singularModel(String name) {
        Matcher plural = PLURAL_MODEL.matcher(name);
        if (plural.matches()) {
            return plural.group(1);
        }
        Matcher numbered = PLURAL_NUMBERED_MODEL.matcher(name);
        return numbered.matches() ? numbered.group(1) : name;
    }

    /** A name without corporate suffix or leading "the"; a possessive that is part of it stays ("McDonald's"). */
    static String withoutSuffix(String name) {
        name = name.strip();
        String[] words = name.split("\\s+");
        int n = words.length;
        while (n > 1 && EntityRecognizer.CORPORATE_SUFFIXES.contains(words[n - 1].replaceAll(",$", ""))) {
            n--;
        }
        String bare = String.join(" ", Arrays.copyOf(words, n)).replaceAll(",$", "");
        return bare.startsWith("the ") || bare.startsWith("The ") ? bare.substring(4) : bare;
    }
}
