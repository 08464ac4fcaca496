package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.graph.GraphHashes;
import org.newsgraph.io.StagedOutput;

/**
 * The graph of a site kept in a Jena TDB2 database beside the extraction cache ({@value #FOLDER}/), for archives
 * whose graph should not be read into memory again by every {@code query} and every {@code serve} rebuild.
 * {@code build} brings it up to date after writing the site, replacing only the articles' graphs that changed (each
 * in a transaction, see {@link GraphSync}), and stamps it with the key of the site's {@code data/graph.trig}; a store
 * whose stamp is the site's key holds that site's graph, so {@code query} opens it as it is.
 *
 * <p>TDB2 allows one process per database: {@code serve} and {@code build} in one process share it (the build
 * writes, SPARQL reads, each query in its own read transaction); a second process finds it locked and reads the
 * site's TriG instead. A build killed while writing leaves the database as of its last commit (TDB2's journal) and
 * no stamp, so the next build finishes the sync and queries meanwhile read the TriG. A kill in the middle of writing a
 * journal entry leaves that entry cut short, which TDB2's recovery refuses: {@link #open} first cuts such an entry
 * off ({@link TornJournal}; its transaction had not committed) and says so in {@link #notice}.
 */
public final class GraphStore implements AutoCloseable {

    /** The store's folder name, beside {@code .newsgraph-cache/}. */
    public static final String FOLDER = ".newsgraph-store";
    /**
     * In a built site: where the build that wrote it keeps its store, relative to the site (one line), so that
     * {@code query} finds the store of a build with a custom {@code --cache}.
     */
    public static final String POINTER = ".newsgraph-store-folder";
    /** Without {@code --store} or {@code --no-store}, a build keeps a store above this many statements (or when one exists). */
    public static final long AUTOMATIC_ABOVE = 1_000_000;
    /** About this many statements per write transaction (a system property for tests that kill a sync). */
    static final long QUADS_PER_TRANSACTION = Long.getLong("newsgraph.store.quads-per-transaction", 200_000);
    static final String DATABASE = "tdb2";
    /** The whole graph in a site (as {@code SiteGraph.TRIG}), whose key in the site stamps the store. */
    private static final String TRIG = "data/graph.trig";

    /** When a build keeps the store. */
    public enum Use {
        /** When the graph has more than {@link #AUTOMATIC_ABOVE} statements, or a store is already there. */
        AUTO,
        ALWAYS,
        NEVER
    }

    /** The store is open in another process (TDB2 allows one process per database). */
    public static final class InUseException extends IOException {

        InUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What a sync did: named graphs replaced, removed, and left as they were. */
    public record Sync(int replaced, int removed, int unchanged) {
    }

    private final Path folder;
    private final DatasetGraph tdb2;
    private final Optional<String> notice;

    private GraphStore(Path folder, DatasetGraph tdb2, Optional<String> notice) {
        this.folder = folder;
        this.tdb2 = tdb2;
        this.notice = notice;
    }

    /** Where the store of a build with this cache lives. */
    public static Path folderBeside(Path cache) {
        return cache.toAbsolutePath().normalize().resolveSibling(FOLDER);
    }

    /** The content of a site's {@value #POINTER}: {@code folder} relative to {@code site}, with forward slashes. */
    public static String pointer(Path site, Path folder) {
        Path from = site.toAbsolutePath().normalize();
        Path to = folder.toAbsolutePath().normalize();
        String relative = from.getRoot() != null && from.getRoot().equals(to.getRoot())
                ? from.relativize(to).toString() : to.toString();
        return relative.replace(java.io.File.separatorChar, '/') + "\n";
    }

