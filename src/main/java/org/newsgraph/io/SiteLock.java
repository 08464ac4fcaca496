package org.newsgraph.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntConsumer;

/**
 * Who may look at the site folder while a build commits into it: {@code serve}'s requests read under the read side,
 * a commit ({@link StagedOutput#commit}: its renames and deletions, or its swap of the whole folder) and the completion
 * of a killed commit's journal ({@link CommitJournal}) hold the write side, so that no request sees a file of the new
 * site beside a changed file of the old one. A one-shot {@code build} has nobody reading and commits under a lock of
 * its own.
 */
public final class SiteLock {

    /** Something done under one side of the lock that may fail as file work does. */
    public interface Work<T> {
        T run() throws IOException;
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final IntConsumer afterRename;
    /**
     * Per site folder, the folder times the last commit into it under this lock recorded ({@link FolderTimes}), for the
     * next one (per folder: serve's warm-up commits a scratch site under the same lock).
     */
    private final Map<Path, FolderTimes> folderTimes = new ConcurrentHashMap<>();

    private SiteLock(IntConsumer afterRename) {
        this.afterRename = afterRename;
    }

    /** A lock for one site folder. */
    public static SiteLock create() {
        return new SiteLock(renamed -> { });
    }

    /**
     * A test hook: the same lock, telling {@code afterRename} how many files a commit has renamed into place, after
     * each (still holding the write side). A hook that throws stands for a process killed at that point: the commit
     * stops there and leaves its journal for the next run to complete.
     */
    public static SiteLock withRenameHook(IntConsumer afterRename) {
        return new SiteLock(Objects.requireNonNull(afterRename, "afterRename"));
    }

    /** Runs {@code work} while no commit is under way (requests, which may run side by side). */
    public <T> T read(Work<T> work) throws IOException {
        return under(lock.readLock(), work);
    }

    /** Runs {@code work} while nobody reads (a commit). */
    public <T> T write(Work<T> work) throws IOException {
        return under(lock.writeLock(), work);
    }

    private static <T> T under(Lock side, Work<T> work) throws IOException {
        side.lock();
        try {
            return work.run();
        } finally {
            side.unlock();
        }
    }

    /** Called by a commit after its {@code renamed}th rename (the test hook; nothing otherwise). */
    void renamed(int renamed) {
        afterRename.accept(renamed);
    }

    /** The folder times the last commit into {@code site} (absolute, normal) under this lock recorded. */
    FolderTimes folderTimes(Path site) {
        return folderTimes.getOrDefault(site, FolderTimes.none());
    }

    void folderTimes(Path site, FolderTimes times) {
        folderTimes.put(site, times);
    }
}
