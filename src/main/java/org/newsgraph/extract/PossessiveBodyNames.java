package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Bodies named after a saint or a founder, whose name holds a possessive: "St Morwenna's Hospital", "St Cadoc's
 * Hospice", "King's College" (the gazetteer holds 88 organisations' names with "'s Hospital" alone). The NER ends the
 * name at the possessive ("St Cadoc") or takes the whole for a place; the capitalised words, the possessive, and the
 * capitalised words after it up to a word that ends bodies' names ({@link CorporateNames#bodyWord}: Hospital,
 * Hospice, College, Museum) are one organisation's name.
 */
final class PossessiveBodyNames {

    static final String RULE = "possessive-body-name";

    /** How many capitalised words may stand before the possessive and between it and the body's word. */
    private static final int MAX_WORDS = 3;

    private PossessiveBodyNames() {
    }

    /**
     * The names of the sentence of this shape, not where a name already found runs past one (a listed name holds it),
     * nor where the words before the possessive are a body themselves ("Westbury Council's Museum": the council's).
     */
    static List<FoundName> find(String text, AnnotatedSentence sentence, List<FoundName> known) {
        List<FoundName> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int p = 1; p + 1 < tokens.size(); p++) {
            if (!possessive(tokens.get(p)) || tokens.get(p).start() != tokens.get(p - 1).end()) {
                continue;
            }
            int first = p;
            while (first - 1 >= 0 && p - first < MAX_WORDS && capitalised(tokens.get(first - 1))
                    && (first == p || tokens.get(first).start() - tokens.get(first - 1).end() <= 1)) {
                first--;
            }
            int last = p + 1;
            while (last < tokens.size() && last - p <= MAX_WORDS && capitalised(tokens.get(last))
                    && !CorporateNames.bodyWord(tokens.get(last).text())) {
                last++;
            }
            if (first == p || last >= tokens.size() || !CorporateNames.bodyWord(tokens.get(last).text())
                    || CorporateNames.bodyWord(tokens.get(p - 1).text())) {
                continue;
            }
            int start = tokens.get(first).start();
            int end = tokens.get(last).end();
            if (placeOwner(tokens, first, p, last) || listedOwner(known, start, tokens.get(p - 1).end())) {
                continue;
            }
            FoundName name = new FoundName(start, end, text.substring(start, end), sentence.index(),
                    EntityType.ORGANIZATION, TypeVote.NER_VOTE, new TypeCues.Cue(EntityType.ORGANIZATION, RULE), null);
            boolean inside = known.stream().filter(name::overlaps)
                    .anyMatch(f -> f.start() < start || f.end() > end || f.entry() != null && f.start() == start && f.end() == end);
            if (!inside) {
                out.add(name);
            }
            p = last;
        }
        return out;
    }

    /**
     * Whether the words before the possessive are a place by the NER and the body's word is not ("London's Science
     * Museum": the city's museum, two names), unlike a whole the NER took for one place ("St Morwenna's Hospital").
     */
    private static boolean placeOwner(List<Token> tokens, int first, int possessive, int body) {
        boolean ownerPlace = tokens.subList(first, possessive).stream().anyMatch(t -> placeTag(t.ner()));
        return ownerPlace && !tokens.get(body).ner().equals(tokens.get(first).ner());
    }

    /** Whether a name list knows the words before the possessive as a name of their own ("Harvard's ..."). */
    private static boolean listedOwner(List<FoundName> known, int start, int end) {
        return known.stream().anyMatch(f -> f.entry() != null && f.start() == start && f.end() == end);
    }

    private static boolean placeTag(String ner) {
        return ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE");
    }

    private static boolean possessive(Token token) {
        return NameKeys.POSSESSIVE.matcher(token.text()).matches() && token.text().length() <= 2;
    }

    private static boolean capitalised(Token token) {
        return token.text().matches("\\p{Lu}[\\p{L}.’-]*");
    }
}
