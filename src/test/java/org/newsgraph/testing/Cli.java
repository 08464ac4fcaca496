package org.newsgraph.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
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

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
