package org.newsgraph.extract.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A length of time that places other figures in time rather than stating one: "over the next 12 months", "in the
 * past three days", "the twelve months ended June 30", "the three months to March", "in the first nine months".
 * Such a window is a time, as a date
 * is, so the number in it is no figure. A length of time spent or lasting stays a duration ("spent the last 12 years
 * at the bank", "for 25 years"), and so does a limit ("within 30 days", "due within the next 12 months").
 * A record's window is a window too: "its lowest level in six years", "the first time in three months", "the
 * biggest one-day fall in 20 years" (a word of {@code superlatives.txt}, at most three words, then "in").
 */
final class TimeWindows {

    /** "the next", "over the past", "in the last" right before the number. */
    private static final Pattern WINDOW_BEFORE = Pattern.compile("(?i)(?:^|[^\\w])(?:the\\s+)?(?:next|past|last|previous"
            + "|coming|following|preceding|prior)\\s+$");
    /** "spent the last", "served the past": a stretch of time someone spent; "within the next": a limit. */
    private static final Pattern SPENT_BEFORE = Pattern.compile("(?i)\\b(?:spent|spend|spends|spending|served|serves"
            + "|serving|worked|lived|been|within)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?(?:next|past|last|previous"
            + "|coming|following|preceding|prior)\\s+$");
    /**
     * "expected to last seven years", "the strike could last three weeks": "last" after "to" or a modal is the verb of
     * lasting, so the length of time is a duration, not the window "the last seven years".
     */
    private static final Pattern LAST_AS_VERB = Pattern.compile("(?i)\\b(?:to|will|would|could|can|may|might|should"
            + "|must|shall|not|n't)\\s+last\\s+$");
    /**
     * "months ended June 30", "weeks ending", "the three months to March 31", "the 12 weeks to early January", "the
     * four weeks to 10 September", "the three months to mid-February": a reporting period.
     */
    private static final Pattern PERIOD_AFTER = Pattern.compile("^\\s+(?:ended|ending|to\\s+(?:the\\s+(?:end|start)"
            + "\\s+of\\s+|(?:early|late)\\s+|mid-?|\\d{1,2}(?:st|nd|rd|th)?\\s+)?"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)");
    /**
     * "in the first nine months", "during its first six weeks": the opening stretch of a year, a term or a season as
     * the time a figure holds in; "spent the first", "for the first" (how long) are not windows.
     */
    private static final Pattern FIRST_BEFORE = Pattern.compile("(?i)\\b(?:in|during|over)\\s+(?:the|its|their|his|her)"
            + "\\s+first\\s+$");

    /**
     * "lowest level in", "first time in almost", "biggest one-day fall in": a record, up to three words of what it is
     * a record of, and "in". A verb or a limit between them makes it something else ("the first payment is due in
     * 30 days"), so the words between are only letters, hyphens and apostrophes, and none of {@link #NOT_BETWEEN}.
     */
    private static final Pattern RECORD_BEFORE = Pattern.compile("(?i)\\b(?:" + WordList.words("superlatives.txt")
            .stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")((?:\\s+[\\p{L}'-]+){0,3}?)\\s+in\\s+"
            + "(?:(?:almost|nearly|about|around|over|more\\s+than|just\\s+over|just\\s+under)\\s+)?$");
    /** Words that cannot stand between a record and its window: verbs, and words of a deadline or a place. */
    private static final Pattern NOT_BETWEEN = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|will|would|can|could"
            + "|due|after|within|expected|paid|made|held|seen|set|in|of|at|for|and|or|but|he|she|they|it)\\b");

    private TimeWindows() {
    }

    /** Whether the number at {@code start} and its unit of time ending at {@code unitEnd} state a window of time. */
    static boolean isWindow(String text, int start, int unitEnd) {
        String before = text.substring(Text.windowStart(start), start);
        if (FIRST_BEFORE.matcher(before).find()) {
            return true;
        }
        if (WINDOW_BEFORE.matcher(before).find()) {
            return !SPENT_BEFORE.matcher(before).find() && !LAST_AS_VERB.matcher(before).find();
        }
        Matcher record = RECORD_BEFORE.matcher(before);
        if (record.find() && !NOT_BETWEEN.matcher(record.group(1)).find()) {
            return true;
        }
        return PERIOD_AFTER.matcher(Text.after(text, unitEnd)).lookingAt();
    }
}
