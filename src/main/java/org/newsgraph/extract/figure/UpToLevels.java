package org.newsgraph.extract.figure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Up to" after a verb of movement is the verb's particle and the level it reached ("prices will go up to €9.50",
 * "unemployment went up to 5.1%"), not the "at most" of "could wait up to three days" or "rise by up to 12%".
 */
final class UpToLevels {

    private static final Set<String> VERBS = Set.copyOf(WordList.words("up-movement-verbs.txt"));

    /** The last word of the text, which ends before the qualifier. */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s*$");

    private UpToLevels() {
    }

    /** Whether the qualifying {@code words} follow a verb of movement that ends {@code before}. */
    static boolean isLevel(String words, String before) {
        if (!words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").equals("up to")) {
            return false;
        }
        Matcher last = LAST_WORD.matcher(before);
        if (!last.find()) {
            return false;
        }
        String verb = last.group(1).toLowerCase(Locale.ROOT);
        return VERBS.contains(verb) || ChangeWords.isVerb(verb) && ChangeWords.direction(verb) == Direction.INCREASE;
    }
}
