package org.newsgraph.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.newsgraph.cli.Main;
import picocli.CommandLine;

/** Runs the command line in this JVM and keeps what it printed. */
public final class Cli {

    public record Run(int code, String out, String err) {
    }

    private Run last = new Run(0, "", "");

    /** Runs and keeps the output, for tests that assert on the last run's {@link #out()} and {@link #err()}. */
    public int exec(String... args) {
        last = run(args);
        return last.code();
    }

    public String out() {
        return last.out();
    }

    public String err() {
        return last.err();
    }

    /**
     * Runs without a site configuration: tests run in the project's folder, whose own {@code newsgraph.yaml} (the
     * sample's settings) must not decide what they see.
     */
    public static Run run(String... args) {
        return runWith(Path.of("target", "no-config", "newsgraph.yaml"), args);
    }

    /** Runs with the settings of this configuration file. */
    public static Run runWith(Path config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(config);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
