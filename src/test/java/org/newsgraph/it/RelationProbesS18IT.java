package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.PrecisionRecall;
import org.newsgraph.eval.RelationEvaluation;
import org.newsgraph.extract.Extractor;

/**
 * Session 18's relation probe sets (task s18-relations, issue 13): eight made-up business articles with hand-made
 * relation gold, written and committed before any extractor read them ({@code src/test/resources/eval/
 * probes-s18-relations/}). Set A was worked from; set B was held out, scored once before and once after the session's
 * changes. Both are regression guards at the values measured at the end of that session, not quality claims.
 */
class RelationProbesS18IT {

    private static final Path PROBES = Path.of("src/test/resources/eval/probes-s18-relations");

    private static RelationEvaluation.Result score(String set) throws Exception {
        return new RelationEvaluation(new Extractor()).evaluate(PROBES.resolve(set).resolve("gold"),
                PROBES.resolve(set).resolve("articles"));
    }

    @Test
    void workedSetStaysAboveItsFloor() throws Exception {
        RelationEvaluation.Result result = score("A");
        PrecisionRecall total = result.total();
        // measured at the end of session 18: P 0.931 R 0.540 (27 of 50 right, 2 extra); before the session's changes 24
        // right, 3 extra (with the gold's one mend, see the s18 notes)
        assertTrue(total.truePositives() >= 27 && total.falsePositives() <= 2,
                total.summary() + "; missed " + result.missed() + "; wrong " + result.wrong());
    }

    @Test
    void heldOutSetStaysAboveItsFloor() throws Exception {
        RelationEvaluation.Result result = score("B");
        PrecisionRecall total = result.total();
        // measured at the end of session 18: P 0.576 R 0.333 (19 of 57 right, 14 extra), the same as before the session's
        // changes: none of them moved a held-out relation
        assertTrue(total.truePositives() >= 19 && total.falsePositives() <= 14, total.summary());
    }
}
