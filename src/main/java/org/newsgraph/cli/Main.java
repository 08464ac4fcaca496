package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph}: the command line. Only parses options and calls {@link org.newsgraph.Newsgraph}. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns news articles into a knowledge graph and a browsable static site.",
        subcommands = {BuildCommand.class, ExtractCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Newsgraph's exit codes: 0 done, 1 some input failed, 2 usage error. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsgraph: " + e.getMessage());
            return e instanceof org.newsgraph.ConfigurationException ? 2 : 1;
        });
    }
}
