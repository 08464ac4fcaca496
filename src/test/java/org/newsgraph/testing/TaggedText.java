package org.newsgraph.testing;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * An annotated text written by hand, as CoreNLP would tag it: {@code "Brightlane/PERSON CEO Marcus/PERSON Hale/PERSON
 * said ."}; sentences end at a lone "." token. Capitalised words are proper nouns (NNP), others nouns. No parse.
 */
public final class TaggedText {

    private TaggedText() {
    }

    public static AnnotatedText of(String tagged) {
        StringBuilder text = new StringBuilder();
        List<AnnotatedSentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int index = 0;
        for (String item : tagged.split(" ")) {
            int slash = item.lastIndexOf('/');
            boolean tagged1 = slash > 0 && item.substring(slash + 1).matches("[A-Z_]+");
            String word = tagged1 ? item.substring(0, slash) : item;
            String ner = tagged1 ? item.substring(slash + 1) : "O";
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : word.matches("\\p{Punct}") ? word : "NN";
            tokens.add(new Token(index++, sentences.size(), start, text.length(), word, word, pos, ner, null));
            if (word.equals(".")) {
                sentences.add(new AnnotatedSentence(sentences.size(), tokens.get(0).start(), text.length(), tokens, List.of()));
                tokens = new ArrayList<>();
            }
        }
        return new AnnotatedText(text.toString(), sentences);
    }
}
