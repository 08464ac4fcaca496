package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Halves;
import org.newsgraph.eval.KpiEdgarEvaluation;
import org.newsgraph.eval.KpiEdgarMeasures;
import org.newsgraph.eval.KpiEdgarTime;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;

/**
 * Floors for KPI-EDGAR on its tuning half (train and valid), with CoreNLP: value recall, the time of found
 * cy/py/py1 values (right among those given a year, and how many right) and what found values measure. Skipped
 * where ../shared/datasets/kpi-edgar is not present. Each sentence is extracted as a text of its own, as
 * {@code eval --figures} does; {@code -Dnewsgraph.annotations=DIR} reads CoreNLP's output from a folder the eval's
 * {@code --annotations} filled (what it lacks is annotated and not kept), which only saves time.
 */
class KpiEdgarIT {

    private static final Path KPI_EDGAR = Path.of("../shared/datasets/kpi-edgar/kpi_edgar.jsonl");

    @Test
    void tuningHalfStaysAboveItsFloors() throws Exception {
        assumeTrue(Files.isRegularFile(KPI_EDGAR), "KPI-EDGAR is not in ../shared/datasets; nothing to score");
        Extractor extractor = RealTextExtractor.fromProperty();
        Map<String, Extraction> done = new HashMap<>();
        // 10-K sentences are extracted as filings, with the learned measure (as eval --figures does)
        Extractor filings = extractor.forFilings();
        BiFunction<String, LocalDate, Extraction> extract = (text, date) -> done.computeIfAbsent(date + "\n" + text,
                key -> filings.extractWithinBudget("kpi-edgar", text, date));
        KpiEdgarTime time = new KpiEdgarTime((text, date) -> {
            try {
                return extract.apply(text, date).figures();
            } catch (RuntimeException e) {
                return List.of();
            }
        });
        KpiEdgarEvaluation.Result values = new KpiEdgarEvaluation(time).score(KPI_EDGAR, Halves.Half.TUNING);
        // session 9, when set: value recall 0.998 (1765/1769); direction 0.886 (62/70)
        assertTrue(values.valueRecall().value() >= 0.99, "value recall " + values.valueRecall());
        assertTrue(values.directionAccuracy().value() >= 0.85, "direction " + values.directionAccuracy());
        // session 9, when set: right 1182, wrong 66, empty 416 of 1664; right of dated 0.947. Both floors, so that
        // leaving times empty cannot buy the ratio.
        KpiEdgarTime.Result times = time.result();
        assertTrue(times.precision().value() >= 0.93 && times.right() >= 1150, "time " + times.line());
        // session 9, when set: 0.337 (593/1761) right on found values
        KpiEdgarMeasures.Result measures = new KpiEdgarMeasures(extract).score(KPI_EDGAR, Halves.Half.TUNING);
        assertTrue(measures.right().value() >= 0.32, "measure right " + measures.right());
        // session 20 (learned measure, trained on train, threshold chosen on valid): 0.464 (817/1761), wrong 250; the
        // wrong floor keeps the model from buying right with wrong. Session 21 (s21-kpi): most of that was the model
        // remembering train's filers (train is scored here; on valid's filers train lacks it added 0 right, 2 wrong):
        // features of at least three filers, threshold, prior and rival gate chosen by cross-validation grouped by
        // filer: 0.402 (708/1761), wrong 247 (the chain alone: 685, 247). Session 42 (s42-kpi): a sentence-opening
        // common noun tagged NNP can be a measure, the model retrained: 0.439 (773/1761), wrong 214 (main: 770, 214).
        // Session 43 (s43-measures): a noun sharing a verb of saying's lemma ("senior notes") and a typographic
        // possessive apostrophe no longer spoil a phrase, the model retrained: 0.442 (779/1761), wrong 216
        assertTrue(measures.right().value() >= 0.441 && measures.wrong() <= 220, "measure right " + measures.right()
                + ", wrong " + measures.wrong());
    }
}
