package org.newsgraph.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.newsgraph.cli.Main;
import picocli.CommandLine;

/** Runs the command line in this JVM and keeps what it printed. */
public final class Cli {

    public record Run(int code, String out, String err) {
    }

    private Cli() {
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
