package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.Token;

/**
 * A firm's name that opens with a demonym ("Korean Air", "Norwegian Air", "Ethiopian Airlines", "Irish Rail"): the
 * demonym is a word of the name, not a mention of the country, where it opens a run of proper nouns that a word only
 * firms' names end in closes ({@code corporate-last-words.txt}, {@link CorporateNames#byLastWord}). The NER tags such
 * a run "miscellaneous" or leaves it out, so without this the demonym alone was read as its country ("Korean Air
 * agreed to buy ..." named South Korea). Not a demonym before a common noun ("Korean carriers") or a body's word
 * ("the Indian Air Force": "Force" ends no firm's name).
 */
final class DemonymLedFirms {

    private DemonymLedFirms() {
    }

    /** Whether the token at {@code at} is a demonym opening a firm's name of proper nouns. */
    static boolean opens(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size() || Demonyms.place(tokens.get(at).text()) == null) {
            return false;
        }
        int end = at;
        while (end < tokens.size() && tokens.get(end).pos().startsWith("NNP")
                && tokens.get(end).ner().matches("O|MISC|NATIONALITY|ORGANIZATION")
                && (end == at || tokens.get(end).start() - tokens.get(end - 1).end() <= 1)) {
            end++;
        }
        // the whole run: "the Indian Air Force" holds "Indian Air" but ends in a body's word
        return end - at >= 2 && !CorporateNames.bodyWord(tokens.get(end - 1).text())
                && CorporateNames.byLastWord(tokens, at, end);
    }
}
