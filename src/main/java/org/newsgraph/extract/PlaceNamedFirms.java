package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A firm named after its town whose name the NER cut at the town: "Gdynia/LOCATION Freight/O is controlled by ...",
 * the parse making the town a {@code compound} of the capitalised noun after it. Where that noun (or the last of up to
 * three such nouns) is a word only companies' names end in ({@link CorporateNames}: "Freight", "Logistics",
 * "Shipping"; no body's word such as "Council", no word a place's name ends in too after a listed town), the place's
 * run goes on to it and the whole is an organisation's name: "Gdynia Freight", not the town Gdynia and a stray
 * "Freight". The town stays a place wherever the article writes it alone ("a depot in Gdynia").
 */
final class PlaceNamedFirms {

    private static final int LONGEST_PLACE = 2;
    private static final int LONGEST_HEAD = 3;

    private PlaceNamedFirms() {
    }

    /**
     * Where the firm's name that the NER tagged as a place over tokens {@code [first, end)} ends, or {@code end}
     * itself when no corporate head word follows.
     */
    static int end(AnnotatedSentence sentence, List<Token> tokens, int first, int end) {
        if (end - first > LONGEST_PLACE || end <= first) {
            return end;
        }
        int at = end;
        int firm = end;
        while (at < tokens.size() && at - end < LONGEST_HEAD) {
            Token last = tokens.get(at - 1);
            Token next = tokens.get(at);
            if (!OmittedHeadWords.compoundHead(sentence, last, next, true)) {
                break;
            }
            at++;
            if (CorporateNames.byLastWord(tokens, first, at) && !CorporateNames.bodyWord(next.text())) {
                firm = at;
            }
        }
        return firm;
    }
}
