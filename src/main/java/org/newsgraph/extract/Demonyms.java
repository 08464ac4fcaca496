package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adjectives of places ("American" -> United States, "Danish" -> Denmark), from the list CoreNLP ships for its
 * coreference system: a reader sees the place in "the Danish North Sea" as much as in "Denmark".
 */
public final class Demonyms {

    private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/demonyms.txt";
    /** Country names in English (CLDR, from the JDK): "American" is the United States before it is America. */
    private static final Set<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH))
            .collect(Collectors.toSet());
    private static final Map<String, String> PLACES = load();

    private Demonyms() {
    }

    /** Whether the name is a country's English name (CLDR, from the JDK): "Denmark", "United States". */
    static boolean country(String name) {
        return COUNTRIES.contains(name);
    }

    /** The place an adjective names, or null: "American" -> "United States". */
    public static String place(String adjective) {
        return PLACES.get(adjective);
    }

    private static Map<String, String> load() {
        Map<String, String> places = new HashMap<>();
        try (InputStream in = Demonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return places;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 2) {
                    continue;
                }
                for (int i = 1; i < cols.length; i++) {
                    String adjective = cols[i].strip();
                    boolean plural = adjective.endsWith("s") && i > 1;
                    String place = cols[0].strip().replaceAll("\\.$", "");
                    String known = places.get(adjective);
                    boolean better = known == null || COUNTRIES.contains(place) && !COUNTRIES.contains(known);
                    if (!adjective.isEmpty() && !plural && !adjective.equals(cols[0]) && better) {
                        places.put(adjective, place);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP's demonym list " + RESOURCE, e);
        }
        return places;
    }
}
