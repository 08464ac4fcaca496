package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The bodies news names by their country: "the US government", "the Irish government", "the Australian Treasury",
 * "the U.S. Air Force", "the provincial government of Ontario". A place (or its adjective) next to a government
 * noun is an organisation of its own, named canonically so that every article's wording is one thing ("US
 * government", "American government" and "government of the United States" are all the Government of the United
 * States); the gazetteer's entry of that name, where it has one, gives it its Wikidata id.
 */
final class GovernmentNames {

    /** The nouns, lower case, and how a name writes them. */
    static final Map<String, String> NOUNS = Map.of("government", "Government", "administration", "Government",
            "treasury", "Treasury", "parliament", "Parliament", "military", "Military", "army", "Army", "navy", "Navy",
            "air force", "Air Force");
    /** Forces are named place first, as they name themselves ("United States Army"); the rest "X of place". */
    private static final Set<String> PLACE_FIRST = Set.of("Military", "Army", "Navy", "Air Force");
    /** Levels of government between the place and the noun ("the Victorian state government"). */
    private static final Set<String> LEVELS = Set.of("federal", "state", "provincial", "national", "central",
            "regional", "local", "municipal");

    /**
     * One body: its span in the text, its canonical name and the noun as names write it.
     *
     * @param placeStart where the place's own words start, to tell the body from a place that only touches it
     */
    record Body(int start, int end, String name, String noun, int placeStart) {
    }

    /** A place the recognizer found: its span and canonical name ("US" -> "United States"). */
    record Place(int start, int end, String name) {
    }

    private GovernmentNames() {
    }

    /** The bodies of one sentence named by the places found in it. */
    static List<Body> find(AnnotatedSentence sentence, List<Place> places) {
        List<Body> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (Place place : places) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() == place.start()) {
                    first = i;
                }
                if (tokens.get(i).end() == place.end()) {
                    last = i;
                }
            }
            if (first < 0 || last < first) {
                continue;
            }
            Body after = after(tokens, place, last);
            Body before = after == null ? before(tokens, place, first) : null;
            if (after != null) {
                out.add(after);
            } else if (before != null) {
                out.add(before);
            }
        }
        return out;
    }

    /**
     * "US government", "Victorian state government", "U.S. Air Force"; a noun in lower case before another noun
     * modifies it ("US government bonds"), a capitalised one is a name ("the US Air Force tanker").
     */
    private static Body after(List<Token> tokens, Place place, int last) {
        int k = last + 1;
        String level = null;
        if (k < tokens.size() && LEVELS.contains(lower(tokens, k))) {
            level = lower(tokens, k);
            k++;
        }
        int nounEnd = nounAt(tokens, k);
        boolean capitalised = nounEnd >= 0 && Character.isUpperCase(tokens.get(k).text().charAt(0));
        if (nounEnd < 0 || !capitalised && nounEnd + 1 < tokens.size() && tokens.get(nounEnd + 1).pos().startsWith("NN")) {
            return null;
        }
        String noun = NOUNS.get(text(tokens, k, nounEnd).toLowerCase(Locale.ROOT));
        return new Body(place.start(), tokens.get(nounEnd).end(), name(level, noun, place.name()), noun, place.start());
    }

    /** "the government of Canada", "the provincial government of Ontario". */
    private static Body before(List<Token> tokens, Place place, int first) {
        int of = first - 1;
        if (of > 0 && lower(tokens, of).equals("the")) {
            of--;
        }
        if (of < 1 || !lower(tokens, of).equals("of")) {
            return null;
        }
        for (int k = Math.max(0, of - 2); k < of; k++) {
            if (nounAt(tokens, k) == of - 1) {
                String noun = NOUNS.get(text(tokens, k, of - 1).toLowerCase(Locale.ROOT));
                String level = k > 0 && LEVELS.contains(lower(tokens, k - 1)) ? lower(tokens, k - 1) : null;
                int start = level == null ? k : k - 1;
                return new Body(tokens.get(start).start(), place.end(), name(level, noun, place.name()), noun,
                        place.start());
            }
        }
        return null;
    }

    /** The last token of a government noun starting at k ("government", "Air Force"), or -1. */
    private static int nounAt(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return -1;
        }
        if (k + 1 < tokens.size() && NOUNS.containsKey(text(tokens, k, k + 1).toLowerCase(Locale.ROOT))) {
            return k + 1;
        }
        return NOUNS.containsKey(lower(tokens, k)) ? k : -1;
    }

    /**
     * "Government of the United States", "State Government of Victoria", "United States Air Force", "Treasury of
     * Australia".
     */
    static String name(String level, String noun, String place) {
        if (PLACE_FIRST.contains(noun)) {
            return place + " " + noun;
        }
        String article = place.matches("(?:United|Republic|Kingdom) .*|.* (?:Republic|Islands|Emirates)|Netherlands|Philippines")
                ? "the " : "";
        String leveled = level == null ? noun : Character.toUpperCase(level.charAt(0)) + level.substring(1) + " " + noun;
        return leveled + " of " + article + place;
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            out.append(i > from ? " " : "").append(tokens.get(i).text());
        }
        return out.toString();
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
