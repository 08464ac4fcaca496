package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** The denominators news spells out, singular and plural: "a third", "two-fifths", "three quarters". */
    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(Map.entry("third", 3),
            Map.entry("quarter", 4), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10));
    /**
     * "two-thirds", "Two thirds", "a third", "three quarters", "one-fifth", "nine tenths", "half": a numerator
     * smaller than its denominator, in words.
     */
    private static final Pattern FRACTION = Pattern.compile(
            "\\b(?i:(?<numerator>a|one|two|three|four|five|six|seven|eight|nine)[ -](?<denominator>thirds?|quarters?"
                    + "|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|half)\\b");
    /** " of a percent", " of a percentage point" after a fraction: a part of the unit, not of a whole. */
    private static final Pattern OF_A_UNIT = Pattern.compile("^ of an? (?<unit>(?i:percentage point|per ?cent))\\b");
    /**
     * "one in five", "seven out of ten", "3 out of 4": a part of a whole, both small numbers; and "six in ten", "nine
     * in 10", as polls and surveys write a share of people with "in" (only out of ten, see {@link #addRatios}).
     */
    /** A scale word after the whole of a ratio ("one in five hundred", "one in a million"). */
    private static final String WHOLE_SCALE = "(?i:hundred|thousand|million|billion)";
    private static final Pattern ONE_IN = Pattern.compile(
            "\\b(?:(?<one>(?i:one)|1)\\s+in|(?<k>(?i:one|" + Numbers.NUMBER_WORDS + ")|\\d{1,3})\\s+out\\s+of"
                    + "|(?<kIn>(?i:" + Numbers.NUMBER_WORDS + ")|\\d)\\s+in(?=\\s+(?i:ten|10)\\b))\\s+"
                    // the whole with its thousands and its scale: "one in 10,000", "two out of five hundred", "one in a
                    // million" (read as "one in 10" and "two out of five" they made 10% and 40%)
                    + "(?<n>(?i:" + Numbers.NUMBER_WORDS + ")|\\d{1,3}(?:,\\d{3})*(?!\\.?\\d)|(?i:a)(?=\\s+" + WHOLE_SCALE + "))"
                    + "(?:\\s+(?<scale>" + WHOLE_SCALE + "))?\\b");
    /**
     * The comparatives that make a fraction before them a change by that part ("a third less fuel", "a fifth more than
     * their peers"; {@code comparative-words.txt}).
     */
    private static final Set<String> COMPARATIVES = Set.copyOf(WordList.words("comparative-words.txt"));
    /** A comparative word right after a fraction, not one that goes on to "than doubled" or the like. */
    private static final Pattern COMPARATIVE_AFTER = Pattern.compile("^ (?<c>[A-Za-z]+)\\b(?! than (?:doubled|tripled|halved))");
    /** Things played or tried: "eight in 10 games" is a player's record, not a share ({@code attempt-nouns.txt}). */
    private static final Set<String> ATTEMPT_NOUNS = Set.copyOf(WordList.words("attempt-nouns.txt"));
    /**
     * "a quarter point", "a half-point cut", "half a percentage point", "three-quarters of a point": a part of a
     * percentage point, as rate news writes it.
     */
    private static final Pattern PART_OF_POINT = Pattern.compile("\\b(?i:(?<part>an? quarter|one quarter|quarter|a half"
            + "|half an?|half|three[- ]quarters(?: of an?)?)[- ](?:of an? )?(?<percentage>percentage[- ])?points?)\\b");
    /** Words that make a bare "point" a percentage point: the text is about rates. */
    private static final Pattern RATE_TEXT = Pattern.compile("(?i)\\b(?:rates?|yields?|interest|inflation|per ?cent"
            + "|percent|%)");

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
            // "cut the risk of death by a third": the change verb of the clause the "by" belongs to, as for "by 10%"
            String v = verb.find() ? verb.group("v") : Directions.clauseVerbBefore(before);
            boolean change = v != null;
            // "burns a third less fuel than", "earn a fifth more than": a comparison, a change by that part
            Matcher comparative = COMPARATIVE_AFTER.matcher(following);
            if (!share && !fraction.equals("half") && comparative.lookingAt()
                    && COMPARATIVES.contains(comparative.group("c").toLowerCase(Locale.ROOT))) {
                change = true;
                v = comparative.group("c");
            }
            if (!share && !change || fraction.equals("half") && before.matches("(?is).*\\b(?:first|second|a|the)\\s$")
                    && !change) {
                continue;
            }
            BigDecimal value = percent(m);
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
                        qualifier, null, null, change ? ChangeWords.direction(v.toLowerCase(Locale.ROOT))
                        .label() : null, null, null));
            } else if (change) {
                found.add(new FigureCandidate(start, m.end(), FigureKind.CHANGE, value, null, null, "percent",
                        qualifier, null, null, ChangeWords.direction(v.toLowerCase(Locale.ROOT)).label(), null, null));
            } else {
                found.add(new FigureCandidate(start, m.end(), FigureKind.SHARE, value, null, null, "percent",
                        qualifier, null, null, null, null, Wholes.wholeAfter(text, m.end())));
            }
        }
    }

    /** The percentage a fraction matched by {@link #FRACTION} stands for, to two decimals; null when it is none. */
    private static BigDecimal percent(Matcher fraction) {
        if (fraction.group("numerator") == null) {
            return BigDecimal.valueOf(50); // "half"
        }
        String written = fraction.group("denominator").toLowerCase(Locale.ROOT);
        int denominator = DENOMINATORS.get(written.endsWith("s") ? written.substring(0, written.length() - 1) : written);
        String numeratorWord = fraction.group("numerator").toLowerCase(Locale.ROOT);
        int numerator = numeratorWord.equals("a") ? 1 : Numbers.read(numeratorWord).intValue();
        if (numerator >= denominator || (numerator > 1) != written.endsWith("s")) {
            return null; // "five thirds" is no share, "two third" no fraction
        }
        return BigDecimal.valueOf(100L * numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** Whether a word counted after a number is the denominator of a fraction ("two thirds of", "three fifths"). */
    static boolean isDenominator(String singular) {
        return DENOMINATORS.containsKey(singular);
    }

    /** "raised rates by a quarter point", "a half-point cut": a change of a part of a percentage point. */
    static void addPartsOfAPoint(String text, List<FigureCandidate> found) {
        Matcher m = PART_OF_POINT.matcher(text);
        while (m.find()) {
            if (m.group("percentage") == null && !RATE_TEXT.matcher(Text.sentenceAround(text, m.start(), m.end())).find()) {
                continue; // "half a point" in a game is no rate
            }
            String part = m.group("part").toLowerCase(Locale.ROOT);
            BigDecimal value = new BigDecimal(part.startsWith("three") ? "0.75" : part.contains("quarter") ? "0.25" : "0.5");
            Qualifier.Before q = Qualifier.before(text, m.start());
            int start = q == null ? m.start() : q.start();
            String before = text.substring(Text.windowStart(start), start);
            Matcher verb = Directions.DIRECTION_VERB_BEFORE.matcher(before);
            Matcher noun = Directions.DIRECTION_NOUN_AFTER.matcher(Text.after(text, m.end()));
            String word = verb.find() ? verb.group("v") : noun.lookingAt() ? noun.group("n")
                    : Directions.clauseVerbBefore(before); // "raised rates by a quarter point"
            String direction = word == null ? null : ChangeWords.direction(word.toLowerCase(Locale.ROOT)).label();
            found.add(new FigureCandidate(start, m.end(), FigureKind.CHANGE, value, null, null, "percentage_point",
                    q == null ? null : q.label(), null, null, direction, null, null));
        }
    }

    /** "one in five workers", "seven out of ten voters": a share, 20% (70%) of the workers (voters). */
    static void addRatios(String text, List<FigureCandidate> found) {
        Matcher m = ONE_IN.matcher(text);
        while (m.find()) {
            BigDecimal whole = Numbers.read(m.group("n").replace(",", ""));
            if (whole != null && m.group("scale") != null) {
                whole = whole.multiply(Numbers.scale(m.group("scale")));
            }
            String k = m.group("k") != null ? m.group("k") : m.group("kIn");
            BigDecimal part = k == null ? BigDecimal.ONE : Numbers.read(k.toLowerCase(Locale.ROOT));
            if (whole == null || part == null || whole.compareTo(BigDecimal.valueOf(2)) < 0
                    || part.signum() <= 0 || part.compareTo(whole) >= 0
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
            if (m.group("kIn") != null && (of == null || ATTEMPT_NOUNS.contains(noun.singular()))) {
                continue; // "six in ten voters" is a share; "scored 8 in 10 games", "won two in ten" are records
            }
            Qualifier.Before q = Qualifier.before(text, m.start());
            BigDecimal share = part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
            if (share.compareTo(BigDecimal.ONE) < 0) {
                // "one in 10,000" is 0.01%, "one in a million" 0.0001%: two decimals would round a rare share to none
                share = part.multiply(BigDecimal.valueOf(100)).divide(whole, new MathContext(3, RoundingMode.HALF_UP));
            }
            share = share.stripTrailingZeros();
            found.add(new FigureCandidate(q == null ? m.start() : q.start(), end, FigureKind.SHARE, share, null, null,
                    "percent", q == null ? null : q.label(), null, null, null, null, of));
        }
    }
}
