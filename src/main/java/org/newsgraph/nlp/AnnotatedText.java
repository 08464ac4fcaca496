package org.newsgraph.nlp;

import java.util.List;

/** A document after CoreNLP: its text and its sentences. */
public record AnnotatedText(String text, List<AnnotatedSentence> sentences) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }
}
