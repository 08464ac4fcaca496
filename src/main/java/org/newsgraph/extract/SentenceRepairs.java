package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;

/** One repair of misread parses applied to every sentence of a text; the same text when no sentence changed. */
final class SentenceRepairs {

    private SentenceRepairs() {
    }

    static AnnotatedText each(AnnotatedText text, UnaryOperator<AnnotatedSentence> repair) {
        List<AnnotatedSentence> sentences = new ArrayList<>(text.sentences().size());
        boolean changed = false;
        for (AnnotatedSentence sentence : text.sentences()) {
            AnnotatedSentence repaired = repair.apply(sentence);
            changed |= repaired != sentence;
            sentences.add(repaired);
        }
        return changed ? new AnnotatedText(text.text(), sentences) : text;
    }
}
