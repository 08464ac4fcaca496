package org.newsgraph.extract.figure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time that names a bond's or a fixed rate's maturity ("the 10-year note", "the two-year yield",
 * "two-year gilts", "a two-year fixed rate"): which instrument, as a model name says which product, so no figure.
 * The noun after it comes from {@code bond-tenors.txt}.
 */
final class BondTenors {

    private static final Set<String> NOUNS = Set.copyOf(WordList.words("bond-tenors.txt"));
    /** The word right after the unit of time, across a space: "10-year note" ends its unit at "year". */
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?");
    /**
     * Nouns of debt that may follow one modifier ("10-year government bonds", "30-year Treasury bonds"), where
     * "yields", "notes" and "fixed" are other words in that place ("a five-year deal yields $5bn").
     */
    private static final Set<String> AFTER_A_MODIFIER = Set.of("bond", "bonds", "gilt", "gilts", "bund", "bunds");

    private BondTenors() {
    }

    /** Whether the unit of time ending at {@code unitEnd} is followed by a noun of debt or rates. */
    static boolean isTenor(String text, int unitEnd) {
        Matcher next = NEXT_WORD.matcher(Text.after(text, unitEnd));
        if (!next.lookingAt()) {
            return false;
        }
        return NOUNS.contains(next.group(1).toLowerCase(Locale.ROOT))
                || next.group(2) != null && AFTER_A_MODIFIER.contains(next.group(2).toLowerCase(Locale.ROOT));
    }
}
