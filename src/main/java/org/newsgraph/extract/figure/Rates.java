package org.newsgraph.extract.figure;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.extract.FigureKind;

/**
 * The rate and denominator after a figure: "a month", "per user a month", "per megawatt hour", "20% less fuel per
 * seat", "90,000 tonnes of vegetables a year".
 */
final class Rates {

    /** "a year on" and "a month of talks" are no rates; "per", "each" and "every" always make one. */
    private static final String PERIOD_UNITS = "month|year|quarter|week|day|annum|hour";

    private static final Pattern PERIOD_AFTER = Pattern.compile(
            "^(?:,)?\\s+(?:(?:a|an)\\s+(?<unit>" + PERIOD_UNITS + ")(?!\\s+(?:earlier|ago|before|later|on|of)\\b)"
                    + "|(?:per|each|every)\\s+(?<every>" + PERIOD_UNITS + ")|(?<adverb>monthly|annually|yearly"
                    + "|quarterly|weekly|daily|annualised|annualized))\\b");

    private static final String ENERGY_UNIT_WORDS = "(?:kilo|mega|giga|tera)?watt[- ]hour";

    /** "per diluted share", "a fully diluted share": the class of share stands before the share it divides by. */
    private static final String SHARE_CLASS = "(?:(?:fully\\s+)?(?:diluted|basic|adjusted|ordinary)\\s+(?=shares?\\b))?";

    /** "earnings per share of $1.25", "EPS was $1.25", "diluted EPS came in at $1.25": the share is named first. */
    private static final Pattern PER_SHARE_BEFORE = Pattern.compile("(?i)(?:\\bper\\s+" + SHARE_CLASS + "share|\\bEPS)"
            + "(?:\\s+(?:of|was|were|is|at|came\\s+in\\s+at|reached|totall?ed|stood\\s+at))?\\s+$");

