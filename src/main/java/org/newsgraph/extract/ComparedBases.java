package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The figure a base of comparison is compared with: "51 per cent" in "Turnout was 47.9 per cent, down from 51 per
 * cent" is the turnout of another time, and measures what "47.9 per cent" does. A base is a figure written right after
 * a phrase of {@code compared-base-words.txt} ("down from", "compared with"), which follows, after an
 * optional comma, a figure that ends in the same word ("per cent" and "per cent", "a share" and "a share") or, for
 * bare numbers, in a number too. The text is read only to find the two figures; what the first measures comes from
 * the chain.
 */
final class ComparedBases {

    private static final Set<String> PHRASES = ResourceTable.words(
            "/org/newsgraph/extract/compared-base-words.txt");
    /** How many words the compared figure may run to ("US$ 2.86 billion a share"). */
    private static final int MAX_FIGURE_WORDS = 6;
    /** Tags of the words of a figure after its number: a unit, a rate's "a" or "per", a currency sign. */
    private static final Set<String> UNIT_TAGS = Set.of("NN", "NNS", "DT", "IN", "$", "CD");
    private static final java.util.regex.Pattern CURRENCY_CODE = java.util.regex.Pattern.compile("[A-Z]{3}");

    private ComparedBases() {
    }

    /** The words of the figure {@code span} is the base of, or null when it is compared with none. */
    static List<Token> comparedWith(AnnotatedSentence sentence, List<Token> span) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(span.get(0));
        if (at < 3 || !PHRASES.contains(word(tokens.get(at - 2)) + " " + word(tokens.get(at - 1)))) {
            return null;
        }
        int last = tokens.get(at - 3).pos().equals(",") ? at - 4 : at - 3;
        Token end = span.get(span.size() - 1);
        boolean alike = last >= 0 && (word(tokens.get(last)).equals(word(end))
                || tokens.get(last).pos().equals("CD") && end.pos().equals("CD"));
        if (!alike) {
            return null;
        }
        int number = last;
        while (number >= 0 && last - number < MAX_FIGURE_WORDS && !tokens.get(number).pos().equals("CD")
                && UNIT_TAGS.contains(tokens.get(number).pos())) {
            number--;
        }
        if (number < 0 || last - number >= MAX_FIGURE_WORDS || !tokens.get(number).pos().equals("CD")) {
            return null;
        }
        int first = number;
        while (first > 0 && last - first + 1 < MAX_FIGURE_WORDS && isNumberOrCurrency(tokens.get(first - 1))) {
            first--;
        }
        return tokens.subList(first, last + 1);
    }

    /** A number, a currency sign or a currency's code before the number: "US$ 2.86", "DKK 4.50". */
    private static boolean isNumberOrCurrency(Token token) {
        return token.pos().equals("CD") || token.pos().equals("$") || CURRENCY_CODE.matcher(token.text()).matches();
    }

    private static String word(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
