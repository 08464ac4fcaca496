package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;

/**
 * Scores what found figures are credited to: on the figures that agree with a gold figure on value and unit, whether
 * the asserted subject and measure are right, how often a wrong subject is asserted, and how right each step of the
 * attribution chain is (the evidence for which steps may assert and which only propose a candidate).
 *
 * @see FigureEvaluation for which figures are found
 */
public final class AttributionEvaluation {

    /**
     * @param subject          asserted subject right, over found figures whose gold has a subject (empty is wrong)
     * @param subjectOrCandidate the same, counting an unsure candidate as the answer
     * @param measure          asserted measure right, over found figures whose gold has a measure
     * @param measureOrCandidate the same with candidates
     * @param wrongSubject     found figures asserted with a subject the gold does not give, over all found figures
     * @param subjectSteps     per chain step (suffixed "?" for candidates): its answers that were right
     * @param measureSteps     the same for measures
     */
    public record Result(Accuracy subject, Accuracy subjectOrCandidate, Accuracy measure, Accuracy measureOrCandidate,
                         Accuracy wrongSubject, Map<String, Accuracy> subjectSteps, Map<String, Accuracy> measureSteps,
                         List<String> errors) {

        public static final Result EMPTY = new Result(Accuracy.NONE, Accuracy.NONE, Accuracy.NONE, Accuracy.NONE,
                Accuracy.NONE, Map.of(), Map.of(), List.of());

        public Result plus(Result o) {
            List<String> allErrors = new ArrayList<>(errors);
            allErrors.addAll(o.errors);
            return new Result(subject.plus(o.subject), subjectOrCandidate.plus(o.subjectOrCandidate),
                    measure.plus(o.measure), measureOrCandidate.plus(o.measureOrCandidate),
                    wrongSubject.plus(o.wrongSubject), merge(subjectSteps, o.subjectSteps),
                    merge(measureSteps, o.measureSteps), allErrors);
        }

        private static Map<String, Accuracy> merge(Map<String, Accuracy> a, Map<String, Accuracy> b) {
            Map<String, Accuracy> out = new TreeMap<>(a);
            b.forEach((step, accuracy) -> out.merge(step, accuracy, Accuracy::plus));
            return out;
        }
    }

    public Result score(String text, Extraction extraction, GoldFile gold) {
        Accuracy subject = Accuracy.NONE;
        Accuracy subjectOrCandidate = Accuracy.NONE;
        Accuracy measure = Accuracy.NONE;
        Accuracy measureOrCandidate = Accuracy.NONE;
        Accuracy wrong = Accuracy.NONE;
        Map<String, Accuracy> subjectSteps = new TreeMap<>();
        Map<String, Accuracy> measureSteps = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (GoldFile.GoldFigure g : gold.figures()) {
            List<int[]> spans = FigureEvaluation.occurrences(text, g.text());
            Figure p = extraction.figures().stream().filter(f -> FigureEvaluation.overlaps(f, spans)
                    && FigureEvaluation.sameValue(f, g) && FigureEvaluation.sameUnit(f, g)).findFirst().orElse(null);
            if (p == null) {
                continue;
            }
            String asserted = extraction.nameOf(p.subject());
            String candidate = p.subject() != null ? asserted : extraction.nameOf(p.how().subjectCandidate());
            boolean assertedRight = asserted != null && g.subject() != null
                    && FigureEvaluation.sameSubject(asserted, g.subject());
            boolean candidateRight = candidate != null && g.subject() != null
                    && FigureEvaluation.sameSubject(candidate, g.subject());
            wrong = wrong.plus(asserted != null && !assertedRight);
            if (g.subject() != null) {
                subject = subject.plus(assertedRight);
                subjectOrCandidate = subjectOrCandidate.plus(candidateRight);
                if (candidate != null) {
                    String step = p.how().subjectStep() + (p.subject() == null ? "?" : "");
                    subjectSteps.merge(step, new Accuracy(candidateRight ? 1 : 0, 1), Accuracy::plus);
                }
            }
            String measured = p.measure() != null ? p.measure() : p.how().measureCandidate();
            boolean measureRight = g.measure() != null && FigureEvaluation.sameMeasure(p.measure(), g.measure());
            boolean measuredRight = g.measure() != null && FigureEvaluation.sameMeasure(measured, g.measure());
            if (g.measure() != null) {
                measure = measure.plus(measureRight);
                measureOrCandidate = measureOrCandidate.plus(measuredRight);
                if (measured != null) {
                    String step = p.how().measureStep() + (p.measure() == null ? "?" : "");
                    measureSteps.merge(step, new Accuracy(measuredRight ? 1 : 0, 1), Accuracy::plus);
                }
            }
            if (!assertedRight || !measureRight) {
                errors.add(gold.article() + ": '" + g.text() + "' subject " + asserted
                        + (p.subject() == null ? " (candidate " + candidate + ")" : "") + " by "
                        + p.how().subjectStep() + ", gold " + g.subject() + "; measure " + p.measure()
                        + (p.measure() == null ? " (candidate " + measured + ")" : "") + " by "
                        + p.how().measureStep() + ", gold " + g.measure());
            }
        }
        return new Result(subject, subjectOrCandidate, measure, measureOrCandidate, wrong, subjectSteps,
                measureSteps, errors);
    }
}