    /**
     * The denominators "a", "an", "per" or "for each" may bring after a figure ({@code per-nouns.txt}: general units
     * of sale, measure and people), longest first so that "square metre" is read before "metre".
     */
    private static final String PER_NOUNS = WordList.words("per-nouns.txt").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));

    private static final Pattern PER_AFTER = Pattern.compile(
            "^\\s+(?:(?:a|an|per|for each)\\s+" + SHARE_CLASS + "(?<listed>" + ENERGY_UNIT_WORDS + "|" + PER_NOUNS + ")"
                    // "per forty-foot box", "per 40-foot container", "per two-bedroom flat": a hyphenated size
                    // modifies the noun divided by
                    + "|per\\s+(?:[a-z]+|\\d[\\d,.]*)-[a-z]+\\s+(?<sized>[a-z]{3,})"
                    + "|per\\s+(?<any>" + ENERGY_UNIT_WORDS + "|square (?:metre|meter|foot|mile)|metric ton(?:ne)?"
                    + "|[a-z][a-z-]+))\\b"
                    // "€1.82/litre", "$15/hour", "$4/kg": a slash right after the figure is "per"
                    + "|^/(?!(?:or|and|nor)\\b)(?<slash>[a-z]{2,}(?:-[a-z]+)*)(?![\\w/-])");

    /**
     * A numbered denominator: "14 cases per 100,000 people", "5.2 deaths per 1,000 live births", "a rate of 310 per
     * 100,000", "two nurses for every 1,000 patients". The number after "per" is the rate's base, no count of its own.
     */
    private static final Pattern PER_NUMBERED = Pattern.compile("^\\s+(?:per|for\\s+every)\\s+"
            + "(?<base>\\d{1,3}(?:,\\d{3})+|\\d+|(?i:a|one)(?=\\s+(?i:hundred|thousand|million)\\b))"
            // "per 40-foot container" is sized, not numbered; "per 100,000." ends a sentence
            + "(?:\\s+(?i:hundred|thousand|million))?(?![\\w%/-]|[.,]\\d)");

    static final Pattern FREQUENCY_AFTER = Pattern.compile(
            "^(?:\\s+(?:(?:a|an|per|each|every)\\s+(?:" + PERIOD_UNITS + ")\\b|(?:this|last|next)\\s+(?:" + PERIOD_UNITS
                    + ")\\b(?!['’])|(?:in|since|so far|during|before|after|until|a|an)\\b)|\\s*(?:[.,;:!?)]|$))");

    /**
     * A rate glued to its figure by hyphens: "a 9-cent-a-share dividend", "a $50,000-a-year job", "a 20-dollar-an-hour
     * wage". The last word names the period or the denominator ({@code per-nouns.txt}) and ends the hyphenated chain.
     */
    private static final Pattern HYPHENATED = Pattern.compile("^-(?:a|an|per)-(?<word>[a-z]+)(?![\\w-])");

    private static final Set<String> PER_WORDS = Set.copyOf(WordList.words("per-nouns.txt"));

    private static final Pattern COMPARED_NOUN = Pattern.compile("^\\s+[a-z]+(?=\\s+per\\s)");

    private static final Pattern[] OF_WORDS = {Pattern.compile("^\\s+of\\s+[A-Za-z][\\w-]*(?=[ ,])"),
            Pattern.compile("^\\s+of\\s+[A-Za-z][\\w-]*\\s+[A-Za-z][\\w-]*(?=[ ,])")};

    record Rate(String period, String per, int end) {
    }

    /**
     * The rate and denominator after a figure: "a month", "per user a month", "per megawatt hour",
     * "20% less fuel per seat", "90,000 tonnes of vegetables a year". The end grows to take them in.
     */
    static Rate rate(String text, int end, FigureKind kind) {
        Matcher hyphenated = HYPHENATED.matcher(Text.after(text, end));
        if (hyphenated.lookingAt()) {
            String word = hyphenated.group("word");
            if (period(word) != null) {
                return new Rate(period(word), null, end + hyphenated.end());
            }
            if (PER_WORDS.contains(word)) {
                return new Rate(null, word, end + hyphenated.end());
            }
        }
        String period = null;
        String per = null;
        int tail = end;
        Matcher periodMatch = PERIOD_AFTER.matcher(Text.after(text, tail));
        if (periodMatch.lookingAt()) {
            period = periodOf(periodMatch);
            tail += periodMatch.end();
        }
        Matcher numbered = PER_NUMBERED.matcher(Text.after(text, tail));
        if (numbered.lookingAt()) {
            int baseEnd = tail + numbered.end();
            CountedNouns.Noun noun = CountedNouns.countedNoun(text, baseEnd);
            int perEnd = noun == null ? baseEnd : noun.end();
            per = text.substring(tail + numbered.start("base"), perEnd).strip().replaceAll("\\s+", " ");
            return new Rate(period, per, perEnd);
        }
        Matcher perMatch = PER_AFTER.matcher(Text.after(text, tail));
        if (!perMatch.lookingAt() && kind == FigureKind.CHANGE && Text.endsWithWord(text, tail, "more", "less", "fewer")) {
            // "20% less fuel per seat": the compared noun sits between the figure and its denominator
            Matcher compared = COMPARED_NOUN.matcher(Text.after(text, tail));
            if (compared.lookingAt()) {
                Matcher afterNoun = PER_AFTER.matcher(Text.after(text, tail + compared.end()));
                if (afterNoun.lookingAt()) {
                    tail += compared.end();
                    perMatch = afterNoun;
                }
            }
        }
        if (perMatch.lookingAt()) {
            String perWord = perMatch.group("listed") != null ? perMatch.group("listed")
                    : perMatch.group("sized") != null ? perMatch.group("sized")
                    : perMatch.group("any") != null ? perMatch.group("any") : perMatch.group("slash");
            if (period(perWord) == null) {
                per = Nouns.singular(perWord.toLowerCase(Locale.ROOT).replace('-', ' '));
                tail += perMatch.end();
            } else if (period == null) {
                period = period(perWord);
                tail += perMatch.end();
            }
        }
        if (period == null) {
            periodMatch = PERIOD_AFTER.matcher(Text.after(text, tail));
            if (periodMatch.lookingAt()) {
                period = periodOf(periodMatch);
                tail += periodMatch.end();
            }
        }
        if (period == null && per == null && kind != FigureKind.SHARE) {
            // "2.5 million tonnes of carbon dioxide a year": the rate follows what is counted
            for (int words = 1; words <= 2 && period == null; words++) {
                Matcher of = OF_WORDS[words - 1].matcher(Text.after(text, tail));
                if (of.lookingAt()) {
                    Matcher rateAfter = PERIOD_AFTER.matcher(Text.after(text, tail + of.end()));
                    if (rateAfter.lookingAt()) {
                        period = periodOf(rateAfter);
                        tail += of.end() + rateAfter.end();
                    }
                }
            }
        }
        return new Rate(period, per, tail);
    }

    /** "share" when the text right before a figure at {@code start} divides it by a share, else null. */
    static String perBefore(String text, int start) {
        return PER_SHARE_BEFORE.matcher(text.substring(Text.windowStart(start), start)).find() ? "share" : null;
    }

    private static String periodOf(Matcher periodMatch) {
        String unit = periodMatch.group("unit") != null ? periodMatch.group("unit") : periodMatch.group("every");
        return period(unit != null ? unit : periodMatch.group("adverb"));
    }

    private static String period(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "month", "monthly" -> "P1M";
            case "year", "annum", "annually", "yearly", "annualised", "annualized" -> "P1Y";
            case "quarter", "quarterly" -> "P3M";
            case "week", "weekly" -> "P7D";
            case "day", "daily" -> "P1D";
            case "hour", "hr" -> "PT1H";
            case "yr" -> "P1Y";
            default -> null;
        };
    }

    private Rates() {
    }
}
