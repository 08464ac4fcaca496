package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.Token;

/**
 * Names that say themselves that they are a natural feature, a place of the graph
 * ({@code natural-feature-words.txt}): a river, a lake, a mountain, a sea or a moor named with its kind's
 * word first ("River Lune", "Lake Geneva", "Mount Kenya") or last ("Niger River", "Chiltern Hills"), which the NER
 * often takes for an organisation.
 */
final class NaturalFeatures {

    static final String RULE = "natural-feature-name";

    private static final Map<String, String> WORDS = ResourceTable.rows(
                    "/org/newsgraph/extract/natural-feature-words.txt", 2, "word <TAB> first|last|both")
            .stream().collect(Collectors.toUnmodifiableMap(r -> r.columns()[0].strip(), r -> r.columns()[1].strip()));

    private NaturalFeatures() {
    }

    /**
     * Whether tokens [first, last) are a natural feature's name: two or more capitalised words opening or ending with
     * a feature's word (as the list places it), none of which the NER calls a person, with no person's title
     * before them and no capitalised word after them that would make them part of a longer name.
     */
    static boolean named(List<Token> tokens, int first, int last) {
        if (last - first < 2 || first < 0 || last > tokens.size()) {
            return false;
        }
        String opening = WORDS.get(tokens.get(first).text());
        String closing = WORDS.get(tokens.get(last - 1).text());
        boolean opens = "first".equals(opening) || "both".equals(opening);
        boolean closes = "last".equals(closing) || "both".equals(closing);
        if (!opens && !closes) {
            return false;
        }
        if (last < tokens.size() && !tokens.get(last).text().isEmpty() && Character.isUpperCase(tokens.get(last).text().charAt(0))
                && tokens.get(last).pos().startsWith("NNP")) {
            return false; // a word of a longer name: "Lake Varrow Foods"
        }
        for (int k = first; k < last; k++) {
            String text = tokens.get(k).text();
            if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || tokens.get(k).ner().equals("PERSON")) {
                return false;
            }
        }
        return !(first > 0 && TypeCues.PERSON_TITLES.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT)));
    }
}
