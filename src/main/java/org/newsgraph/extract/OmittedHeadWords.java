package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The capitalised head noun the NER left out of an organisation's name: "Tidewater Freight, the trucking arm of ..."
 * tagged "Tidewater" alone, the parse making "Tidewater" a compound of "Freight". The name then runs to its head, so
 * the firm is found under its full name and a later "Tidewater" is its short form ({@link ShortForms}), not a name of
 * its own. Only a proper noun the NER left untagged, written next to the name, whose dependent the name's last word
 * is; never a role or a title ("the Orvane chief", "Orvane CEO Kaia Lund": a person's, not the firm's), nor after an
 * acronym.
 */
final class OmittedHeadWords {

    private static final Set<String> ROLES = ResourceTable.words("/org/newsgraph/extract/person-roles.txt");
    private static final int LONGEST = 3;

    private OmittedHeadWords() {
    }

    /**
     * Where an organisation's name that the NER tagged over tokens {@code [first, end)} ends once its head words are
     * in: {@code end} itself when none follows.
     */
    static int end(AnnotatedSentence sentence, List<Token> tokens, int first, int end) {
        if (end - first == 1 && tokens.get(first).text().matches("\\p{Lu}{2,}")) {
            return end; // an acronym is a short name already: "ASC Topic 842" is a thing of its
        }
        int at = end;
        while (at < tokens.size() && at - end < LONGEST && at > first) {
            Token last = tokens.get(at - 1);
            Token next = tokens.get(at);
            if (!compoundHead(sentence, last, next, false)) {
                break;
            }
            at++;
        }
        return at;
    }

    /**
     * Whether {@code next}, written right after {@code last}, is the capitalised head noun {@code last} is a compound
     * of and no tag gave a type: a proper noun with a lower-case letter, no person's role or office title, a corporate
     * suffix ("Ltd", "Group") only when {@code suffixes} (also {@link PlaceNamedFirms}'s test).
     */
    static boolean compoundHead(AnnotatedSentence sentence, Token last, Token next, boolean suffixes) {
        String word = next.text();
        return next.ner().equals("O") && next.pos().startsWith("NNP") && word.length() > 1
                && Character.isUpperCase(word.codePointAt(0)) && word.chars().anyMatch(Character::isLowerCase)
                && !ROLES.contains(word.toLowerCase()) && !OfficeTitles.isHead(word.toLowerCase())
                && (suffixes || !EntityRecognizer.CORPORATE_SUFFIXES.contains(word))
                && next.start() - last.end() <= 1 && sentence.head(last) == next
                && sentence.relationToHead(last).equals("compound");
    }
}
