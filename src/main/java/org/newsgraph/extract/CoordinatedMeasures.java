package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * "Depreciation and amortization expense was $44 million", "Licensing and other revenue was $9.1 million": filings name
 * one line item by two nouns joined by "and", and the parser makes the first noun the head, with the second its
 * {@code conj:and}. A step that finds the first noun ("depreciation", "licensing") names only half the line item, and
 * wrongly. This finds the second noun of such a pair, when nothing but "and" and the second noun's own left modifiers
 * ("amortization", "other") stands between the two, so that {@code FigureMeasures} names both
 * ("depreciation and amortization expense"). A list with commas ("property, equipment and ...") is no such pair.
 */
final class CoordinatedMeasures {

    private static final String AND = "and";

    private CoordinatedMeasures() {
    }

    /**
     * The noun joined to {@code first} by "and" right after it, or null: a {@code conj:and} dependent of {@code first}
     * after it, a common noun, with only its "and" and its own modifiers between the two.
     */
    static Token joinedAfter(AnnotatedSentence sentence, Token first) {
        for (Token second : sentence.children(first)) {
            if (!sentence.relationToHead(second).equals("conj:and") || second.index() <= first.index()
                    || !second.pos().startsWith("NN") || second.pos().startsWith("NNP")) {
                continue;
            }
            return onlyModifiersBetween(sentence, first, second) ? second : null;
        }
        return null;
    }

    /** Every word between the two is the second's "and" or hangs on the second (one step up) as a modifier before it. */
    private static boolean onlyModifiersBetween(AnnotatedSentence sentence, Token first, Token second) {
        List<Token> tokens = sentence.tokens();
        int from = tokens.indexOf(first);
        int to = tokens.indexOf(second);
        int ands = 0;
        for (int i = from + 1; i < to; i++) {
            Token word = tokens.get(i);
            String relation = sentence.relationToHead(word);
            if (relation.equals("cc") && word.text().toLowerCase(Locale.ROOT).equals(AND)
                    && second.equals(sentence.head(word))) {
                ands++;
            } else if (!second.equals(sentence.head(word)) || !(relation.equals("amod")
                    || relation.equals("compound")) || !word.text().chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return ands == 1 && tokens.get(from + 1).text().toLowerCase(Locale.ROOT).equals(AND);
    }
}
