package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level a price reaches after a move in money: "added $1.20 to $45.10", "lost 22p to 415p", "shed 8 cents to
 * $5.62". Verbs that usually take money as their object ("added $5 million", "lost $40 million") state a move when
 * " to " and a price at least {@link #LEVEL_FACTOR} times the amount follow: the second amount is where the price
 * ended, not a range's end ("lost $40 million to $50 million a year" stays a range: its ends are close).
 */
final class LevelsReached {

    /** How many times the amount moved the level after "to" must be, at least. */
    static final BigDecimal LEVEL_FACTOR = BigDecimal.valueOf(4);

    /** The past tenses of the verbs of {@code Directions}' money objects that also move a price. */
    private static final Set<String> MOVE_VERBS = Set.of("added", "lost", "shed");

    /** " to $45.10", " to 415p", " to US$2.51": an amount written with its currency, a sign or a hundredth. */
    private static final Pattern LEVEL_AFTER = Pattern.compile("^\\s+to\\s+(?<cur>[$€£¥]|(?:US|C|A|HK|NZ|S)\\$)?"
            + "(?<num>\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<sub>\\s?(?:cents?|c|p|pence)\\b)?(?![\\d%])");

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    /**
     * Whether {@code verb} moved a price by the amount {@code value} ending at {@code end} of {@code text}, to the
     * level written after it.
     */
    static boolean movedTo(String verb, String text, int end, BigDecimal value) {
        if (value == null || value.signum() <= 0 || !MOVE_VERBS.contains(verb)) {
            return false;
        }
        Matcher level = LEVEL_AFTER.matcher(Text.after(text, end));
        if (!level.lookingAt() || level.group("cur") == null && level.group("sub") == null) {
            return false;
        }
        BigDecimal reached = Numbers.read(level.group("num"));
        if (reached == null) {
            return false;
        }
        if (level.group("sub") != null) {
            reached = reached.multiply(HUNDREDTH);
        }
        return reached.compareTo(value.multiply(LEVEL_FACTOR)) >= 0;
    }

    private LevelsReached() {
    }
}
