package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are no figures, and why: phone numbers, times of day, dates, years, codes and model names glued to
 * letters ("GPT-4", "A330"), identifiers after a name or a numbering word ("Office 365", "Phase 3").
 */
final class NotAFigure {

    /** Why a number with no unit and nothing counted after it is refused; CoreNLP's reading may still count it. */
    static final String BARE_NUMBER = "a bare number: no unit, and no counted noun after it";
    static final String IDENTIFIER = "after a name or a numbering word: an identifier (Office 365, Phase 3)";

    private static final String SIGNS = Currencies.signs().replace("\\", "");

    static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d{2,4}\\)?[ .-]\\d{3,4}[ .-]\\d{3,4}(?:[ .-]\\d{2,4})?");

    /**
     * A decimal split by spaces around its point, as tokenised newswire writes it ("rose 4 . 8 %", "a 32 . 99 %
     * shareholding", "1 . 8500 marks"): neither part is the figure, and a reading of either is a wrong value.
     */
    static final Pattern SPLIT_DECIMAL = Pattern.compile("(?<![\\d.,])\\d{1,3} \\. \\d+(?![\\d,])");

    /**
     * A part after "and" that completes the whole before it, a number, scale or unit: "a mile and three quarters",
     * "five billion and three quarters", "3 million and a half". It is a fraction of that unit or scale, not a count of
     * quarters (a length of three fiscal quarters) nor a share: no figure starts on it. A number word before "and"
     * ("two and three quarter hours") makes one mixed number with it ({@link Numbers#NUMBER}).
     */
    static final Pattern PART_AFTER_WHOLE = Pattern.compile("(?i)(?:\\d|\\b(?:hundred|thousand|million|billion|trillion"
            + "|dozen|miles?|hours?|days?|weeks?|months?|years?|inch(?:es)?|feet|foot|pounds?|kilos?|kilograms?|metres?"
            + "|meters?|kilometres?|kilometers?|litres?|liters?|tons?|tonnes?|acres?|hectares?|gallons?|ounces?))"
            + "\\s+and\\s+(?<part>three[ -]quarters?|an? (?:half|quarter))\\b");

    /**
     * A web or e-mail address: its digits are parts of a name ("https://example.org/search?q=30%25%2020%",
     * "www.site.com/2024/05/story", "help24@example.org"), never quantities; the fence holds for any digits in it.
     */
    static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?<![\\w@])(?:https?://|www\\.)[^\\s\"<>]+"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}\\s?(?:a\\.m\\.|p\\.m\\.|am|pm|AM|PM|GMT|BST|CET|ET)"
            + "|\\d{1,2}:\\d{2}|\\d{1,2}\\s?(?:a\\.m\\.|p\\.m\\.)");

    static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");

    /** Month names as dates write them, capitalized: "costs of $5 million may rise" holds no date. */
    private static final String MONTH_NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    private static final Pattern DATE_BEFORE = Pattern.compile("\\b" + MONTH_NAME + "\\s$");

    private static final Pattern DATE_AFTER = Pattern.compile("^\\s" + MONTH_NAME + "(?![\\w])");

    private static final Pattern ID_WORD_BEFORE = Pattern.compile(
            "(?:^|[^\\w])(?<w>[A-Za-z][\\w.&'’-]*)\\s$");

    private static final Set<String> NUMBERING_WORDS = Set.copyOf(java.util.List.of("section", "chapter", "article", "page", "paragraph",
            "item", "line", "route", "flight", "gate", "version", "level", "phase", "model", "series", "room", "grade",
            "tier", "no.", "no", "number", "episode", "season", "volume", "vol.", "rule", "clause", "title",
            "platform", "terminal", "lane", "suite", "floor", "building", "pier", "highway", "interstate", "class",
            "type", "category", "stage", "step", "figure", "table", "week", "day", "year", "fiscal", "fy", "q", "h",
            "top", "bottom"));

    /** Capitalized words that open a sentence before a figure; any other capitalized word before a number names it. */
    private static final Set<String> SENTENCE_OPENERS_BEFORE_NUMBERS = Set.of(
            "About", "Around", "Nearly", "Almost", "Some", "Over", "More", "Roughly", "Up", "Down", "Just", "At",
            "Only", "Another", "The", "Its", "All", "Those", "These", "Of", "And", "But", "Or", "Nor", "With",
            "Without", "By", "Each", "Every", "In", "On", "For", "To", "From", "Into", "Through", "Across",
            "Approximately", "Exactly", "Fully", "Barely", "Less", "Fewer", "Under", "Below", "Above", "Well",
            "Between", "Among", "After", "Before", "Since", "Until", "During", "Last", "This", "That", "Their",
            "His", "Her", "Our", "Your", "My", "Both", "Most", "Many", "Still", "Yet", "Also", "Now", "Then", "So",
            "Even", "Perhaps", "Maybe", "When", "If", "While", "As", "Than", "Within", "Including", "Excluding",
            "Plus", "A", "An", "Where", "Although", "Though", "Because", "Despite", "Like", "Unlike", "Per",
            "Estimated", "Once", "Twice", "US", "UK", "EU");

    /**
     * "1 Includes net tax charges of $110 million": a filing's footnote marker, a small number at the start of a text
     * or after a colon, a closing bracket or a rule of underscores, before a capitalised word footnotes open with.
     */
    private static final Pattern FOOTNOTE_BEFORE = Pattern.compile("(?:^|[:)_]\\s*|[.;]\\s+)$");
    private static final Pattern FOOTNOTE_AFTER = Pattern.compile("^\\s+(?:" + String.join("|",
            Set.copyOf(WordList.words("footnote-openers.txt"))) + ")\\b");

    /** "000" of "80 , 000", "007": an integer written with leading zeros is a code or the tail of a split number. */
    private static final Pattern LEADING_ZEROS = Pattern.compile("0\\d+(?:\\.\\d+)?");

    /** A capitalized word after a currency code: "2020 USD Notes", "2019 EUR Bonds" name a series of notes. */
    private static final Pattern SERIES_AFTER = Pattern.compile("^\\s+[A-Z][a-z]");
    /** "in" before "millions" in brackets, or as a line's heading: "(in millions)", "($ in thousands)". */
    private static final Pattern SCALE_IN_BRACKET = Pattern.compile("(?i)\\(\\s*(?:[$€£]\\s*|[\\w.]+\\s+){0,2}in\\s+$");
    private static final Pattern SCALE_IN = Pattern.compile("(?i)\\bin\\s+$");
    private static final Pattern SCALE_STATEMENT_END = Pattern.compile("^(?:\\s*[):]|,\\s*except\\b)");

    /**
     * Whether a year stands before a currency code and a capitalized word, naming a series of notes or bonds ("the
     * 2020 USD Notes", "its 2019 EUR Bonds"): the year of issue, not an amount.
     */
    /** Whether a bare number is a footnote's marker ("1 Includes net charges of ..."). */
    static boolean isFootnoteMarker(String text, int start, int end, String num) {
        return num.matches("\\d{1,2}") && FOOTNOTE_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()
                && FOOTNOTE_AFTER.matcher(Text.after(text, end)).lookingAt();
    }

    /** Whether a number is written with leading zeros ("000", "007"): no quantity is. */
    static boolean hasLeadingZeros(String num) {
        return LEADING_ZEROS.matcher(num).matches();
    }

    static boolean namesASeries(String text, java.math.BigDecimal value, String unit, int end) {
        return unit != null && unit.strip().matches("[A-Z]{3}") && Currencies.ofWord(unit.strip()) != null
                && value.compareTo(java.math.BigDecimal.valueOf(1900)) >= 0
                && value.compareTo(java.math.BigDecimal.valueOf(2099)) <= 0
                && SERIES_AFTER.matcher(Text.after(text, end)).lookingAt();
    }

    /**
     * Whether "millions" or "thousands" at {@code start}..{@code end} states the scale a table's numbers are written
     * in: "(in millions)", "($ in thousands, except per-share amounts)", "amounts in millions:". No figure.
     */
    static boolean isScaleStatement(String text, int start, int end) {
        String before = text.substring(Text.windowStart(start), start);
        if (!SCALE_IN.matcher(before).find()) {
            return false;
        }
        return SCALE_IN_BRACKET.matcher(before).find() || SCALE_STATEMENT_END.matcher(Text.after(text, end)).lookingAt();
    }

    static void block(String[] blocked, Matcher matcher, String reason) {
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                blocked[i] = reason;
            }
        }
    }

    /** Digits glued to letters or other digits are names and codes: GPT-4, G42, A330-200, 5G, 1e308, 10^400. */
    static boolean isAttached(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            // "£3.2bn-£3.5bn": a dash before a currency sign joins a range, it does not glue a code together
            if (before == '-' && start >= 10 && text.regionMatches(true, start - 10, "magnitude-", 0, 10)) {
                return false; // "a magnitude-6.3 quake": the scale's name, not a model code
            }
            if (Character.isLetterOrDigit(before) || "-^/._#@+".indexOf(before) >= 0 && !startsWithCurrencySign(text, start)) {
                return !(before == '-' && start > 1 && text.charAt(start - 2) == ' ');
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            if (Character.isLetterOrDigit(after) || after == '^' || after == '_') {
                return true;
            }
            if (after == '-' && end + 1 < text.length()) {
                String rest = Text.after(text, end + 1);
                return !rest.matches("(?s)(?:year|month|week|day|hour|minute|second\\b|decade|fold|strong|per|plus|odd\\b|mile|kilomet|a-|an-"
                        + "|(?:long|tall|high|wide|deep)\\b)"
                        + ".*") && !startsWithCurrencySign(text, end + 1)
                        && !CountedNouns.startsWithHyphenNoun(text.substring(end)); // "a 290-seat jet"
            }
            if (after == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithCurrencySign(String text, int position) {
        return position < text.length() && (SIGNS.indexOf(text.charAt(position)) >= 0
                || text.startsWith("US$", position));
    }

    /** A number right after a capitalized word or a numbering word names something: Office 365, Boeing 737, Phase 3. */
    static boolean isIdentifier(String text, int start) {
        Matcher word = ID_WORD_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        if (!word.find()) {
            return false;
        }
        String w = word.group("w");
        if (NUMBERING_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean hasUpper = w.chars().anyMatch(Character::isUpperCase);
        boolean possessive = w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’");
        // even at the start of a sentence "Office 365" is a name; figures open sentences with the words above
        return hasUpper && !possessive && !MONTH.matcher(w).matches() && !SENTENCE_OPENERS_BEFORE_NUMBERS.contains(w);
    }

    /** Whether a numbering word ("Phase", "Model", "No.") stands right before the number at {@code start}. */
    static boolean isNumberedByWord(String text, int start) {
        Matcher word = ID_WORD_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        return word.find() && NUMBERING_WORDS.contains(word.group("w").toLowerCase(Locale.ROOT));
    }

    /** "the day ", "the week ": a period a market's move is told over, before the number. */
    private static final Pattern PERIOD_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:day|week|month|year|session)\\s$");
    /** " lower", " higher": the word of direction that ends such a move. */
    private static final Pattern MOVE_AFTER = Pattern.compile("^\\s+(?:higher|lower|up|down|stronger|weaker)\\b");

    /**
     * "ended the day 35 cents lower", "finished the week 2% higher": the number after a period is a move over it, not
     * a numbered day ("Day 35"): "the" before the period and a word of direction after the number's unit.
     */
    static boolean isMoveOverAPeriod(String text, int start, int end) {
        return PERIOD_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find()
                && MOVE_AFTER.matcher(Text.after(text, end)).lookingAt();
    }

    /**
     * "the 737-800 jets", "its 747-400 fleet": a hyphenated model code, not a range. A range's ends are estimates
     * rounded alike ("300-400 jobs", "5-7%", "1,500-2,000"); a model code joins a precise type number of three or
     * more digits to a variant in round hundreds, with no separators and no spaces around the hyphen.
     */
    static boolean isModelCode(String num, String num2, String text, int start) {
        if (num == null || num2 == null || !num.matches("\\d{3,}") || !num2.matches("\\d{3,}")
                || num.endsWith("0") || !num2.endsWith("00")) {
            return false;
        }
        int hyphen = start + num.length();
        return hyphen < text.length() && text.charAt(hyphen) == '-';
    }

    /** "March 3", "3 March": days of a month are no figures. */
    static boolean isDate(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start);
        String after = text.substring(end, Math.min(text.length(), end + 12));
        return DATE_BEFORE.matcher(before).find() || DATE_AFTER.matcher(after).lookingAt();
    }

    private NotAFigure() {
    }
}
