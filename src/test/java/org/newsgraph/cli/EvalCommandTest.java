package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCommandTest {

    @Test
    void theReportedHalfIsScoredOnlyWhenAskedFor() {
        EvalCommand plain = new EvalCommand();
        new CommandLine(plain).parseArgs("--relations", "--gold", "some/held-out/gold");
        assertEquals("tuning", plain.half);
        EvalCommand asked = new EvalCommand();
        new CommandLine(asked).parseArgs("--relations", "--half", "reported");
        assertEquals("reported", asked.half);
    }
}
