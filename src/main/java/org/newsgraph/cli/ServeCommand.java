package org.newsgraph.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.serve.DevServer;
import org.newsgraph.sparql.QueryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the site and a read-only SPARQL endpoint; rebuild and reload pages when articles change.",
        description = {"Builds, then serves site/ at http://localhost:PORT/ and the graph at /sparql (SPARQL 1.1 query "
                + "protocol, GET or POST; updates and SERVICE refused; CORS on). Watches the articles (and "
                + "_entities.yaml) and the templates, rebuilds what changed, and open pages reload. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop a SPARQL query after this long (default: ${DEFAULT-VALUE}).")
    long timeout = QueryPolicy.DEFAULT.timeout().toSeconds();

    @Option(names = "--max-rows", paramLabel = "N", description = "Most results a SPARQL query returns (default: ${DEFAULT-VALUE}).")
    long maxRows = QueryPolicy.DEFAULT.maxRows();

    @Override
    public Integer call() throws Exception {
        DevServer.Settings settings;
        try {
            settings = new DevServer.Settings(project.config(), port, new QueryPolicy(Duration.ofSeconds(timeout), maxRows));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        DevServer server = new DevServer(project.newsgraph(spec), settings, spec.commandLine().getOut());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // The JVM is going away; nothing is left to clean up that matters.
            }
        }));
        server.start();
        server.join();
        return 0;
    }
}
