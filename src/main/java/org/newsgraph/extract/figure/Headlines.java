package org.newsgraph.extract.figure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headlines written in title case ("Tickets Now Cost 12 Euros at Varndale Zoo", "Airline Fined 40,000 Pounds Over
 * Late Refunds"), where every word is capitalised, so that a capital before a number does not make it a name's number
 * ("Office 365"). Read as a headline: one line of at least {@link #MIN_WORDS} words, no full stop inside, and nearly
 * every word that is not a short function word capitalised.
 */
final class Headlines {

    static final int MIN_WORDS = 4;

    /** Words style guides leave in lower case inside a title-case headline. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "on", "at",
            "to", "for", "in", "by", "as", "with", "from", "into", "over", "per", "vs", "via");

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{L}[\\p{L}'’-]*");
    private static final Pattern INNER_STOP = Pattern.compile("[.!?]\\s+\\S|\\n");

    private Headlines() {
    }

    /** Whether {@code text} is a title-case headline. */
    static boolean isTitleCase(String text) {
        if (text.length() > 200 || INNER_STOP.matcher(text.strip()).find()) {
            return false;
        }
        Matcher word = WORD.matcher(text);
        int words = 0;
        int capitalised = 0;
        while (word.find()) {
            String w = word.group();
            if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return words >= MIN_WORDS && capitalised * 10 >= words * 9;
    }
}
