package org.newsgraph.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.BuildConfig;
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

    @Option(names = "--port", paramLabel = "N", description = {"HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free "
            + "one). Unless --base is given, the site is built with http://localhost:PORT/ as its base IRI."})
    int port = 8080;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop a SPARQL query after this long (default: ${DEFAULT-VALUE}).")
    long timeout = QueryPolicy.DEFAULT.timeout().toSeconds();

    @Option(names = "--max-rows", paramLabel = "N", description = "Most results a SPARQL query returns (default: ${DEFAULT-VALUE}).")
    long maxRows = QueryPolicy.DEFAULT.maxRows();

    /**
     * The base IRI to build with: the one given with {@code --base}, else this server's own address, so that the
     * IRIs in the pages and the graph resolve to the pages served (with {@code --port 0} the port is not known
     * before the build: the default stays).
     */
    static String baseFor(int port, String base, boolean givenBase) {
        return givenBase || port <= 0 ? base : "http://localhost:" + port + "/";
    }

    @Override
    public Integer call() throws Exception {
        DevServer.Settings settings;
        try {
            BuildConfig config = project.config();
            String base = baseFor(port, config.base(), spec.commandLine().getParseResult().hasMatchedOption("--base"));
            config = config.withBase(base);
            settings = new DevServer.Settings(config, port, new QueryPolicy(Duration.ofSeconds(timeout), maxRows));
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
