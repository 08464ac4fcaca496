package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The figure parser on 10-K sentences it was never tuned on (text only, no CoreNLP). Skips without ../shared. */
class KpiEdgarEvaluationTest {

    private static final Path DATA = Path.of("../shared/datasets/kpi-edgar/kpi_edgar.jsonl");

    @Test
    void findsAtLeastNinetyPercentOfKpiValues() throws Exception {
        assumeTrue(Files.isRegularFile(DATA), "KPI-EDGAR is not present beside the project");
        KpiEdgarEvaluation.Result result = new KpiEdgarEvaluation().score(DATA);
        assertTrue(result.sentences() > 1000);
        assertTrue(result.valueRecall().value() >= 0.9, "value recall " + result.valueRecall());
    }
}
