package org.newsgraph.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.newsgraph.BuildConfig;
import org.newsgraph.BuildReport;
import org.newsgraph.ConfigurationException;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.io.OldFolders;
import org.newsgraph.io.SiteLock;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.SiteGraph;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph serve}: serves {@code site/} and the graph at {@code /sparql} (read-only Fuseki, CORS on) from one
 * port, builds, rebuilds when an input changes and makes open pages reload. One worker thread warms up the NLP
 * pipeline and the renderer and then does every rebuild, so builds never overlap and the pipeline stays warm.
 */
public final class DevServer implements AutoCloseable {

    /**
     * @param port   the HTTP port; 0 picks a free one
     * @param policy timeout and row limit of SPARQL queries
     */
    public record Settings(BuildConfig build, int port, QueryPolicy policy) {

        public Settings {
            Objects.requireNonNull(build, "build");
            Objects.requireNonNull(policy, "policy");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535: " + port);
            }
        }
    }

    /** How long a burst of file events must be quiet before a rebuild starts: an editor's save is several events. */
    private static final Duration SETTLE = Duration.ofMillis(100);

    private final Newsgraph newsgraph;
    private final Settings settings;
    private final PrintWriter log;
    private final SiteGraph graph;
    private final LiveReload reload = new LiveReload();
    /** The previous sites that rebuilds put aside, deleted after each rebuild is served (not on its way). */
    private final OldFolders oldSites = OldFolders.inBackground();
    /** Requests read the site under its read side, builds commit under its write side. */
    private final SiteLock siteLock = SiteLock.create();
    private final Readiness readiness = new Readiness();
    /** Builds finished (served, failed or found up to date) and whether the warm-up is over: what a caller awaits. */
    private final Progress progress = new Progress();
    private FusekiServer server;
    private ChangeWatcher watcher;
    private Thread worker;

    public DevServer(Newsgraph newsgraph, Settings settings, PrintWriter log) {
        this.newsgraph = Objects.requireNonNull(newsgraph, "newsgraph");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = Objects.requireNonNull(log, "log");
        this.graph = graph(settings.build(), log);
        newsgraph.deleteOldSitesWith(oldSites);
        newsgraph.commitUnder(siteLock);
    }

    /**
     * SPARQL's graph: the build's TDB2 store when builds keep one (each rebuild updates it, article by article), else
     * a graph in memory that each rebuild updates with the graphs that changed.
     */
    private static SiteGraph graph(BuildConfig build, PrintWriter log) {
        if (!GraphStore.wanted(build.store(), build.storeFolder(), 0)) {
            return new SiteGraph();
        }
        try {
            GraphStore store = GraphStore.open(build.storeFolder());
            store.notice().ifPresent(log::println);
            return SiteGraph.of(store);
        } catch (IOException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    /**
     * Takes the port, builds, loads the graph, then serves and starts watching; returns once the first build is
     * served. The port is taken first, so that a busy port fails before a long build; until the build is served,
     * every request is answered 503 with {@code Retry-After}.
     *
     * @throws ConfigurationException when the port is taken or a folder is missing; nothing is left running
     */
    public void start() throws IOException {
        BuildConfig build = settings.build();
        settings.policy().configure(graph.dataset().getContext());
        server = FusekiServer.create().port(settings.port()).enableCors(true)
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new ReadOnlyQueryService(settings.policy()))
                .add("/sparql", DataService.newBuilder(graph.dataset()).addEndpoint(Operation.Query))
                .addFilter("/*", readiness)
                .addFilter("/*", new UpdateRefusal())
                .addServlet(LiveReload.PATH, reload.servlet())
                .addServlet("/*", new SiteServlet(build.site(), siteLock))
                .build();
        try {
            server.start();
            watcher = new ChangeWatcher(List.of(build.articles(), build.templates()));
            firstBuild(build);
        } catch (RuntimeException e) {
            close();
            if (isPortTaken(e)) {
                throw new ConfigurationException("port " + settings.port() + " is already in use; stop the other server"
                        + " or pass --port N (0 picks a free port)");
            }
            throw e;
        }
        say("Serving %s at http://localhost:%d/ ; SPARQL endpoint http://localhost:%d/sparql ; watching %s and %s",
                build.site(), port(), port(), build.articles(), build.templates());
        worker = new Thread(this::work, "newsgraph-rebuild");
        worker.setDaemon(true);
        worker.start();
    }

    /** Like a rebuild, except that a missing folder stops {@code serve} instead of waiting for a fix. */
    private void firstBuild(BuildConfig build) throws IOException {
        long started = System.nanoTime();
        try {
            report(newsgraph.build(build, (Newsgraph.Rendered) graph::update), "start", started);
        } catch (ConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            say("Build failed: %s; serving the previous site, if any, until a change fixes it", e.getMessage());
        }
        try {
            if (!graph.loaded()) {
                graph.reload(build.site());
            }
            readiness.ready();
        } catch (NoSuchFileException e) {
            say("No graph in %s yet; the server answers 503 until a build succeeds", build.site());
        } finally {
            progress.built();
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    /** How many builds have finished; the reload script compares this number. */
    long build() {
        return reload.build();
    }

    /** How many builds have finished, the first one included, whether they succeeded or not (their lines are logged). */
    public long builds() {
        return progress.builds();
    }

    /**
     * Waits until more than {@code seen} builds have finished (see {@link #builds()}), or at most {@code atMost}.
     *
     * @return the number of builds finished
     */
    public long awaitBuildAfter(long seen, Duration atMost) throws InterruptedException {
        return progress.awaitBuildAfter(seen, atMost);
    }

    /** Waits until the warm-up is over (done or failed), or at most {@code atMost}; whether it is over. */
    public boolean awaitWarmUp(Duration atMost) throws InterruptedException {
        return progress.awaitWarmUp(atMost);
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (server != null) {
            server.stop();
        }
        oldSites.close();
    }

    private void work() {
        long started = System.nanoTime();
        try {
            newsgraph.warmUp(settings.build());
            say("Warmed up: NLP pipeline and renderer ready (%.1f s); saved articles now appear in seconds",
                    seconds(started));
        } catch (IOException | RuntimeException e) {
            say("Warm-up failed (%s); the first rebuild will be slower", e);
        } finally {
            progress.warmedUp();
        }
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = watcher.awaitChanges(SETTLE);
                rebuild(changed.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", ")));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rebuild(String cause) {
        long started = System.nanoTime();
        try {
            BuildReport report = newsgraph.build(settings.build(), (Newsgraph.Rendered) graph::update);
            if (!graph.loaded()) {
                graph.reload(settings.build().site());
            }
            readiness.ready();
            if (report.rendered()) {
                reload.rebuilt();
            }
            report(report, cause, started);
        } catch (IOException | RuntimeException e) {
            say("Build after %s failed: %s; still serving the previous site", cause, e.getMessage());
        } finally {
            progress.built();
        }
    }

    private void report(BuildReport report, String cause, long started) {
        report.problems().stream().map(ArticleProblem::toString).forEach(log::println);
        report.warnings().stream().map(warning -> "warning: " + warning).forEach(log::println);
        report.notices().forEach(log::println);
        if (!report.rendered()) {
            say("Nothing to rebuild after %s: the site is up to date", cause);
            return;
        }
        say("Built %d articles (%d extracted) after %s in %.1f s; %d files written, %d unchanged%s", report.articles(),
                report.extracted(), cause, seconds(started), report.written(), report.unchanged(),
                report.ok() ? "" : "; " + report.problems().size() + " file(s) could not be built");
    }

    private static boolean isPortTaken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    private void say(String format, Object... args) {
        log.println(String.format(java.util.Locale.ROOT, format, args));
        log.flush();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
