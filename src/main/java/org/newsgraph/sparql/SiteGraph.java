package org.newsgraph.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.site.GraphInputs;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.GraphSync;

/**
 * The graph of a built site, read from {@code site/data/graph.trig}: one named graph per article and one for the
 * entities, queried through a default graph that is their union. {@link #reload} swaps the contents in one write
 * transaction, so a query running meanwhile sees the old graph or the new one, never a mix.
 *
 * <p>The graph lives in memory, or, for an archive whose graph outgrows the heap, in a Jena TDB2 database on disk:
 * the store a build keeps ({@link #of}, {@link #ifCurrent}), or one {@link #stored} bulk-loads from the TriG once and
 * reuses as long as the TriG has not changed.
 */
public final class SiteGraph {

    /** Where a build writes the whole graph, relative to the site folder. */
    public static final String TRIG = "data/graph.trig";
    /** In a store folder: the SHA-256 of the TriG its database was loaded from. */
    static final String LOADED_FROM = "loaded-from.sha256";
    /** What {@value #LOADED_FROM} says while a load is under way (never a hash, so never current). */
    static final String LOADING = "loading\n";
    private static final String DATABASE = "tdb2";

    private final DatasetGraph store;
    private final DatasetGraph view;
    /** The build's graph store this graph is, or null: a graph in memory. */
    private final GraphStore kept;
    private volatile boolean loaded;

    /** An empty graph in memory, until {@link #reload} or {@link #update} fills it. */
    public SiteGraph() {
        store = DatasetGraphFactory.createTxnMem();
        view = new UnionDefaultGraph(store);
        kept = null;
    }

    private SiteGraph(DatasetGraph tdb2, GraphStore kept) {
        store = tdb2;
        view = new UnionDefaultGraph(tdb2);
        this.kept = kept;
    }

    /**
     * The graph in a build's store ({@code build --store}): builds in this process update it themselves, so
     * {@link #update} has nothing to do; {@link #reload} loads the site's TriG only when the store does not hold it.
     */
    public static SiteGraph of(GraphStore kept) {
        return new SiteGraph(kept.dataset(), kept);
    }

    /**
     * The build's store in {@code folder}, when it holds the graph of {@code site} as built and no other process has
     * it open; opening it takes about a second whatever the archive's size.
     */
    public static Optional<SiteGraph> ifCurrent(Path site, Path folder) {
        return ifCurrent(site, folder, notice -> { });
    }

    /**
     * The same, telling {@code notices} what opening the store mended ({@link GraphStore#notice}). A store this call
     * opened and that does not hold the site is closed again, so that a later build in this process or another
     * process can open it; one this process already had open (a serve's builds) stays open.
     */
    public static Optional<SiteGraph> ifCurrent(Path site, Path folder, Consumer<String> notices) {
        if (!GraphStore.exists(folder)) {
            return Optional.empty();
        }
        boolean shared = GraphStore.openHere(folder);
        GraphStore opened;
        try {
            opened = GraphStore.open(folder);
        } catch (IOException e) {
            return Optional.empty();
        }
        opened.notice().ifPresent(notices);
        try {
            if (opened.holds(site)) {
                return Optional.of(of(opened));
            }
        } catch (IOException e) {
            // The site's list of keys is unreadable: not this store's site.
        }
        if (!shared) {
            opened.close();
        }
        return Optional.empty();
    }

    /**
     * Brings the graph in memory to {@code built} (the graph a build just rendered the site from), replacing only the
     * named graphs that changed, in one write transaction: a query sees the old graph or the new one. A graph kept
     * in a build's store is left alone (that build has updated it).
     */
    public void update(DatasetGraph built) {
        update(built, new GraphHashes(built));
    }

    /**
     * The same with the built graphs' hashes as the build computed them: unchanged graphs are not hashed again.
     * Returns what the graph in memory was given (null for a graph kept in a build's store).
     */
    public GraphStore.Sync update(DatasetGraph built, GraphHashes hashes) {
        GraphStore.Sync sync = kept == null ? GraphSync.sync(store, built, "in memory", Long.MAX_VALUE, hashes) : null;
        loaded = true;
        return sync;
    }

    /** Whether a graph has been loaded or updated since this object was made. */
    public boolean loaded() {
        return loaded;
    }

    /** Reads the graph of a built site into memory. */
    public static SiteGraph load(Path site) throws IOException {
        SiteGraph graph = new SiteGraph();
        graph.reload(site);
        return graph;
    }

    /**
     * The graph of a built site in a TDB2 database kept in {@code folder}: loaded (with TDB2's bulk loader) when the
     * folder is new or the site's TriG has changed since, otherwise opened as it is, which takes no time whatever
     * the size of the graph.
     */
    public static SiteGraph stored(Path site, Path folder) throws IOException {
        return stored(site, folder, notice -> { });
    }

