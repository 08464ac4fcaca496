package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.Newsgraph;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.ResultFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Run a SPARQL query over the built graph (site/data/graph.trig).",
        description = {"The default graph is the union of all articles; GRAPH ?article { ... } reaches one article.",
                "Read-only: updates and SERVICE are refused. Exit code 1 when the query is refused or times out."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The query, in quotes.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the query from a file (.rq).")
        Path file;
    }

    @ArgGroup(multiplicity = "1")
    Source source;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (default), csv, tsv, json; CONSTRUCT and DESCRIBE give Turtle (ttl) or JSON-LD (json).")
    ResultFormat format = ResultFormat.table;

    @Option(names = "--site", paramLabel = "DIR", description = "The built site (default: ${DEFAULT-VALUE}).")
    Path site = Path.of("site");

    @Option(names = "--store", paramLabel = "DIR", description = {"Keep the graph in a Jena TDB2 database in DIR "
            + "instead of reading it into memory for every query: loaded the first time and whenever the site's "
            + "graph changed, then opened at once. For archives whose graph is larger than the heap. DIR is a new "
            + "folder, one query loaded before, or a build's store that holds this site's graph; any other database "
            + "there is refused, never replaced. Without it, the "
            + "store of the build that wrote the site is used when it holds the site's graph (found also with a "
            + "custom build --cache)."})
    Path store;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the query after this long (default: ${DEFAULT-VALUE}).")
    long timeout = 60;

    @Override
    public Integer call() throws Exception {
        if (source.file != null && !Files.isReadable(source.file)) {
            throw new ParameterException(spec.commandLine(), "cannot read the query file " + source.file);
        }
        String sparql = source.file != null ? Files.readString(source.file, StandardCharsets.UTF_8) : source.text;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Newsgraph.query(site, store, sparql, format, new QueryPolicy(Duration.ofSeconds(Math.max(1, timeout)), 0), out,
                spec.commandLine().getErr()::println);
        spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
