package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.io.ResourceTable;

/**
 * Ages: a number of years (or months, weeks, days) a person or thing has lived. An age is a duration in its unit,
 * "YR" unless the text names another. Read from the words around a bare number ("aged 55", "five years old", "Barra,
 * 51,", "the chief executive, 58,", "turned 50 on Monday", "At 82, he") and from decades of life ("in her 40s", "in
 * his early thirties": a range of years).
 */
final class Ages {

    /** "five years old", "18 months of age", "a 90-day-old bill", "87 yo": an age in its unit. */
    private static final Pattern AGE_AFTER = Pattern.compile(
            "^(?:\\s|-)(?<unit>years?|months?|weeks?|days?)(?:\\s|-)(?:old|of age)\\b|^\\s?(?:yo|y/o)\\b");

    /**
     * "aged 55", "age 87", "at the age of 56", "aged between 18 and 24", "aged 18 to 24" (its second end too), "aged 24,
     * 31 and 45", "aged 33, 38, 41 and 56" (every age of a list after one "aged", not only the first).
     */
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:aged|ages?|age of)\\s(?:between\\s|from\\s)?"
            + "(?:\\d{1,3}(?:,\\s|\\s?(?:to|and|or|-|–)\\s?)){0,6}$");

    /** The unit of time an age after "aged" names ("aged 6 months", "aged five weeks to two years"). */
    private static final Pattern UNIT_AFTER = Pattern.compile("^(?:\\s|-)(?<unit>years?|months?|weeks?|days?)\\b");

    /** The second end of a range of ages and its unit ("aged 6 to 18 months"). */
    private static final Pattern RANGE_UNIT_AFTER = Pattern.compile("^(?:\\s+(?:to|and|or)\\s+|\\s?[-–]\\s?)"
            + "(?:\\d{1,3}|[a-z]+)(?:\\s|-)(?<unit>years?|months?|weeks?|days?)\\b");

    /** "Barra, 51, will be": a small number set off by commas right after a name is an age. */
    private static final Pattern NAME_APPOSITION = Pattern.compile("\\b[A-Z][\\p{L}'’-]+, $");

    /** "a man, 45, was", "his daughter, 12, was": a whole number set off by commas after a noun for a person. */
    private static final Pattern PERSON_APPOSITION = Pattern.compile("(?i)\\b(?:" + String.join("|",
            WordList.words("person-nouns.txt")) + "), $");

    /**
     * "the chief executive, 58, will", "its founder, 71, said": a role only a person holds ({@code
     * extract/person-roles.txt}, the list type cues read), then an adult's age set off by commas.
     */
    private static final Pattern ROLE_APPOSITION = Pattern.compile("(?i)\\b(?:" + String.join("|",
            roles()) + "), $");

    /**
     * "Jonas Pell, who is 63, will retire", "the driver, who was 19, died": a relative clause of being after a name, a
     * noun for a person or a role, with nothing counted after the number ({@link #WHO_IS_AFTER}).
     */
    private static final Pattern WHO_IS_BEFORE = Pattern.compile("(?:\\b[A-Z][\\p{L}'’-]+|(?i:\\b(?:" + String.join("|",
            WordList.words("person-nouns.txt")) + "|" + String.join("|", roles()) + ")))"
            + ",\\s+who\\s+(?:is|was|is now|will be)\\s$");
    /** What may follow that age: the clause's end, or "and"/"but" ("who is 3 points clear" counts points). */
    private static final Pattern WHO_IS_AFTER = Pattern.compile("^(?:[,.;:!?)]|\\s+(?:and|but)\\b|$)");

    /** "turned 50", "turns 100 next year", "will turn 65 in March": the age reached. */
    private static final Pattern TURN_BEFORE = Pattern.compile("(?i)\\b(?:turns|turned|turning|turn)\\s$");
    /** What may follow the age after "turn": nothing counted ("turned 40 stores around" counts stores). */
    private static final Pattern TURN_AFTER = Pattern.compile("^(?:[,.;:!?)]|\\s+(?:on|in|this|next|last|later|today"
            + "|tomorrow|yesterday|and|but|when|after|before|at|years?)\\b|$)");

    /**
     * "people over 65", "patients over 80", "children under five", "adults aged over 50": a group of people bounded by
     * age ({@code age-group-nouns.txt}), with nothing counted after the number ({@link #GROUP_AFTER}).
     */
    private static final String GROUP = "(?i)\\b(?:" + String.join("|", WordList.words("age-group-nouns.txt"))
            + ")\\s+(?:aged\\s+)?";
    private static final Pattern GROUP_BEFORE = Pattern.compile(GROUP + "(?:over|under|above|older\\s+than"
            + "|younger\\s+than)\\s$");
    private static final Pattern GROUP_BEFORE_BOUND = Pattern.compile(GROUP + "$");
    /**
     * What may follow that age: "years old", then no noun it could count ("workers over 40 hours a week", "people over
     * 30 countries", "patients over 10 years" are no ages): the clause's end, or a word that is no plural noun.
     */
    private static final Pattern GROUP_AFTER = Pattern.compile("^(?:\\s+years?\\s+old\\b)?(?![-\\w%])(?!\\s+(?:per"
            + "|an?|of|percent|per\\s?cent|(?!(?:was|is|has|does|says|as|this|thus|its|his|us|plus|less|across|whereas"
            + "|unless|always|perhaps)\\b)[a-z]+s)\\b)");

    /** "At 82, he still runs the firm": a sentence that opens with a person's age. */
    private static final Pattern AT_BEFORE = Pattern.compile("(?:^|[.!?]\\s+|\\n)At\\s$");
    private static final Pattern AT_AFTER = Pattern.compile("^,\\s+(?:he|she)\\b");

    /**
     * "in her 40s", "in his early thirties", "in their mid-20s", "in her late fifties": a decade of life, after "in" and
     * a possessive (so "in the 1990s" and "in its 20s" stay refused).
     */
    private static final String DECADE_TEXT = "(?:(?<part>early|mid|late)[\\s-]?)?(?:(?<digits>[1-9]0)'?s|(?<word>"
            + "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b";
    private static final Pattern DECADE = Pattern.compile("(?i)\\bin\\s+(?:his|her|their|my|your|our)\\s+"
            + DECADE_TEXT);
    /** "in their 30s and 40s", "in her late 50s or early 60s": a further decade of the same people. */
    private static final Pattern NEXT_DECADE = Pattern.compile("(?i)^\\s+(?:and|or|to)\\s+" + DECADE_TEXT);
    private static final List<String> DECADE_WORDS = List.of("twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");

    private static final BigDecimal ADULT = BigDecimal.valueOf(16);
    private static final BigDecimal OLDEST = BigDecimal.valueOf(150);

    private Ages() {
    }

    /**
     * Whether the words before a bound ("over", "under") name a group of people by age ("people over 65"), so that
     * "over" is a lower bound of the age, not a length of time ("over 10 years").
     */
    static boolean boundsAGroup(String beforeBound) {
        return GROUP_BEFORE_BOUND.matcher(beforeBound).find();
    }

    private static List<String> roles() {
        return ResourceTable.rows("/org/newsgraph/extract/person-roles.txt", 1, "one noun a line").stream()
                .map(row -> Pattern.quote(row.columns()[0].strip())).toList();
    }

    /**
     * The age a bare number states, or null: "five years old", "aged 55", "Barra, 51, will", "a man, 45, was",
     * "Pell, who is 63, will".
     */
    static CountedNouns.Counted age(String text, int start, int end, BigDecimal value) {
        if (value.signum() <= 0) {
            return null;
        }
        Matcher after = AGE_AFTER.matcher(Text.after(text, end));
        if (after.lookingAt() && value.compareTo(BigDecimal.valueOf(5000)) <= 0) {
            String unit = after.group("unit") == null ? "year" : Nouns.singular(after.group("unit").toLowerCase(Locale.ROOT));
            return new CountedNouns.Counted(CountedNouns.DURATION_UNITS.get(unit), FigureKind.DURATION, BigDecimal.ONE,
                    end + after.end());
        }
        if (value.compareTo(OLDEST) > 0) {
            return null;
        }
        String before = text.substring(Math.max(0, start - 40), start);
        boolean whole = value.scale() <= 0;
        boolean apposition = text.startsWith(",", end) && whole
                && ((NAME_APPOSITION.matcher(before).find() || ROLE_APPOSITION.matcher(before).find())
                        && value.compareTo(ADULT) >= 0
                        || PERSON_APPOSITION.matcher(before).find() && value.compareTo(BigDecimal.ONE) >= 0);
        String rest = Text.after(text, end);
        boolean turned = whole && TURN_BEFORE.matcher(before).find() && TURN_AFTER.matcher(rest).lookingAt();
        boolean at = whole && value.compareTo(BigDecimal.TEN) >= 0 && AT_BEFORE.matcher(before).find()
                && AT_AFTER.matcher(rest).lookingAt();
        boolean who = whole && value.compareTo(BigDecimal.ONE) >= 0 && WHO_IS_BEFORE.matcher(before).find()
                && WHO_IS_AFTER.matcher(rest).lookingAt();
        boolean group = whole && value.compareTo(BigDecimal.ONE) >= 0 && GROUP_BEFORE.matcher(before).find()
                && GROUP_AFTER.matcher(rest).lookingAt();
        if (AGE_BEFORE.matcher(before).find() || apposition || turned || at || who || group) {
            Matcher named = UNIT_AFTER.matcher(rest);
            if (named.lookingAt()) {
                // "children aged five months to three years", "infants aged 6 weeks": the age in the unit it names
                String unit = Nouns.singular(named.group("unit").toLowerCase(Locale.ROOT));
                return new CountedNouns.Counted(CountedNouns.DURATION_UNITS.get(unit), FigureKind.DURATION,
                        BigDecimal.ONE, end + named.end());
            }
            Matcher ranged = RANGE_UNIT_AFTER.matcher(rest);
            if (ranged.lookingAt()) {
                // "infants aged 6 to 18 months": the first end of a range of ages is in the unit of its second
                String unit = Nouns.singular(ranged.group("unit").toLowerCase(Locale.ROOT));
                return new CountedNouns.Counted(CountedNouns.DURATION_UNITS.get(unit), FigureKind.DURATION,
                        BigDecimal.ONE, end);
            }
            Matcher unitAfter = AGE_AFTER.matcher(rest);
            return new CountedNouns.Counted("YR", FigureKind.DURATION, BigDecimal.ONE,
                    unitAfter.lookingAt() ? end + unitAfter.end() : end);
        }
        return null;
    }

    /**
     * Adds the decades of life a text names: "in her 40s" is 40 to 49 years, "in his early 30s" 30 to 33, "mid-30s"
     * 34 to 36, "late 30s" 37 to 39. The span starts at the decade's first word after the possessive.
     */
    static void addDecades(String text, List<FigureCandidate> found) {
        Matcher first = DECADE.matcher(text);
        while (first.find()) {
            int end = add(first, found);
            Matcher next = NEXT_DECADE.matcher(text);
            for (int more = 0; more < 3; more++) {
                next.region(end, text.length());
                if (!next.lookingAt()) {
                    break;
                }
                end = add(next, found);
            }
        }
    }

    /** Adds the decade {@code m} matched; returns where it ends. */
    private static int add(Matcher m, List<FigureCandidate> found) {
        int decade = m.group("digits") != null ? Integer.parseInt(m.group("digits"))
                : 20 + 10 * DECADE_WORDS.indexOf(m.group("word").toLowerCase(Locale.ROOT));
        String part = m.group("part") == null ? "" : m.group("part").toLowerCase(Locale.ROOT);
        int low = decade + switch (part) {
            case "mid" -> 4;
            case "late" -> 7;
            default -> 0;
        };
        int high = decade + switch (part) {
            case "early" -> 3;
            case "mid" -> 6;
            default -> 9;
        };
        int start = m.start("part") >= 0 ? m.start("part") : m.start("digits") >= 0 ? m.start("digits")
                : m.start("word");
        found.add(new FigureCandidate(start, m.end(), FigureKind.DURATION, null, BigDecimal.valueOf(low),
                BigDecimal.valueOf(high), "YR", null, null, null, null, null, null));
        return m.end();
    }
}
