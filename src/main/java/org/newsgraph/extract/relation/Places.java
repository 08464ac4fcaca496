package org.newsgraph.extract.relation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;

/**
 * Which places are countries: a country before a company noun ("a US private equity firm", "the Irish airline") is
 * the company's nationality, which news states for companies based anywhere; a city or region there ("a Dublin
 * investment group") is where it sits.
 */
final class Places {

    /** Country names in English (CLDR, from the JDK), lower-cased. */
    private static final Set<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Regions that are not countries, states or cities ({@code geographic-regions.txt}: continents and parts of
     * them), lower-cased: "Ford of Europe", "Acme of Asia" name a firm's arm for a region, never where a firm sits.
     */
    private static final Set<String> REGIONS = org.newsgraph.io.ResourceTable.rows(
            "/org/newsgraph/extract/geographic-regions.txt", 1, "one region a line").stream()
            .map(row -> row.columns()[0].strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private Places() {
    }

    /**
     * Whether the entity is a place wider than a firm's seat: a country, or a region of {@link #REGIONS} ("Ford of
     * Europe"). Rules that read a town as a seat ({@code place local}) take neither.
     */
    static boolean isWide(Entity place) {
        if (isCountry(place)) {
            return true;
        }
        return place.type() == EntityType.PLACE && (REGIONS.contains(place.name().toLowerCase(Locale.ROOT))
                || place.aliases().stream().anyMatch(alias -> REGIONS.contains(alias.toLowerCase(Locale.ROOT))));
    }

    /** Whether the entity is a place whose name or one of its aliases is a country's English name. */
    static boolean isCountry(Entity place) {
        if (place.type() != EntityType.PLACE) {
            return false;
        }
        if (COUNTRIES.contains(place.name().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return place.aliases().stream().anyMatch(alias -> COUNTRIES.contains(alias.toLowerCase(Locale.ROOT)));
    }
}
