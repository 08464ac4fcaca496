package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * A move written after a comma behind the figure it changes, with no verb of its own: "more than 1.8 million paying
 * users, up 38% from a year earlier", "revenue of $1.14 billion, up 9%", "carried 21.4 million passengers in the year
 * to December 31, up 11%". The move and the figure are two figures of one quantity, so the move measures what that
 * figure measures; the chain's steps find nothing for it, as its only words are the move's. The text says which figure
 * is nearest before the comma (no verb, comma or conjunction between); the parse must hang the move on that figure or
 * on a word the figure hangs on (its verb: advmod(has, %) beside obj(has, users)), within {@link #MAX_CLIMB} steps.
 */
final class PostposedMoves {

    private static final Set<String> MOVE_WORDS = ResourceTable.words(
            "/org/newsgraph/extract/postposed-move-words.txt");
    /** Named-entity types of the last word of a figure written with numbers: "$1.14 billion", "12%", "8.7 billion". */
    private static final Set<String> FIGURE_TYPES = Set.of("MONEY", "PERCENT", "NUMBER");
    /** Tags that end the search for the figure: a verb, a comma, a conjunction or a colon between the two. */
    private static final Set<String> BREAKS = Set.of(",", "CC", ":");
    /** Words between the figure and the comma, at most: "in the year to December 31" is seven. */
    private static final int MAX_GAP = 8;
    /** Steps from the figure's last word up to the word the move hangs on: "billion" -> "DKK" -> "sold". */
    static final int MAX_CLIMB = 3;

    private PostposedMoves() {
    }

    /**
     * The last word of the figure whose move the given figure is, or null: the figure's own first word (or the word
     * before it) is a move word of {@code postposed-move-words.txt} right after a comma, and the nearest
     * figure before that comma is one the move hangs on, or whose verb or noun it hangs on.
     */
    static Token figureBefore(AnnotatedSentence sentence, List<Token> span, Token head) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(span.get(0));
        int move = at >= 0 && isMoveWord(span.get(0)) ? at : at - 1;
        if (move < 2 || !isMoveWord(tokens.get(move)) || !tokens.get(move - 1).pos().equals(",")) {
            return null;
        }
        Token figure = null;
        List<Token> restated = List.of();
        for (int i = move - 2; i >= 0 && i >= move - 2 - MAX_GAP; i--) {
            Token word = tokens.get(i);
            int opening = word.text().equals(")") ? opening(tokens, i) : -1;
            if (opening > 0) {
                // "revenue of NT$759.7 billion ($23.5 billion), up 36%": the same figure restated in brackets stands
                // between the figure and its move, which the parse may hang on either
                restated = tokens.subList(opening, i + 1);
                i = opening;
                continue;
            }
            if (word.pos().startsWith("VB") || BREAKS.contains(word.pos()) && !joinsNouns(tokens, i)) {
                return null;
            }
            if (endsFigure(sentence, word)) {
                figure = word;
                break;
            }
        }
        if (figure == null) {
            return null;
        }
        Token hung = sentence.head(head);
        if (hung != null && isMoveWord(hung) && !span.contains(hung)) {
            // "up 9%" with "up" outside the figure: obl:npmod(up, %) advmod($, up)
            hung = sentence.head(hung);
        }
        if (hung == null) {
            return null;
        }
        List<Token> above = DependencyWalk.ancestors(sentence, figure);
        return hung.equals(figure) || above.stream().limit(MAX_CLIMB).anyMatch(hung::equals) || restated.contains(hung)
                ? figure : null;
    }

    /** Where the bracket closed at {@code close} opens, within {@link #MAX_GAP} words, or -1. */
    private static int opening(List<Token> tokens, int close) {
        for (int i = close - 1; i >= 0 && i >= close - MAX_GAP; i--) {
            String text = tokens.get(i).text();
            if (text.equals("(")) {
                return i;
            }
            if (text.equals(")")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "spent $720 million on research and development in the quarter, up 18%": a conjunction between two common
     * nouns joins the words of one phrase, not two figures' clauses.
     */
    private static boolean joinsNouns(List<Token> tokens, int at) {
        return tokens.get(at).pos().equals("CC") && at > 0 && at + 1 < tokens.size()
                && tokens.get(at - 1).pos().matches("NNS?") && tokens.get(at + 1).pos().matches("NNS?");
    }

    /** The last word of a figure: a number of money, percent or count, or a noun a number counts ("users"). */
    private static boolean endsFigure(AnnotatedSentence sentence, Token word) {
        if (FIGURE_TYPES.contains(word.ner())) {
            return true;
        }
        return word.pos().startsWith("NN") && sentence.children(word).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, word, c).equals("nummod")
                        && FIGURE_TYPES.contains(c.ner()));
    }

    private static boolean isMoveWord(Token token) {
        return MOVE_WORDS.contains(token.text().toLowerCase(Locale.ROOT));
    }
}
