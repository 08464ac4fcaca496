package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.Rejection;

/**
 * Finds the figures a sentence states and reads each one: value in base units, unit, qualifier, rate period,
 * denominator, direction of change. Works on text alone, so it is fast, deterministic and testable without CoreNLP;
 * what a figure is about comes later, from the parse (the extract package's FigureContext).
 *
 * <p>It never throws on any input: a figure it cannot read is a figure it does not report.
 */
public final class FigureParser {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** So many times is a count of what was done, not how often ("downloaded 12,000 times"). */
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** What follows so many times done, not a factor ("1,000 times faster", "3,000 times the dose"). */
    private static final Pattern TIMES_DONE_AFTER = Pattern.compile("^(?:\\s+(?:in|on|since|during|across|"
            + "worldwide|globally|so\\s+far|by|last|this|a|an|per|from)\\b|\\s*(?:[.,;:!?)]|$))");
    private static final String NUMBER = Numbers.NUMBER;
    private static final String SCALE = Numbers.SCALE;
    /** ISO 4217 codes news writes before or after an amount; a bare three-letter word is too often a name. */
    private static final String CURRENCY_CODES = Currencies.codePattern();
    /** A sign, or letters glued to a dollar sign (US$, C$, AU$), and optionally a space before the number; an ISO code
     * before the number, spaced or glued ("USD 115", "USD115", "GBP5m"). */
    private static final String CURRENCY_PREFIX = "(?:(?:" + Currencies.prefixPattern()
            + "|\\b(?i:US|C|CA|AU|HK|NZ) \\$|\\bGB\\s£)[ \\u00a0]?|\\bM?(?:" + CURRENCY_CODES + ")\\s"
            + "|\\b(?:" + String.join("|", WordList.words("glued-codes.txt")) + ")(?=\\d))";
    /** Units of time a physical unit can be divided by ("km/ms", "metres per millisecond"), shortest last. */
    private static final String TIME_UNITS = "(?:milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h)";
    /** "/ms", " per millisecond", " / second" after a physical unit. */
    private static final Pattern PER_TIME = Pattern.compile("^(?:\\s?/\\s?|\\s+per\\s+)(?<time>" + TIME_UNITS
            + ")\\b");
    /** The foot mark, only with inches after it ("5' 11\"", "6'2\""): alone, an apostrophe is too often a quote. */
    private static final String FOOT_MARK = "['′](?=\\s?\\d{1,2}(?:\\.\\d+)?\\s?[\"″])";
    /** The inch mark, only before a word of size or a thing sized in inches ("10 \" long", "a 65\" TV"). */
    private static final String INCH_MARK = "\\s?\"(?=\\s+(?:long|wide|tall|high|deep|thick|across|screens?|displays?"
            + "|monitors?|TVs?|televisions?|tablets?|laptops?|wheels?|rims?|pizzas?)\\b)";
    private static final String UNIT_SUFFIX = "(?:\\s?%|\\s?(?:per cent|percent|pc|percentage points?|basis points?|bps)\\b"
            + "|-fold\\b|\\s(?:times)\\b|x\\b"
            + "|\\s?[" + Currencies.signs() + "](?![\\w" + Currencies.signs() + "]|\\s?\\d)|\\sM(?:" + CURRENCY_CODES + ")\\b"
            // s30: "32 pounds per square inch" is a pressure (units.tsv: PSI), not 32 pounds of money
            + "|(?:\\s?|-)" + Currencies.wordPattern() + "\\b(?!-denominated|\\s+per\\s+square\\s+inch\\b)"
            + "|\\s?(?:" + CURRENCY_CODES + ")\\b"
            + "|" + Units.pattern() + "(?!\\w|/(?!" + TIME_UNITS + "\\b))|" + Units.bracketedPattern()
            + "|" + FOOT_MARK + "|" + INCH_MARK + ")";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<cur>" + CURRENCY_PREFIX + ")?(?<num>" + NUMBER + ")(?:(?:-|–)(?<num2>" + NUMBER + "))?"
                    + "(?<scale>" + SCALE + ")?(?<unit>" + UNIT_SUFFIX + ")?");
    private static final Pattern MULTIPLIER = Pattern.compile(
            "\\b(?i:(?<verb>doubled|doubling|doubles|tripled|trebled|tripling|triples|quadrupled|quadrupling|halved"
                    + "|halving|halves)|(?<fold>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty"
                    + "|hundred|thousand)-?fold)\\b");
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(?i:(?<few>hundreds|tens)\\s+of\\s+)?(?<scale>(?i:dozens|scores|hundreds|thousands|millions|billions"
                    + "|trillions))\\b");
    /** The plural and the abbreviation of "dozen" as a scale after a number ({@link Numbers#SCALE}). */
    private static final Pattern DOZENS = Pattern.compile("dozens|dozs?");
    private static final Pattern VAGUE_OF = Pattern.compile("^\\s+of\\s+(?<w>[A-Za-z][\\w-]*)\\b");
    private static final Pattern MONEY_WORDS = Pattern.compile("^\\s+of\\s+(?:[\\w'’-]+\\s+){0,2}?(?:money|cash|funds"
            + "|funding|capital|investment|investments|revenue|sales|profits?|debt|spending|losses|value|savings"
            + "|subsidies|bonds|loans)\\b");

    private static final Pattern QUALIFIER_BEFORE = Qualifier.BEFORE;
    /** "jumped above $70,000", "fell below 5%": a verb that carries a figure past a mark states a level. */
    private static final Set<String> LEVEL_QUALIFIERS = Set.of("above", "below", "under");
    private static final Pattern RANGE_JOIN = Pattern.compile("^(?:\\s+(?:to|and|or)\\s+|\\s?[-–]\\s?)");
    /** The join of a range written with "to" or a dash ("50 to 60 mph", "10-15 cm"), never a list's "and". */
    private static final Pattern RANGE_TO = Pattern.compile("^(?:\\s+to\\s+|\\s?[-–]\\s?)");
    /** A word of size after "m": "828m tall", "20m-long", "10m below": the "m" is metres, not a million. */
    private static final Pattern METRES_AFTER = Pattern.compile("^(?:\\s+|-)(?:tall|high|long(?!\\s+(?:ago|before|after|since|term)\\b)|wide|deep|thick|away"
            + "|across|below|above|underground|underwater|in\\s+(?:length|height|diameter|depth|width))\\b");
    /** A race named by its length: "the 100m sprint", "the 400m hurdles" ({@code metre-events.txt}). */
    private static final Pattern METRE_EVENT_AFTER = Pattern.compile("^(?:\\s+|-)(?i:" + String.join("|",
            WordList.words("metre-events.txt")) + ")\\b");
    /** A word of length before "of": "a depth of 100m", "at a height of about 30m". */
    private static final Pattern METRES_BEFORE = Pattern.compile("(?i)\\b(?:depth|height|length|altitude|distance|width"
            + "|span|elevation|radius|diameter|wingspan)\\s+of\\s+(?:about\\s+|around\\s+|nearly\\s+|some\\s+|almost\\s+"
            + "|over\\s+|more\\s+than\\s+)?$");
    /** Between two bare numbers of a list: "3, 5 and 10 years". */
    private static final Pattern LIST_COMMA = Pattern.compile("^,\\s*");
    /** Before the last number of a list: "and 10 years", ", or 30 years". */
    private static final Pattern LIST_LAST = Pattern.compile("^,?\\s+(?:and|or)\\s+");
    /** How many bare numbers a list may run through before its last one names the unit. */
    private static final int LIST_ITEMS = 8;
    private static final Pattern WORD = Pattern.compile("^\\s+(?<w>[A-Za-z][A-Za-z-]*|[A-Z]{2,4})");
    /** A scale after a currency code: "75 USD million". */
    private static final Pattern SCALE_AFTER_CURRENCY = Pattern.compile(
            "^\\s+(?<scale>million|billion|trillion|thousand|bn|mn)\\b");
    /** The end of a range of money whose scale comes last: " to 3 billion" after "$2". */
    private static final Pattern SCALED_RANGE_END = Pattern.compile("^\\s+(?:to|and)\\s+(?<num2>" + NUMBER
            + ")\\s?(?<scale>hundred|thousand|million|billion|trillion|bn|mn|m)\\b");
    /** The bare end of a range of money: " to 5,000" after "$3,000", " - 400" after "€300". */
    private static final Pattern BARE_RANGE_END = Pattern.compile("^(?:\\s+to\\s+|\\s?[-–]\\s?)(?<num2>\\d{1,3}(?:,\\d{3})+"
            + "(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,.]?\\d)[\\s\\S]*");
    /** A currency after "m": "50 m euros" is fifty million euros. */
    private static final Pattern CURRENCY_AFTER_M = Pattern.compile("^\\s+(?<currency>" + Currencies.wordPattern()
            + "|" + CURRENCY_CODES + ")\\b");
    private static final String UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine";
    /** Cents after whole units of a currency: "15 dollars 50", "17 USD 25 more", "ten euros and 5 cents". */
    private static final Pattern CENTS_AFTER = Pattern.compile("^\\s+(?:and\\s+)?(?<cents>\\d{1,2}"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:" + UNITS_WORDS + "))?"
            + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + UNITS_WORDS + ")"
            + "(?:\\s+(?:cents?|pence)\\b|(?=\\s*(?:[.,;!?)]|$|\\s+more\\b)))");
    /**
     * Two-digit cents after whole units with more of the clause after them: "4 pounds 20 at the Crown", "5 euros 99 in
     * the sale", "8 pounds 50 an hour"; the next word must be one of {@code cents-followers.txt} (a preposition or a
     * word of time that starts the rest of the clause), so "3 dollars 20 times" or "10 pounds 40 years ago" count
     * something else.
     */
    private static final Pattern CENTS_BEFORE_WORD = Pattern.compile("^\\s+(?<cents>\\d{2}"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:" + UNITS_WORDS + "))?"
            + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\s+(?<next>\\p{L}+)\\b");
    private static final Set<String> CENTS_FOLLOWERS = Set.copyOf(WordList.words("cents-followers.txt"));
    /** The part after a whole ({@link NotAFigure#PART_AFTER_WHOLE}): "3 million and a half". */
    private static final Pattern FRACTION_AFTER = Pattern.compile("(?i)\\s+and\\s+(?<part>three[ -]quarters?"
            + "|an? (?:half|quarter))\\b");
    /** Words that make "pounds" a weight rather than money. */
    private static final Pattern WEIGHT_TEXT = Pattern.compile("(?i)\\b(?:weigh|weighs|weighed|weighing|weight|heavy"
            + "|heavier|lighter|tons?|tonnes?|kilos?|kilograms?|kg|ounces|lbs)\\b");
    /** Where the phrase after "pounds of" ends: a stop or a dash before the next clause or apposition. */
    private static final Pattern OF_PHRASE_END = Pattern.compile("[,;:.!?()\\[\\]\u2013\u2014]");
    /** Nouns of money ({@code money-nouns.txt}, {@code money-cues.txt}): "pounds of taxpayers' money" is sterling. */
    private static final Set<String> MONEY_NOUNS = java.util.stream.Stream.concat(WordList.words("money-nouns.txt")
            .stream(), WordList.words("money-cues.txt").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Notes and coins, whose denomination a number and "pound" before them state. */
    private static final Set<String> CASH_NOUNS = Set.of("note", "notes", "banknote", "banknotes", "coin", "coins",
            "fine", "fines", "fee", "fees", "voucher", "vouchers", "bill", "bills", "payment", "payments");
    /** "18kt gold", "14 kt white gold", "18-carat gold": the fineness of gold (kt written like kilotonnes), no mass. */
    private static final Pattern KARAT_AFTER = Pattern.compile("^\\s+(?:(?:white|yellow|rose|solid|pure)\\s+)?gold\\b");
    /** A figure's text that ends in a unit of time: a length of time, not an age ("over 10 years", not "over 65"). */
    private static final Pattern LENGTH_OF_TIME_END = Pattern.compile("(?i)\\b(?:years?|months?|weeks?|days?|hours?"
            + "|minutes?|seconds?)$");
    private static final Pattern MINUS_BEFORE = Pattern.compile("(?i)(?:^|[^\\w])(?<minus>minus|negative)\\s+$");
    /** Every figure stated in a sentence (or any text), in order, never overlapping. */
    public List<FigureCandidate> parse(String text) {
        return parse(text, rejection -> { });
    }

    /**
     * Every figure stated in a text, telling {@code rejected} of each number it read and refused, with the reason
     * ({@code eval --verbose} prints them).
     */
    public List<FigureCandidate> parse(String text, Consumer<Rejection> rejected) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String[] blocked = new String[text.length() + 1];
        NotAFigure.block(blocked, NotAFigure.PHONE.matcher(text), "a phone number");
        NotAFigure.block(blocked, NotAFigure.CLOCK.matcher(text), "a time of day");
        NotAFigure.block(blocked, NotAFigure.WEB_ADDRESS.matcher(text), "inside a web or e-mail address: a name");
        Matcher part = NotAFigure.PART_AFTER_WHOLE.matcher(text);
        while (part.find()) {
            Arrays.fill(blocked, part.start("part"), part.end("part"),
                    "a part that completes the whole before it (a mile and three quarters): a fraction, not quarters");
        }
        boolean[] splitDecimal = new boolean[text.length() + 1];
        Matcher split = NotAFigure.SPLIT_DECIMAL.matcher(text);
        while (split.find()) {
            Arrays.fill(splitDecimal, split.start(), split.end(), true);
        }
        List<FigureCandidate> found = new ArrayList<>();
        Matcher quantity = QUANTITY.matcher(text);
        while (quantity.find()) {
            if (quantity.end() == quantity.start()) {
                continue;
            }
            if (blocked[quantity.start()] != null) {
                rejected.accept(new Rejection(quantity.start(), quantity.end(), quantity.group(),
                        blocked[quantity.start()]));
                continue;
            }
            if (overlaps(splitDecimal, quantity.start(), quantity.end())) {
                rejected.accept(new Rejection(quantity.start(), quantity.end(), quantity.group(),
                        "part of a decimal split by spaces (4 . 8 %): no value can be read"));
                continue;
            }
            Consumer<String> refuse = reason -> rejected.accept(new Rejection(quantity.start(), quantity.end(),
                    quantity.group(), reason));
            FigureCandidate candidate = quantity(text, quantity, found, true, refuse);
            Matcher fractionAfter = candidate == null ? null : FRACTION_AFTER.matcher(Text.after(text, candidate.end()));
            if (fractionAfter != null && fractionAfter.lookingAt()
                    && blocked[candidate.end() + fractionAfter.start("part")] != null) {
                FigureCandidate completed = FractionsAfterWholes.complete(text, candidate, fractionAfter);
                if (completed != null) {
                    found.add(completed); // "5 hours and a half": 5.5 hours
                } else {
                    refuse.accept("a whole whose fraction follows (2 million and a half): the value is not the"
                            + " whole's");
                }
            } else if (candidate != null) {
                found.add(candidate);
            }
        }
        AccountingNegatives.add(text, found);
        WordedShares.addPartsOfAPoint(text, found); // before the fractions: "a quarter of a point" is a change of rate
        WordedShares.addFractions(text, found);
        WordedShares.addRatios(text, found);
        Ages.addDecades(text, found);
        GluedCounts.add(text, found);
        CompoundDurations.add(text, found);
        RaceTimes.add(text, found);
        addMultipliers(text, found);
        Comparisons.add(text, found);
        addVague(text, found, rejected);
        return Conversions.link(text, RestatedChanges.spread(text, ListedChanges.spread(text,
                Ranges.mergeRanges(text, Ranges.withoutOverlaps(found)))));
    }

    private static boolean overlaps(boolean[] marked, int start, int end) {
        for (int i = start; i < end; i++) {
            if (marked[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figure a number match states, or null when it states none. {@code earlier} are the figures found before
     * it ("400 more" counts what the sentence counted last); {@code borrow} lets a bare number take the unit of the
     * number it ranges to ("between 2,000 and 3,000 jobs").
     */
    private FigureCandidate quantity(String text, Matcher m, List<FigureCandidate> earlier, boolean borrow,
                                     Consumer<String> refuse) {
        int start = m.start();
        int end = m.end();
        String cur = m.group("cur");
        String num = m.group("num");
        String num2 = m.group("num2");
        String scale = m.group("scale") == null ? null : m.group("scale").strip().toLowerCase(Locale.ROOT);
        String unitText = m.group("unit") == null ? null : Units.unbracketed(m.group("unit"));
        if (cur == null && m.group("scale") != null && m.group("scale").matches("M|B|K|BN|Bn")) {
            // "$8.4M", "$1.2B" take a capital scale; with no currency, "3M" and "5G" are names
            refuse.accept("glued to letters or digits: a code or model name (GPT-4, A330, 5G)");
            return null;
        }
        Sign sign = Sign.before(text, start);
        boolean footMark = unitText != null && (unitText.equals("'") || unitText.equals("′"));
        if (!footMark && NotAFigure.isAttached(text, start - sign.width(), end)) {
            refuse.accept("glued to letters or digits: a code or model name (GPT-4, A330, 5G)");
            return null;
        }
        if (cur == null && sign == Sign.NONE && NotAFigure.isModelCode(num, num2, text, start)) {
            refuse.accept("a model code (737-800, 747-400): a type and its variant, not a range");
            return null;
        }
        if (Tally.isTally(text, start, end, num2 != null)) {
            refuse.accept("a score or a vote tally (won 3-1, voted 9 to 2): not a figure");
            return null;
        }
        // "fined Acme Motors 500 million rubles": a name's number is never scaled by a word
        boolean scaledByWord = scale != null && scale.matches("million|billion|trillion");
        // "Airline Fined 40,000 Pounds": in a title-case headline a capital before a number with a unit (of more than one
        // letter: "PA 23456 F" is an address) names nothing
        // "the Dow rose 1.2% and the Nasdaq 1.5%": a percentage after a name is the name's move in a list whose verb
        // is left out, never a numbered name (no name is numbered in percent)
        boolean percent = unitText != null && unitText.strip().matches("%|(?i:percent|per cent|pct)");
        if (cur == null && sign == Sign.NONE && !scaledByWord && !percent && NotAFigure.isIdentifier(text, start)
                && !(unitText != null && NotAFigure.isMoveOverAPeriod(text, start, m.end()))
                && !(unitText != null && (unitText.strip().replaceFirst("^-", "").length() > 1 || unitText.strip().equals("%"))
                        && !NotAFigure.isNumberedByWord(text, start) && Headlines.isTitleCase(text))) {
            refuse.accept(NotAFigure.IDENTIFIER);
            return null;
        }
        if (NotAFigure.isDate(text, start, end)) {
            refuse.accept("a day of a month (March 3)");
            return null;
        }
        if (cur == null && NotAFigure.hasLeadingZeros(num)) {
            refuse.accept("written with leading zeros (007, the 000 of a split 80 , 000): a code, not a quantity");
            return null;
        }
        if (cur == null && unitText == null && scale == null && NotAFigure.isFootnoteMarker(text, start, end, num)) {
            refuse.accept("a footnote's marker (1 Includes net charges of ...): not a count");
            return null;
        }
        BigDecimal value = Numbers.read(num);
        if (value == null) {
            refuse.accept("not a number that can be read");
            return null;
        }
        boolean wordNumber = Character.isLetter(num.charAt(0));
        boolean plainInteger = num.matches("\\d+");
        if (plainInteger && cur == null && unitText == null && scale == null && value.intValue() >= 1000
                && value.intValue() <= 2199 && value.precision() <= 4) {
            refuse.accept("a year");
            return null;
        }
        if (plainInteger && cur == null && scale == null && NotAFigure.namesASeries(text, value, unitText, end)) {
            refuse.accept("a year that names a series of notes (the 2020 USD Notes)");
            return null;
        }
        if (cur == null && "m".equals(scale) && (METRES_AFTER.matcher(Text.after(text, end)).lookingAt()
                || METRE_EVENT_AFTER.matcher(Text.after(text, end)).lookingAt()
                || METRES_BEFORE.matcher(text.substring(Text.windowStart(start), start)).find())) {
            scale = null; // "828m tall", "a 100m-long ship": metres, not millions
            unitText = "m";
        }
        BigDecimal factor = scale == null ? BigDecimal.ONE : Numbers.scale(scale);
        boolean atLeast = false;
        BigDecimal cents = BigDecimal.ZERO;
        String unit;
        FigureKind kind;
        BigDecimal unitFactor = BigDecimal.ONE;
        String rateBase = null;
        if (unitText != null && unitText.matches("M[A-Z]{3}") || cur != null && cur.strip().matches("M[A-Z]{3}")) {
            factor = factor.multiply(BigDecimal.TEN.pow(6)); // "MEUR 120", "120 MEUR": millions of euros
            if (cur != null) {
                cur = cur.strip().substring(1);
            } else {
                unitText = unitText.substring(1);
            }
        }
        if (cur == null && scale == null && "m".equals(unitText)) {
            Matcher currencyAfter = CURRENCY_AFTER_M.matcher(Text.after(text, end));
            if (currencyAfter.lookingAt()) {
                scale = "m"; // "50 m euros", "20 m USD": millions of a currency, not metres
                factor = Numbers.scale(scale);
                unitText = currencyAfter.group("currency");
                end += currencyAfter.end();
            }
        }
        CurrencyNameBefore.Name named = cur == null && unitText == null
                ? CurrencyNameBefore.before(text, start, num, scale != null) : null;
        if (cur != null) {
            unit = Currencies.ofPrefix(cur);
            kind = FigureKind.AMOUNT;
            if (scale == null && "m".equals(unitText)) {
                factor = Numbers.scale("m"); // "£5 m" is five million pounds, not five metres
            } else if (unitText != null && Currencies.ofWord(unitText) == null) {
                end = m.start("unit");
            }
        } else if (unitText != null && unitText.equals("pounds") && (text.startsWith(" of ", end) && !moneyAfterOf(text,
                end + 4) || WEIGHT_TEXT.matcher(Text.sentenceAround(text, start, end)).find()
                || weighedWithoutMoney(Text.sentenceAround(text, start, end)) && !penceBeforeWord(text, end))) {
            unit = "LB"; // "500 pounds of beef", "the parcel weighed 20 pounds": a weight
            kind = FigureKind.MEASUREMENT;
        } else if (unitText != null && unitText.replaceFirst("^[-\\s]+", "").equalsIgnoreCase("pound")
                && moneyNext(text, end)) {
            unit = "GBP"; // "a 20-pound note", "a 50-pound fine": money; "a 20-pound turkey" stays a weight
            kind = FigureKind.AMOUNT;
        } else if (unitText != null && Currencies.ofWord(unitText.replaceFirst("^-", "")) != null) {
            unit = Currencies.ofWord(unitText.replaceFirst("^-", ""));
            kind = FigureKind.AMOUNT;
            String coin = unitText.replaceFirst("^-", "");
            if (Currencies.isSubunit(coin)) {
                unitFactor = CENT;
            } else if (scale == null && num2 == null) {
                Matcher scaleAfter = SCALE_AFTER_CURRENCY.matcher(Text.after(text, end));
                Matcher centsAfter = CENTS_AFTER.matcher(Text.after(text, end));
                Matcher centsBeforeWord = CENTS_BEFORE_WORD.matcher(Text.after(text, end));
                if (scaleAfter.lookingAt()) {
                    factor = Numbers.scale(scaleAfter.group("scale")); // "75 USD million"
                    end += scaleAfter.end();
                } else if (centsAfter.lookingAt() && value.scale() <= 0) {
                    // "15 dollars 50", "thirteen dollars and forty-five cents": the cents after the whole units
                    BigDecimal coins = Numbers.read(centsAfter.group("cents").replaceAll("\\s+", "-"));
                    if (coins != null && coins.signum() > 0 && coins.compareTo(BigDecimal.valueOf(100)) < 0) {
                        cents = coins.multiply(CENT);
                        end += centsAfter.end();
                    }
                } else if (value.scale() <= 0 && centsBeforeWord.lookingAt() && CENTS_FOLLOWERS.contains(
                        centsBeforeWord.group("next").toLowerCase(Locale.ROOT))) {
                    // "4 pounds 20 at the Crown", "5 euros 99 in the sale": the cents, then the rest of the clause
                    BigDecimal coins = Numbers.read(centsBeforeWord.group("cents"));
                    if (coins != null && coins.signum() > 0 && coins.compareTo(BigDecimal.valueOf(100)) < 0) {
                        cents = coins.multiply(CENT);
                        end += centsBeforeWord.end("cents");
                    }
                }
            }
        } else if (unitText != null) {
            String lower = unitText.toLowerCase(Locale.ROOT);
            if (lower.equals("%") || lower.equals("percent") || lower.equals("per cent") || lower.equals("pc")) {
                unit = "percent";
                kind = FigureKind.SHARE;
            } else if (lower.startsWith("percentage point")) {
                unit = "percentage_point";
                kind = FigureKind.CHANGE;
            } else if (lower.startsWith("basis point") || lower.equals("bps")) {
                unit = "percentage_point";
                unitFactor = CENT;
                kind = FigureKind.CHANGE;
            } else if (lower.equals("-fold")) {
                unit = "times";
                kind = FigureKind.CHANGE;
            } else if (lower.equals("times") || lower.equals("x")) {
                boolean often = lower.equals("times")
                        && Rates.FREQUENCY_AFTER.matcher(Text.after(text, end)).lookingAt();
                boolean many = scale != null || value.compareTo(THOUSAND) >= 0;
                if (often && !many) {
                    refuse.accept("how often, not a factor (four times a year)");
                    return null;
                }
                // "was watched 68 million times in four days", "streamed 40 million times on Spotify", "downloaded
                // 12,000 times": so many times is a count of what was done, not how often nor a factor
                boolean done = lower.equals("times") && many && TIMES_DONE_AFTER.matcher(Text.after(text, end))
                        .lookingAt();
                unit = often || done ? "time" : "times";
                kind = often || done ? FigureKind.COUNT : FigureKind.MULTIPLE;
            } else {
                unit = physicalUnit(unitText);
                kind = FigureKind.MEASUREMENT;
                if (unitText.strip().replaceFirst("^-", "").matches("(?i)kt|carats?")
                        && KARAT_AFTER.matcher(Text.after(text, end)).lookingAt()) {
                    refuse.accept("a fineness of gold (18kt gold), not kilotonnes");
                    return null;
                }
                Matcher perTime = PER_TIME.matcher(Text.after(text, end));
                if (!unit.contains("-PER-") && !unit.equals(unitText) && perTime.lookingAt()) {
                    // "50 meters per millisecond", "50 km/ms": a unit divided by a unit of time is a rate of its own
                    unit = unit + "-PER-" + timeUnit(perTime.group("time"));
                    end += perTime.end();
                }
            }
        } else {
            int plus = LowerBounds.width(text, end);
            CountedNouns.Counted counted = scale == null ? Ages.age(text, start, end, value) : null;
            if (counted == null && plus > 0) {
                // "290+ seats", "a 290-plus seat majority": the plus makes a lower bound of what is counted after it
                counted = counted(text, start, end + plus, value, factor, wordNumber, scale != null, earlier, false);
                if (counted == null) {
                    counted = counted(LowerBounds.asHyphenated(text, end + plus), start, end + plus, value,
                            factor, wordNumber, scale != null, earlier, false);
                }
                atLeast = counted != null;
            }
            if (counted == null && scale != null && DOZENS.matcher(scale).matches()) {
                // "3 dozens of rolls" counts rolls, 36 of them; "three dozens" alone says nothing of what it counts, and
                // the parse's reading (a count of 3 "dozens", NerFigures) is wrong, so it is refused for that
                Matcher of = VAGUE_OF.matcher(Text.after(text, end));
                CountedNouns.Noun noun = of.lookingAt() ? CountedNouns.countedNoun(text, end + of.start("w") - 1)
                        : CountedNouns.countedNoun(text, end);
                if (noun == null) {
                    refuse.accept("dozens with nothing counted after them (3 dozens): what is counted is not said");
                    return null;
                }
                counted = new CountedNouns.Counted(noun.singular(), FigureKind.COUNT, BigDecimal.ONE, noun.end());
            }
            if (counted == null) {
                counted = counted(text, start, end, value, factor, wordNumber, scale != null, earlier, borrow);
            }
            ExchangeRates.Rate exchange = counted == null && named == null && scale == null && num2 == null
                    ? ExchangeRates.rate(text, start, end) : null;
            if (counted == null && named != null) {
                unit = named.code(); // "dollars 22.5 million": the currency's name before a scaled amount
                kind = FigureKind.AMOUNT;
                start = named.start();
            } else if (exchange != null) {
                unit = exchange.code(); // "the yen weakened to 151.8 to the dollar": yen per dollar
                kind = FigureKind.AMOUNT;
                rateBase = exchange.base();
                end = exchange.end();
            } else if (counted == null) {
                refuse.accept(CountedNouns.whyNothingCounted(text, start, end));
                return null;
            } else if (counted.kind() == FigureKind.COUNT && ReferencesBack.why(text, start, num, counted.unit()) != null) {
                refuse.accept(ReferencesBack.why(text, start, num, counted.unit())); // "the two companies"
                return null;
            } else {
                unit = counted.unit();
                kind = counted.kind();
                unitFactor = counted.unitFactor();
                end = counted.end();
            }
        }
        Compounds.Smaller smaller = kind == FigureKind.MEASUREMENT && num2 == null && scale == null
                ? Compounds.after(text, end, unit) : null;
        if (smaller != null) {
            cents = smaller.value(); // "6 feet 3 inches" is 6.25 feet, "7 pounds 4 ounces" 7.25 pounds
            end = smaller.end();
        }
        if (kind == FigureKind.AMOUNT && unitText == null && cur != null && end < text.length()) {
            String following = Text.after(text, end);
            Matcher word = WORD.matcher(following);
            if (word.lookingAt() && word.group("w").matches("(?i)US|USD|dollars?")) {
                end += word.end();
            }
        }
        if (cur != null && scale == null && num2 == null && unitText == null) {
            Matcher scaledEnd = SCALED_RANGE_END.matcher(Text.after(text, end));
            if (scaledEnd.lookingAt()) {
                num2 = scaledEnd.group("num2"); // "$2 to 3 billion": the scale of the range's end is the start's too
                factor = Numbers.scale(scaledEnd.group("scale"));
                end += scaledEnd.end();
            } else {
                int bareEnd = bareRangeEnd(text, end, value);
                if (bareEnd > end) {
                    num2 = Text.after(text, end).replaceFirst(BARE_RANGE_END.pattern(), "${num2}"); // "$3,000 to 5,000"
                    end = bareEnd;
                }
            }
        }
        if (!atLeast && LowerBounds.width(text, end) > 0) {
            atLeast = true; // "$5bn+", "50%+"
            end += LowerBounds.width(text, end);
        }
        BigDecimal base = value.multiply(factor).multiply(unitFactor).add(cents);
        BigDecimal min = null;
        BigDecimal max = null;
        BigDecimal single = base;
        if (num2 != null) {
            BigDecimal second = Numbers.read(num2);
            if (second == null || second.compareTo(value) <= 0) {
                refuse.accept("a pair of numbers that is no range (the second is not larger)");
                return null;
            }
            min = base;
            max = second.multiply(factor).multiply(unitFactor);
            single = null;
        }
        int spanStart = start;
        int window = Text.windowStart(start);
        String before = text.substring(window, start);
        String qualifier = null;
        String qualifierWords = null;
        Matcher q = QUALIFIER_BEFORE.matcher(before);
        if (q.find() && Qualifier.qualifies(q, before)
                && !(kind == FigureKind.DURATION && isTimePreposition(q.group("q"), before, q.start("q"))
                && !(Ages.boundsAGroup(before.substring(0, q.start("q"))) && !LENGTH_OF_TIME_END.matcher(
                        text.substring(start, end)).find()))) { // "people over 65" is an age; "patients over 10 years" a time
            qualifierWords = q.group("q").toLowerCase(Locale.ROOT);
            qualifier = qualifier(qualifierWords);
            spanStart = window + q.start("q");
            before = text.substring(window, spanStart);
        }
        if (atLeast && qualifier == null) {
            qualifier = Qualifier.AT_LEAST.label();
        }
        String direction = null;
        // points are an index's level or its move: "fell 212.4 points" moves, "closed at 10,431.8" is where it stands
        boolean points = kind == FigureKind.COUNT && "point".equals(unit);
        boolean directed = (points || kind != FigureKind.COUNT && kind != FigureKind.DURATION
                && kind != FigureKind.MEASUREMENT) && !LEVEL_QUALIFIERS.contains(String.valueOf(qualifierWords));
        if (directed) {
            Directions.Move found = Directions.direction(text, before, window, spanStart, end, kind, single);
            if (found != null) {
                direction = found.direction();
                spanStart = found.start();
                end = found.end();
            }
        }
        if (direction != null && (kind == FigureKind.SHARE || kind == FigureKind.AMOUNT || kind == FigureKind.MULTIPLE
                || points)) {
            kind = FigureKind.CHANGE;
        }
        // "fell by two votes to one", "won by three goals": a margin of a tally, not a change of a count
        Directions.Move moved = kind == FigureKind.COUNT && !points && sign == Sign.NONE
                && !(unit != null && CountedNouns.isTallyUnit(unit)) ? Directions.movedBy(before, spanStart, end) : null;
        if (moved != null) {
            direction = moved.direction(); // "rose by 300 jobs": a change in jobs, as the parse reads "rose by 3,000"
            kind = FigureKind.CHANGE;
        }
        if (direction == null && kind == FigureKind.CHANGE && "times".equals(unit)) {
            direction = "increase"; // "a 5-fold return": a factor with no word of direction is growth
        }
        if (sign != Sign.NONE) {
            if (kind == FigureKind.MEASUREMENT) {
                // "-5C", "+3 degrees": a signed level
                if (sign == Sign.MINUS) {
                    single = single == null ? null : single.negate();
                    BigDecimal low = max == null ? null : max.negate();
                    max = min == null ? null : min.negate();
                    min = low;
                }
            } else if (direction == null && kind != FigureKind.COUNT && kind != FigureKind.DURATION
                    || "point".equals(unit) && direction == null) {
                // "Nasdaq +1.1%", "DAX -0.4%", "Brent +$1.20", "-12 points": a signed move in a round-up
                kind = FigureKind.CHANGE;
                direction = sign == Sign.PLUS ? "increase" : "decrease";
            } else {
                refuse.accept("a signed number that states neither a level nor a move");
                return null;
            }
            spanStart = Math.min(spanStart, start - sign.width());
        } else if (kind == FigureKind.MEASUREMENT && (Units.isTemperature(unit) || "DEG".equals(unit))
                && MINUS_BEFORE.matcher(before).find()) {
            Matcher minus = MINUS_BEFORE.matcher(before);
            minus.find();
            single = single == null ? null : single.negate(); // "minus 12 degrees Celsius", "minus 5 degrees"
            spanStart = window + minus.start("minus");
        } else if (kind == FigureKind.SHARE && "percent".equals(unit) && direction == null && single != null
                && MINUS_BEFORE.matcher(before).find()) {
            Matcher minus = MINUS_BEFORE.matcher(before);
            minus.find();
            single = single.negate(); // "a deposit rate of minus 0.5%", "growth of negative 1.2%": a level below zero
            spanStart = window + minus.start("minus");
        }
        String period = null;
        String per = null;
        if (kind != FigureKind.DURATION) {
            Rates.Rate rate = Rates.rate(text, end, kind);
            period = rate.period();
            per = rate.per();
            end = rate.end();
            if (per == null && Figure.isCurrency(unit)) {
                per = Rates.perBefore(text, spanStart); // "earnings per share of $1.25", "EPS was $1.25"
            }
            if (rateBase != null) {
                per = rateBase;
            }
        }
        String of = null;
        if (kind == FigureKind.SHARE) {
            of = Wholes.wholeAfter(text, end);
        }
        return new FigureCandidate(spanStart, end, kind, single, min, max, unit, qualifier, period, per, direction,
                null, of);
    }

    /**
     * Where a range of money ends whose second number is bare ("US$3,000 to 5,000 incentive", "$300-400 a month"):
     * the currency and scale of the first hold for both. Not when the second number has a unit, a scale or a currency
     * of its own ("$5 to 10%"), nor when it is not the larger; {@code end} when there is no such end.
     */
    private static int bareRangeEnd(String text, int end, BigDecimal first) {
        Matcher bare = BARE_RANGE_END.matcher(Text.after(text, end));
        if (!bare.matches()) {
            return end;
        }
        int numberStart = end + bare.start("num2");
        Matcher second = QUANTITY.matcher(text);
        second.region(numberStart, text.length());
        if (bare.group("num2").matches("(?:1\\d|20|21)\\d{2}")) {
            return end; // "$1,200 to 2019 levels": a year, not the end of a range
        }
        BigDecimal value = Numbers.read(bare.group("num2"));
        boolean plain = second.lookingAt() && second.group("unit") == null && second.group("scale") == null
                && second.group("cur") == null && second.group("num2") == null;
        boolean glued = numberStart + bare.group("num2").length() < text.length()
                && Character.isLetter(text.charAt(numberStart + bare.group("num2").length()));
        return plain && !glued && value != null && value.compareTo(first) > 0 && value.compareTo(first.multiply(BigDecimal.valueOf(100))) < 0
                ? numberStart + bare.group("num2").length() : end;
    }

    /** "over eight years" is a stretch of time, not "more than eight years"; "for over eight years" is. */
    private static boolean isTimePreposition(String qualifierWords, String before, int qualifierStart) {
        return qualifierWords.equalsIgnoreCase("over") && !before.substring(0, qualifierStart).stripTrailing()
                .toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:for|lasted|lasting|took|takes|spent)$");
    }

    /**
     * What a number with no unit counts, or null when it counts nothing: "three new plants", "150 of its stores",
     * "400 more" (more of what the sentence counted), "eight years", "2,000" in "between 2,000 and 3,000 jobs".
     */
    private CountedNouns.Counted counted(String text, int start, int end, BigDecimal value, BigDecimal factor,
                                         boolean wordNumber, boolean scaled, List<FigureCandidate> earlier,
                                         boolean borrow) {
        CountedNouns.Noun noun = CountedNouns.countedNoun(text, end);
        if (noun == null && !scaled) {
            noun = SingleDurations.after(text, start, end, value, wordNumber); // "1 hour", "within one year"
        }
        if (noun == null && value.compareTo(BigDecimal.ONE) != 0) {
            noun = CountedNouns.partitiveNoun(text, end);
        }
        if (noun == null) {
            noun = CountedNouns.moreNoun(text, start, end, earlier);
        }
        if (noun == null && borrow && !scaled) {
            // "maturities of 3, 5 and 10 years": a list's unit, named once at its end, is every item's
            Borrowed listed = listedUnit(text, end, earlier, false);
            if (listed != null) {
                return new CountedNouns.Counted(listed.unit(), listed.kind(), listed.factor(), end);
            }
        }
        if (noun == null && borrow && scaled) {
            // "penalties of 4.34 billion, 2.42 billion and 1.49 billion euros", "fines of 300 million and 450 million
            // dollars": amounts, each with its scale, that name their currency once at the end are all in it; the
            // noun before "of" is what they are, not what the first one counts
            Borrowed listed = listedUnit(text, end, earlier, true);
            if (listed == null) {
                listed = borrowedUnit(text, end, earlier);
            }
            if (listed != null && listed.kind() == FigureKind.AMOUNT && listed.scale().compareTo(BigDecimal.ONE) > 0) {
                return new CountedNouns.Counted(listed.unit(), listed.kind(),
                        listed.factor().divide(listed.scale(), MathContext.DECIMAL64), end);
            }
        }
        if (noun == null && borrow && RANGE_TO.matcher(Text.after(text, end)).lookingAt()) {
            // "winds of 50 to 60 mph", "depths of 10 to 15 cm": a bare number ranging to a number with a unit is
            // written in that unit; the noun before "of" is what the range measures, not what its first end counts
            // ("and" is left to the end: "cuts of 10,000 and 2,000 contractors" joins two counts, no range)
            CountedNouns.Counted ranged = borrowed(text, end, value, earlier, scaled);
            if (ranged != null) {
                return ranged;
            }
        }
        if (noun == null) {
            noun = CountedNouns.nounBeforeOf(text, start, end);
        }
        if (noun == null) {
            noun = CountedNouns.countNounBefore(text, start, end, scaled);
        }
        if (noun == null) {
            noun = CountedNouns.numberOfNoun(text, start, end);
        }
        // "the four thousand mark" is a level as much as "the 4,000 mark"
        if (noun == null && (!scaled && !wordNumber || CountedNouns.isLevelMark(text, end))
                && CountedNouns.isIndexLevel(text, start, end, value.multiply(factor))) {
            return new CountedNouns.Counted("point", FigureKind.COUNT, BigDecimal.ONE, end);
        }
        // "went up by 41.25 points, to take it to a new share price of 233.25": a price in the points it moved by
        if (noun == null && !scaled && !wordNumber && SharePrices.inPoints(text, start)) {
            return new CountedNouns.Counted("point", FigureKind.COUNT, BigDecimal.ONE, end);
        }
        if (noun == null && !scaled) {
            noun = CountedNouns.listedNoun(text, start, end, earlier);
        }
        if (noun == null && !scaled) {
            noun = CountedNouns.tallySide(text, start, end, earlier);
        }
        if (noun == null) {
            noun = CountedNouns.comparedNoun(text, start, end, earlier);
        }
        if (noun == null) {
            String measured = CountedNouns.comparedMeasurement(text, start, earlier);
            if (measured != null) {
                return new CountedNouns.Counted(measured, FigureKind.MEASUREMENT, BigDecimal.ONE, end);
            }
        }
        if (noun == null && !wordNumber && value.compareTo(BigDecimal.TEN) <= 0) {
            noun = CountedNouns.magnitude(text, start, end);
        }
        if (noun == null) {
            return borrow ? borrowed(text, end, value, earlier, scaled) : null;
        }
        if (wordNumber && WordedShares.isDenominator(noun.singular()) && noun.skippedModifiers() == 0
                && (!noun.singular().equals("quarter") || text.startsWith(" of ", noun.end()))) {
            return null; // "Two thirds of staff", "three fifths": a fraction, read by WordedShares, not a count
        }
        if (CountedNouns.DURATION_UNITS.containsKey(noun.singular())) {
            if (wordNumber && value.compareTo(BigDecimal.ONE) == 0 && text.startsWith("-", end)
                    && !SingleDurations.hyphenatedOneStates(text, start)) {
                return null;
            }
            boolean anchorOrAge = CountedNouns.TIME_AGO.matcher(Text.after(text, noun.end())).lookingAt()
                    && !CountedNouns.LENGTH_BEFORE.matcher(text.substring(Text.windowStart(start), start)).find()
                    && !CountedNouns.DELAY_AFTER.matcher(Text.after(text, noun.end())).lookingAt();
            return anchorOrAge || value.compareTo(BigDecimal.valueOf(1000)) > 0 || TimeWindows.isWindow(text, start, noun.end())
                    || BondTenors.isTenor(text, noun.end()) ? null
                    : new CountedNouns.Counted(CountedNouns.DURATION_UNITS.get(noun.singular()), FigureKind.DURATION, BigDecimal.ONE, noun.end());
        }
        return new CountedNouns.Counted(noun.singular(), FigureKind.COUNT, BigDecimal.ONE, noun.end());
    }

    /** Whether the word right after {@code from} is a noun of money or of notes and coins ("20-pound notes"). */
    private static boolean moneyNext(String text, int from) {
        String[] words = Text.after(text, from).strip().split("[^\\p{L}]+", 2);
        String word = words[0].toLowerCase(Locale.ROOT);
        return MONEY_NOUNS.contains(word) || CASH_NOUNS.contains(word);
    }

    /**
     * Whether a noun of money stands within three words from {@code from} ("of taxpayers' money", "of debt"), in the
     * phrase "of" opens: a comma or other stop ends it ("3,000 pounds of cod, worth about £6,200" is a weight).
     */
    /**
     * "The baby was just over two pounds", "the pike was 31 pounds": a thing news weighs ({@code weighed-nouns.txt})
     * in a sentence with no word of money ({@code money-nouns.txt}, {@code money-cues.txt}, "fee", "ticket", "price"...)
     * and no currency sign.
     */
    private static boolean weighedWithoutMoney(String sentence) {
        boolean weighed = false;
        Matcher word = WORD_IN_SENTENCE.matcher(sentence);
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (MONEY_NOUNS.contains(w) || CASH_NOUNS.contains(w) || PRICE_WORDS.contains(w)) {
                return false;
            }
            weighed |= WEIGHED_NOUNS.contains(w);
        }
        return weighed && !CURRENCY_SIGN.matcher(sentence).find();
    }

    /** "9 pounds 40 on the seafront": two-digit pence after the pounds, then the clause goes on: money, not weight. */
    private static boolean penceBeforeWord(String text, int end) {
        Matcher pence = CENTS_BEFORE_WORD.matcher(Text.after(text, end));
        return pence.lookingAt() && CENTS_FOLLOWERS.contains(pence.group("next").toLowerCase(Locale.ROOT));
    }

    private static final Pattern WORD_IN_SENTENCE = Pattern.compile("\\p{L}+");
    private static final Set<String> WEIGHED_NOUNS = Set.copyOf(WordList.words("weighed-nouns.txt"));
    /** Words of a price that money-nouns.txt and money-cues.txt leave out. */
    private static final Set<String> PRICE_WORDS = Set.of("ticket", "tickets", "admission", "entry", "fare", "fares",
            "charge", "charged", "charges", "sold", "bought", "sell", "sells", "buy", "buys", "costs", "cost", "won");
    private static final Pattern CURRENCY_SIGN = Pattern.compile("[" + Currencies.signs() + "]");

    private static boolean moneyAfterOf(String text, int from) {
        String[] words = OF_PHRASE_END.split(Text.after(text, from), 2)[0].split("[^\\p{L}]+", 5);
        for (int i = 0; i < Math.min(3, words.length); i++) {
            if (MONEY_NOUNS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "doubled", "more than doubled", "halved", "a fivefold increase": a change by a factor. */
    private void addMultipliers(String text, List<FigureCandidate> found) {
        Matcher m = MULTIPLIER.matcher(text);
        while (m.find()) {
            if (m.end() < text.length() && text.charAt(m.end()) == '-') {
                continue;
            }
            int start = m.start();
            int end = m.end();
            int window = Text.windowStart(start);
            String before = text.substring(window, start);
            BigDecimal value;
            String direction;
            if (m.group("verb") != null) {
                String verb = m.group("verb").toLowerCase(Locale.ROOT);
                value = new BigDecimal(verb.startsWith("doubl") ? "2" : verb.startsWith("trip")
                        || verb.startsWith("treb") ? "3" : verb.startsWith("quad") ? "4" : "0.5");
                direction = value.compareTo(BigDecimal.ONE) < 0 ? "decrease" : "increase";
            } else {
                String fold = m.group("fold").toLowerCase(Locale.ROOT);
                value = Numbers.read(fold);
                if (value == null) {
                    continue;
                }
                Matcher verb = Directions.DIRECTION_VERB_BEFORE.matcher(before);
                Matcher noun = Directions.DIRECTION_NOUN_AFTER.matcher(Text.after(text, end));
                String word = verb.find() ? verb.group("v") : noun.lookingAt() ? noun.group("n") : null;
                // a factor with no word of direction ("a tenfold return") is growth
                direction = word == null ? "increase" : ChangeWords.direction(word).label();
                if (word != null && noun.lookingAt()) {
                    end += noun.end();
                }
            }
            Qualifier.Before q = Qualifier.before(text, start);
            String qualifier = q == null ? null : q.label();
            start = q == null ? start : q.start();
            found.add(new FigureCandidate(start, end, FigureKind.CHANGE, value, null, null, "times", qualifier,
                    null, null, direction, null, null));
        }
    }

    /**
     * "billions", "millions of dollars", "thousands of jobs", "scores of people" (twenty or more): no value, a lower
     * bound and the unit.
     */
    private void addVague(String text, List<FigureCandidate> found, Consumer<Rejection> rejected) {
        Matcher m = VAGUE.matcher(text);
        List<FigureCandidate> vague = new ArrayList<>();
        while (m.find()) {
            if (NotAFigure.isScaleStatement(text, m.start(), m.end())) {
                rejected.accept(new Rejection(m.start(), m.end(), m.group(),
                        "the scale a table's numbers are in ((in millions), ($ in thousands)): not a figure"));
                continue;
            }
            String scale = m.group("scale").toLowerCase(Locale.ROOT);
            BigDecimal min = Numbers.scale(scale.substring(0, scale.length() - 1));
            if (m.group("few") != null) {
                min = min.multiply(BigDecimal.valueOf(m.group("few").equalsIgnoreCase("hundreds") ? 100 : 10));
            }
            int end = m.end("scale");
            String unit;
            FigureKind kind;
            Matcher of = VAGUE_OF.matcher(Text.after(text, end));
            boolean hasOf = of.lookingAt();
            CountedNouns.Noun counted = hasOf ? CountedNouns.countedNoun(text, end + of.start("w") - 1) : null;
            if (counted == null) {
                counted = CountedNouns.partitiveNoun(text, end);
            }
            if (hasOf && Currencies.ofWord(of.group("w")) != null) {
                unit = Currencies.ofWord(of.group("w"));
                kind = FigureKind.AMOUNT;
                end += of.end();
            } else if (hasOf && !physicalUnit(of.group("w")).equals(of.group("w"))) {
                unit = physicalUnit(of.group("w"));
                kind = FigureKind.MEASUREMENT;
                end += of.end();
            } else if (counted != null) {
                unit = counted.singular();
                kind = FigureKind.COUNT;
                end = counted.end();
            } else if (!scale.matches("millions|billions|trillions")
                    || hasOf && !MONEY_WORDS.matcher(Text.after(text, end)).lookingAt()) {
                // "thousands" alone are mostly people; "millions of Americans" is no sum of money
                continue;
            } else {
                unit = currencyBefore(found, m.start());
                kind = FigureKind.AMOUNT;
            }
            Rates.Rate rate = Rates.rate(text, end, kind);
            vague.add(new FigureCandidate(m.start(), rate.end(), kind, null, min, null, unit, null, rate.period(),
                    rate.per(), null, scale, null));
        }
        found.addAll(vague);
    }

    /** "invested billions" takes the currency the text last used, US dollars when it used none. */
    private static String currencyBefore(List<FigureCandidate> found, int position) {
        String currency = "USD";
        int at = -1;
        for (FigureCandidate candidate : found) {
            if (candidate.end() <= position && candidate.start() > at && candidate.unit() != null
                    && Figure.isCurrency(candidate.unit())) {
                currency = candidate.unit();
                at = candidate.start();
            }
        }
        return currency;
    }

    /** {@code digits}: the number the unit was borrowed from as written, before its scale (7.6 in "7.6 million"). */
    private record Borrowed(String unit, FigureKind kind, BigDecimal factor, BigDecimal scale, BigDecimal digits) {
    }

    /**
     * What a bare number ranging to a number with a unit counts, in that number's unit ({@link #borrowedUnit}). The
     * second number's scale is not the first's when the first is at least ten times the second's digits: "grew by
     * 12,000 to 7.6 million patients" is 12,000 patients (a range's ends, or a change and the level it reaches, are
     * not that far apart once both are scaled), while "3 to 4 million people" is 3 million.
     */
    private CountedNouns.Counted borrowed(String text, int end, BigDecimal value, List<FigureCandidate> earlier,
                                          boolean scaled) {
        Borrowed borrowed = borrowedUnit(text, end, earlier);
        if (borrowed == null) {
            return null;
        }
        boolean ownScale = scaled || borrowed.digits() != null
                && value.compareTo(borrowed.digits().multiply(BigDecimal.TEN)) >= 0;
        return new CountedNouns.Counted(borrowed.unit(), borrowed.kind(),
                ownScale ? borrowed.factor().divide(borrowed.scale(), MathContext.DECIMAL64) : borrowed.factor(), end);
    }

    /**
     * "between 2,000 and 3,000 jobs", "2 to 3 billion dollars", "3 to 5%": a bare number ranging to a number with a
     * unit takes that unit and scale. {@code factor} turns the second number's digits into its value.
     */
    private Borrowed borrowedUnit(String text, int end, List<FigureCandidate> earlier) {
        Matcher join = RANGE_JOIN.matcher(Text.after(text, end));
        return join.lookingAt() ? unitOfNumberAt(text, end + join.end(), earlier) : null;
    }

    /**
     * "3, 5 and 10 years", "7, 10 and a half and 30 years", "10, 20 or 30 tonnes": a bare number that heads a list of
     * bare numbers, joined by commas, whose last item (after "and" or "or") has a unit, takes that unit. Null when
     * any item between has a unit or a currency of its own, or a scale where the first has none (and none where the
     * first has one: {@code scaled}, "4.34 billion, 2.42 billion and 1.49 billion euros"), or the list has no "and"/"or" before its end
     * ("on page 3, 5 people" is no list).
     */
    private Borrowed listedUnit(String text, int end, List<FigureCandidate> earlier, boolean scaled) {
        int at = end;
        for (int item = 0; item < LIST_ITEMS; item++) {
            Matcher comma = LIST_COMMA.matcher(Text.after(text, at));
            if (!comma.lookingAt()) {
                return null;
            }
            Matcher next = QUANTITY.matcher(text);
            next.region(at + comma.end(), text.length());
            if (!next.lookingAt() || next.end() == next.start() || next.group("cur") != null
                    || (next.group("scale") != null) != scaled || next.group("unit") != null || next.group("num2") != null
                    || Numbers.read(next.group("num")) == null
                    || next.end() < text.length() && Character.isLetterOrDigit(text.charAt(next.end()))) {
                return null;
            }
            at = next.end();
            Matcher last = LIST_LAST.matcher(Text.after(text, at));
            if (last.lookingAt()) {
                return unitOfNumberAt(text, at + last.end(), earlier);
            }
        }
        return null;
    }

    /** The unit and factor of the number that starts at {@code numberStart}, for a bare number that borrows them. */
    private Borrowed unitOfNumberAt(String text, int numberStart, List<FigureCandidate> earlier) {
        Matcher second = QUANTITY.matcher(text);
        second.region(numberStart, text.length());
        if (!second.lookingAt() || second.end() == second.start()) {
            return null;
        }
        FigureCandidate next = quantity(text, second, earlier, false, reason -> { });
        BigDecimal digits = Numbers.read(second.group("num"));
        if (next == null || next.value() == null || digits == null || digits.signum() <= 0) {
            return null;
        }
        String scale = second.group("scale");
        BigDecimal scaleFactor = scale == null ? BigDecimal.ONE : Numbers.scale(scale.strip());
        return new Borrowed(next.unit(), next.kind(), next.value().divide(digits, MathContext.DECIMAL64), scaleFactor,
                digits);
    }

    private static String qualifier(String words) {
        return Qualifier.of(words).label();
    }

    /** The QUDT unit of a unit of time a rate divides by: "ms" is MilliSEC, "hour" HR. */
    private static String timeUnit(String written) {
        String time = written.toLowerCase(Locale.ROOT);
        if (time.startsWith("millisecond") || time.equals("ms")) {
            return "MilliSEC";
        }
        if (time.startsWith("min")) {
            return "MIN";
        }
        return time.startsWith("h") ? "HR" : "SEC";
    }

    /** The QUDT unit of a unit word, or the word itself when it is none. */
    private static String physicalUnit(String unit) {
        if (unit.equals("'") || unit.equals("′") || unit.equals("\"")) {
            return unit.equals("\"") ? "IN" : "FT"; // the foot and inch marks
        }
        String qudt = Units.unit(unit);
        return qudt != null ? qudt : unit;
    }
}
