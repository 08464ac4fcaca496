package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.SubjectCases;

class ResolutionEvidenceTest {

    private static CoreferenceEvaluation.Decision decision(int article, int sentence, String step, String details,
            boolean answered, boolean right, boolean figureSentence, String goldType) {
        return new CoreferenceEvaluation.Decision(article, "a" + article + ".json", "it", step, answered, right,
                sentence, figureSentence, goldType, details);
    }

    @Test
    void countsSentencesPerFoldAndStepWithTheWordsDetails() {
        Map<String, SubjectCases.Count[]> counts = ResolutionEvidence.bySentence(List.of(
                // article 0 (fold a): two right answers in one sentence are one example
                decision(0, 3, "previous-subject", "", true, true, false, "ORG"),
                decision(0, 3, "previous-subject", "", true, true, false, "ORG"),
                // article 1 (fold b): an aircraft's "it" resolved to an organisation is wrong, and spoils its sentence
                decision(1, 2, "previous-subject", "", true, true, false, "ORG"),
                decision(1, 2, "previous-subject", "", true, false, false, "PRO"),
                decision(1, 5, "previous-subject", "noun/alone", true, true, false, "ORG"),
                // a sentence holding a figure is the figure gold's; an unanswered mention is no answer
                decision(2, 1, "previous-subject", "", true, false, true, "ORG"),
                decision(2, 4, "previous-subject", "", false, false, false, "ORG")));
        assertEquals("1/1", counts.get("previous-subject")[0].toString());
        assertEquals("0/1", counts.get("previous-subject")[1].toString());
        assertEquals("0/0", counts.get("previous-subject/noun/alone")[0].toString());
        assertEquals("1/1", counts.get("previous-subject/noun/alone")[1].toString());
        assertFalse(counts.containsKey("none"));
    }
}
