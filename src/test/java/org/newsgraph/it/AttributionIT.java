package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Main;
import org.newsgraph.eval.Halves;
import picocli.CommandLine;

/**
 * Quality floors for crediting figures, with CoreNLP, on the tuning half of the MEANTIME figure gold (the half the
 * attribution chain is tuned on; the reported half stays a score for the README). A change that credits fewer
 * figures to the right entity or measure, or asserts more wrong subjects, fails here. Skipped where
 * ../shared/datasets/meantime is not present.
 */
class AttributionIT {

    private static final Pattern SCORES = Pattern.compile("MEANTIME figure gold, tuning half[^\\n]*\\n(?:.*\\n)*?"
            + "  on value\\+unit matches: subject (\\d\\.\\d{3}) .*measure (\\d\\.\\d{3}) .*\\n"
            + "  wrong subject asserted on (\\d\\.\\d{3}) ");

    @Test
    void subjectAndMeasureStayAboveTheirFloorsOnTheTuningHalf() {
        assumeTrue(Files.isDirectory(Halves.MEANTIME_DEV) && Files.isDirectory(Halves.MEANTIME_ARTICLES),
                "MEANTIME is not in ../shared/datasets; nothing to score");
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        assertEquals(0, cmd.execute("eval", "--figures", "--half", "tuning", "--kpi-edgar", "target/no-kpi-edgar",
                "--article-timeout", "900"), "a shared machine can be slow: the budget is not what is tested here");
        Matcher m = SCORES.matcher(out.toString());
        assertTrue(m.find(), out.toString());
        double subject = Double.parseDouble(m.group(1));
        double measure = Double.parseDouble(m.group(2));
        double wrong = Double.parseDouble(m.group(3));
        // measured 0.514 / 0.465 / 0.020 when these floors were set (issue 12, session 4: appositions, described
        // names, market indexes, compound measures); targets 0.9 / 0.85 / at most 0.05
        assertTrue(subject >= 0.49, "subject asserted and right " + subject);
        assertTrue(measure >= 0.44, "measure right " + measure);
        assertTrue(wrong <= 0.035, "wrong subject asserted on " + wrong + " of found figures");
    }
}