    /**
     * The same, telling {@code notices} what opening a build's store mended ({@link GraphStore#notice}).
     *
     * @throws IOException when {@code folder} holds a database this method did not load (a build's store that does
     *                     not hold the site, or another program's): a query never deletes what a user built; or when
     *                     another process has the database open
     */
    public static SiteGraph stored(Path site, Path folder, Consumer<String> notices) throws IOException {
        Path trig = trig(site);
        Path marker = folder.resolve(LOADED_FROM);
        Path database = folder.resolve(DATABASE);
        boolean loadedByQuery = Files.isRegularFile(marker);
        if (GraphStore.exists(folder)) {
            boolean shared = GraphStore.openHere(folder);
            GraphStore opened;
            try {
                opened = GraphStore.open(folder);
            } catch (GraphStore.InUseException e) {
                throw e;
            } catch (IOException e) {
                if (!loadedByQuery) {
                    throw e;
                }
                opened = null;   // this method's own database, damaged by a load killed half way: loaded again below
            }
            if (opened != null) {
                opened.notice().ifPresent(notices);
                if (opened.holds(site)) {
                    // A build's store (build --store) that holds this site's graph: nothing to load or hash.
                    return of(opened);
                }
                String refused = refusal(site, folder, opened.built(), loadedByQuery);
                if (refused != null) {
                    if (!shared) {
                        opened.close();
                    }
                    throw new IOException(refused);
                }
            }
        }
        String hash = sha256(trig);
        boolean current = Files.isRegularFile(marker) && Files.readString(marker).strip().equals(hash)
                && Files.isDirectory(database);
        if (!current) {
            // Written first: a load killed half way leaves this line, so the next run knows the database as its own.
            StagedOutput.writeAtomically(marker, LOADING.getBytes(StandardCharsets.UTF_8));
            if (Files.exists(database)) {
                // This JVM may hold the old database open: let go of it before deleting its files.
                DatabaseConnection.internalExpel(Location.create(database), true);
                StagedOutput.deleteTree(database);
            }
            Files.createDirectories(database);
        }
        DatasetGraph tdb2 = TDB2Factory.connectDataset(Location.create(database)).asDatasetGraph();
        if (!current) {
            DataLoader loader = LoaderFactory.createLoader(tdb2, (format, args) -> { });
            loader.startBulk();
            try {
                loader.load(trig.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                TDBInternal.expel(tdb2);
                String reason = e.getMessage() != null ? e.getMessage() : e.toString();
                throw new IOException(trig + ": cannot be loaded into " + database + " (" + reason
                        + "); build the site again", e);
            }
            // Written last: a load that is killed half way leaves the LOADING line, so the next run loads again.
            StagedOutput.writeAtomically(marker, (hash + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new SiteGraph(tdb2, null);
    }

    /**
     * Why {@link #stored} must not load the site into the database in {@code folder}, or null when that database is
     * one it loaded itself ({@value #LOADED_FROM} beside it) and no build has written to it.
     */
    private static String refusal(Path site, Path folder, boolean built, boolean loadedByQuery) {
        if (built) {
            return "the graph store " + folder + " was written by a build and does not hold the graph of " + site
                    + " as it is now built; a query never replaces a build's store: build the site again (the build"
                    + " updates its store), or pass query another --store folder";
        }
        if (!loadedByQuery) {
            return folder + " holds a TDB2 database that 'newsgraph query' did not load, and a query never deletes"
                    + " it: pass query another --store folder, or delete that folder yourself";
        }
        return null;
    }

    /** Replaces the graph with the one now in {@code site}; on failure the old graph stays. */
    public void reload(Path site) throws IOException {
        Path trig = trig(site);
        if (kept != null) {
            if (!kept.holds(site)) {
                DatasetGraph read = DatasetGraphFactory.create();
                try {
                    parse(trig, read);
                } catch (RiotException e) {
                    throw unreadable(trig, e);
                }
                kept.sync(read, site);
            }
            loaded = true;
            return;
        }
        // The hashes the build recorded for the graphs it wrote: the first update after this replaces only the graphs
        // that changed since, not all of them (at 1,000 articles half of serve's first rebuild was that).
        Map<String, String> hashes = GraphInputs.hashes(site);
        try {
            Txn.executeWrite(store, () -> {
                store.clear();
                parse(trig, store);
                GraphSync.recordHashes(store, hashes);
            });
        } catch (RiotException e) {
            throw unreadable(trig, e);
        }
        loaded = true;
    }

    private static void parse(Path trig, DatasetGraph into) {
        RDFParser.source(trig).lang(Lang.TRIG).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(into);
    }

    private static IOException unreadable(Path trig, RiotException e) {
        return new IOException(trig + ": cannot be read as TriG (" + e.getMessage() + "); build the site again", e);
    }

    private static Path trig(Path site) throws NoSuchFileException {
        Path trig = site.resolve(TRIG);
        if (!Files.isRegularFile(trig)) {
            throw new NoSuchFileException(trig.toString(), null, "no graph; run 'newsgraph build' first");
        }
        return trig;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dataset to query: named graphs as built, default graph = their union. Transactional. */
    public DatasetGraph dataset() {
        return view;
    }
}
