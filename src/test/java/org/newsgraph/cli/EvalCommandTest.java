package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

    @Test
    void cachedOnlyIsRefusedWithoutAFolderOrWithAModeThatAnnotatesOutsideIt() {
        for (String[] args : new String[][] {{"--figures", "--cached-only"},
                {"--figures", "--values", "--cached-only", "--annotations", "ann"},
                {"--coref", "--cached-only", "--annotations", "ann"},
                {"--cached-only", "--annotations", "ann"}}) {
            CommandLine line = new CommandLine(new EvalCommand());
            line.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
            assertNotEquals(0, line.execute(args), String.join(" ", args));
        }
    }
}
