package org.newsgraph.extract;

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
 */
public record Attribution(String subjectCandidate, String subjectStep, String measureCandidate, String measureStep) {

    public static final Attribution NONE = new Attribution(null, null, null, null);

    public Attribution withSubjectCandidate(String id) {
        return new Attribution(id, subjectStep, measureCandidate, measureStep);
    }
}
