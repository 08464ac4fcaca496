package org.newsgraph.extract.figure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Lexicon;

/**
 * Numbers before a noun that count nothing new: a definite pair or trio of organisations named before ("the two
 * companies", "these two major automakers", "the three carmakers": the parties, already counted by their names) and
 * the ways a claim holds ("in two respects", {@code manner-nouns.txt}). A number written in digits or above four ("the
 * 12 banks that failed") still counts: it may bring a set the article has not named one by one.
 */
final class ReferencesBack {

    /** "the two", "these three", "both the two": a determiner of a set known, then the number as a word. */
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:the|these|those)\\s+$");
    private static final Pattern IN_BEFORE = Pattern.compile("(?i)\\bin\\s+$");
    private static final Set<String> SMALL_WORDS = Set.of("two", "three", "four");
    private static final Set<String> MANNER_NOUNS = Set.copyOf(WordList.words("manner-nouns.txt"));
    private static final int LOOK_BACK = 12;

    private ReferencesBack() {
    }

    /**
     * Why the count of {@code unit} written from {@code start} with the number {@code number} is no figure, or null
     * when it is one.
     */
    static String why(String text, int start, String number, String unit) {
        String before = text.substring(Math.max(0, start - LOOK_BACK), start);
        String word = number.toLowerCase(Locale.ROOT);
        if (IN_BEFORE.matcher(before).find() && MANNER_NOUNS.contains(unit)) {
            return "the ways a claim holds (in two respects): not a count of anything";
        }
        if (DEFINITE_BEFORE.matcher(before).find() && SMALL_WORDS.contains(word)
                && unit.chars().allMatch(Character::isLetter)
                && Lexicon.shared().isOrganisation(unit)) {
            return "a reference back to organisations named before (the two companies): not a figure";
        }
        return null;
    }
}
