package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Shares written in words: fractions ("two-thirds of the staff", "fell by a third") and ratios ("one in five
 * workers"). A fraction is a figure only when it is a share of something ("of") or a change (after a verb of
 * change); "the first half" and "a half" alone are none.
 */
final class WordedShares {

    private static final Pattern FRACTION = Pattern.compile(
            "\\b(?i:two-thirds|two thirds|one-third|one third|a third|three-quarters|three quarters|a quarter"
                    + "|one-quarter|one quarter|a fifth|one-fifth|two-fifths|half)\\b");
    /** " of a percent", " of a percentage point" after a fraction: a part of the unit, not of a whole. */
    private static final Pattern OF_A_UNIT = Pattern.compile("^ of an? (?<unit>(?i:percentage point|per ?cent))\\b");
    private static final Pattern ONE_IN = Pattern.compile(
            "\\b(?i:one|1)\\s+in\\s+(?<n>(?i:" + Numbers.NUMBER_WORDS + ")|\\d{1,3})\\b");
    /** Percentages of the fractions news writes in words, to two decimals. */
    private static final Map<String, BigDecimal> FRACTIONS = Map.ofEntries(
            Map.entry("two-thirds", new BigDecimal("66.67")), Map.entry("two thirds", new BigDecimal("66.67")),
            Map.entry("one-third", new BigDecimal("33.33")), Map.entry("one third", new BigDecimal("33.33")),
            Map.entry("a third", new BigDecimal("33.33")), Map.entry("three-quarters", BigDecimal.valueOf(75)),
            Map.entry("three quarters", BigDecimal.valueOf(75)), Map.entry("a quarter", BigDecimal.valueOf(25)),
            Map.entry("one-quarter", BigDecimal.valueOf(25)), Map.entry("one quarter", BigDecimal.valueOf(25)),
            Map.entry("a fifth", BigDecimal.valueOf(20)), Map.entry("one-fifth", BigDecimal.valueOf(20)),
            Map.entry("two-fifths", BigDecimal.valueOf(40)), Map.entry("half", BigDecimal.valueOf(50)));

    private WordedShares() {
    }

    /** "two-thirds of the staff" (a share), "profits fell by a third" (a change), in percent. */
    static void addFractions(String text, List<FigureCandidate> found) {
        Matcher m = FRACTION.matcher(text);
        while (m.find()) {
            String fraction = m.group().toLowerCase(Locale.ROOT);
            String following = Text.after(text, m.end());
            Qualifier.Before q = Qualifier.before(text, m.start());
            // "fell by nearly a third": the verb stands before the qualifier
            String before = text.substring(Text.windowStart(m.start()), q == null ? m.start() : q.start());
            boolean share = following.startsWith(" of ");
            Matcher verb = Directions.DIRECTION_VERB_BEFORE.matcher(before);
            boolean change = verb.find();
            if (!share && !change || fraction.equals("half") && before.matches("(?is).*\\b(?:first|second|a|the)\\s$")
                    && !change) {
                continue;
            }
            BigDecimal value = FRACTIONS.get(fraction);
            if (value == null) {
                continue;
            }
            int start = q == null ? m.start() : q.start();
            String qualifier = q == null ? null : q.label();
            Matcher ofUnit = OF_A_UNIT.matcher(following);
            if (ofUnit.lookingAt()) {
                // "a fifth of a percent" is 0.2%, "a quarter of a percentage point" 0.25 points: a part of the unit
                boolean points = ofUnit.group("unit").toLowerCase(Locale.ROOT).startsWith("percentage");
                found.add(new FigureCandidate(start, m.end() + ofUnit.end(), FigureKind.CHANGE,
                        value.divide(BigDecimal.valueOf(100)), null, null, points ? "percentage_point" : "percent",
                        qualifier, null, null, change ? ChangeWords.direction(verb.group("v").toLowerCase(Locale.ROOT))
                        .label() : null, null, null));
            } else if (change) {
                String v = verb.group("v").toLowerCase(Locale.ROOT);
                found.add(new FigureCandidate(start, m.end(), FigureKind.CHANGE, value, null, null, "percent",
                        qualifier, null, null, ChangeWords.direction(v).label(), null, null));
            } else {
                found.add(new FigureCandidate(start, m.end(), FigureKind.SHARE, value, null, null, "percent",
                        qualifier, null, null, null, null, Wholes.wholeAfter(text, m.end())));
            }
        }
    }

    /** "one in five workers": a share, 20% of the workers. */
    static void addRatios(String text, List<FigureCandidate> found) {
        Matcher m = ONE_IN.matcher(text);
        while (m.find()) {
            BigDecimal whole = Numbers.read(m.group("n"));
            if (whole == null || whole.compareTo(BigDecimal.valueOf(2)) < 0
                    || NotAFigure.isAttached(text, m.start(), m.end())) {
                continue;
            }
            int end = m.end();
            String of = null;
            CountedNouns.Noun noun = CountedNouns.countedNoun(text, end);
            if (noun != null && !CountedNouns.DURATION_UNITS.containsKey(noun.singular())) {
                of = text.substring(end, noun.end()).strip();
                end = noun.end();
            }
            Qualifier.Before q = Qualifier.before(text, m.start());
            BigDecimal share = BigDecimal.valueOf(100).divide(whole, 2, RoundingMode.HALF_UP);
            found.add(new FigureCandidate(q == null ? m.start() : q.start(), end, FigureKind.SHARE, share, null, null,
                    "percent", q == null ? null : q.label(), null, null, null, null, of));
        }
    }
}
