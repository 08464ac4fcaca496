package org.newsgraph.sparql;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;

/** Runs one query over a site's graph under a {@link QueryPolicy} and prints the result in a {@link ResultFormat}. */
public final class QueryRunner {

    private final SiteGraph graph;
    private final QueryPolicy policy;

    public QueryRunner(SiteGraph graph, QueryPolicy policy) {
        this.graph = graph;
        this.policy = policy;
    }

    /**
     * @throws QueryRejectedException when the query is invalid, an update, uses SERVICE, or asks for a format its
     *                                result cannot take; also when it runs past the timeout
     */
    public void run(String sparql, ResultFormat format, OutputStream out) {
        Query query = policy.prepare(sparql);
        if ((query.isConstructType() || query.isDescribeType()) && (format == ResultFormat.csv || format == ResultFormat.tsv)) {
            throw new QueryRejectedException("a " + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                    + " query gives a graph, not a table; use --format ttl or json");
        }
        if ((query.isSelectType() || query.isAskType()) && format == ResultFormat.ttl) {
            throw new QueryRejectedException("a SELECT or ASK query gives a table; use --format table, csv, tsv or json");
        }
        Context context = new Context();
        policy.configure(context);
        QueryExecBuilder builder = QueryExec.dataset(graph.dataset()).query(query).context(context)
                .timeout(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            Txn.executeRead(graph.dataset(), () -> {
                try (QueryExec exec = builder.build(); QueryBudget.Watch watch = QueryBudget.watch(exec,
                        policy.timeout())) {
                    print(query, exec, format, out);
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryRejectedException("the query ran longer than " + policy.timeout().toSeconds()
                    + " s and was stopped; narrow it, or raise --timeout");
        }
    }

    private static void print(Query query, QueryExec exec, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rows = ResultSet.adapt(DecimalForm.of(exec.select()));
            switch (format) {
                case csv -> ResultSetMgr.write(out, rows, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(out, rows, ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(out, rows, ResultSetLang.RS_JSON);
                default -> ResultSetFormatter.out(out, rows, query.getPrologue());
            }
        } else if (query.isAskType()) {
            boolean answer = exec.ask();
            switch (format) {
                case csv -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                default -> {
                    PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
                    printer.println(answer ? "yes" : "no");
                }
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            Graph result = DecimalForm.of(query.isConstructType() ? exec.construct() : exec.describe());
            result.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            RDFWriter.source(result).format(format == ResultFormat.json ? RDFFormat.JSONLD11_PRETTY : RDFFormat.TURTLE_PRETTY)
                    .output(out);
        } else {
            throw new QueryRejectedException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported");
        }
    }
}
