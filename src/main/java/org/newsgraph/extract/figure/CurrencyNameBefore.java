package org.newsgraph.extract.figure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A currency's name written before a scaled amount, as some news in English writes it: "dollar 22.5 million",
 * "dollars 22.5 million", "US dollars 1.2 billion", "euros 40 million". Only before a number with a scale word
 * (million, billion, bn...) or one grouped in thousands ("rupees 12,500"), and only when nothing is counted after it:
 * "the dollar 1.2% higher", "euro 2024" and "won 1,200 matches" are not amounts, nor is a name that is an English
 * word too ({@code currency-names-also-words.txt}: "Smith won 2 million").
 */
final class CurrencyNameBefore {

    /** The name as the last words before the number: at most three words ("new zealand dollars"). */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?i)(?:^|(?<=[^\\w$]))(?<name>(?:[a-z]+\\s+){0,2}[a-z]+)\\s+$");

    /** Currency names that are English words too ("won 2 million votes", "a real 3,000"): never read before a number. */
    private static final Set<String> ALSO_WORDS = Set.copyOf(
            WordList.words("currency-names-also-words.txt"));

    private CurrencyNameBefore() {
    }

    /** The currency and where its name starts, read before a number. */
    record Name(String code, int start) {
    }

    /**
     * The currency whose name stands right before the number at {@code start} ("dollars 22.5 million"), or null.
     * {@code scaled} tells whether the number has a scale word after it; {@code number} is the number as written.
     */
    static Name before(String text, int start, String number, boolean scaled) {
        if (!scaled && !number.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?")) {
            return null;
        }
        int window = Text.windowStart(start);
        String before = text.substring(window, start);
        Matcher name = NAME_BEFORE.matcher(before);
        if (!name.find()) {
            return null;
        }
        // the longest run of the last words that names a currency: "US dollars" before "dollars"
        String[] words = name.group("name").split("\\s+");
        for (int first = 0; first < words.length; first++) {
            String candidate = String.join(" ", Arrays.copyOfRange(words, first, words.length));
            String code = Currencies.ofWord(candidate);
            if (ALSO_WORDS.contains(candidate.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (code != null && !Currencies.isSubunit(candidate) && Character.isLowerCase(candidate.charAt(0))
                    || code != null && candidate.contains(" ")) {
                int offset = window + name.start("name");
                for (int i = 0; i < first; i++) {
                    offset = skipWord(text, offset);
                }
                return new Name(code, offset);
            }
        }
        return null;
    }

    /** Where the word after the one at {@code at} starts. */
    private static int skipWord(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
