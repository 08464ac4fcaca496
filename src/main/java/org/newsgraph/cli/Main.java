package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.newsgraph.ProjectConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/** {@code newsgraph}: the command line. Only parses options and calls {@link org.newsgraph.Newsgraph}. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns news articles into a knowledge graph and a browsable static site.",
        subcommands = {BuildCommand.class, ExtractCommand.class, EvalCommand.class, NewCommand.class, CheckCommand.class,
                QueryCommand.class, ServeCommand.class, GazetteerCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with Newsgraph's exit codes: 0 done, 1 some input failed, 2 usage error; options default to
     * the settings of {@code newsgraph.yaml} in the current folder, if there is one.
     */
    public static CommandLine commandLine() {
        return commandLine(Path.of(ProjectConfig.FILE_NAME));
    }

    /**
     * The same with the settings of this configuration file. A file with problems stops the commands it configures
     * ({@code build}, {@code serve}, {@code new}, {@code query}) with exit code 2; {@code check} lists them with the
     * articles' problems.
     */
    public static CommandLine commandLine(Path configFile) {
        ProjectConfig config;
        try {
            config = ProjectConfig.read(configFile);
        } catch (IOException e) {
            throw new UncheckedIOException(configFile + ": cannot be read", e);
        }
        CommandLine commandLine = new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsgraph: " + e.getMessage());
            return e instanceof org.newsgraph.ConfigurationException ? 2 : 1;
        });
        commandLine.setDefaultValueProvider(new ConfigDefaults(config));
        commandLine.setExecutionStrategy(parsed -> execute(parsed, config));
        return commandLine;
    }

    private static int execute(ParseResult parsed, ProjectConfig config) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        CommandLine command = last.commandSpec().commandLine();
        Object target = command.getCommand();
        boolean asksForHelp = last.isUsageHelpRequested() || last.isVersionHelpRequested()
                || target instanceof CommandLine.HelpCommand || target instanceof Main;
        if (target instanceof CheckCommand check) {
            check.configProblems = config.problems();
        } else if (!config.ok() && !asksForHelp && ConfigDefaults.configures(command.getCommandName())) {
            config.problems().forEach(command.getErr()::println);
            command.getErr().println("newsgraph: " + config.problems().size() + " problem(s) in " + config.file()
                    + "; fix them, or run 'newsgraph check' to see them with the articles' problems");
            return 2;
        }
        if (!asksForHelp && (target instanceof BuildCommand || target instanceof ServeCommand)) {
            // The commands that render: the render's code on C1 only, CoreNLP's on C2 as usual (render-c1.json).
            // Not for the others, whose runs are too short to repay the diagnostic command's start (~0.2 CPU s).
            CompilerSetup.apply();
        }
        return new CommandLine.RunLast().execute(parsed);
    }
}
