package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StepEvidenceTest {

    private static final String HEADER = String.join("\t", "step", "designed", "meantime_right", "meantime_wrong",
            "meantime_sources", "heldout_right", "heldout_wrong", "heldout_sources", "own_right", "own_wrong", "allowed");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # step          | meantime right/wrong | held-out right/wrong | own right/wrong | allowed (- none)
            never-right     | 0 | 0 | 0 | 0 | 5 | 0 | WEAK
            only-wrong      | 0 | 0 | 0 | 1 | 1 | 0 | WEAK
            more-wrong      | 1 | 1 | 1 | 2 | 9 | 0 | WEAK
            right-in-news   | 1 | 0 | 0 | 0 | 0 | 0 | -
            as-often-right  | 1 | 1 | 1 | 1 | 0 | 0 | -
            own-wrong-only  | 2 | 0 | 3 | 0 | 0 | 7 | -
            """)
    void aStepIsWeakWhenNeverRightOrMoreOftenWrongOutsideItsOwnTables(String step, int meantimeRight,
            int meantimeWrong, int heldOutRight, int heldOutWrong, int ownRight, int ownWrong, String allowed) {
        StepEvidence evidence = StepEvidence.parse(List.of("# a comment", HEADER, String.join("\t", step, "likely",
                String.valueOf(meantimeRight), String.valueOf(meantimeWrong), "1", String.valueOf(heldOutRight),
                String.valueOf(heldOutWrong), "1", String.valueOf(ownRight), String.valueOf(ownWrong), "?")));
        assertEquals(allowed.equals("-") ? null : Coreference.Confidence.valueOf(allowed), evidence.allowedFor(step));
    }

    @Test
    void aStepWithNoRowKeepsItsLevel() {
        assertNull(StepEvidence.parse(List.of(HEADER)).allowedFor("previous-subject"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # step            | level after the bundled evidence | why
            speech-frame      | WEAK   | "It will cost $48,000, Ridgeway said": never right outside its own tables, wrong on a product
            counted-back      | WEAK   | right only in passages.txt
            fronted-phrase    | WEAK   | right only in passages.txt
            plural-chain      | WEAK   | right only in passages.txt
            previous-subject  | LIKELY | right in six MEANTIME articles and eight held-out tables
            same-sentence     | SURE   | right in twelve MEANTIME articles
            topic             | WEAK   | its writer's level
            """)
    void theBundledEvidenceLowersOnlyWhatDidNotGeneralise(String step, String level, String why) {
        assertEquals(Coreference.Confidence.valueOf(level), Coreference.Confidence.of(step), why);
    }

    @Test
    void theBundledTablesAllowedColumnIsWhatTheCodeAllows() throws IOException {
        try (InputStream in = StepEvidence.class.getResourceAsStream(StepEvidence.BUNDLED)) {
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).skip(1).toList();
            for (String row : rows) {
                String[] f = row.split("\t");
                Coreference.Confidence allowed = StepEvidence.allowed(Integer.parseInt(f[2]) + Integer.parseInt(f[5]),
                        Integer.parseInt(f[3]) + Integer.parseInt(f[6]));
                assertEquals(allowed == null ? "-" : allowed.label(), f[10], row);
            }
        }
    }
}
