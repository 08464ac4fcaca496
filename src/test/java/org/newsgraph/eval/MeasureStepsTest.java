package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-step table of the measure chain, on made-up answers. */
class MeasureStepsTest {

    @Test
    void countsEachStepsVerdictsPerSourceWithProposalsApartAndTheEmptyLast() {
        List<MeasureSteps.Answer> answers = List.of(
                new MeasureSteps.Answer("kpi train", "head-noun", true, MeasureSteps.Verdict.RIGHT),
                new MeasureSteps.Answer("kpi train", "head-noun", true, MeasureSteps.Verdict.WRONG),
                new MeasureSteps.Answer("kpi train", "head-noun", false, MeasureSteps.Verdict.PARTIAL),
                new MeasureSteps.Answer("kpi valid", null, false, MeasureSteps.Verdict.EMPTY),
                new MeasureSteps.Answer("kpi valid", "copula", true, MeasureSteps.Verdict.RIGHT),
                new MeasureSteps.Answer("meantime a", "head-noun", true, MeasureSteps.Verdict.RIGHT));
        List<String> table = MeasureSteps.table(answers);
        assertEquals(5, table.size(), String.join("\n", table));
        assertEquals(List.of("step", "kpi", "train", "kpi", "valid", "meantime", "a", "(right/partial/wrong/empty)"),
                List.of(table.get(0).split("\\s+")));
        assertEquals(List.of("copula", "0/0/0/0", "1/0/0/0", "0/0/0/0"), List.of(table.get(1).split("\\s+")));
        assertEquals(List.of("head-noun", "1/0/1/0", "0/0/0/0", "1/0/0/0"), List.of(table.get(2).split("\\s+")));
        assertEquals(List.of("head-noun?", "0/1/0/0", "0/0/0/0", "0/0/0/0"), List.of(table.get(3).split("\\s+")));
        assertEquals(List.of("(none)", "0/0/0/0", "0/0/0/1", "0/0/0/0"), List.of(table.get(4).split("\\s+")));
    }
}
