package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Money named by a word or sign several countries share ({@code local-currency-names.tsv}): "400 pesos", "2,000
 * dinars", "150 dirhams", "200 krona", "R18.50", "Dh 20", "45 kr". The article's countries decide the currency: when
 * exactly one of the currencies the name may stand for is a currency of a country the article names ("In Mexico, ...
 * 400 pesos"), the amount takes it. A name with no country to decide is still money, in the name itself ("peso",
 * "dinar": no ISO code, since a guessed code would be a wrong fact); a sign with no country to decide is left alone
 * ("the R100" is also a road). Figures whose currency a country decided are marked {@link #LOCAL} in their
 * attribution.
 */
public final class LocalCurrencies {

    /** How the unit of such a figure was found ({@code Attribution#unitStep}). */
    public static final String LOCAL = "article-country";

    private static final Map<String, Set<String>> WORDS = new HashMap<>();
    private static final Map<String, Set<String>> PREFIXES = new HashMap<>();
    private static final Map<String, Set<String>> SUFFIXES = new HashMap<>();
    /** Minor units several currencies share ("fils", "centavos"): the codes whose minor unit bears the name. */
    private static final Map<String, Set<String>> SUBUNITS = new HashMap<>();
    /** Names that are English words too ("crowns"): money only where a country or the number says so. */
    private static final Map<String, Set<String>> COUNTRY_WORDS = new HashMap<>();

    static {
        for (String[] row : WordList.rows("local-currency-names.tsv", 3)) {
            Set<String> codes = Set.of(row[2].split("\\s+"));
            switch (row[1]) {
                case "word" -> WORDS.put(row[0].toLowerCase(Locale.ROOT), codes);
                case "prefix" -> PREFIXES.put(row[0], codes);
                case "suffix" -> SUFFIXES.put(row[0], codes);
                case "subunit" -> SUBUNITS.put(row[0].toLowerCase(Locale.ROOT), codes);
                case "country-word" -> COUNTRY_WORDS.put(row[0].toLowerCase(Locale.ROOT), codes);
                default -> throw new IllegalStateException("local-currency-names.tsv: where is word, prefix, suffix,"
                        + " subunit or country-word, not " + row[1]);
            }
        }
    }

    private static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?)";

    /** "400 pesos", "9 billion pesos", "a 50-dinar fine". */
    private static final Pattern WORD_AFTER = Pattern.compile("(?<![\\w$€£¥.,-])" + NUMBER
            + "(?<scale>\\s(?:thousand|million|billion))?[\\s-](?<word>" + alternation(names()) + ")(?!\\w)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String AMOUNT = NUMBER + "(?<scale>\\s?(?:million|billion|bn|mn|m|k)\\b)?";

    private static final Pattern PREFIXED = Pattern.compile("(?<![\\w$€£¥.,-])(?<sign>" + alternation(PREFIXES.keySet())
            + ")\\.?\\s?" + AMOUNT + "(?![\\w%]|[.,]\\d)");

    private static final Pattern SUFFIXED = Pattern.compile("(?<![\\w$€£¥.,-])" + AMOUNT + "\\s?(?<sign>"
            + alternation(SUFFIXES.keySet()) + ")(?![\\w.]\\w)");

    /** Java's country names (and the gazetteer's other names for them), with their currency: "Mexico" MXN. */
    private static final Map<String, String> COUNTRY_CURRENCY = countryCurrencies();

    /**
     * Cities of one country only ({@code city-countries.tsv}, built by {@code newsgraph gazetteer} from the world
     * cities list), with their country's currency: "Marrakesh" MAD, "Cape Town" ZAR. A city named in several countries
     * ("London", "Wellington") is not in the table: it decides nothing.
     */
    private static final Map<String, String> CITY_CURRENCY = cityCurrencies();

    private LocalCurrencies() {
    }

    /**
     * The currencies of the countries among {@code placeNames} (names of places the article names), and of the
     * countries of the cities among them that are cities of one country only ("Dubai": AED).
     */
    public static Set<String> currenciesOf(Collection<String> placeNames) {
        Set<String> codes = new TreeSet<>();
        for (String name : placeNames) {
            String lower = name.toLowerCase(Locale.ROOT);
            String code = COUNTRY_CURRENCY.getOrDefault(lower, CITY_CURRENCY.get(lower));
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /**
     * The figures of {@code text} with the money its shared names and signs state: a count of "pesos" becomes an
     * amount, a "krone" the article's Norway makes NOK, and "R18.50" in an article about South Africa is read. Figures
     * of other units are kept as they are.
     *
     * @param local the currencies of the countries the article names ({@link #currenciesOf})
     */
    public static List<FigureCandidate> read(String text, List<FigureCandidate> found, Set<String> local) {
        Map<FigureCandidate, FigureCandidate> replaced = new LinkedHashMap<>();
        List<FigureCandidate> added = new ArrayList<>();
        Matcher word = WORD_AFTER.matcher(text);
        while (word.find()) {
            String name = word.group("word").toLowerCase(Locale.ROOT);
            String code = decided(codesOf(name), local);
            if (code == null && COUNTRY_WORDS.containsKey(name) && !plainlyMoney(word)) {
                continue; // "won 3 crowns", "fitted 4 crowns": a title or a tooth where no country names the money
            }
            BigDecimal part = code != null && SUBUNITS.containsKey(name) ? minorUnit(code) : BigDecimal.ONE;
            take(text, word, found, code != null ? code : unnamed(name), part, replaced, added);
        }
        for (Pattern signed : List.of(PREFIXED, SUFFIXED)) {
            Matcher sign = signed.matcher(text);
            while (sign.find()) {
                Set<String> codes = (signed == PREFIXED ? PREFIXES : SUFFIXES).get(sign.group("sign"));
                String code = decided(codes, local);
                if (code != null && !(signed == PREFIXED && isRoadName(text, sign))) {
                    take(text, sign, found, code, null, replaced, added);
                }
            }
        }
        if (replaced.isEmpty() && added.isEmpty()) {
            return found;
        }
        List<FigureCandidate> read = new ArrayList<>();
        for (FigureCandidate figure : found) {
            read.add(replaced.getOrDefault(figure, figure));
        }
        read.addAll(added);
        read.sort(Comparator.comparingInt(FigureCandidate::start));
        return read;
    }

    /**
     * Whether a figure's unit came from the article's country: a shared name or sign in {@code said} that exactly one
     * of the article's currencies fits, that currency is the figure's, and the name alone would not have said it.
     */
    public static boolean decidedBy(FigureCandidate figure, String said, Set<String> local) {
        if (figure.kind() != FigureKind.AMOUNT || figure.unit() == null || !local.contains(figure.unit())) {
            return false;
        }
        // the name or sign said decides this very code among the article's currencies: "5 dollars" in an article
        // that names the United States and Canada kept its default USD, no country decided it
        Matcher word = WORD_AFTER.matcher(said);
        while (word.find()) {
            String name = word.group("word").toLowerCase(Locale.ROOT);
            // a name whose own reading is that code ("dollars" USD, "kroner" DKK) said it itself
            if (figure.unit().equals(decided(codesOf(name), local)) && !figure.unit().equals(Currencies.ofWord(name))) {
                return true;
            }
        }
        for (Pattern signed : List.of(PREFIXED, SUFFIXED)) {
            Matcher sign = signed.matcher(said);
            while (sign.find()) {
                if (figure.unit().equals(decided((signed == PREFIXED ? PREFIXES : SUFFIXES).get(sign.group("sign")),
                        local))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "2 million crowns", "250,000 crowns": a number with a scale word, or of four figures or more, counts no teeth,
     * titles or cups; a name that is also a word is money after it with no country to decide.
     */
    private static boolean plainlyMoney(Matcher word) {
        BigDecimal value = Numbers.read(word.group("num"));
        return word.group("scale") != null || value != null && value.compareTo(BigDecimal.valueOf(1000)) >= 0;
    }

    /** "the R300 near Cape Town": a whole number after a letter and "the" names a road, not an amount. */
    private static boolean isRoadName(String text, Matcher sign) {
        return sign.group("num").matches("\\d+") && sign.group("scale") == null
                && THE_BEFORE.matcher(text.substring(Math.max(0, sign.start() - 5), sign.start())).find();
    }

    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

    /**
     * The unit of money in a shared name no country decides: the name in the singular ("pesos": "peso"; a coin's
     * name as {@link Nouns} has it: "centavos" "centavo", "fils" "fils").
     */
    private static String unnamed(String name) {
        if (SUBUNITS.containsKey(name)) {
            return Nouns.singular(name);
        }
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** The shared names and coins read after a number. */
    private static Set<String> names() {
        Set<String> names = new HashSet<>(WORDS.keySet());
        names.addAll(SUBUNITS.keySet());
        names.addAll(COUNTRY_WORDS.keySet());
        return names;
    }

    /** The currencies a shared name or coin may stand for. */
    private static Set<String> codesOf(String name) {
        return WORDS.containsKey(name) ? WORDS.get(name)
                : SUBUNITS.getOrDefault(name, COUNTRY_WORDS.getOrDefault(name, Set.of()));
    }

    /** The share of its currency one minor unit is, by its ISO 4217 exponent: 0.001 for KWD, 0.01 for AED. */
    static BigDecimal minorUnit(String code) {
        return BigDecimal.ONE.movePointLeft(Math.max(0, Currency.getInstance(code).getDefaultFractionDigits()));
    }

    /** The one currency of {@code codes} the article's countries use, or null. */
    private static String decided(Set<String> codes, Set<String> local) {
        List<String> fit = codes.stream().filter(local::contains).toList();
        return fit.size() == 1 ? fit.get(0) : null;
    }

    /**
     * The amount {@code m} states, in {@code code}: it replaces a figure over the same words that read
     * them as a count, or as money in another currency, or a change counted in the name itself ("rose by 50
     * centavos"): {@code part} is not null for a name after the number, the share of the currency one of it is (1,
     * or a minor unit's: "250 fils" in Kuwait are 0.25 KWD). Where no figure was found there, it is added. A figure
     * of another kind over those words is left.
     */
    private static void take(String text, Matcher m, List<FigureCandidate> found, String code, BigDecimal part,
                             Map<FigureCandidate, FigureCandidate> replaced, List<FigureCandidate> added) {
        boolean word = part != null;
        BigDecimal value = Numbers.read(m.group("num"));
        if (value == null) {
            return;
        }
        if (m.group("scale") != null) {
            value = value.multiply(Numbers.scale(m.group("scale").strip().toLowerCase(Locale.ROOT)));
        }
        BigDecimal share = word ? part : BigDecimal.ONE;
        List<FigureCandidate> over = found.stream().filter(f -> f.start() < m.end() && m.start() < f.end()).toList();
        if (over.size() > 1) {
            return;
        }
        if (over.isEmpty()) {
            if (NotAFigure.isAttached(text, m.start(), m.end())) {
                return;
            }
            added.add(new FigureCandidate(m.start(), m.end(), FigureKind.AMOUNT, value.multiply(share), null, null,
                    code, null, null, null, null, null, null));
            return;
        }
        FigureCandidate figure = over.get(0);
        boolean count = figure.kind() == FigureKind.COUNT && figure.min() == null;
        boolean otherCode = figure.kind() == FigureKind.AMOUNT && code.length() == 3 && !code.equals(figure.unit());
        // "the fare rose by 50 centavos": a change the parser counted in the name's own unit
        boolean change = figure.kind() == FigureKind.CHANGE && figure.min() == null && figure.unit() != null
                && figure.unit().equalsIgnoreCase(Nouns.singular(m.group("word").toLowerCase(Locale.ROOT)));
        if (!word || !(count || otherCode || change) || figure.value() == null
                || ((count || change) && figure.value().compareTo(value) != 0)) {
            return;
        }
        BigDecimal read = count || change ? figure.value().multiply(share) : figure.value();
        replaced.put(figure, new FigureCandidate(figure.start(), figure.end(),
                change ? FigureKind.CHANGE : FigureKind.AMOUNT, read, null, null, code, figure.qualifier(),
                figure.period(), figure.per(), figure.direction(), figure.vague(), figure.of(),
                figure.convertedFrom()));
    }

    private static String alternation(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static Map<String, String> cityCurrencies() {
        Map<String, String> byCity = new HashMap<>();
        org.newsgraph.extract.CityCountryTable.countriesByCity().forEach((city, countries) -> {
            Set<String> codes = new HashSet<>();
            countries.forEach(country -> codes.add(currencyOf(country)));
            codes.remove(null);
            if (codes.size() == 1) {
                // two spellings of two countries' cities that meet in lower case decide only a currency they share
                byCity.put(city, codes.iterator().next());
            }
        });
        return Map.copyOf(byCity);
    }

    /** The currency of a country by its ISO 3166 code, or null (Antarctica). */
    private static String currencyOf(String region) {
        try {
            Currency currency = Currency.getInstance(new Locale("", region));
            return currency == null ? null : currency.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> countryCurrencies() {
        Map<String, String> byName = new HashMap<>();
        Map<String, String> byRegion = new HashMap<>();
        for (String region : Locale.getISOCountries()) {
            Locale country = new Locale("", region);
            try {
                Currency currency = Currency.getInstance(country);
                if (currency != null) {
                    String name = country.getDisplayCountry(Locale.ENGLISH);
                    byName.put(name.toLowerCase(Locale.ROOT), currency.getCurrencyCode());
                    byRegion.put(name, currency.getCurrencyCode());
                }
            } catch (IllegalArgumentException e) {
                // a region with no currency of its own (Antarctica)
            }
        }
        for (org.newsgraph.io.ResourceTable.Row row : org.newsgraph.io.ResourceTable.rows(
                "/org/newsgraph/gazetteer/country-aliases.tsv", 2, "a country's CLDR name, a tab, its other names")) {
            String code = byRegion.get(row.columns()[0].strip());
            if (code != null) {
                for (String alias : row.columns()[1].split("\\|")) {
                    byName.putIfAbsent(alias.strip().toLowerCase(Locale.ROOT), code);
                }
            }
        }
        return Map.copyOf(byName);
    }
}
