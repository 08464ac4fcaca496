package org.newsgraph.site;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;

/**
 * Units as a reader names them, from {@code unit-names.tsv}: "km" after a number and "kilometres" in a heading for
 * QUDT's KiloM, "weeks" for WK, "people" for the counted noun "person". A counted noun not in the table is made
 * plural by rule ("branch" to "branches"); currency codes stay codes.
 */
final class UnitNames {

    static final String RESOURCE = "/org/newsgraph/site/unit-names.tsv";

    /** The words after 1, after other numbers, and the name for a heading or a column. */
    record Name(String one, String many, String heading) {
    }

    private static final Map<String, Name> NAMES = load();
    private static final Pattern SIBILANT = Pattern.compile(".*(s|x|z|ch|sh)$");
    private static final Pattern CONSONANT_Y = Pattern.compile(".*[^aeiou]y$");
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private UnitNames() {
    }

    /** Whether the table names this unit. */
    static boolean known(String unit) {
        return NAMES.containsKey(unit);
    }

    /** ISO 4217 codes only: "MIN" and "DAY" are three capitals too, and are durations. */
    static boolean isCurrency(String unit) {
        return unit != null && unit.length() == 3 && CURRENCIES.contains(unit) && !NAMES.containsKey(unit);
    }

    /** The words after a number: "km", "weeks", "people", "jets"; "%" and "×" glue to it. */
    static String after(String unit, double value) {
        Name name = NAMES.get(unit);
        if (name != null) {
            return value == 1 ? name.one() : name.many();
        }
        return value == 1 || isCurrency(unit) || !isNoun(unit) ? unit : plural(unit);
    }

    /** The unit in a heading or a column: "kilometres", "percentage points", "jets", "USD". */
    static String heading(String unit) {
        Name name = NAMES.get(unit);
        if (name != null) {
            return name.heading();
        }
        return isCurrency(unit) || !isNoun(unit) ? unit : plural(unit);
    }

    /** A counted noun is written in lower case; anything else unknown (a QUDT name) is shown as it is. */
    private static boolean isNoun(String unit) {
        return !unit.isEmpty() && Character.isLowerCase(unit.charAt(0));
    }

    /** The regular English plural: "jet" to "jets", "branch" to "branches", "facility" to "facilities". */
    static String plural(String noun) {
        Name name = NAMES.get(noun);
        if (name != null) {
            return name.many();
        }
        if (SIBILANT.matcher(noun).matches()) {
            return noun + "es";
        }
        return CONSONANT_Y.matcher(noun).matches() ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private static Map<String, Name> load() {
        String expected = "a new unit, its words after 1, after other numbers and its name, separated by tabs";
        Map<String, Name> names = new HashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows(RESOURCE, 4, expected)) {
            String[] cols = row.columns();
            if (names.containsKey(cols[0])) {
                throw row.problem(expected);
            }
            names.put(cols[0], new Name(cols[1], cols[2], cols[3]));
        }
        return Map.copyOf(names);
    }

    /** Every unit the table names. */
    static Set<String> units() {
        return NAMES.keySet();
    }
}
