package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.GoldEntityEvaluation;
import org.newsgraph.eval.PrecisionRecall;
import org.newsgraph.eval.RelationEvaluation;
import org.newsgraph.extract.Extractor;

/**
 * Session 19's held-out product set B (task s19-products, issue 13): two made-up articles, a car launch and an
 * aircraft order, with hand-made entity and relation gold, written and committed before any extractor read them
 * ({@code src/test/resources/eval/probes-s19-products/B/}), scored once on main's code and once after the session's
 * changes. A regression guard at the values measured at the end of that session, not a quality claim.
 */
class ProductProbesS19IT {

    private static final Path SET = Path.of("src/test/resources/eval/probes-s19-products/B");

    @Test
    void theNamesOfTheHeldOutSetStayAboveTheirFloor() throws IOException {
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(SET.resolve("gold"))) {
            goldFiles = files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
        GoldEntityEvaluation.Result result = new GoldEntityEvaluation(new Extractor())
                .evaluate(goldFiles, SET.resolve("articles"));
        String summary = "found " + result.found() + " of " + result.gold() + ", typed right " + result.typedRight()
                + "; misses " + result.missed();
        // measured at the end of session 19: 36 of 42 found, 32 typed right; on main's code before the session's changes
        // 34 and 30 (the two more are model codes after a listed maker, a change whose forms the set's writer knew)
        assertTrue(result.gold() == 42, summary);
        assertTrue(result.found() >= 36 && result.typedRight() >= 32, summary);
    }

    @Test
    void theRelationsOfTheHeldOutSetStayAboveTheirFloor() throws Exception {
        RelationEvaluation.Result result = new RelationEvaluation(new Extractor()).evaluate(SET.resolve("gold"),
                SET.resolve("articles"));
        PrecisionRecall total = result.total();
        // measured at the end of session 19: P 0.846 R 0.393 (11 of 28 right, 2 extra); before: 10 right, 3 extra
        assertTrue(total.truePositives() >= 11 && total.falsePositives() <= 2,
                total.summary() + "; missed " + result.missed() + "; wrong " + result.wrong());
    }
}
