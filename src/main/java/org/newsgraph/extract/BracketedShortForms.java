package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short form the article defines in brackets right after a longer name: "Singapore Airlines (SIA)", "JD.com, Inc.
 * ("JD")", "Sonoran Optics Corp. (“Sonoran”)". The writer says outright that the short form is that thing, so every
 * mention of it in the article joins the longer name, even where a name list knows the short form as something else
 * or its letters are not plain initials. Only a short form whose letters come from the name is taken: its first words
 * or the part before a dot ("JD" of "JD.com"), or letters that open the name's words in order ("SIA": SIngapore
 * Airlines; "FDIC": Federal Deposit Insurance Corporation). A defined term that is no part of the name ("Comcast
 * (“CCCL Parent”)", a subsidiary the sentence describes; "Merck KGaA (Merck OTC)", a business of it) is left alone, and
 * so is a short form a name list holds as a place or the words around it call a person.
 */
final class BracketedShortForms {

    /** What may stand between a name and the bracketed short form, and around the short form inside the brackets. */
    private static final Pattern OPENING = Pattern.compile("\\s*\\(\\s*(?:the\\s+)?[\"“”'‘]?\\s*");
    private static final Pattern CLOSING = Pattern.compile("\\s*[\"“”'’]?\\s*\\)");
    private static final Pattern LINKING_WORDS = Pattern.compile("(?i)of|and|for|the|&|de|du|des|der|und");
    private static final int MAX_ACRONYM = 6;

    private BracketedShortForms() {
    }

    /** The short forms defined in brackets, each with the name it is defined after, in the order of the text. */
    static Map<FoundName, FoundName> definitions(String text, List<FoundName> found) {
        Map<FoundName, FoundName> defined = new LinkedHashMap<>();
        List<FoundName> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(FoundName::start));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            FoundName longer = sorted.get(i);
            FoundName shorter = sorted.get(i + 1);
            if (shorter.sentence() != longer.sentence() || longer.type() == EntityType.PERSON
                    || longer.type() == EntityType.PLACE || !bracketedAfter(text, longer, shorter)) {
                continue;
            }
            if (partOf(NameKeys.bareName(shorter.text()), longer.text().strip())) {
                defined.put(shorter, longer);
            }
        }
        return defined;
    }

    /**
     * Joins, in place, every mention of a defined short form to the name it was defined after; the reason goes to
     * {@code joined}. A short form listed as a place, or called a person by the words around one of its mentions, stays.
     */
    static void merge(Map<String, List<FoundName>> byKey, Map<FoundName, FoundName> definitions,
            Map<FoundName, String> joined) {
        definitions.forEach((shorter, longer) -> {
            String shortKey = key(byKey, shorter);
            String longKey = key(byKey, longer);
            if (longKey == null || shortKey == null || shortKey.equals(longKey) || refused(byKey.get(shortKey))) {
                return;
            }
            String reason = "defined in brackets after " + NameKeys.POSSESSIVE.matcher(longer.text().strip()).replaceFirst("");
            boolean listedTarget = longKey.startsWith("g:");
            for (FoundName mention : byKey.remove(shortKey)) {
                // a list's entry for the short form is another thing: the article's definition takes its mentions
                FoundName added = listedTarget || mention.entry() == null ? mention
                        : new FoundName(mention.start(), mention.end(), mention.text(), mention.sentence(), mention.type(),
                                mention.weight(), mention.cue(), null, mention.demonym());
                joined.put(added, reason);
                byKey.get(longKey).add(added);
            }
            byKey.get(longKey).sort(Comparator.comparingInt(FoundName::start));
        });
    }

    /** The group a mention is in now (an earlier step may have moved or relisted it), or null. */
    private static String key(Map<String, List<FoundName>> byKey, FoundName mention) {
        for (Map.Entry<String, List<FoundName>> group : byKey.entrySet()) {
            if (group.getValue().stream().anyMatch(f -> f.start() == mention.start() && f.end() == mention.end())) {
                return group.getKey();
            }
        }
        return null;
    }

    private static boolean refused(List<FoundName> group) {
        return group.stream().anyMatch(f -> f.entry() != null && f.entry().type() == EntityType.PLACE
                || f.cueType() == EntityType.PERSON);
    }

    /** "Name (X)", "Name, Inc. ("X")": nothing but a suffix, a comma, an opening bracket and a quote between them. */
    private static boolean bracketedAfter(String text, FoundName longer, FoundName shorter) {
        if (shorter.start() <= longer.end() || shorter.end() > text.length()) {
            return false;
        }
        String between = text.substring(longer.end(), shorter.start());
        int bracket = between.indexOf('(');
        if (bracket < 0) {
            return false;
        }
        String suffix = between.substring(0, bracket).replace(",", " ").strip();
        if (!suffix.isEmpty() && !EntityRecognizer.CORPORATE_SUFFIXES.contains(suffix)) {
            return false;
        }
        Matcher closing = CLOSING.matcher(text);
        closing.region(shorter.end(), text.length());
        return OPENING.matcher(between.substring(bracket)).matches() && closing.lookingAt();
    }

    /**
     * Whether a short form is made of the name: its first words, the part before a dot ("JD" of "JD.com"), or letters
     * opening the name's words in order, a word's first letter for each word but linking words ("SIA" of "Singapore
     * Airlines", "FDIC" of "Federal Deposit Insurance Corporation").
     */
    static boolean partOf(String shortForm, String name) {
        String bare = NameKeys.withoutSuffix(name);
        if (shortForm.length() < 2 || shortForm.equals(bare)) {
            return false;
        }
        for (String candidate : List.of(bare, name)) {
            if (candidate.startsWith(shortForm) && candidate.length() > shortForm.length()
                    && " .-".indexOf(candidate.charAt(shortForm.length())) >= 0) {
                return true;
            }
        }
        if (!shortForm.matches("\\p{Lu}[\\p{L}&]{1," + (MAX_ACRONYM - 1) + "}") || shortForm.contains(" ")) {
            return false;
        }
        String letters = shortForm.replace("&", "").toLowerCase(Locale.ROOT);
        return opensWords(letters, words(name), 0) || opensWords(letters, words(bare), 0);
    }

    /** The name's words in lower case, a linking word ("of", "and") marked by a leading space. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.split("[\\s-]+")) {
            String letters = word.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            if (!letters.isEmpty()) {
                words.add(LINKING_WORDS.matcher(word).matches() ? " " + letters : letters);
            }
        }
        return words;
    }

    /**
     * Whether the letters are, in order, a non-empty opening of every word, or of none or the first letter of a linking
     * word (a search over at most six letters).
     */
    private static boolean opensWords(String letters, List<String> words, int word) {
        if (word == words.size()) {
            return letters.isEmpty();
        }
        String current = words.get(word);
        if (current.startsWith(" ")) {
            return opensWords(letters, words, word + 1)
                    || !letters.isEmpty() && current.charAt(1) == letters.charAt(0)
                    && opensWords(letters.substring(1), words, word + 1);
        }
        for (int n = 1; n <= Math.min(current.length(), letters.length()); n++) {
            if (!current.startsWith(letters.substring(0, n))) {
                return false;
            }
            if (opensWords(letters.substring(n), words, word + 1)) {
                return true;
            }
        }
        return false;
    }
}
