package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.io.ResourceTable;

/**
 * The city-to-country table Newsgraph ships ({@code city-countries.tsv}, written by {@code newsgraph gazetteer}:
 * names of cities of one country only), read back once for the readers that place a name by it: the article's
 * currencies ({@code figure.LocalCurrencies}) and the country of a described firm ({@code coref.Nations}).
 */
public final class CityCountryTable {

    private static final Map<String, Set<String>> TABLE = read();

    private CityCountryTable() {
    }

    /**
     * Each city name, lower-cased, with the ISO 3166 codes its rows give: one, but for two spellings that meet in
     * lower case ("Córdoba", "Cordoba"), where a reader decides what a name of two countries decides (nothing, or
     * what the two share, such as a currency).
     */
    public static Map<String, Set<String>> countriesByCity() {
        return TABLE;
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> byCity = new HashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows("/org/newsgraph/gazetteer/city-countries.tsv", 2,
                "a city's name, a tab, its country's ISO 3166 code")) {
            byCity.computeIfAbsent(row.columns()[0].strip().toLowerCase(Locale.ROOT), c -> new TreeSet<>())
                    .add(row.columns()[1].strip());
        }
        Map<String, Set<String>> read = new HashMap<>();
        byCity.forEach((city, codes) -> read.put(city, Set.copyOf(codes)));
        return Map.copyOf(read);
    }
}
