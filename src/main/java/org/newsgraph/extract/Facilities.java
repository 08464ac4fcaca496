package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.Token;

/**
 * Names that say themselves that they are a facility, a place of the graph ({@code facility-words.txt}): a name ending
 * in a facility's word ("Changi Airport", "Wembley Stadium") or a facility's word and its number ("Terminal 3", "Gate
 * B12"), which the NER often leaves untyped or takes for a company.
 */
final class Facilities {

    private static final Map<String, String> WORDS = ResourceTable.rows(
                    "/org/newsgraph/extract/facility-words.txt", 2, "word <TAB> last|numbered|both").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.columns()[0].strip(), r -> r.columns()[1].strip()));

    /** A facility's number or letter code: "3", "5", "39", "B12", "4A". */
    private static final String NUMBER = "\\d{1,3}[A-Z]?|[A-Z]\\d{1,3}";

    private Facilities() {
    }

    /** Whether a word names a facility before its number ("Terminal" of "Terminal 5", which the tagger may call an adjective). */
    static boolean numberedWord(String word) {
        String kind = WORDS.get(word);
        return "numbered".equals(kind) || "both".equals(kind);
    }

    /**
     * Whether tokens [first, last) are a facility's name: a facility's word and its number, or two or more
     * capitalised words ending in a facility's word, none of which the NER calls a person ("Robert Arena" is a man)
     * and with no person's title before them.
     */
    static boolean named(List<Token> tokens, int first, int last) {
        if (last - first < 2 || first < 0 || last > tokens.size()) {
            return false;
        }
        String lastWord = tokens.get(last - 1).text();
        String firstWord = tokens.get(first).text();
        if (last - first == 2 && lastWord.matches(NUMBER) && numberedWord(firstWord)) {
            return true;
        }
        String kind = WORDS.get(lastWord);
        if (!"last".equals(kind) && !"both".equals(kind)) {
            return false;
        }
        for (int k = first; k < last; k++) {
            String text = tokens.get(k).text();
            if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || tokens.get(k).ner().equals("PERSON")) {
                return false;
            }
        }
        return !(first > 0 && TypeCues.PERSON_TITLES.contains(tokens.get(first - 1).text().toLowerCase(java.util.Locale.ROOT)));
    }
}
