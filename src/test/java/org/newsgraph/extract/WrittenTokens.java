package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsgraph.nlp.Token;

/**
 * Tokens for hand-made test sentences: words split at spaces, each optionally tagged with its NER label after a slash
 * ("Toyota/ORGANIZATION Prius"), offsets as in the sentence without the tags, a part of speech given by the test.
 */
final class WrittenTokens {

    private WrittenTokens() {
    }

    /** The sentence's tokens; {@code pos} gives each word's part of speech. */
    static List<Token> of(String sentence, UnaryOperator<String> pos) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        int index = 0;
        for (String written : sentence.strip().split(" ")) {
            String word = written.contains("/") ? written.substring(0, written.indexOf('/')) : written;
            String ner = written.contains("/") ? written.substring(written.indexOf('/') + 1) : "O";
            String tag = pos.apply(word);
            tokens.add(new Token(index++, 0, start, start + word.length(), word, word.toLowerCase(), tag, ner, null));
            start += word.length() + 1;
        }
        return tokens;
    }
}
