package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How news writes a number ("1,200.5", "twenty-five", "a dozen", "10 1/2", "2½") and its scale words. */
public final class Numbers {

    /** Digits and separators of the longest number read ("1,234,567,890,123.45" has 20). */
    private static final int MAX_DIGITS = 40;
    public static final String NUMBER_WORDS = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|two|three|four|five|six|seven|eight"
            + "|nine|ten";
    /** "10 1/2", "3/4", "½": halves, thirds, quarters and eighths ("9/11" is no fraction). */
    private static final String FRACTION_DIGITS = "(?:\\d+\\s)?[1-7]/[2348](?![\\d/])|\\d*[½⅓⅔¼¾⅛]";
    /** A part of a scale word: "half a million", "a quarter of a billion", "three quarters billion". */
    private static final String PARTS_OF_SCALE = "(?i:(?:half|(?:a |one |three[ -])?quarters?)(?: of)?(?: an?)?)";
    private static final Pattern PART_OF_SCALE = Pattern.compile(PARTS_OF_SCALE);
    /**
     * A whole number and a half or a quarter, in words or digits: "two and a half years", "one and a half million",
     * "3 and a quarter hours".
     */
    private static final String MIXED = "(?i:(?:" + NUMBER_WORDS + "|one|\\d{1,3}) and (?:an? (?:half|quarter)"
            + "|three[ -]quarters?))\\b"; // "two and three quarter hours" too
    private static final Pattern MIXED_PARTS = Pattern.compile("(?<whole>.+) and (?:an? (?<part>half|quarter)"
            + "|(?<three>three[ -]quarters?))");
    /**
     * A decimal comma, as much of Europe writes it, where a thousands separator cannot stand: one or two digits after
     * the comma, right before a percentage ("up 8,26%", "14,5 per cent"). Elsewhere "1,3" may be a list.
     */
    private static final String DECIMAL_COMMA = "\\d{1,3},\\d{1,2}(?=\\s?(?:%|per ?cent\\b|percent\\b))"
            // "€5,50", "3,50 €", "12,99 euros": two decimals after a comma beside the euro (thousands take three)
            + "|(?<=€\\s?)\\d{1,3},\\d{2}(?![\\d,])|\\d{1,3},\\d{2}(?=\\s?(?:€|(?i:euros?)\\b|EUR\\b))";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    /** "twenty-five", and "twenty five" as some write it. */
    private static final String TENS_AND_UNITS = "(?:" + TENS + ")[\\s-](?:" + UNITS + ")";
    /**
     * A number of hundreds and the rest spelled out: "one hundred and twenty", "three hundred fifty-five", "a hundred
     * and ten". Without the rest ("three hundred") the hundred is a scale word, read as such.
     */
    private static final String HUNDREDS_AND_REST = "(?:a|one|two|three|four|five|six|seven|eight|nine) hundred"
            + "(?: and)? (?:" + TENS_AND_UNITS + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|" + TENS + "|" + UNITS + ")(?!\\w)";
    private static final Pattern HUNDREDS_PARTS = Pattern.compile("(?<hundreds>\\w+) hundred(?: and)? (?<rest>.+)");
    /**
     * Thousands grouped by a space, as much of Europe and the SI write them: "40 000", "1 250 000", with a plain,
     * no-break or thin space. Each group after the first has exactly three digits and is not glued to more digits,
     * so "in 2019 150 people" (a year before a count) and "3 1/2" stay apart.
     */
    private static final String SPACED_THOUSANDS = "(?<![\\d.,])\\d{1,3}(?:[ \\u00a0\\u202f\\u2009]\\d{3})+(?![\\d/]|[.,]\\d)";
    /**
     * The other side of a tally whose noun was named once: "by three goals to one", "two votes against one"
     * ({@code tally-units.txt}). Elsewhere "one" is mostly a pronoun.
     */
    private static final String ONE_AFTER_TALLY = "(?<=\\b(?i:" + String.join("|", WordList.words("tally-units.txt").stream()
            .map(noun -> noun + "s").toList()) + ") (?:to|against|versus|vs\\.?) )(?i:one)\\b";
    /**
     * "a foot of snow", "an inch of rain", "half a mile away", "a mile and a half long": the article is one (half of
     * one) of a unit of length or area when the measured stuff ("of") or a word of size follows; elsewhere "a foot",
     * "an inch" and "a mile" are idioms ("set foot", "not give an inch", "miles ahead"). Units of mass and volume are
     * left out: "a litre of milk", "a kilo of rice", "a pound" are how prices are quoted, no figure of their own.
     */
    private static final String ONE_OF_A_UNIT = "(?:half\\s+an?|an?)(?=\\s+(?:foot|inch|mile|yard|metre|meter"
            + "|kilometre|kilometer|centimetre|centimeter|millimetre|millimeter|acre|hectare)(?:\\s+and\\s+an?\\s+(?:half|quarter))?\\s+(?:of|long|high|tall|deep|wide|away"
            + "|across|thick)\\b)";
    /** A number as a regular expression: digits, fractions or words ("one" only before a scale, a percentage or a
     * currency: "one dollar", "a one-yen bid", or a unit of time: "within one year"; elsewhere it is mostly a
     * pronoun). */
    public static final String NUMBER = "(?:" + MIXED + "|" + FRACTION_DIGITS + "|" + DECIMAL_COMMA
            + "|" + SPACED_THOUSANDS + "|" + ONE_AFTER_TALLY
            + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
            + "|" + PARTS_OF_SCALE + "(?=\\s+(?:hundred|thousand|million|billion|trillion)\\b)"
            // a number word starts a word: "ten" inside "Attendance" or "often" is no number
            + "|(?<!\\p{L})(?i:" + HUNDREDS_AND_REST + "|" + TENS_AND_UNITS + "(?!\\w)|half a dozen|a dozen|" + NUMBER_WORDS + "|(?:a|one)(?=\\s+(?:hundred|thousand|million|billion|trillion)\\b)"
            + "|one(?=\\s+(?:percentage points?|per ?cent|basis points?)\\b)"
            + "|" + ONE_OF_A_UNIT
            + "|one(?=[\\s-](?:year|month|week|day|hour|minute|second|decade)\\b)" // "within one year": SingleDurations
            + "|one(?=\\s+(?:to|and)\\s+(?:" + NUMBER_WORDS + "|\\d)(?![\\w-]*\\s+(?:one|ones|of)\\b))" // "one to five years"
            + "|one(?=[\\s-](?!won\\b)(?=\\p{L}{2})" + Currencies.wordPattern() + "\\b)))"; // "no one won"
    /**
     * The scale after a number, as a regular expression: "million", "-billion" ("a $1.2-billion deal"), "dozen", "bn",
     * "k", and the wire services' "mln", "bln" ("2.5 mln euros").
     */
    public static final String SCALE = "(?:(?:\\s?|-)(?:(?:lakh|thousand)\\s(?:crores?)|hundred|thousand|million|billion"
            + "|trillion|lakhs?|crores?)\\b" // "Rs 2.3 lakh crore" is 2.3 x 10^12, as Indian news writes budgets
            + "|(?:\\s|-)(?:Thousand|Million|Billion|Trillion)\\b" // title-case headlines: "Raises $2 Billion"
            + "|\\s(?:dozen)\\b(?!\\s+of\\b)" // "two dozen engines" is 24; "a dozen" alone is a number
            // "3 dozens of rolls", "five doz eggs": the plural and the abbreviation are the same factor of twelve; read
            // as a noun they made a count of 3 "dozens" (Recognizers-Text's "3 dozens", "three dozens", "five dozs")
            + "|\\s(?:dozens|dozs?)\\b"
            + "|\\s?(?:bn|tn|trn|mn|mln|bln|tln)\\b"
            + "|(?:mn|m|k)\\b|(?:M|B|K|BN|Bn)\\b)";
    private static final Pattern SPACED_GROUPS = Pattern.compile("\\d{1,3}(?:[ \\u00a0\\u202f\\u2009]\\d{3})+");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(Map.entry("one", 1), Map.entry("a", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a dozen", 12), Map.entry("half a dozen", 6), Map.entry("hundred", 100), Map.entry("thousand", 1000));
    private static final Map<Character, BigDecimal> VULGAR_FRACTIONS = Map.of('½', new BigDecimal("0.5"),
            '⅓', new BigDecimal("0.33"), '⅔', new BigDecimal("0.67"), '¼', new BigDecimal("0.25"),
            '¾', new BigDecimal("0.75"), '⅛', new BigDecimal("0.125"));

    private Numbers() {
    }

    /** "1,200.5", "twelve", "twenty-five", "a dozen"; null for anything else, so it never throws. */
    public static BigDecimal read(String num) {
        String lower = num.toLowerCase(Locale.ROOT);
        if (lower.matches("half\\s+an?")) {
            return new BigDecimal("0.5"); // "half a kilogram": ONE_OF_A_UNIT
        }
        if (lower.equals("an")) {
            return BigDecimal.ONE; // "an inch of rain": ONE_OF_A_UNIT
        }
        if (WORD_VALUES.containsKey(lower)) {
            return BigDecimal.valueOf(WORD_VALUES.get(lower));
        }
        Matcher hundreds = HUNDREDS_PARTS.matcher(lower);
        if (hundreds.matches() && WORD_VALUES.containsKey(hundreds.group("hundreds"))) {
            BigDecimal rest = read(hundreds.group("rest").replace(' ', '-'));
            return rest == null ? null
                    : BigDecimal.valueOf(100L * WORD_VALUES.get(hundreds.group("hundreds"))).add(rest);
        }
        String[] parts = lower.split("[-\\s]");
        if (parts.length == 2 && WORD_VALUES.containsKey(parts[0]) && WORD_VALUES.containsKey(parts[1])) {
            return BigDecimal.valueOf(WORD_VALUES.get(parts[0]) + WORD_VALUES.get(parts[1]));
        }
        if (PART_OF_SCALE.matcher(lower).matches()) {
            return lower.startsWith("half") ? new BigDecimal("0.5")
                    : lower.startsWith("three") ? new BigDecimal("0.75") : new BigDecimal("0.25");
        }
        Matcher mixed = MIXED_PARTS.matcher(lower);
        if (mixed.matches()) {
            BigDecimal whole = read(mixed.group("whole"));
            String fraction = mixed.group("three") != null ? "0.75" : mixed.group("part").equals("half") ? "0.5" : "0.25";
            return whole == null ? null : whole.add(new BigDecimal(fraction));
        }
        if (lower.matches("\\d{1,3},\\d{1,2}")) {
            return new BigDecimal(lower.replace(',', '.')); // a decimal comma: "8,26" is 8.26
        }
        BigDecimal fraction = fraction(lower);
        if (fraction != null) {
            return fraction;
        }
        if (SPACED_GROUPS.matcher(lower).matches()) {
            lower = lower.replaceAll("[ \\u00a0\\u202f\\u2009]", ""); // "40 000" is 40000
        }
        if (!DIGITS.matcher(lower).matches() || lower.length() > MAX_DIGITS) {
            return null; // "10^400" is no figure, and neither is a number longer than any news states
        }
        return new BigDecimal(lower.replace(",", ""));
    }

    /** "10 1/2" is 10.5, "3/4" is 0.75, "2½" is 2.5; thirds to two decimals; null for anything else. */
    private static BigDecimal fraction(String num) {
        char last = num.charAt(num.length() - 1);
        if (VULGAR_FRACTIONS.containsKey(last)) {
            String whole = num.substring(0, num.length() - 1);
            return (whole.isEmpty() ? BigDecimal.ZERO : new BigDecimal(whole)).add(VULGAR_FRACTIONS.get(last));
        }
        int slash = num.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String[] whole = num.substring(0, slash).split("\\s");
        BigDecimal numerator = new BigDecimal(whole[whole.length - 1]);
        BigDecimal part = numerator.divide(new BigDecimal(num.substring(slash + 1)), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (num.endsWith("/8")) {
            part = numerator.divide(BigDecimal.valueOf(8));
        }
        return whole.length == 2 ? new BigDecimal(whole[0]).add(part) : part;
    }

    /** The factor of a scale word: "million" and "m" are 10^6, "lakh" 10^5; 1 for anything else. */
    public static BigDecimal scale(String scale) {
        String word = scale.strip().replaceFirst("^-", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll("(lakh|crore)s\\b", "$1");
        return switch (word) {
            case "dozen", "dozens", "doz", "dozs" -> BigDecimal.valueOf(12);
            case "score" -> BigDecimal.valueOf(20); // "scores of people": twenty or more
            case "hundred" -> BigDecimal.TEN.pow(2);
            case "thousand", "k" -> BigDecimal.TEN.pow(3);
            case "million", "m", "mn", "mln" -> BigDecimal.TEN.pow(6);
            case "billion", "bn", "b", "bln" -> BigDecimal.TEN.pow(9);
            case "trillion", "tn", "trn", "tln" -> BigDecimal.TEN.pow(12);
            case "lakh" -> BigDecimal.TEN.pow(5);
            case "crore" -> BigDecimal.TEN.pow(7);
            case "lakh crore" -> BigDecimal.TEN.pow(12);
            case "thousand crore" -> BigDecimal.TEN.pow(10);
            default -> BigDecimal.ONE;
        };
    }
}
