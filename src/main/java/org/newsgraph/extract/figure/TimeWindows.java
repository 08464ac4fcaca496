package org.newsgraph.extract.figure;

import java.util.regex.Pattern;

/**
 * A length of time that places other figures in time rather than stating one: "over the next 12 months", "in the
 * past three days", "the twelve months ended June 30", "the three months to March". Such a window is a time, as a date
 * is, so the number in it is no figure. A length of time spent or lasting stays a duration ("spent the last 12 years
 * at the bank", "for 25 years"), and so does a limit ("within 30 days", "due within the next 12 months").
 */
final class TimeWindows {

    /** "the next", "over the past", "in the last" right before the number. */
    private static final Pattern WINDOW_BEFORE = Pattern.compile("(?i)(?:^|[^\\w])(?:the\\s+)?(?:next|past|last|previous"
            + "|coming|following|preceding|prior)\\s+$");
    /** "spent the last", "served the past": a stretch of time someone spent; "within the next": a limit. */
    private static final Pattern SPENT_BEFORE = Pattern.compile("(?i)\\b(?:spent|spend|spends|spending|served|serves"
            + "|serving|worked|lived|been|within)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?(?:next|past|last|previous"
            + "|coming|following|preceding|prior)\\s+$");
    /** "months ended June 30", "weeks ending", "the three months to March 31": a reporting period. */
    private static final Pattern PERIOD_AFTER = Pattern.compile("^\\s+(?:ended|ending|to\\s+(?:the\\s+end\\s+of\\s+)?"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)");

    private TimeWindows() {
    }

    /** Whether the number at {@code start} and its unit of time ending at {@code unitEnd} state a window of time. */
    static boolean isWindow(String text, int start, int unitEnd) {
        String before = text.substring(Text.windowStart(start), start);
        if (WINDOW_BEFORE.matcher(before).find()) {
            return !SPENT_BEFORE.matcher(before).find();
        }
        return PERIOD_AFTER.matcher(Text.after(text, unitEnd)).lookingAt();
    }
}
