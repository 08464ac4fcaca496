package org.newsgraph.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Deletes the previous outputs that commits put aside ({@link StagedOutput#commit}): at once, in the committing
 * thread (a one-shot {@code build}), or one after another on a thread of their own ({@code serve}), so that a commit
 * returns as soon as the new folder is in place and the reload of open pages does not wait for ~11,000 links (1,000
 * articles) to be unlinked. A folder put aside is never read again; a process killed while deleting one leaves it
 * beside the output, and the next {@link StagedOutput#open} deletes it.
 */
public final class OldFolders implements AutoCloseable {

    /**
     * How long {@link #close} waits for the deletions still running: a stopped {@code serve} should stop at once, and
     * what is left is deleted by the next output opened beside it ({@link StagedOutput#open}).
     */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    /** Where deletions run; null: in the committing thread. */
    private final Executor thread;
    private final Duration closeWait;
    private final Set<Path> pending = ConcurrentHashMap.newKeySet();

    /** Deletes on {@code thread}, or at once when it is null (tests hold the deletions with an executor of their own). */
    OldFolders(Executor thread) {
        this(thread, CLOSE_WAIT);
    }

    /** The same, with {@link #close} waiting at most {@code closeWait}. */
    OldFolders(Executor thread, Duration closeWait) {
        this.thread = thread;
        this.closeWait = closeWait;
    }

    /** Deletes each folder before {@link #delete} returns. */
    public static OldFolders now() {
        return new OldFolders(null);
    }

    /** Deletes each folder after {@link #delete} returns, on one thread (a daemon: it never keeps a JVM alive). */
    public static OldFolders inBackground() {
        return new OldFolders(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "newsgraph-old-site-deletion");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** Deletes {@code folder} and everything in it, now or later (see the constructors). */
    public void delete(Path folder) throws IOException {
        if (thread == null) {
            StagedOutput.deleteTree(folder);
            return;
        }
        Path normal = folder.toAbsolutePath().normalize();
        pending.add(normal);
        try {
            thread.execute(() -> {
                try {
                    StagedOutput.deleteTree(normal);
                } catch (IOException | UncheckedIOException e) {
                    // Left beside the output: the next StagedOutput.open deletes it.
                } finally {
                    pending.remove(normal);
                }
            });
        } catch (RejectedExecutionException e) {
            pending.remove(normal);
            StagedOutput.deleteTree(normal);
        }
    }

    /** Whether {@code folder} is waiting for its deletion or being deleted (nobody else may delete it meanwhile). */
    public boolean deleting(Path folder) {
        return pending.contains(folder.toAbsolutePath().normalize());
    }

    /**
     * Takes no more deletions and waits a little ({@link #CLOSE_WAIT}) for those started; the ones still waiting then
     * are dropped and the one running goes on while the process lives (its thread is a daemon). Whatever is left
     * keeps its {@code .gone-} name, which the next output opened beside it deletes.
     */
    @Override
    public void close() {
        if (!(thread instanceof ExecutorService service)) {
            return;
        }
        service.shutdown();
        try {
            if (!service.awaitTermination(closeWait.toMillis(), TimeUnit.MILLISECONDS)) {
                service.shutdownNow();
            }
        } catch (InterruptedException e) {
            service.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
