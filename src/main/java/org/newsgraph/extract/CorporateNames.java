package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.Token;

/**
 * Names that say themselves that they are a company, by their last word ("Orvane Capital", "Brask Holdings", "Tellum
 * Partners", "Vexa Labs"; {@code corporate-last-words.txt}): the NER guesses from the first words, which are often a
 * surname or a place, and takes the firm for a person or a place.
 */
final class CorporateNames {

    private static final Map<String, String> LAST_WORDS = ResourceTable.rows(
                    "/org/newsgraph/extract/corporate-last-words.txt", 2, "word <TAB> company|place-too|body|brand-too").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.columns()[0].strip(), r -> r.columns()[1].strip()));

    /** Words of a filing's headings ("Capital Resources", "Net Sales"): "Net Capital" names no firm. */
    private static final Set<String> HEADING_WORDS = ClassNames.words("heading");

    private CorporateNames() {
    }

    /** Whether the word (as written) ends the names of companies or bodies of some kind: "Capital", "Motors", "Rovers". */
    static boolean lastWord(String word) {
        return LAST_WORDS.containsKey(word);
    }

    /** Whether a word is written in mixed case, a capital after a small letter: "iPad", "MacBook", "eBus". */
    static boolean mixedCase(String word) {
        for (int k = 1; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word (as written) ends the names of bodies that are no company: "Hospital", "Council", "Museum". */
    static boolean bodyWord(String word) {
        return "body".equals(LAST_WORDS.get(word));
    }

    /**
     * Whether tokens [first, last) are a company's name by their last word: two or more words, each capitalised (or
     * "&" or a hyphen), ending in a corporate word; a word a place's name ends in too ("Capital") not after a name the NER lists
     * as a city, country or state; not a person's title before it ("Mr Lund Capital" is no firm's name).
     */
    static boolean byLastWord(List<Token> tokens, int first, int last) {
        if (last - first < 2 || first < 0 || last > tokens.size()) {
            return false;
        }
        String kind = LAST_WORDS.get(tokens.get(last - 1).text());
        if (kind == null) {
            return false;
        }
        for (int k = first; k < last - 1; k++) {
            String text = tokens.get(k).text();
            // "&" joins names ("Grantham & Rowe Partners"), a hyphen a double name ("Delacroix-Mbeki Partners")
            if (!text.equals("&") && !text.equals("-") && (text.isEmpty() || !Character.isUpperCase(text.charAt(0)))) {
                return false;
            }
        }
        // words that name no one thing ("General Partners", "Working Capital" after "Net"): a class, not a firm
        if (tokens.subList(first, last - 1).stream().map(t -> t.text().toLowerCase(Locale.ROOT))
                .allMatch(w -> w.equals("&") || HEADING_WORDS.contains(w) || GenericNameWords.genericWord(w))) {
            return false;
        }
        // a product line's name ends in it too: "MacBook Air", "iPad Air" (a word in mixed case is a brand's)
        if (kind.equals("brand-too") && tokens.subList(first, last - 1).stream().anyMatch(t -> mixedCase(t.text()))) {
            return false;
        }
        if (kind.equals("place-too") && tokens.subList(first, last - 1).stream()
                .anyMatch(t -> t.ner().matches("CITY|COUNTRY|STATE_OR_PROVINCE"))) {
            return false;
        }
        return !(first > 0 && TypeCues.PERSON_TITLES.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the word that opens a sentence belongs to the company's name after it ("Quarry Point Capital bought a
     * stake"): the tagger takes a capitalised common word there for a common noun, so the NER and the run of proper
     * nouns start one word late. Only before a name a corporate last word makes a firm's, and only a singular noun
     * that says nothing of a kind, a role or a title ("Investor Point Capital", "Analyst ...") or a date ("Today"),
     * by the hand lists or by WordNet's people and firms' agent nouns ("Builder Fawley Homes", "Miner Quarrendon
     * Mining": {@link LeadingKindWords#generalKindNoun}).
     */
    static boolean openingWordOfName(List<Token> tokens, int first, int last) {
        if (first != 1 || last > tokens.size() || !byLastWord(tokens, 0, last)) {
            return false;
        }
        Token opening = tokens.get(0);
        String word = opening.text().toLowerCase(Locale.ROOT);
        return opening.text().matches("\\p{Lu}\\p{Ll}+") && opening.pos().equals("NN") && opening.ner().equals("O")
                && !TypeCues.ORGANIZATION_NOUNS.contains(word) && !TypeCues.PERSON_TITLES.contains(word)
                && !TypeCues.PERSON_ROLES.contains(word) && !TypeCues.EMPLOYER_ROLES.contains(word)
                && !TypeCues.jobNoun(word) && !GenericNameWords.genericWord(word)
                && !LeadingKindWords.generalKindNoun(word);
    }
}