    /**
     * Where the build that wrote {@code site} keeps its store: read from the site's {@value #POINTER}, else (a site
     * built before it was written) beside the site, where a build with the default cache keeps it.
     */
    public static Path folderOf(Path site) {
        Path absolute = site.toAbsolutePath().normalize();
        Path pointer = absolute.resolve(POINTER);
        try {
            if (Files.isRegularFile(pointer)) {
                String line = Files.readString(pointer, StandardCharsets.UTF_8).strip();
                if (!line.isEmpty() && line.indexOf('\n') < 0) {
                    return absolute.resolve(line).normalize();
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable or damaged pointer: look where the default layout keeps the store.
        }
        return absolute.resolveSibling(FOLDER);
    }

    /** Whether a build keeps the store in {@code folder} for a graph of this many statements. */
    public static boolean wanted(Use use, Path folder, long statements) {
        return switch (use) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> statements > AUTOMATIC_ABOVE || exists(folder);
        };
    }

    public static boolean exists(Path folder) {
        return Files.isDirectory(folder.resolve(DATABASE));
    }

    /**
     * Whether this process has the store in {@code folder} open (holds TDB2's lock on its database): then every
     * {@link #open} shares that connection, and a caller that opened the store only to look must not close it.
     */
    public static boolean openHere(Path folder) {
        try {
            ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(folder.resolve(DATABASE)));
            return lock != null && lock.isLockedHere();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a build has written this store: it holds a build's bookkeeping (graph hashes, or the stamp of a
     * finished sync). A build killed before its first commit leaves none.
     */
    public boolean built() {
        return GraphSync.hasBookkeeping(tdb2);
    }

    /**
     * Opens (or creates) the store in {@code folder}. In one process every caller shares one connection. The first
     * opening in a process mends a journal that a killed process left cut short ({@link #notice} then says so).
     *
     * @throws InUseException when another process has it open
     * @throws IOException      when it cannot be opened for another reason
     */
    public static GraphStore open(Path folder) throws IOException {
        Path database = folder.resolve(DATABASE);
        Files.createDirectories(database);
        Optional<String> notice = mendJournals(folder, database);
        try {
            return new GraphStore(folder, TDB2Factory.connectDataset(Location.create(database)).asDatasetGraph(),
                    notice);
        } catch (RuntimeException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.toLowerCase(Locale.ROOT).contains("lock")) {
                throw new InUseException("the graph store " + folder + " is in use by another process (" + reason
                        + "); stop it (e.g. 'newsgraph serve'), or pass --no-store", e);
            }
            throw new IOException("the graph store " + folder + " cannot be opened (" + reason + "); delete the folder"
                    + " and build again", e);
        }
    }

    /**
     * When no process has the database open (this one included), cuts each of its journals back to the last whole
     * entry, holding TDB2's own lock on the database meanwhile (the lock a connection takes, so that no process can
     * be writing a journal while it is cut); returns the line that tells what was cut. A database that is open in
     * this process was mended when it was opened; one open in another process is left to that process.
     */
    private static Optional<String> mendJournals(Path folder, Path database) throws IOException {
        ProcessFileLock lock;
        try {
            lock = DatabaseConnection.lockForLocation(Location.create(database));
            if (lock == null || lock.isLockedHere() || !lock.tryLock()) {
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            return Optional.empty();   // the connection that follows says what is wrong
        }
        long cut = 0;
        try (DirectoryStream<Path> storages = Files.newDirectoryStream(database, "Data-*")) {
            for (Path storage : storages) {
                cut += TornJournal.mend(storage.resolve(TornJournal.FILE));
            }
        } finally {
            ProcessFileLock.release(lock);
        }
        if (cut == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "graph store %s: a run killed while writing left its last"
                + " transaction half written in the journal; dropped it (%d bytes), the store is as of its last commit",
                folder, cut));
    }

    /** What opening the store mended, in one line for the user (empty when there was nothing to mend). */
    public Optional<String> notice() {
        return notice;
    }

    /**
     * Brings the store to hold {@code built}'s named graphs and stamps it with the key of {@code site}'s graph files
     * (the site just written from {@code built}).
     */
    public Sync sync(DatasetGraph built, Path site) throws IOException {
        return sync(built, site, new GraphHashes(built));
    }

    /** The same with the built graphs' hashes as the render computed them. */
    public Sync sync(DatasetGraph built, Path site, GraphHashes hashes) throws IOException {
        String stamp = siteGraphKey(site).orElseThrow(() -> new IOException(site.resolve(StagedOutput.KEYS)
                + " names no " + TRIG + "; the site was not written by this build"));
        return GraphSync.sync(tdb2, built, stamp, QUADS_PER_TRANSACTION, hashes);
    }

    /** Whether the store holds the graph of the site as it is now built. */
    public boolean holds(Path site) throws IOException {
        Optional<String> key = siteGraphKey(site);
        return key.isPresent() && key.get().equals(GraphSync.stamp(tdb2));
    }

    /** The database: named graphs as built, the store's bookkeeping in the default graph. Transactional. */
    public DatasetGraph dataset() {
        return tdb2;
    }

    public Path folder() {
        return folder;
    }

    /** The key under which a site's {@code .newsgraph-keys} lists its TriG dump: a hash of every graph. */
    static Optional<String> siteGraphKey(Path site) throws IOException {
        Path keys = site.resolve(StagedOutput.KEYS);
        if (!Files.isRegularFile(keys)) {
            return Optional.empty();
        }
        for (String line : Files.readAllLines(keys, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (space > 0 && line.substring(space + 1).equals(TRIG)) {
                return Optional.of(line.substring(0, space));
            }
        }
        return Optional.empty();
    }

    /**
     * Lets go of the database, for every user of it in this process, so that another process may open it (after a
     * {@code query} or a test; {@code serve} keeps it open).
     */
    @Override
    public void close() {
        TDBInternal.expel(tdb2);
    }
}
