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

    /**
     * Floor on the tuning half (train and valid), where the change classes were written: 0.884 (61/69) when set,
     * 0.493 before "a rise in profits of 12%", lists of changes and change verbs' "by" past a date were read.
     */
    @Test
    void readsTheDirectionOfMostChangesOnTheTuningHalf() throws Exception {
        assumeTrue(Files.isRegularFile(DATA), "KPI-EDGAR is not present beside the project");
        KpiEdgarEvaluation.Result result = new KpiEdgarEvaluation().score(DATA, Halves.Half.TUNING);
        assertTrue(result.directionAccuracy().value() >= 0.85, "direction accuracy " + result.directionAccuracy());
    }

    /**
     * Ceiling on the tuning half: found levels (cy/py/py1) the parser reads as changes, 30 of 1695 when set (60 before
     * accounts' gains, premiums and discounts were read as amounts); what is left is worded as a change ("reduced the
     * balance by $646 million") though the gold calls it the year's level.
     */
    @Test
    void readsFewLevelsAsChangesOnTheTuningHalf() throws Exception {
        assumeTrue(Files.isRegularFile(DATA), "KPI-EDGAR is not present beside the project");
        KpiChangeLevel.Result levels = new KpiEdgarEvaluation().score(DATA, Halves.Half.TUNING).levelsAsChanges();
        assertTrue(levels.levels() > 1500, "found levels " + levels.levels());
        assertTrue(levels.readAsChange() <= 35, "levels as changes " + levels.line());
    }
}
