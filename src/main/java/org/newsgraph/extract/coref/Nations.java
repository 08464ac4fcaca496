package org.newsgraph.extract.coref;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.Demonyms;
import org.newsgraph.extract.CityCountryTable;

/**
 * The country a word places an organisation in, as an ISO 3166 code: a town of one country only by the city table
 * Newsgraph ships ({@code city-countries.tsv}: "Stockholm" is in Sweden), a nationality by CoreNLP's demonym list
 * ("Swedish", "American"), a country's English name (CLDR). General knowledge only, so that "the Stockholm-based
 * company" is not the firm the article called "its American rival", and "the Japanese carmaker" not the one it placed
 * in Detroit.
 */
final class Nations {

    /** English country names (CLDR, from the JDK), lower case, to their codes. */
    private static final Map<String, String> COUNTRIES = countries();
    /** Towns of one country only, lower case, to their country's code; a name two countries' towns share is left out. */
    private static final Map<String, String> TOWNS = towns();

    private Nations() {
    }

    /** The code of the country a town, a nationality or a country's name places something in, or null. */
    static String countryOf(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String lower = word.strip().toLowerCase(Locale.ROOT);
        String country = COUNTRIES.get(lower);
        if (country != null) {
            return country;
        }
        String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        String place = Demonyms.place(capitalised);
        if (place != null) {
            return COUNTRIES.get(place.toLowerCase(Locale.ROOT));
        }
        return TOWNS.get(lower);
    }

    /** The code of the country a nationality or a country's name (not a town) places something in, or null. */
    static String nationOf(String word) {
        String country = countryOf(word);
        return country != null && !TOWNS.containsKey(word.strip().toLowerCase(Locale.ROOT)) ? country : null;
    }

    private static Map<String, String> countries() {
        Map<String, String> byName = new HashMap<>();
        Arrays.stream(Locale.getISOCountries()).forEach(code -> byName.put(
                new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code));
        return Map.copyOf(byName);
    }

    private static Map<String, String> towns() {
        Map<String, String> byTown = new HashMap<>();
        CityCountryTable.countriesByCity().forEach((town, codes) -> {
            if (codes.size() == 1) {
                byTown.put(town, codes.iterator().next());
            }
        });
        return Map.copyOf(byTown);
    }
}
