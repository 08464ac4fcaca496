package org.newsgraph.extract.figure;

import java.util.regex.Pattern;

/**
 * Scores and vote tallies ("won 3-1", "a 5-4 ruling", "voted 9 to 2") are not figures: a pair of numbers that only
 * together say who won. Counts of votes or goals with their noun ("scored 14 goals", "310 votes") stay counts.
 */
public final class Tally {

    private static final Pattern PAIR_AFTER = Pattern.compile("^(?:\\s?[-–]\\s?|\\s+to\\s+)\\d{1,3}\\b(?!\\s*(?:%|per|[a-z]+s\\b))");
    private static final Pattern WORD_BEFORE = Pattern.compile("(?i)\\b(?:won|win|wins|beat|beats|lost|lose|loses"
            + "|defeated|defeats|drew|draw|vote|voted|votes|ruled|score|scored|scores|scoreline|victory|lead|led"
            + "|trail|trailed|trailing|margin|tally|halftime|half-time|full-time)\\b[^.;!?]{0,30}$");
    private static final Pattern WORD_AFTER = Pattern.compile("(?i)^\\s?(?:vote|votes|victory|win|defeat|loss"
            + "|draw|lead|decision|verdict|majority|ruling|scoreline|home win|away win|result)\\b");

    private Tally() {
    }

    /**
     * Whether the number at {@code start..end} opens a score or tally: a pair of small whole numbers with a word of
     * winning, voting or scoring before it or a tally noun after it. {@code paired} when the match already holds
     * both numbers ("3-1").
     */
    public static boolean isTally(String text, int start, int end, boolean paired) {
        String number = text.substring(start, end);
        if (!number.matches("\\d{1,3}(?:\\s?[-–]\\s?\\d{1,3})?")) {
            return false;
        }
        int pairEnd = end;
        if (!paired) {
            var pair = PAIR_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20)));
            if (!pair.lookingAt()) {
                return false;
            }
            pairEnd = end + pair.end();
        }
        String before = text.substring(Math.max(0, start - 60), start);
        String after = text.substring(pairEnd, Math.min(text.length(), pairEnd + 20));
        return WORD_BEFORE.matcher(before).find() || WORD_AFTER.matcher(after).lookingAt();
    }
}
