package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The place a local body's name opens with: "Residents of Kirkby Stannard ... who chairs Kirkby Stannard Parish
 * Council", "Marsh Hill District Council approved ... homes in Marsh Hill". A council of a town, a parish, a district,
 * a borough, a county or a city ({@code place-offices.txt}: "parish council") is named after the place it governs, so
 * the words before the office are that place, not the council's short form; the NER, reading the words alone, often
 * takes an unknown village for a person. Where the article also writes those words alone, they are the place.
 */
final class LocalBodyPlaces {

    static final String RULE = "place-of-local-body";

    private LocalBodyPlaces() {
    }

    /** Retypes, in place, the names found that are the place a local body of the article is named after. */
    static void retype(List<FoundName> found) {
        Set<String> places = new HashSet<>();
        for (FoundName f : found) {
            String place = placeOf(NameKeys.bareName(f.text()));
            if (place != null) {
                places.add(place);
            }
        }
        if (places.isEmpty()) {
            return;
        }
        found.replaceAll(f -> places.contains(NameKeys.bareName(f.text())) && f.entry() == null && !f.demonym()
                && f.type() != EntityType.PLACE && (f.cue() == null || f.cueType() == EntityType.PERSON)
                ? new FoundName(f.start(), f.end(), f.text(), f.sentence(), EntityType.PLACE, f.weight(),
                        new TypeCues.Cue(EntityType.PLACE, RULE), null)
                : f);
    }

    /** "Kirkby Stannard" of "Kirkby Stannard Parish Council"; null for a name that is no such body. */
    static String placeOf(String name) {
        String[] words = name.split(" ");
        if (words.length < 3) {
            return null;
        }
        String office = (words[words.length - 2] + " " + words[words.length - 1]).toLowerCase(Locale.ROOT);
        if (!TypeCues.PLACE_OFFICES.contains(office) || !office.contains(" ")) {
            return null;
        }
        for (int k = 0; k < words.length - 2; k++) {
            if (words[k].isEmpty() || !Character.isUpperCase(words[k].charAt(0))) {
                return null;
            }
        }
        return String.join(" ", List.of(words).subList(0, words.length - 2));
    }
}
