package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Regions named like a better-known city outside them ({@code regions-named-like-cities.tsv}: Washington the state,
 * Washington the capital): where the sentence writes the name as a region ("Everett, Washington", "Washington state",
 * "the state of Washington"), it is the region, a thing of its own, so that articles about Seattle and about the
 * capital do not share one "Washington".
 */
final class RegionNames {

    private static final String RESOURCE = "/org/newsgraph/extract/regions-named-like-cities.tsv";
    private static final Map<String, String> REGIONS = load();

    private RegionNames() {
    }

    /**
     * The region's name if the place named by tokens is written as one of the listed regions, else null.
     *
     * @param tokens the place's tokens in the sentence
     */
    static String region(AnnotatedSentence sentence, List<Token> tokens) {
        String name = String.join(" ", tokens.stream().map(Token::text).toList());
        String region = REGIONS.get(name);
        if (region == null) {
            return null;
        }
        List<Token> all = sentence.tokens();
        int first = all.indexOf(tokens.get(0));
        int last = all.indexOf(tokens.get(tokens.size() - 1));
        if (first < 0 || last < 0) {
            return null;
        }
        // "Everett, Washington": a capitalised name, a comma, the region
        boolean afterCity = first >= 2 && all.get(first - 1).text().equals(",")
                && all.get(first - 2).pos().startsWith("NNP") && Character.isUpperCase(all.get(first - 2).text().charAt(0));
        boolean stateAfter = last + 1 < all.size() && all.get(last + 1).text().equals("state");
        boolean stateOf = first >= 2 && all.get(first - 1).text().equals("of")
                && all.get(first - 2).text().equalsIgnoreCase("state");
        return afterCity || stateAfter || stateOf ? region : null;
    }

    /** The name a listed region is written with ("Washington" of "Washington (state)"), or null if it is none. */
    static String writtenName(String regionName) {
        return REGIONS.entrySet().stream().filter(e -> e.getValue().equals(regionName)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static Map<String, String> load() {
        Map<String, String> regions = new HashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows(RESOURCE, 2, "a name and its region's name")) {
            regions.put(row.columns()[0].strip(), row.columns()[1].strip());
        }
        return Map.copyOf(regions);
    }
}
