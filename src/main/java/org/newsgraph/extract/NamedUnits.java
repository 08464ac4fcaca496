package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * Names the article introduces as a part of another firm: "The unit, Norvik Towers, owns 11,500 masts", "its
 * subsidiary Norvik Bank", "Norvik Towers, a unit of Norvik Telecom". News calls a parent by its short name and its
 * unit by the full one, so a short form that such a unit and the firm whose first words it shares could both own is
 * the firm's ({@link ShortForms#mergeShortForms}); two firms of which neither is introduced so stay refused.
 */
final class NamedUnits {

    /** Nouns for a part of a company that has a name of its own. */
    private static final Set<String> UNIT_NOUNS = Set.of("unit", "subsidiary", "division", "arm", "affiliate",
            "offshoot");
    /** Edges between a name's head and a unit noun: "The unit, X" (appos from the noun), "X, a unit of Y" (appos to
     *  it), "its unit X" (the noun a compound of the name). */
    private static final Set<String> UNIT_EDGES = Set.of("appos", "compound");

    private NamedUnits() {
    }

    /** The keys ({@link NameKeys#key}) of the names any mention of which stands beside a unit noun, whatever their
     *  type (only organisations' names are read as units). */
    static Set<String> keys(AnnotatedText doc, List<FoundName> found) {
        Set<String> units = new HashSet<>();
        for (FoundName f : found) {
            AnnotatedSentence sentence = doc.sentences().stream().filter(s -> s.index() == f.sentence()).findFirst()
                    .orElse(null);
            List<Token> tokens = sentence == null ? List.of() : sentence.tokensIn(f.start(), f.end());
            if (!tokens.isEmpty() && besideUnitNoun(sentence, tokens.get(tokens.size() - 1))) {
                units.add(NameKeys.key(f));
            }
        }
        return units;
    }

    private static boolean besideUnitNoun(AnnotatedSentence sentence, Token head) {
        Token governor = sentence.head(head);
        if (governor != null && sentence.relationToHead(head).equals("appos") && isUnitNoun(governor)) {
            return true;
        }
        return sentence.children(head).stream()
                .anyMatch(c -> UNIT_EDGES.contains(sentence.relationToHead(c)) && isUnitNoun(c));
    }

    private static boolean isUnitNoun(Token token) {
        return token.pos().matches("NNS?") && token.lemma() != null
                && UNIT_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT));
    }
}
