package org.newsgraph.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.extract.ResolutionSteps;
import org.newsgraph.extract.SubjectCases;

/**
 * Evidence for a subject group that resolves "it", "its" or "the company" ({@code SubjectCases}), from text nobody
 * here wrote: MEANTIME's coreference gold. A figure found through coreference is right only when two things are:
 * the figure's own phrase or verb names the word (the structure the {@code near} group shares) and the word stands
 * for the organisation coreference gives it. The figure gold counts both together but holds few such sentences; the
 * coreference gold counts the second for every referring mention MEANTIME links to a named entity, of any type (an
 * "its" that is an aircraft's or an index's is wrong when resolved to an organisation), whether or not a figure is
 * near it.
 *
 * <p>Counted per coreference step that answered ("previous-subject"), in sentences like the figure evidence
 * ({@link SentenceTally}: a sentence is right only when every answer of the step in it is right), per fold of the half
 * ({@link Halves.Fold}: the article's index in the half, alternating, as for the figure gold). A sentence in which the
 * extraction found a figure is left out: the figure gold already counts it when a group answered there, and a
 * sentence must not count twice.
 */
public final class ResolutionEvidence {

    private ResolutionEvidence() {
    }

    /**
     * Per step with the resolved word's details ("previous-subject/noun/alone", as in a figure's case key), the
     * sentences right of those counted on fold a and on fold b.
     */
    public static Map<String, SubjectCases.Count[]> bySentence(List<CoreferenceEvaluation.Decision> decisions) {
        Map<String, Map<String, Boolean>> sentences = new TreeMap<>();
        Map<String, Integer> folds = new TreeMap<>();
        for (CoreferenceEvaluation.Decision decision : decisions) {
            if (!decision.answered() || decision.figureSentence() || decision.sentence() < 0) {
                continue;
            }
            String sentence = decision.file() + "\t" + decision.sentence();
            String step = decision.details().isEmpty() ? decision.step() : decision.step() + "/" + decision.details();
            sentences.computeIfAbsent(step, k -> new TreeMap<>())
                    .merge(sentence, decision.right(), Boolean::logicalAnd);
            folds.put(sentence, Halves.Fold.ofIndex(decision.article()).ordinal());
        }
        Map<String, SubjectCases.Count[]> counts = new TreeMap<>();
        sentences.forEach((step, rights) -> counts.put(step, perFold(rights, folds)));
        return counts;
    }

    /**
     * Per group of {@code subject-resolution-evidence.tsv}, the sentences right of those counted on fold a and on fold
     * b, counting the steps the table's second column names for that group ({@link ResolutionSteps}): what the
     * table's third and fourth columns must hold. A sentence counts once for a group, right only when every answer of
     * the group's steps in it is right (two steps in one sentence are one example, as in {@link #bySentence}).
     */
    public static Map<String, SubjectCases.Count[]> byGroup(List<CoreferenceEvaluation.Decision> decisions,
            ResolutionSteps steps) {
        Map<String, SubjectCases.Count[]> counts = new java.util.LinkedHashMap<>();
        steps.groups().forEach((group, groupSteps) -> {
            Map<String, Boolean> rights = new TreeMap<>();
            Map<String, Integer> folds = new TreeMap<>();
            for (CoreferenceEvaluation.Decision decision : decisions) {
                if (!decision.answered() || decision.figureSentence() || decision.sentence() < 0) {
                    continue;
                }
                String step = decision.details().isEmpty() ? decision.step()
                        : decision.step() + "/" + decision.details();
                if (!groupSteps.counts(step)) {
                    continue;
                }
                String sentence = decision.file() + "\t" + decision.sentence();
                rights.merge(sentence, decision.right(), Boolean::logicalAnd);
                folds.put(sentence, Halves.Fold.ofIndex(decision.article()).ordinal());
            }
            counts.put(group, perFold(rights, folds));
        });
        return counts;
    }

    /** Sentences right of those counted, on fold a and on fold b. */
    private static SubjectCases.Count[] perFold(Map<String, Boolean> rights, Map<String, Integer> folds) {
        int[] right = new int[2];
        int[] checked = new int[2];
        rights.forEach((sentence, isRight) -> {
            int fold = folds.get(sentence);
            checked[fold]++;
            right[fold] += isRight ? 1 : 0;
        });
        return new SubjectCases.Count[] {new SubjectCases.Count(right[0], checked[0]),
                new SubjectCases.Count(right[1], checked[1])};
    }
}
