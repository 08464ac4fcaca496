package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * A time written with colons that is a length of time, not a time of day: "won the marathon in 2:18:34", "a winning
 * time of 2:09:50", "the fastest lap in 1:21.342". Sport writes race, stage and lap times so; a time of day is written
 * with hours and minutes ("at 08:30"), and with seconds only after "at", "until" or "since". Two shapes are read: hours,
 * minutes and seconds ("2:18:34", perhaps with a fraction of a second), and minutes and seconds with a fraction
 * ("1:21.342", which no clock writes); both become one duration in seconds. A time after a word that places it in
 * the day ("at", "until", "till", "since") or before "a.m.", "p.m." or a zone stays a time of day, and no figure.
 */
final class RaceTimes {

    private static final Pattern RACE_TIME = Pattern.compile("(?<![\\w:.,])(?:(?<h>\\d{1,2}):(?<m>[0-5]\\d):"
            + "(?<s>[0-5]\\d(?:\\.\\d{1,3})?)|(?<m2>\\d{1,2}):(?<s2>[0-5]\\d\\.\\d{1,3}))(?![\\w:]|[.,]\\d)");
    /** The words that make a time a point in the day ("at 14:05:10", "until 23:59:59"). */
    private static final Pattern CLOCK_BEFORE = Pattern.compile(
            "(?i)\\b(?:at|until|till|since)\\s+$");
    private static final Pattern CLOCK_AFTER = Pattern.compile(
            "^\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|AM\\b|PM\\b|GMT|UTC|BST|CET|ET\\b|local\\b|hrs\\b|h\\b)");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private RaceTimes() {
    }

    /** Adds each race time of {@code text} to {@code found}, replacing whatever its digits were read as alone. */
    static void add(String text, List<FigureCandidate> found) {
        Matcher m = RACE_TIME.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            if (CLOCK_BEFORE.matcher(before).find() || CLOCK_AFTER.matcher(text.substring(m.end())).lookingAt()) {
                continue;
            }
            BigDecimal seconds = m.group("h") != null
                    ? new BigDecimal(m.group("h")).multiply(SIXTY).add(new BigDecimal(m.group("m"))).multiply(SIXTY)
                            .add(new BigDecimal(m.group("s")))
                    : new BigDecimal(m.group("m2")).multiply(SIXTY).add(new BigDecimal(m.group("s2")));
            int start = m.start();
            int end = m.end();
            found.removeIf(c -> c.start() < end && c.end() > start);
            Qualifier.Before qualifier = Qualifier.before(text, start);
            found.add(new FigureCandidate(start, end, FigureKind.DURATION, seconds, null, null, "SEC",
                    qualifier == null ? null : qualifier.label(), null, null, null, null, null));
        }
    }
}
