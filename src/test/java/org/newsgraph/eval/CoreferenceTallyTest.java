package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreferenceTallyTest {

    private static CoreferenceEvaluation.Decision decision(int article, String kind, String step, boolean answered,
            boolean right) {
        return new CoreferenceEvaluation.Decision(article, "a" + article + ".json", kind, step, answered, right);
    }

    @Test
    void countsRightWrongAndRefusedPerClass() {
        Map<String, CoreferenceTally.Count> counts = CoreferenceTally.byKind(List.of(
                decision(0, "it", "same-sentence", true, true), decision(1, "it", "previous-subject", true, false),
                decision(2, "it", "refused", false, false), decision(2, "they", "none", false, false)));
        assertEquals("right 1, wrong 1, refused 1 of 3", counts.get("it").summary());
        assertEquals("right 0, wrong 0, refused 1 of 1", counts.get("they").summary());
    }

    @Test
    void aStepRightInOneArticleShowsAsSuchAndItsFolds() {
        Map<String, CoreferenceTally.Count> counts = CoreferenceTally.byStep(List.of(
                decision(4, "it", "topic", true, true), decision(4, "it", "topic", true, true),
                decision(1, "it", "same-sentence", true, true), decision(2, "it", "same-sentence", true, true),
                decision(3, "it", "same-sentence", true, false)));
        assertEquals(1, counts.get("topic").rightIn().size());
        assertEquals("right 2 in 2 articles, wrong 1 in 1; folds right/wrong 1/0 and 1/1",
                counts.get("same-sentence").detail());
    }
}
