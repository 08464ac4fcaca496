package org.newsgraph.nlp;

import java.time.LocalDate;

/** Turns a text into sentences, tokens, entity tags and a dependency parse. {@link NlpPipeline} is the real one. */
public interface Annotator {

    /**
     * @param date the publication date, which anchors relative times, or null
     */
    AnnotatedText annotate(String text, LocalDate date);
}
