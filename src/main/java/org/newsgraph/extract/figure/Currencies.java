package org.newsgraph.extract.figure;

import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The currencies of {@code currencies.tsv} (signs, names, subunits and ISO 4217 codes) and of Java's list of ISO 4217
 * currencies (every current code and its English name, singular and plural; not the codes of
 * {@code currency-codes-not-read.txt}, which are words too, though their names are read), and the code each stands for. The table comes first and wins.
 */
public final class Currencies {

    private static final Map<String, String> PREFIXES = new HashMap<>();
    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> SUBUNITS = new HashMap<>();
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String[] row : WordList.rows("currencies.tsv", 3)) {
            Map<String, String> target = switch (row[2]) {
                case "prefix" -> PREFIXES;
                case "word" -> WORDS;
                case "subunit" -> SUBUNITS;
                case "code" -> CODES;
                default -> throw new IllegalStateException(WordList.FOLDER + "currencies.tsv: '" + row[2]
                        + "' is none of prefix, word, subunit, code (line '" + String.join("\t", row) + "')");
            };
            String key = row[2].equals("prefix") ? row[0].toUpperCase(Locale.ROOT)
                    : row[2].equals("code") ? row[0] : row[0].toLowerCase(Locale.ROOT);
            target.putIfAbsent(key, row[1]);
        }
        Set<String> notRead = Set.copyOf(WordList.words("currency-codes-not-read.txt"));
        // in code order: Java's set has no order of its own, and two codes may share a name (SLE, SLL: "Sierra
        // Leonean Leone"), where the first code wins
        for (Currency currency : Currency.getAvailableCurrencies().stream()
                .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList()) {
            String code = currency.getCurrencyCode();
            String name = currency.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (isMoney(currency, name)) {
                if (!notRead.contains(code)) {
                    CODES.putIfAbsent(code, code);
                }
                if (name.contains(" ")) { // one-word names ("euro") are in the table, with their plurals
                    WORDS.putIfAbsent(name, code);
                    WORDS.putIfAbsent(name.endsWith("s") ? name : name + "s", code);
                }
            }
        }
        // "64.85 U.S. cents", "23 Canadian cents": the cent of every dollar named with its country is that dollar's
        for (Map.Entry<String, String> dollar : List.copyOf(WORDS.entrySet())) {
            if (dollar.getKey().endsWith(" dollar")) {
                String country = dollar.getKey().substring(0, dollar.getKey().length() - "dollar".length());
                SUBUNITS.putIfAbsent(country + "cent", dollar.getValue());
                SUBUNITS.putIfAbsent(country + "cents", dollar.getValue());
            }
        }
    }

    /**
     * Whether Java's currency is money news prices things in: no metal, fund or unit of account (those have no
     * minor unit, or a name that is the code itself), and no superseded currency (Java names those with their years,
     * "Turkish Lira (1922–2005)").
     */
    private static boolean isMoney(Currency currency, String name) {
        String code = currency.getCurrencyCode();
        return currency.getDefaultFractionDigits() >= 0 && !name.contains("(") && !name.equalsIgnoreCase(code)
                && (!code.startsWith("X") || Set.of("XAF", "XOF", "XCD", "XPF").contains(code));
    }

    private Currencies() {
    }

    /** Currency names that are English words or names too ("won", "rand", "mark"): {@code currency-names-also-words.txt}. */
    private static final Set<String> ALSO_WORDS = Set.copyOf(WordList.words("currency-names-also-words.txt"));

    /**
     * Whether a name is a currency's name alone ("the euro", "Sterling", "the Japanese yen"), not also a common word or
     * a surname ("Rand", "Mark"): a unit of amounts ({@code schema:currency} on a figure), never an entity.
     */
    public static boolean namesCurrency(String name) {
        String bare = name.strip().replaceFirst("^(?i:the)\\s+", "").toLowerCase(Locale.ROOT);
        return !bare.isEmpty() && WORDS.containsKey(bare) && Character.isLetter(bare.charAt(0))
                && !ALSO_WORDS.contains(bare);
    }

    /** The ISO codes news writes beside an amount, as a regular expression alternation ("USD|EUR|..."). */
    public static String codePattern() {
        return CODES.keySet().stream().sorted().collect(Collectors.joining("|"));
    }

    /**
     * Currency names and subunits after a number, as a regular expression: names of more than one word in any
     * case ("Canadian dollars"), one-word names as news writes them, lower case ("euros", "pence").
     */
    public static String wordPattern() {
        List<String> written = new java.util.ArrayList<>(WORDS.keySet());
        written.addAll(SUBUNITS.keySet());
        return written.stream().filter(w -> Character.isLetter(w.charAt(0)))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> w.contains(" ") ? "(?i:" + Pattern.quote(w).replace(" ", "\\E\\s\\Q") + ")" : cased(w))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * A one-word currency name as written, and, when it is no English word as well, capitalised or in capitals
     * ("12 Euros", "5 DOLLARS"); "2 Real Madrid players" and "Rovers Won" keep to the written case.
     */
    private static String cased(String word) {
        if (word.length() < 3 || ALSO_WORDS.contains(word) || !word.equals(word.toLowerCase(Locale.ROOT))) {
            return Pattern.quote(word);
        }
        String title = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return "(?:" + Pattern.quote(word) + "|" + Pattern.quote(title) + "|" + Pattern.quote(word.toUpperCase(Locale.ROOT))
                + ")";
    }

    /** The one-character signs ("$", "€", "₩"), as the inside of a regular expression character class. */
    public static String signs() {
        return PREFIXES.keySet().stream().filter(p -> p.length() == 1).sorted()
                .map(p -> p.equals("$") ? "\\$" : p).collect(Collectors.joining());
    }

    /**
     * The prefixes of {@code currencies.tsv} as a regular expression, longest first: signs, and letters glued to a
     * sign or standing before the number ("US$", "Mex$", "Rs.") in any case, starting a word.
     */
    public static String prefixPattern() {
        return PREFIXES.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(p -> Character.isLetter(p.charAt(0)) ? "\\b(?i:" + Pattern.quote(p) + ")" : Pattern.quote(p))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The code of a sign or prefix before a number ("$", "C$", "GB £", "Rs.", "USD "); the letters themselves when unknown. */
    public static String ofPrefix(String prefix) {
        String p = prefix.strip().replace(" ", "").replace("\u00a0", "").toUpperCase(Locale.ROOT);
        String code = PREFIXES.get(p);
        if (code == null) {
            code = CODES.get(p);
        }
        return code != null ? code : p;
    }

    /** The code of a currency written after a number ("euros", "Canadian dollars", "cents", "EUR"), or null. */
    public static String ofWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String code = WORDS.get(lower);
        if (code == null) {
            code = SUBUNITS.get(lower);
        }
        if (code == null && word.length() == 1) {
            code = PREFIXES.get(word); // a sign after the number: "25 €", "100 ₡"
        }
        return code != null ? code : CODES.get(word);
    }

    /** Whether the word names a hundredth of its currency: "cents", "pence", "p". */
    public static boolean isSubunit(String word) {
        return SUBUNITS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a code is a crypto-currency's ticker from the table ("BTC", "ETH"): money, with no ISO 4217 code and
     * so no QUDT currency unit.
     */
    public static boolean isCryptocurrency(String code) {
        return code != null && CRYPTO.contains(code);
    }

    private static final Set<String> CRYPTO = WordList.rows("currencies.tsv", 3).stream().map(row -> row[1])
            .filter(code -> Currency.getAvailableCurrencies().stream()
                    .noneMatch(iso -> iso.getCurrencyCode().equals(code)))
            .collect(Collectors.toUnmodifiableSet());

    /** Every ISO code the list knows. */
    public static Set<String> codes() {
        return Set.copyOf(CODES.values());
    }
}
