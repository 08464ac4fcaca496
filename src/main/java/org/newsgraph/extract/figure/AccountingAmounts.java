package org.newsgraph.extract.figure;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a change noun next to an amount of money names what the amount is, as accounts use it, rather than a move:
 * "premiums of $148 million" (plural), "a pre-tax gain of $1.2 billion", "an unamortized discount of $3 million" (an
 * account's modifier before the noun), "a $28 million gain on the sale of a unit" (what it was made on). Then the
 * figure is a level. A gain or a premium with none of these stays a change ("shares closed at $41, a $2 gain"; "a
 * premium of 62%" is a share anyway). Words in {@code accounting-amounts.tsv}.
 */
final class AccountingAmounts {

    private static final Set<String> NOUNS = new HashSet<>();
    private static final Set<String> MODIFIERS = new HashSet<>();
    private static final Set<String> SOURCES = new HashSet<>();
    /** The words a modifier is looked for in: at most three before the noun or the amount. */
    private static final int MODIFIER_WINDOW = 3;

    static {
        for (String[] row : WordList.rows("accounting-amounts.tsv", 2)) {
            switch (row[1]) {
                case "noun" -> NOUNS.add(row[0]);
                case "modifier" -> MODIFIERS.add(row[0]);
                case "source" -> SOURCES.add(row[0]);
                default -> throw new IllegalStateException("accounting-amounts.tsv: unknown role '" + row[1] + "'");
            }
        }
    }

    private static final Pattern SOURCE_AFTER = Pattern.compile(
            "(?i)^\\s+(?:on|from)\\s+(?:the\\s+)?(?<source>[a-z-]+)\\s+of\\b");

    private AccountingAmounts() {
    }

    /**
     * @param noun   the change noun as written, lower case, plural or not
     * @param before the text before the noun (for "premiums of $X") or before the amount (for "a $X gain")
     * @param after  the text after the noun, for "a $X gain on the sale of ..."; empty when the noun comes first
     */
    static boolean namesAmount(String noun, String before, String after) {
        String singular = noun.endsWith("s") && NOUNS.contains(noun.substring(0, noun.length() - 1))
                ? noun.substring(0, noun.length() - 1) : noun;
        if (!NOUNS.contains(singular)) {
            return false;
        }
        if (!singular.equals(noun)) {
            return true;
        }
        String[] words = before.toLowerCase(Locale.ROOT).strip().split("[\\s,()]+");
        if (Arrays.stream(words, Math.max(0, words.length - MODIFIER_WINDOW), words.length)
                .anyMatch(MODIFIERS::contains)) {
            return true;
        }
        Matcher source = SOURCE_AFTER.matcher(after);
        return source.lookingAt() && SOURCES.contains(source.group("source").toLowerCase(Locale.ROOT));
    }
}
