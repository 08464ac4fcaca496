package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of one unit of time, which news writes with a singular unit: "1 hour", "due within one year", "a term of
 * more than one year", "banned for one year". Counted nouns are read in the plural only ("one" is mostly a pronoun:
 * "one of the biggest"), so the singular needs its own reading, and a spelled-out "one" counts only where a length of
 * time is expected: after a preposition or a word of extent ("for", "within", "than", "at least", "of"), not as
 * "One day, he..." or "hopes one day to". What places a time rather than lasting ("one year later", "the next one
 * year") is refused later, as for any length of time.
 */
final class SingleDurations {

    /** A singular unit of time right after the number, not an age ("1-year-old") nor a compound ("one year's"). */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^\\s+(?<unit>year|month|week|day|hour|minute|second|decade)\\b(?![-'’])");
    /** What a spelled-out "one" of a length of time stands after: a preposition, a bound or a verb of lasting. */
    private static final Pattern EXTENT_BEFORE = Pattern.compile("(?i)(?:^|[^\\w-])(?:for|in|within|over|under|than"
            + "|least|most|of|only|just|about|around|nearly|almost|roughly|approximately|barely|mere|by|last|lasts"
            + "|lasted|lasting|took|take|takes|spent|spend|spends|served|serve|serves)\\s+$");

    /** What a spelled-out "one-" of a modifier stands after: an article ("a one-year contract"), not a superlative. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)(?:^|[^\\w-])(?:a|an|the)\\s+$");

    private SingleDurations() {
    }

    /**
     * Whether a spelled-out "one" at {@code start}, joined by a hyphen to its unit of time, states a length: "a
     * one-year contract", "for one-day", but not the window of a record ("its biggest one-day fall in 20 years").
     */
    static boolean hyphenatedOneStates(String text, int start) {
        String before = text.substring(Text.windowStart(start), start);
        return ARTICLE_BEFORE.matcher(before).find() || EXTENT_BEFORE.matcher(before).find();
    }

    /**
     * The singular unit of time after a number of value one ending at {@code end}, or null: "1 hour" and, after
     * a word of extent, "one year".
     */
    static CountedNouns.Noun after(String text, int start, int end, BigDecimal value, boolean wordNumber) {
        if (value.compareTo(BigDecimal.ONE) != 0) {
            return null;
        }
        Matcher unit = UNIT_AFTER.matcher(Text.after(text, end));
        if (!unit.lookingAt()) {
            return null;
        }
        if (wordNumber && !EXTENT_BEFORE.matcher(text.substring(Text.windowStart(start), start)).find()) {
            return null;
        }
        return new CountedNouns.Noun(unit.group("unit"), end + unit.end(), 0);
    }
}
