package org.newsgraph.extract;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a figure's subject and measure were found, and the answers the extractor is not sure of. A figure's own
 * {@code subject} and {@code measure} hold sure answers only; an unsure one is kept here as a candidate, so that the
 * graph and pages can show it as such and never as a fact.
 *
 * @param subjectCandidate id of the entity the figure is probably about, when not sure; else null
 * @param subjectStep      the step of the attribution chain that found the subject or its candidate
 *                         ({@link FigureContext} lists them), or null when none did
 * @param measureCandidate what is probably measured, when not sure; else null
 * @param measureStep      the step that found the measure or its candidate, or null
 * @param otherSubjects    ids of the further entities the figure is equally about, found by the same step, as sure
 *                         as the subject (or its candidate): "Walmart and Intuit spend millions each month", "these
 *                         companies spend millions"; empty for most figures
 * @param subjectCase      the step with what it went through ("nsubj/organization", "coreference/described"): the case
 *                         of {@link SubjectCases} that decided whether the subject is asserted; null when none answered
 * @param unitStep         how the unit was found when the text does not state it ("article-currency": a bare amount
 *                         took the one currency of the article's amounts); null when the text states it
 * @param measureConfidence the probability a learned step gave its measure ({@link LearnedMeasures}: step
 *                         {@code learned-measure}); null for a rule's answer
 * @param subjectConfidence the probability a learned step gave its asserted subject ({@link LearnedSubjects}: step
 *                         {@code learned-subject}); null for a rule's answer
 */
public record Attribution(String subjectCandidate, String subjectStep, String measureCandidate, String measureStep,
                          List<String> otherSubjects, String subjectCase, String unitStep, Double measureConfidence,
                          Double subjectConfidence) {

    public static final Attribution NONE = new Attribution(null, null, null, null);

    @com.fasterxml.jackson.annotation.JsonCreator
    public Attribution {
        otherSubjects = otherSubjects == null ? List.of() : List.copyOf(otherSubjects);
    }

    public Attribution(String subjectCandidate, String subjectStep, String measureCandidate, String measureStep,
                       List<String> otherSubjects, String subjectCase, String unitStep, Double measureConfidence) {
        this(subjectCandidate, subjectStep, measureCandidate, measureStep, otherSubjects, subjectCase, unitStep,
                measureConfidence, null);
    }

    public Attribution(String subjectCandidate, String subjectStep, String measureCandidate, String measureStep,
                       List<String> otherSubjects, String subjectCase, String unitStep) {
        this(subjectCandidate, subjectStep, measureCandidate, measureStep, otherSubjects, subjectCase, unitStep, null);
    }

    public Attribution(String subjectCandidate, String subjectStep, String measureCandidate, String measureStep,
                       List<String> otherSubjects, String subjectCase) {
        this(subjectCandidate, subjectStep, measureCandidate, measureStep, otherSubjects, subjectCase, null);
    }

    public Attribution(String subjectCandidate, String subjectStep, String measureCandidate, String measureStep) {
        this(subjectCandidate, subjectStep, measureCandidate, measureStep, List.of());
    }

    public Attribution(String subjectCandidate, String subjectStep, String measureCandidate, String measureStep,
                       List<String> otherSubjects) {
        this(subjectCandidate, subjectStep, measureCandidate, measureStep, otherSubjects, subjectStep);
    }

    /**
     * How sure the coreference is that gave the subject ("sure", "likely", "weak":
     * {@link org.newsgraph.extract.coref.Coreference.Confidence}), read from the case's reason
     * ("coreference/previous-subject/far": previous-subject); null when the subject did not come by coreference.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String subjectCoreference() {
        if (!"coreference".equals(subjectStep) || subjectCase == null || !subjectCase.startsWith("coreference/")) {
            return null;
        }
        return org.newsgraph.extract.coref.Coreference.Confidence.of(subjectCase.split("/")[1]).label();
    }

    public Attribution withSubjectCandidate(String id) {
        return new Attribution(id, subjectStep, measureCandidate, measureStep, otherSubjects, subjectCase, unitStep,
                measureConfidence, subjectConfidence);
    }

    /** The same, with the unit found by {@code step} rather than stated. */
    public Attribution withUnitStep(String step) {
        return new Attribution(subjectCandidate, subjectStep, measureCandidate, measureStep, otherSubjects, subjectCase,
                step, measureConfidence, subjectConfidence);
    }

    /** The same with every entity id mapped (ids the map drops are left out). */
    public Attribution withIds(UnaryOperator<String> ids) {
        return new Attribution(subjectCandidate == null ? null : ids.apply(subjectCandidate), subjectStep,
                measureCandidate, measureStep, otherSubjects.stream().map(ids).filter(java.util.Objects::nonNull)
                .toList(), subjectCase, unitStep, measureConfidence, subjectConfidence);
    }
}
