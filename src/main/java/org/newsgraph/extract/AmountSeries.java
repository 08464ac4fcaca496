package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.figure.Qualifier;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A series of amounts written one after another, "$5.2 billion, $4.8 billion and $4.1 billion", where the parser
 * does not join the later amounts to the first (it hangs one on "for the years", another on a date, or the whole list
 * off a "was" it takes for a modifier). The text still says it is one list: nothing but a comma, "and" or an adverb of
 * approximation ("approximately $0.9 billion") stands between the end of one amount and the start of the next, and
 * both are of one named-entity type (money, percent). This finds the amount just before a given one in such a
 * series, for {@code FigureMeasures}' listed step, which asks the parse first.
 */
final class AmountSeries {

    /** At most this many joining words between two amounts: ", and approximately". */
    private static final int MAX_JOINT = 3;

    private AmountSeries() {
    }

    /**
     * The first token of the amount just before the amount that starts at {@code start} in a written series, or
     * null: a token of type {@code type} (and no joining word) must end that amount, and only joining words may stand
     * between. A joint of a comma alone or of "and" is needed: two amounts side by side ("$5 $6") are no list.
     */
    static Token before(AnnotatedSentence sentence, Token start, String type) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(start) - 1;
        boolean joined = false;
        for (int seen = 0; at >= 0 && seen < MAX_JOINT; seen++, at--) {
            Token word = tokens.get(at);
            if (isJoint(word)) {
                joined = true;
            } else if (!isApproximation(word)) {
                break;
            }
        }
        if (!joined || at < 0) {
            return null;
        }
        Token end = tokens.get(at);
        if (!end.ner().equals(type) || !isAmountWord(end)) {
            return null;
        }
        int first = at;
        while (first > 0 && tokens.get(first - 1).ner().equals(type) && isAmountWord(tokens.get(first - 1))) {
            first--;
        }
        return tokens.get(first);
    }

    private static boolean isJoint(Token word) {
        return word.pos().equals(",") || word.pos().equals("CC") && word.text().toLowerCase(Locale.ROOT).equals("and");
    }

    /** "approximately", "about", "nearly": a one-word qualifier before an amount ({@code qualifiers.tsv}). */
    private static boolean isApproximation(Token word) {
        return Qualifier.of(word.text()) != null;
    }

    private static boolean isAmountWord(Token token) {
        return !token.pos().equals("CC") && !token.pos().equals(",")
                && (token.text().chars().anyMatch(Character::isLetterOrDigit) || token.pos().equals("$")
                || token.text().equals("%"));
    }
}
