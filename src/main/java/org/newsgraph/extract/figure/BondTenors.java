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
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}+)");

    private BondTenors() {
    }

    /** Whether the unit of time ending at {@code unitEnd} is followed by a noun of debt or rates. */
    static boolean isTenor(String text, int unitEnd) {
        Matcher next = NEXT_WORD.matcher(Text.after(text, unitEnd));
        return next.lookingAt() && NOUNS.contains(next.group(1).toLowerCase(Locale.ROOT));
    }
}
