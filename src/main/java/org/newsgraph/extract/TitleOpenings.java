package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.Token;

/**
 * The "The" a work's title opens with ("released The Quiet Orchard", "Wrenfield Pictures' The Last Lantern"): the
 * tagger reads the capitalised adjectives after it as adjectives and the parse hangs "The" on the last noun as a
 * determiner, so a product's name found from the noun alone loses the words before it. Inside a sentence a capital
 * "The" is written only as a part of a name, so the title starts there. At the start of a sentence, or of a quote
 * inside one ("said \"The A350 fits our plans\""), a capital says nothing, and the name is left as found.
 */
final class TitleOpenings {

    /** How many capitalised words may stand between "The" and the name found: "The Quiet", "The Last Good". */
    private static final int WORDS_WITHIN = 3;

    private TitleOpenings() {
    }

    /**
     * The index of the token a product's name found at {@code from} really starts at: the capital "The" before it,
     * after nothing but capitalised words, inside the sentence; {@code from} itself otherwise.
     */
    static int start(List<Token> tokens, int from) {
        for (int k = from - 1; k >= 1 && k >= from - 1 - WORDS_WITHIN; k--) {
            Token word = tokens.get(k);
            if (word.text().equals("The") && word.end() == tokens.get(k + 1).start() - 1) {
                // after a word or an owner's possessive, not after a quote, a colon or a bracket that opens a sentence
                Token before = tokens.get(k - 1);
                return before.text().matches("\\p{L}[\\p{L}.-]*") || before.pos().equals("POS") ? k : from;
            }
            if (!Character.isUpperCase(word.text().charAt(0)) || !word.text().matches("\\p{L}+")
                    || !word.ner().matches("O|MISC") || !word.pos().matches("JJ.?|NNP|VBN|VBG|RB")
                    || tokens.get(k + 1).start() - word.end() != 1) {
                return from;
            }
        }
        return from;
    }

    /**
     * A product's name with the "The" of its title, when a mention was written so ("The Quiet Orchard"): the names of
     * entities drop a leading "the" ("the Tarven Group" is "Tarven Group"), a title keeps it.
     */
    static String titled(String name, List<String> mentions) {
        String title = "The " + name;
        return mentions.stream().anyMatch(m -> m.strip().equals(title)) ? title : name;
    }
}
