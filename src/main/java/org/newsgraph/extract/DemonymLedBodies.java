package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A body's name that opens with a demonym the NER left out of it ("the Scottish/O Sports Facilities Trust", "the
 * Irish/O Hauliers Federation"): the tagger reads the demonym as a proper noun (NNP), the parse makes it a compound or
 * modifier of a word of the NER's organisation, and that organisation ends in a word only a body's or a firm's name
 * ends in ({@code body-name-heads.txt}, {@code corporate-last-words.txt}), so the demonym is the name's first word and
 * the name's initials include it ("SSFT"). Not an adjective the tagger read as one ("Canadian/JJ operations"), nor a
 * demonym before a firm's bare name ("German/NNP BMW": no body's word ends it).
 */
final class DemonymLedBodies {

    private DemonymLedBodies() {
    }

    /** The first token of the organisation run [first, end): the demonym before it where it opens the body's name. */
    static int opening(AnnotatedSentence sentence, List<Token> tokens, int first, int end) {
        if (first < 1 || end - first < 2 || end > tokens.size() || sentence.dependencies().isEmpty()) {
            return first;
        }
        Token demonym = tokens.get(first - 1);
        String last = tokens.get(end - 1).text();
        if (!demonym.pos().equals("NNP") || !demonym.ner().matches("O|MISC|NATIONALITY")
                || Demonyms.place(demonym.text()) == null
                || !(ConjoinedBodyNames.head(last) || CorporateNames.lastWord(last))
                || first >= 2 && tokens.get(first - 2).pos().startsWith("NNP")) {
            return first;
        }
        Token head = sentence.head(demonym);
        boolean modifies = head != null && sentence.relationToHead(demonym).matches("compound|amod")
                && head.index() >= tokens.get(first).index() && head.index() <= tokens.get(end - 1).index();
        return modifies ? first - 1 : first;
    }
}
