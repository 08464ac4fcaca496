package org.newsgraph.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the subject-case evidence (a group or a case of {@code SubjectCases}) counted in sentences: the answers
 * of a row in one sentence come from one parse and one path, so they are one example, right only when every one of
 * them is right. Each sentence is counted under its source (0 the MEANTIME gold, 1 the own gold) and its fold
 * ({@code Halves.Fold} ordinal); the answers themselves are kept as a figure count beside it.
 */
public final class SentenceTally {

    /** Where a sentence counts, and whether all its answers so far were right. */
    private record Sentence(int source, int fold, boolean right) {
    }

    private final Map<String, Sentence> sentences = new LinkedHashMap<>();
    private Accuracy figures = Accuracy.NONE;

    /** One answer: {@code sentence} names the sentence uniquely (source, article and sentence index). */
    public void add(String sentence, int source, int fold, boolean right) {
        sentences.merge(sentence, new Sentence(source, fold, right),
                (was, now) -> new Sentence(was.source(), was.fold(), was.right() && now.right()));
        figures = figures.plus(right);
    }

    /** Sentences right of those counted: from the MEANTIME gold, the own gold, fold a, fold b. */
    public Accuracy[] row() {
        Accuracy[] row = {Accuracy.NONE, Accuracy.NONE, Accuracy.NONE, Accuracy.NONE};
        for (Sentence sentence : sentences.values()) {
            row[sentence.source()] = row[sentence.source()].plus(sentence.right());
            row[2 + sentence.fold()] = row[2 + sentence.fold()].plus(sentence.right());
        }
        return row;
    }

    /** The answers (figures) right of those counted. */
    public Accuracy figures() {
        return figures;
    }
}
