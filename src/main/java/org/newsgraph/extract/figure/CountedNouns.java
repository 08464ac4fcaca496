package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.extract.Demonyms;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * What a number with no unit counts: "three new plants", "150 of its stores", "400 more", "job cuts of 10,000", "a
 * crew of six", index levels in points, and ages ("aged 55", "five years old").
 */
final class CountedNouns {

    /** "a six-month high", "a 10-year low": the length of time names a window of the record, not a figure. */
    private static final String RECORD_AFTER = "(?:\\s+(?:high|low|peak|record)s?\\b)";
    private static final Pattern HYPHENATED_DURATION = Pattern.compile(
            "^-(year|month|week|day|hour|minute|second|decade)\\b(?!-old)(?!" + RECORD_AFTER + ")");
    private static final Pattern TIME_WORD = Pattern.compile("^[\\s-](?:years?|months?|weeks?|days?|hours?|minutes?"
            + "|seconds?|decades?|quarters?)\\b");
    /** "a two hour work stoppage", "a 24 hour strike": a number and a singular unit of time before a noun. */
    private static final Pattern SPACED_DURATION = Pattern.compile(
            "^\\s+(year|month|week|day|hour|minute|decade)(?=\\s+[a-z]{3,}\\b)(?!\\s+old\\b)(?!" + RECORD_AFTER + ")");
    /** "a 290-seat jet", "a 20-page report": a singular noun joined to the number and modifying the noun after it. */
    private static final Pattern HYPHENATED_NOUN = Pattern.compile("^-(?<w>[a-z]{3,})(?=\\s+[a-z])");
    /**
     * "a 5,000-strong crowd", "the 40-strong squad": "-strong" sizes the group named right after it, which is what the
     * number counts, as "a crowd of 5,000" does.
     */
    private static final Pattern STRONG_GROUP = Pattern.compile("^-strong\\s+(?<w>[a-z]{3,})\\b(?![-'’])");
    private static final Pattern NO_NOUN_ENDING = Pattern.compile(".*(?:ed|ing|ly|ish|ous|ful|less|able|ible|ive|ic)");
    private static final Set<String> HYPHEN_NOT_NOUNS = Set.copyOf(WordList.words("hyphen-not-nouns.txt"));
    /** Abbreviations that count a thing as a noun does ("a 20,000 TEU ship", "carries 24,000 TEU"). */
    private static final Set<String> COUNTED_ABBREVIATIONS = Set.copyOf(WordList.words("counted-abbreviations.txt"));
    /** "job cuts", "store closures": a noun of change and the things before it whose number it counts. */
    private static final Map<String, Set<String>> CUT_NOUNS = WordList.rows("cut-nouns.tsv", 2).stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0],
                    row -> Set.of(row[1].split("\\s*,\\s*"))));

    private static final Pattern PARTITIVE = Pattern.compile(
            "^\\s+of\\s+(?:the|its|their|our|his|her|these|those|[A-Za-z][\\w-]*['’]s)(?=\\s)");

    /**
     * A number that starts the whole after "of the": "14 of the 40 seats", also after a word that picks which ones
     * ("two of their last 23 matches", "three of its first 10 flights").
     */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("^\\s+(?:(?:last|first|next|past|previous|remaining"
            + "|final)\\s+)?(?:" + Numbers.NUMBER + ")(?:"
            + Numbers.SCALE + ")?(?![\\w-])");

    private static final Pattern MORE = Pattern.compile("^\\s+(?:more|additional|extra)\\b(?!\\s+than\\b)");

    /** A word between a number and what it counts: letters, or a name or model with digits ("A330-300E"). */
    private static final Pattern COUNTED_WORD = Pattern.compile("^\\s+(?<w>[A-Za-z0-9][A-Za-z0-9-]*)");

    /** A short bracket after a name that spells it out: "XWB (Extra Wide Body)", "CRJ (Canadair Regional Jet)". */
    private static final Pattern NAME_EXPANSION = Pattern.compile("^\\s+\\((?:[A-Z][\\w-]*\\s?){1,5}\\)");

    private static final Pattern NOUN_OF_BEFORE = Pattern.compile("(?:^|[^\\w-])(?<noun>[A-Za-z]+) of "
            + "(?:(?:about|around|some|nearly|almost|over|more than|up to|at least|roughly|approximately) )?"
            // "crowds of between 6,000 and 9,000": both ends of a range count what the noun before "of" names
            + "(?:between (?:\\d[\\d,.]* and )?)?$");

    private static final Set<String> COLLECTIVE_NOUNS = Set.of("crew", "fleet", "workforce", "crowd", "squad",
            "audience", "army", "staff");

    /** Plurals before "of" that do not name what the number counts: "tens of", "levels of", "losses of". */
    private static final Set<String> NOT_COUNTED_BEFORE_OF = Set.of("tens", "hundreds", "thousands", "millions",
            "billions", "levels", "lows", "highs", "losses", "gains", "rates", "prices", "values", "ages", "years",
            "months", "days", "weeks", "hours", "sales", "revenues", "profits", "earnings", "costs", "totals",
            "speeds", "temperatures", "heights", "distances", "terms", "units", "numbers", "amounts", "sums",
            "increases", "decreases", "rises", "falls", "drops", "declines", "margins", "returns", "yields");

    private static final Pattern INDEX_LEVEL_BEFORE = Pattern.compile("(?i)(?:\\b(?:level|low|high|mark|close|peak"
            + "|record) of|\\b(?:closed|closing|ended|ending|finished|stood|opened|settled|stayed|trading|close|end|finish"
            + "|settle)(?: the (?:day|session|week|month|year|trading day|trading session))? at|\\bmark at"
            + "|\\b(?:to|at) a (?:level|low|high|close) of|\\bas (?:low|high) as"
            // "fell 260.77 points, or 2.62%, to 9694.73", "gained 46.19 points to 3,845.8", "closed 1.2% higher at
            // 5,120.4": the level a move ends at
            + "|(?:\\bpoints?|%|\\bper ?cent)\\)?,?(?: (?:higher|lower|up|down))?,? (?:to|at)"
            // "its run below 10,000", "closed above the 5,000 mark"
            + "|\\b(?:below|above|beneath|past|through|breached|topped|crossed)(?: the)?) $");

    /**
     * "The Nikkei dropped to 8,276.43", "the index recovered to 11,200": a verb of moving then "to", with an index
     * named just before in the sentence (a price or a count moves to a level too, so the index must be named near).
     */
    private static final Pattern MOVED_TO_BEFORE = Pattern.compile("(?i)\\b(?:" + marketMoves()
            + "|edged (?:up|down|higher|lower)|(?:went|moved) (?:up|down)) to $");
    /** The names of stock indices and the words for one, as an alternation. */
    private static final String INDEX_NAMES = IndexNames.ALTERNATION;
    private static final Pattern INDEX_NAMED = Pattern.compile(INDEX_NAMES + "|\\baverage\\b");

    private static final Pattern INDEX_LEVEL_AFTER = Pattern.compile("^\\s(?:mark|level|high|low|peak|barrier)\\b");

    private static final Pattern INDEX_TEXT = Pattern.compile("\\bpoints?\\b|" + INDEX_NAMES);

    /**
     * What follows a bare number listed after a count: a preposition or a stop ("3,700 in Germany", "400)"), or a
     * verb it is the subject of ("eleven people died and forty were hurt").
     */
    private static final Pattern LISTED_AFTER = Pattern.compile("^(?:\\s(?:in|for|at|on|from|to|by)\\s|\\s?[),;]"
            + "|\\s(?:were|was|are|is|have|had|remain|remained|died|survived)\\b)");

    /** Nouns whose number counts a known thing: "death toll" counts deaths ({@code count-nouns.tsv}). */
    private static final Map<String, String> COUNT_NOUNS = WordList.rows("count-nouns.tsv", 2).stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[1]));

    /** The noun a singular noun of {@code count-nouns.tsv} counts ("toll": death), or null for any other word. */
    static String countedBy(String noun) {
        return COUNT_NOUNS.get(noun);
    }

    /**
     * "the death toll rose to 34", "a population of 5.4 million", "the toll has now passed 1,200": a noun of
     * {@code count-nouns.tsv}, perhaps what it is from or of ("the death toll from the floods", "sales of the new
     * model"), then at most four words of
     * reaching or being, then the number (and a qualifier); or a verb of that list right before it ("employs about
     * 2,000", "a town of population 2,000").
     */
    private static final Pattern COUNT_NOUN_BEFORE = Pattern.compile("(?i)\\b(?<noun>" + String.join("|",
            COUNT_NOUNS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList())
            + ")(?:\\s+(?:from|in|after|of)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[a-z'’-]+\\s+)?[a-z'’-]+)?(?:\\s+(?:of|"
            + Reaching.VERBS + "|" + Reaching.CHANGE + ")){0,4}\\s+" + Reaching.QUALIFIER + "$");
    /**
     * "the total number of passengers will jump to 70m", "the number of branches has reached 1,200": the number the
     * number of a plural noun reaches counts that noun. A verb of reaching must stand between ("the number of shares
     * by a factor of 1.5" counts nothing).
     */
    private static final Pattern NUMBER_OF_BEFORE = Pattern.compile("(?i)\\bnumber\\s+of\\s+(?:[a-z-]+\\s+)??(?<noun>[a-z]+s)"
            + "(?:\\s+(?:" + Reaching.VERBS + "|" + Reaching.CHANGE + ")){1,4}\\s+" + Reaching.QUALIFIER + "$");

    /** Words that make a bare scaled number money ({@link ImplicitCurrency}); such a count noun counts no scaled number. */
    private static final Set<String> MONEY_CUES = Set.copyOf(WordList.words("money-cues.txt"));

    private static final Set<String> TALLY_UNITS = Set.copyOf(WordList.words("tally-units.txt"));

    /** " to ", " against ", " vs " between the two sides of a tally. */
    private static final Pattern TALLY_BETWEEN = Pattern.compile("\\s+(?:to|against|versus|vs\\.?)\\s+");

    /** ", up from ", " compared with ", " from " between a count and the count it is compared with. */
    /**
     * "grew by 1.3 million people to 68 million", "fell by 1,200 patients to 7,400": the level a change in a counted
     * noun reached counts the same things, as "fell 212.4 points to 10,431.8" is a level in points.
     */
    private static final Pattern REACHED_BETWEEN = Pattern.compile(
            ",?\\s+to\\s+(?:about\\s+|around\\s+|some\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|over\\s+)?");
    /** A counted noun as a change's unit ("person", "patient"), not a unit of measure, a currency or a percentage. */
    private static final Pattern COUNTED_UNIT = Pattern.compile("[a-z]+");
    private static final Set<String> NOT_COUNTED_UNITS = Set.of("percent", "times", "point");

    private static final Pattern COMPARED_BETWEEN = Pattern.compile(
            ",?\\s+(?:(?:up|down)\\s+from|from|compared\\s+(?:with|to)|against)\\s+(?:about\\s+|around\\s+|some\\s+)?"
            // "30,000 people attended, up from 25,000": the count's own short clause, then a comma and the comparison
            + "|(?:\\s+(?:were|was|are|is|have|has|had|will|would))?(?:\\s+[a-z]+){1,2},\\s+(?:(?:up|down)\\s+from"
            + "|compared\\s+(?:with|to))\\s+(?:about\\s+|around\\s+|some\\s+)?");

    /** "a magnitude 6.8 earthquake", "a magnitude-7 quake", "a magnitude of 7.1": the number is a magnitude. */
    private static final Pattern MAGNITUDE_BEFORE = Pattern.compile("(?i)\\bmagnitude(?:[- ]| of (?:about |around "
            + "|nearly |some |almost )?)$");
    /** "a 7.1 magnitude earthquake", "a 5.6-magnitude quake". */
    private static final Pattern MAGNITUDE_AFTER = Pattern.compile("^[- ]magnitude\\b", Pattern.CASE_INSENSITIVE);
    /** "measured 6.8 on the Richter scale". */
    private static final Pattern RICHTER_AFTER = Pattern.compile("^\\s+on\\s+the\\s+Richter\\s+scale\\b");

    private static final Pattern LIST_BETWEEN = Pattern.compile("[^.;:!?]*(?:,|\\(|\\band\\b|\\bor\\b)[^.;:!?]*");

    /** Models counted in the plural: "A320s", "737s", "F-35s". */
    private static final Pattern MODEL_PLURAL = Pattern.compile("[A-Z]{0,3}-?\\d{2,4}[A-Z]{0,3}s");

    /** "three months ago" anchors a time and "54 years old" is an age: neither is a length of time. */
    static final Pattern TIME_AGO = Pattern.compile(
            "^\\s+(?:ago|earlier|later|before|after|previously|prior|old|of age)\\b");

    /**
     * "left four hours after its scheduled departure", "landed 90 minutes later than planned": a time after the moment
     * something was due is how late it was, a length of time (the delay), not a point in time.
     */
    static final Pattern DELAY_AFTER = Pattern.compile("(?i)^\\s+(?:after\\s+(?:its|their|the|his|her)\\s+"
            + "(?:scheduled|planned|expected|original)\\b|later\\s+than\\s+(?:planned|scheduled|expected)\\b)");

    /**
     * "for nine years before retiring", "for two days after the storm": after "for" a time is a length, whatever
     * follows it.
     */
    static final Pattern LENGTH_BEFORE = Pattern.compile("(?i)\\bfor\\s+(?:(?:about|around|nearly|almost|more than|over"
            + "|some|another|just|up to|at least)\\s+)?$");

    private static final Set<String> BREAK_WORDS = Set.copyOf(List.of("of", "in", "to", "from", "for", "on", "at", "by", "and",
            "or", "the", "a", "an", "that", "which", "who", "was", "were", "is", "are", "has", "have", "had",
            "will", "would", "with", "than", "as", "per", "each", "every", "a-year", "more", "less", "fewer",
            "higher", "lower", "ago", "earlier", "later", "before", "after", "up", "down", "between", "over", "under",
            "into", "since", "until", "while", "but", "it", "they", "its", "their", "this", "these", "those", "be",
            "been", "being", "could", "should", "can", "may", "might", "must", "said", "says"));

    static final Map<String, String> DURATION_UNITS = Map.ofEntries(Map.entry("year", "YR"),
            Map.entry("month", "MO"), Map.entry("week", "WK"), Map.entry("day", "DAY"), Map.entry("hour", "HR"),
            Map.entry("minute", "MIN"), Map.entry("second", "SEC"), Map.entry("decade", "DECADE"), Map.entry("quarter", "QTR"));

    record Counted(String unit, FigureKind kind, BigDecimal unitFactor, int end) {
    }

    record Noun(String singular, int end, int skippedModifiers) {
    }

    /** Whether the text after a number starts with "-noun" modifying the word after it ("-seat jet", "-page report"). */
    static boolean startsWithHyphenNoun(String rest) {
        Matcher noun = HYPHENATED_NOUN.matcher(rest);
        return noun.lookingAt() && isHyphenNoun(noun.group("w"));
    }

    private static boolean isHyphenNoun(String word) {
        return !HYPHEN_NOT_NOUNS.contains(word) && !NO_NOUN_ENDING.matcher(word).matches()
                && !DURATION_UNITS.containsKey(word) && Nouns.singular(word).equals(word);
    }

    /** The verbs of forecasting, as lemmas ({@code ../forecast-verbs.txt}, shared with the subject chain). */
    private static final Set<String> FORECAST_VERBS = Set.copyOf(
            ResourceTable.words("/org/newsgraph/extract/forecast-verbs.txt"));
    /** Nouns of people who forecast figures: the observer roles and {@code forecaster-nouns.txt}. */
    private static final Set<String> FORECASTERS = java.util.stream.Stream.concat(
            ResourceTable.words("/org/newsgraph/extract/observer-roles.txt").stream(),
            WordList.words("forecaster-nouns.txt").stream()).collect(Collectors.toUnmodifiableSet());
    /** A past verb right after a noun, maybe after "had" or "have": "analysts had forecast", "economists expected". */
    private static final Pattern FORECAST_AFTER = Pattern.compile(
            "^\\s+(?<aux>(?:had|have|has)\\s+)?(?<verb>[a-z]+)\\b(?!\\s+(?:that|to)\\b)");

    /** The counted noun after a number: "24 million users", "three new plants", "nine UK airports". */
    static Noun countedNoun(String text, int position) {
        int at = position;
        if (at < text.length() && text.charAt(at) == '-') {
            Matcher hyphenated = HYPHENATED_DURATION.matcher(Text.after(text, at));
            if (hyphenated.lookingAt()) {
                return new Noun(hyphenated.group(1), at + hyphenated.end(), 0);
            }
            Matcher group = STRONG_GROUP.matcher(Text.after(text, at));
            if (group.lookingAt() && !BREAK_WORDS.contains(group.group("w"))
                    && !NO_NOUN_ENDING.matcher(group.group("w")).matches()) {
                return new Noun(members(Nouns.singular(group.group("w"))), at + group.end(), 0);
            }
            Matcher noun = HYPHENATED_NOUN.matcher(Text.after(text, at));
            return noun.lookingAt() && isHyphenNoun(noun.group("w")) ? new Noun(noun.group("w"), at + noun.end(), 0)
                    : null;
        }
        Matcher spacedDuration = SPACED_DURATION.matcher(Text.after(text, at));
        if (spacedDuration.lookingAt() && !BREAK_WORDS.contains(Text.after(text, at + spacedDuration.end())
                .strip().split("\\s+", 2)[0])) {
            return new Noun(spacedDuration.group(1), at + spacedDuration.end(), 0);
        }
        String previous = null;
        boolean afterName = false;
        for (int skipped = 0; skipped <= 3; skipped++) {
            Matcher expansion = NAME_EXPANSION.matcher(Text.after(text, at));
            if (skipped > 0 && expansion.lookingAt() && Character.isUpperCase(text.charAt(at - 1))) {
                at += expansion.end(); // "six A350 XWB (Extra Wide Body) aircraft": a name's spelled-out form
            }
            Matcher word = COUNTED_WORD.matcher(Text.after(text, at));
            if (!word.lookingAt()) {
                return null;
            }
            String w = word.group("w");
            String lower = w.toLowerCase(Locale.ROOT);
            int end = at + word.end();
            if (BREAK_WORDS.contains(lower) || NotAFigure.MONTH.matcher(w).matches()) {
                return null;
            }
            if (MODEL_PLURAL.matcher(w).matches()) {
                return new Noun(w.substring(0, w.length() - 1), end, skipped); // "24 A320s", "five Boeing 737s"
            }
            if (COUNTED_ABBREVIATIONS.contains(w)) {
                return new Noun(w.endsWith("s") ? w.substring(0, w.length() - 1) : w, end, skipped); // "TEUs": TEU
            }
            boolean acronym = w.matches("[A-Z]{2,4}");
            boolean name = Character.isUpperCase(w.charAt(0)) && !acronym || Character.isDigit(w.charAt(0))
                    || w.chars().anyMatch(Character::isDigit);
            if (Nouns.isSuperlative(lower)) {
                return null; // "the five largest lenders" ranks, it does not count
            }
            if (name && !afterName && isPeopleOfPlace(w)) {
                return new Noun(w.substring(0, w.length() - 1), end, skipped); // "6.9 million Americans", "300 Britons"
            }
            if (name) {
                afterName = true;
                at = end; // "12 new long-haul Airbus aircraft", "six new A330-300E aircraft": names modify the noun
                continue;
            }
            if (!acronym && Nouns.countsInPlural(lower)) {
                String singular = Nouns.singular(lower);
                if (Nouns.isInvariable(lower) && isCompoundHead(Text.after(text, end))) {
                    previous = lower; // "4,000 police officers", "200 staff members": the compound's head counts
                    at = end;
                    continue;
                }
                if (previous != null && CUT_NOUNS.getOrDefault(singular, Set.of()).contains(previous)) {
                    return new Noun(previous, end, skipped - 1); // "10,000 job cuts" counts jobs
                }
                if (forecasterOfNumber(singular, Text.after(text, end))) {
                    return null; // "more than the 6 million analysts had forecast": the analysts forecast the number
                }
                return new Noun(singular, end, skipped);
            }
            previous = lower;
            at = end;
        }
        return null;
    }

    /**
     * Whether a capitalised word is the plural of a people's name, a demonym in CoreNLP's list with an "s" ("Americans",
     * "Britons", "Germans"): such a plural is what a number counts, not a name that modifies the counted noun
     * ("6.9 million Americans"). Invariable ones ("Swiss", "Chinese") are left alone: they read as adjectives as often.
     */
    static boolean isPeopleOfPlace(String word) {
        return word.length() > 3 && word.endsWith("s") && Character.isUpperCase(word.charAt(0))
                && Demonyms.place(word.substring(0, word.length() - 1)) != null;
    }

    /**
     * Whether the words after a plural noun make it the subject of a clause that forecast the number before it, with
     * no "that" ("beat the 6 million analysts had forecast", "the $1.9 billion economists expected"): a verb of
     * forecasting ({@code forecast-verbs.txt}, in its past form) right after the noun, after "had" or "have", or
     * straight after a noun of forecasters ({@code observer-roles.txt}, {@code forecaster-nouns.txt}; "the 5,000 jobs
     * expected at the plant" counts jobs). The noun is then who forecast the number, not what it counts.
     */
    static boolean forecasterOfNumber(String singular, String rest) {
        Matcher verb = FORECAST_AFTER.matcher(rest);
        if (!verb.lookingAt() || verb.group("aux") == null && !FORECASTERS.contains(singular)) {
            return false;
        }
        String word = verb.group("verb").toLowerCase(Locale.ROOT);
        return FORECAST_VERBS.stream().anyMatch(lemma -> word.equals(lemma) || word.equals(lemma + "ed")
                || word.equals(lemma + "d"));
    }

    /**
     * {@link #forecasterOfNumber(String, String)} by the parse, for the noun a number modifies as {@code nummod}: the
     * noun is the subject of a past verb of forecasting right after it ("the 6 million analysts had forecast").
     */
    static boolean forecasterOfNumber(AnnotatedSentence sentence, Token noun) {
        boolean forecaster = FORECASTERS.contains(Nouns.singular(noun.text().toLowerCase(Locale.ROOT)));
        Token verb = sentence.head(noun);
        if (verb != null && sentence.relationToHead(noun).equals("nsubj") && verb.index() > noun.index()
                && forecasting(verb)) {
            return forecaster || sentence.children(verb).stream().anyMatch(c -> c.lemma().equalsIgnoreCase("have")
                    && sentence.relationToHead(c).equals("aux"));
        }
        // the parser may read the verb as the noun's participle ("the 7.9 million analysts forecast" as
        // "analysts [who were] forecast"): then only a noun of forecasters, right before the verb, with no object
        return forecaster && sentence.children(noun).stream().anyMatch(c -> c.index() == noun.index() + 1
                && sentence.relationToHead(c).equals("acl") && forecasting(c)
                && sentence.children(c).stream().noneMatch(o -> sentence.relationToHead(o).startsWith("obj")));
    }

    private static boolean forecasting(Token verb) {
        return verb.pos().matches("VB[DN]") && FORECAST_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word after an unchanging plural ("police", "staff", "aircraft") is a regular plural noun it
     * modifies ("police officers", "aircraft engines"), other than a noun of change that counts it ("staff cuts").
     */
    private static boolean isCompoundHead(String rest) {
        Matcher next = COUNTED_WORD.matcher(rest);
        if (!next.lookingAt()) {
            return false;
        }
        String word = next.group("w");
        if (!word.equals(word.toLowerCase(Locale.ROOT)) || BREAK_WORDS.contains(word) || !Nouns.isPlural(word)) {
            return false;
        }
        String singular = Nouns.singular(word);
        return !CUT_NOUNS.containsKey(singular) && !ChangeWords.nouns().contains(singular);
    }

    /** Why a number with no unit counts nothing, for {@code eval --verbose}: the reason a reader can act on. */
    static String whyNothingCounted(String text, int start, int end) {
        String rest = Text.after(text, end);
        Matcher unitOfTime = TIME_WORD.matcher(rest);
        if (unitOfTime.lookingAt()) {
            String after = rest.substring(unitOfTime.end());
            if (TimeWindows.isWindow(text, start, end + unitOfTime.end())) {
                return "a window of time (the next 12 months, the twelve months ended June 30, its lowest level in six years):"
                        + " when, not a figure";
            }
            if (TIME_AGO.matcher(after).lookingAt()
                    && !LENGTH_BEFORE.matcher(text.substring(Text.windowStart(start), start)).find()) {
                return "a point in time, not a length of time (three months ago, four hours after)";
            }
            if (Pattern.compile("^" + RECORD_AFTER).matcher(after).lookingAt()) {
                return "the window of a record (a six-month high, a 10 year low): no figure";
            }
        }
        Matcher word = COUNTED_WORD.matcher(rest);
        if (word.lookingAt() && Nouns.isSuperlative(word.group("w").toLowerCase(Locale.ROOT))) {
            return "a rank, not a count (the five largest lenders)";
        }
        return NotAFigure.BARE_NUMBER;
    }

    /** What a number that sizes a group counts: a crowd's people, a crew's members ({@code count-nouns.tsv}); the
     *  group's own noun where the list names none ("a fleet of 30"). */
    private static String members(String group) {
        return COUNT_NOUNS.getOrDefault(group, group);
    }

    /** "job cuts of 10,000", "a crew of six": what a plural or collective noun before "of" numbers. */
    static Noun nounBeforeOf(String text, int start, int end) {
        Matcher of = NOUN_OF_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
        if (!of.find()) {
            return null;
        }
        String noun = of.group("noun").toLowerCase(Locale.ROOT);
        boolean counts = COLLECTIVE_NOUNS.contains(noun) || Nouns.isPlural(noun) && !NOT_COUNTED_BEFORE_OF.contains(noun);
        return counts ? new Noun(COLLECTIVE_NOUNS.contains(noun) ? members(noun) : Nouns.singular(noun), end, 0) : null;
    }

    /**
     * "closed at 10,431.8", "a level of 7,465.95", "below the 5000 mark": a stock index level, in points. Only in
     * text about an index or points, and only numbers a level can be (100 or more).
     */
    static boolean isLevelMark(String text, int end) {
        return INDEX_LEVEL_AFTER.matcher(Text.after(text, end)).lookingAt();
    }

    static boolean isIndexLevel(String text, int start, int end, BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(100)) < 0) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 40), start);
        boolean cue = INDEX_LEVEL_BEFORE.matcher(before).find() || INDEX_LEVEL_AFTER.matcher(Text.after(text, end)).lookingAt()
                || MOVED_TO_BEFORE.matcher(before).find() && INDEX_NAMED.matcher(sentenceBefore(text, start, 80)).find();
        return cue && INDEX_TEXT.matcher(text.substring(Math.max(0, start - 300), Math.min(text.length(), end + 300)))
                .find();
    }

    /** The verbs of {@code market-moves.txt} as an alternation: what a share price or an index moves by. */
    static String marketMoves() {
        return String.join("|", WordList.words("market-moves.txt"));
    }

    /** The last {@code width} characters before {@code start}, from the end of the sentence before them if nearer. */
    private static String sentenceBefore(String text, int start, int width) {
        String before = text.substring(Math.max(0, start - width), start);
        int stop = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("; "), before.lastIndexOf('\n')));
        return stop < 0 ? before : before.substring(stop + 1);
    }

    /**
     * "4,300 jobs in France, 3,700 in Germany and 400 in Spain", "840 people (550 for a Boeing 747)", "eleven people
     * died and forty were hurt": a bare number listed after a count in the same clause counts the same things.
     */
    static Noun listedNoun(String text, int start, int end, List<FigureCandidate> earlier) {
        if (!LISTED_AFTER.matcher(Text.after(text, end)).lookingAt()) {
            return null;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            FigureCandidate before = earlier.get(i);
            if (before.end() > start) {
                continue;
            }
            String between = text.substring(before.end(), start);
            boolean listed = before.kind() == FigureKind.COUNT && between.length() <= 80
                    && LIST_BETWEEN.matcher(between).matches();
            return listed ? new Noun(before.unit(), end, 0) : null;
        }
        return null;
    }

    /**
     * "by 52 votes to 48", "won 310 seats against 250": the bare number on the other side of a tally counts what the
     * first side counted, when that is a thing votes or games are won by ({@code tally-units.txt}).
     */
    static Noun tallySide(String text, int start, int end, List<FigureCandidate> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            FigureCandidate before = earlier.get(i);
            if (before.end() > start) {
                continue;
            }
            boolean side = before.kind() == FigureKind.COUNT && TALLY_UNITS.contains(before.unit())
                    && Character.isLetter(text.charAt(before.end() - 1))
                    && TALLY_BETWEEN.matcher(text.substring(before.end(), start)).matches();
            return side ? new Noun(before.unit(), end, 0) : null;
        }
        return null;
    }

    /**
     * "employs 2,000 workers, up from 1,500 a year ago", "rose to 300 stores from 250": a bare number a count is
     * compared with counts the same things; so does the level a count moves to ("from 12 branches to 9").
     */
    static Noun comparedNoun(String text, int start, int end, List<FigureCandidate> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            FigureCandidate before = earlier.get(i);
            if (before.end() > start) {
                continue;
            }
            String between = text.substring(before.end(), start);
            boolean compared = before.kind() == FigureKind.COUNT && before.value() != null
                    && Character.isLetter(text.charAt(before.end() - 1))
                    && COMPARED_BETWEEN.matcher(between).matches();
            boolean reached = before.kind() == FigureKind.CHANGE && before.value() != null && before.unit() != null
                    && COUNTED_UNIT.matcher(before.unit()).matches() && !NOT_COUNTED_UNITS.contains(before.unit())
                    && Character.isLetter(text.charAt(before.end() - 1)) && REACHED_BETWEEN.matcher(between).matches();
            // "fell from an average of 31 pupils to 27": the level a count moves to counts the same things
            boolean movedTo = before.kind() == FigureKind.COUNT && before.value() != null
                    && Character.isLetter(text.charAt(before.end() - 1)) && REACHED_BETWEEN.matcher(between).matches()
                    && Ranges.isMoveStart(text, before.start());
            return compared || reached || movedTo ? new Noun(before.unit(), end, 0) : null;
        }
        return null;
    }

    /**
     * "rose to 1.2 million barrels a day from 1.05 million", "fell to 40 tonnes, down from 52": a bare number a
     * physical measurement is compared with is in the same unit; null when the figure before is no measurement or
     * the words between compare nothing.
     */
    static String comparedMeasurement(String text, int start, List<FigureCandidate> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            FigureCandidate before = earlier.get(i);
            if (before.end() > start) {
                continue;
            }
            boolean compared = before.kind() == FigureKind.MEASUREMENT && before.value() != null
                    && before.unit() != null && Character.isLetter(text.charAt(before.end() - 1))
                    && COMPARED_BETWEEN.matcher(text.substring(before.end(), start)).matches();
            return compared ? before.unit() : null;
        }
        return null;
    }

    /**
     * "a magnitude 6.8 earthquake", "a magnitude of 7.1", "a 7.1 magnitude quake", "6.8 on the Richter scale": an
     * earthquake's magnitude; null when not one.
     */
    static Noun magnitude(String text, int start, int end) {
        boolean before = MAGNITUDE_BEFORE.matcher(text.substring(Math.max(0, start - 24), start)).find();
        Matcher richter = RICHTER_AFTER.matcher(Text.after(text, end));
        if (richter.lookingAt()) {
            return new Noun("magnitude", end + richter.end(), 0);
        }
        Matcher after = MAGNITUDE_AFTER.matcher(Text.after(text, end));
        if (after.lookingAt()) {
            return new Noun("magnitude", end + after.end(), 0);
        }
        return before ? new Noun("magnitude", end, 0) : null;
    }

    /** Whether a count of this unit is one side of a tally (votes, goals, seats): "48 votes to 52" is no range. */
    static boolean isTallyUnit(String unit) {
        return TALLY_UNITS.contains(unit);
    }

    /** "the death toll rose to 34", "a population of 5.4 million": what the noun before the number counts. */
    static Noun countNounBefore(String text, int start, int end, boolean scaled) {
        Matcher noun = COUNT_NOUN_BEFORE.matcher(text.substring(Math.max(0, start - 80), start));
        if (!noun.find()) {
            return null;
        }
        String word = noun.group("noun").toLowerCase(Locale.ROOT);
        // "sales reached 4.5 billion" is money stated elsewhere; "sales will exceed 700" counts sales
        return scaled && MONEY_CUES.contains(word) ? null : new Noun(COUNT_NOUNS.get(word), end, 0);
    }

    /** Whether a word says that a bare scaled amount near it is money ({@code money-cues.txt}: "sales", "spent"). */
    static boolean isMoneyCue(String word) {
        return MONEY_CUES.contains(word);
    }

    /** "the number of passengers will jump to 70m": the plural noun whose number the number states, or null. */
    static Noun numberOfNoun(String text, int start, int end) {
        Matcher noun = NUMBER_OF_BEFORE.matcher(text.substring(Math.max(0, start - 80), start));
        if (!noun.find()) {
            return null;
        }
        String word = noun.group("noun").toLowerCase(Locale.ROOT);
        return Nouns.isPlural(word) && !BREAK_WORDS.contains(word) ? new Noun(Nouns.singular(word), end, 0) : null;
    }

    /**
     * "150 of its stores", "three of the company's plants". When the whole is a number too ("14 of the 40 seats",
     * "40.25 million of the 110 million shares") the part ends at its own number and counts the whole's noun, so the
     * whole is read as a figure of its own.
     */
    /** "TEU": an abbreviation a number counts, as written ({@code counted-abbreviations.txt}). */
    static boolean isCountedAbbreviation(String word) {
        return COUNTED_ABBREVIATIONS.contains(word);
    }

    static Noun partitiveNoun(String text, int position) {
        Matcher of = PARTITIVE.matcher(Text.after(text, position));
        if (!of.lookingAt()) {
            return null;
        }
        Matcher whole = WHOLE_NUMBER.matcher(Text.after(text, position + of.end()));
        if (whole.lookingAt()) {
            Noun noun = countedNoun(text, position + of.end() + whole.end());
            return noun == null ? null : new Noun(noun.singular(), position, 0);
        }
        return countedNoun(text, position + of.end());
    }

    /** "400 more people"; "hire 400 more" after "2,300 people" in the same sentence counts people too. */
    static Noun moreNoun(String text, int start, int position, List<FigureCandidate> earlier) {
        Matcher more = MORE.matcher(Text.after(text, position));
        if (!more.lookingAt()) {
            return null;
        }
        Noun stated = countedNoun(text, position + more.end());
        if (stated != null) {
            return stated;
        }
        for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).end() > start - 2 * Text.LOOK_BEHIND; i--) {
            FigureCandidate before = earlier.get(i);
            if (before.end() <= start && before.kind() == FigureKind.COUNT && before.value() != null) {
                return Text.sameSentence(text, before.end(), start) ? new Noun(before.unit(), position + more.end(), 0)
                        : null;
            }
        }
        return null;
    }

    private CountedNouns() {
    }
}
