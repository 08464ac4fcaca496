package org.newsgraph.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Token;

/**
 * A stand-in for CoreNLP in unit tests: sentences end at '.', '!', '?' or a line break; tokens are words and
 * punctuation; no entity tags and no parse. Gazetteer entities and text-level figures still come through.
 */
public final class SimpleAnnotator implements Annotator {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)", Pattern.MULTILINE);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}$€£%.,'’-]*[\\p{L}\\p{N}%]|\\S");

    @Override
    public AnnotatedText annotate(String text, LocalDate date) {
        List<AnnotatedSentence> sentences = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        int index = 0;
        while (s.find()) {
            List<Token> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(s.group());
            while (t.find()) {
                int start = s.start() + t.start();
                int end = s.start() + t.end();
                tokens.add(new Token(index++, sentences.size(), start, end, t.group(), t.group(), "NN", "O", null));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new AnnotatedSentence(sentences.size(), tokens.get(0).start(),
                        tokens.get(tokens.size() - 1).end(), tokens, List.of()));
            }
        }
        return new AnnotatedText(text, sentences);
    }
}
