package org.newsgraph.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A new version of an output folder (the site), written beside it into a staging folder and committed under a
 * {@link SiteLock}: readers that take its read side see the old complete output or the new complete output, never a
 * half-written one. A build that fails or is killed before its commit leaves only a staging folder, which the next
 * build clears.
 *
 * <p>Files the previous output already has are not written again: a file whose new bytes equal the old file's, or
 * whose inputs hash to the key recorded for it last time ({@link #reuse}), is taken over: it stays where it is, with
 * its inode. The keys are kept in the output as {@value #KEYS}, the list of its files as {@link SiteFiles#FILE}. A
 * file is taken over by its key without asking the file system whether it is still there when its folder's time is
 * the one the last commit under the same {@link SiteLock} recorded ({@link FolderTimes}); the others are looked at.
 *
 * <p>The commit ({@link #commit}) works in place when there is a previous output and at most {@link #SWAP_SHARE} of
 * the new output's files were written: the files the new output no longer has are deleted and the written ones renamed
 * into place, as a {@link CommitJournal} written first lists them (a killed commit is completed by the next run). When
 * more were written (or there is no previous output), the staging folder is completed with links to the files taken
 * over and swapped in whole, and the previous folder is deleted ({@link OldFolders}).
 */
public final class StagedOutput implements AutoCloseable {

    /** The file of the output that records each keyed file's key, one {@code key path} line per file. */
    public static final String KEYS = ".newsgraph-keys";

    /**
     * What every bookkeeping file of a site starts its name with (the keys, the dependency index, the dumps' pieces,
     * the build stamp...): written with the site so that they are swapped in with it, but no part of what is published
     * ({@code serve} answers 404 for them, the Apache configuration denies them, the README's rsync excludes them).
     */
    public static final String BOOKKEEPING = ".newsgraph-";

    /** Whether a file or folder name is one of the site's bookkeeping files ({@link #BOOKKEEPING}). */
    public static boolean bookkeeping(String name) {
        return name.startsWith(BOOKKEEPING);
    }

    /**
     * Above this share of the new output's files written anew, a commit swaps the whole folder instead of renaming each
     * written file into place. A rename in place costs about what a link into the staging folder costs (one directory
     * entry each), but the renames happen under the write side of the {@link SiteLock}, which {@code serve}'s requests
     * wait for, while a swap holds it for two renames and deletes the old folder afterwards (in the background under
     * {@code serve}); and the journal lists every written file. So a commit renames in place while the written files
     * are fewer than those it would have to link (at most half of them), and swaps when most of the site was written
     * (a change of templates or code that rewrites every page). A save at 10,000 articles writes 25-1,200 of ~110,000
     * files: 0.02-1%.
     */
    public static final double SWAP_SHARE = 0.5;

    /** Numbers the folders this process puts aside ({@link #commit}), so that no two of them share a name. */
    private static final AtomicLong PUT_ASIDE = new AtomicLong();

    private final Path target;
    private final Path staging;
    /** Who deletes the previous output once the new one is in place. */
    private final OldFolders oldFolders;
    /** Held while committing: what {@code serve}'s requests read under. */
    private final SiteLock lock;
    private boolean committed;
    /** Whether a commit wrote its journal: from then on the staging folder belongs to the journal, not to close. */
    private boolean journaled;
    private Map<String, String> previousKeys;
    /** Whether there was a previous output when this one was opened (asked once, not for every file). */
    private final boolean hadPrevious;
    /** The staging folders made so far, and the files prepared ({@link #prepare}). */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Set<Path> prepared = ConcurrentHashMap.newKeySet();
    /**
     * The files prepared that are in the staging folder: those written. The others prepared were taken over from the
     * previous output and stay where they are. A save writes a few dozen of ~110,000 (10,000 articles): the set of
     * the few is kept, not of the many.
     */
    private final Set<Path> inStaging = ConcurrentHashMap.newKeySet();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    /** The previous output's folder times (read when first asked), and the files looked at one by one. */
    private FolderTimes folderTimes;
    private final AtomicInteger looked = new AtomicInteger();

    private StagedOutput(Path target, OldFolders oldFolders, SiteLock lock) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        this.oldFolders = oldFolders;
        this.lock = lock;
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        // A commit a killed run left half done is completed first: its staged files are in a staging folder.
        if (Files.isDirectory(this.target)) {
            CommitJournal.complete(this.target, lock);
        }
        clearLeftovers(parent, this.target.getFileName().toString(), oldFolders);
        this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".staging-");
        this.hadPrevious = Files.isDirectory(this.target);
        if (Files.getFileAttributeView(staging, PosixFileAttributeView.class) != null) {
            // A temporary folder is private; a site is for everyone to read.
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Starts writing a new version of {@code target}; its commit deletes the previous version before it returns. */
    public static StagedOutput open(Path target) throws IOException {
        return new StagedOutput(target, OldFolders.now(), SiteLock.create());
    }

    /**
     * Starts writing a new version of {@code target}; its commit hands the previous version, put aside, to
     * {@code oldFolders} ({@link OldFolders#inBackground()}: deleted after the commit returns).
     */
    public static StagedOutput open(Path target, OldFolders oldFolders) throws IOException {
        return new StagedOutput(target, oldFolders, SiteLock.create());
    }

    /** The same, committing under {@code lock} (the one {@code serve}'s requests read under). */
    public static StagedOutput open(Path target, OldFolders oldFolders, SiteLock lock) throws IOException {
        return new StagedOutput(target, oldFolders, lock);
    }

    /**
     * Completes the commit a run killed while committing into {@code target} left behind (its {@link CommitJournal}),
     * under {@code lock}; nothing when there is none. A build calls this before it reads anything of its site.
     */
    public static void recover(Path target, SiteLock lock) throws IOException {
        if (Files.isDirectory(target)) {
            CommitJournal.complete(target, lock);
        }
    }

    /** Where a file of the output goes while it is written: {@code relative} under the staging folder. */
    public Path resolve(String relative) {
        return staging.resolve(relative);
    }

    public Path root() {
        return staging;
    }

    /** Writes a UTF-8 text file of the output, creating its folders. */
    public void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a UTF-8 text file of the output and records it under {@code key}, as {@link #reuse} records a file its
     * caller then writes, for a file the caller knows changed though its key may be the one recorded last time (a key
     * that names only part of what the file holds: the next build takes the file over by it when that part alone could
     * have changed).
     */
    public void write(Path file, String content, String key) throws IOException {
        keys.put(name(file), key);
        write(file, content);
    }

    public void write(Path file, byte[] content) throws IOException {
        Path old = previous(file);
        if (old != null && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == content.length
                && Arrays.equals(Files.readAllBytes(old), content)) {
            takeOver(file);
            return;
        }
        Path resolved = prepare(file);
        Files.write(resolved, content);
        written.incrementAndGet();
    }

    /** Opens a file of the output for writing, buffered, for content too large to hold in memory (graph dumps). */
    public OutputStream openStream(Path file) throws IOException {
        Path resolved = prepare(file);
        written.incrementAndGet();
        return new BufferedOutputStream(Files.newOutputStream(resolved), 1 << 16);
    }

    /**
     * Opens a file of the output as a channel, unbuffered, for content assembled from pieces of other files
     * ({@link #copy}: the graph dumps, most of whose bytes are the previous site's or the pages' own).
     */
    public FileChannel openChannel(Path file) throws IOException {
        Path resolved = prepare(file);
        written.incrementAndGet();
        return FileChannel.open(resolved, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Appends {@code length} bytes of {@code source} from {@code offset} to {@code target}, copied by the operating
     * system (no pass through the heap, which a dump's hundreds of MB would fill with garbage). Throws when the
     * source ends first.
     */
    public static void copy(FileChannel source, long offset, long length, FileChannel target) throws IOException {
        long done = 0;
        while (done < length) {
            long moved = source.transferTo(offset + done, length - done, target);
            if (moved <= 0) {
                throw new IOException(offset + done >= source.size()
                        ? "the source ended before the " + length + " bytes at " + offset
                        : "no byte copied at " + (offset + done));
            }
            done += moved;
        }
    }

    /** Writes all of {@code bytes} to {@code target} at its position. */
    public static void write(FileChannel target, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            target.write(buffer);
        }
    }

    /**
     * Records that {@code file} is made from inputs that hash to {@code key}; when the previous output recorded the
     * same key for it and still has it, that file is taken over (linked) and this returns true, and the caller
     * writes nothing. Otherwise the caller writes the file.
     */
    public boolean reuse(Path file, String key) throws IOException {
        String name = name(file);
        keys.put(name, key);
        Path old = previous(file);
        if (old == null || !key.equals(previousKeys().get(name)) || !stillThere(name, old)) {
            return false;
        }
        takeOver(file);
        return true;
    }

    /**
     * Takes over the previous output's {@code file} with the key the previous output recorded for it, without
     * knowing its inputs (the caller knows they did not change); false when there is no such file or key.
     */
    public boolean keep(Path file) throws IOException {
        String name = name(file);
        String key = previousKeys().get(name);
        Path old = previous(file);
        if (key == null || old == null || !stillThere(name, old)) {
            return false;
        }
        keys.put(name, key);
        takeOver(file);
        return true;
    }

    /**
     * The file {@code file} as this output has it (written or taken over, in the staging folder) when it was recorded
     * under {@code key}, else null: for writing a whole from parts already written, instead of making them again or
     * keeping them in memory. Ask only once the file's writer has finished.
     */
    public Path stagedFile(Path file, String key) {
        Path staged = staging.resolve(file).normalize();
        if (!staged.startsWith(staging) || !key.equals(keys.get(name(file)))) {
            return null;
        }
        // A file taken over is read where it is: the previous output's, unchanged until the commit.
        Path found = inStaging.contains(staged) ? staged
                : prepared.contains(staged) ? target.resolve(staging.relativize(staged)) : null;
        return found != null && Files.isRegularFile(found, LinkOption.NOFOLLOW_LINKS) ? found : null;
    }

    /**
     * The previous output's file at this place when there is one (a regular file), else null: for copying unchanged
     * parts of it byte-wise into a new file.
     */
    public Path previousFile(Path file) {
        return previousFile(target, file);
    }

    /**
     * The file at {@code file} (relative) inside an output folder written before, {@code target}, when it is a
     * regular file there, else null: for what a build reads of the previous site before it opens its new output.
     */
    public static Path previousFile(Path target, Path file) {
        Path folder = target.toAbsolutePath().normalize();
        if (file.isAbsolute() || !Files.isDirectory(folder)) {
            return null;
        }
        Path old = folder.resolve(file).normalize();
        return old.startsWith(folder) && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) ? old : null;
    }

    /**
     * The files of this output so far, written or taken over, by their paths relative to it ({@code /}-separated),
     * sorted: what a walk of the staging folder finds, since only this output makes its files ({@link #prepare}),
     * without visiting every folder of it (at 1,000 articles ~11,000 files; the sitemap asked for them every build).
     */
    public List<String> files() {
        List<String> names = new ArrayList<>(prepared.size());
        for (Path file : prepared) {
            names.add(staging.relativize(file).toString().replace('\\', '/'));
        }
        Collections.sort(names);
        return names;
    }

    /** Files written in full so far (not taken over from the previous output). */
    public int written() {
        return written.get();
    }

    /** Files taken over from the previous output so far. */
    public int reused() {
        return reused.get();
    }

    /**
     * Files of the previous output looked at one by one (a {@code stat}) to take them over by their key: those of the
     * folders whose time moved since the last commit recorded it.
     */
    public int looked() {
        return looked.get();
    }

    /**
     * Whether the previous output's file {@code name}, which the last build wrote or took over (it has a key), is still
     * there as a regular file: surely when its folder's time is the recorded one, else looked at.
     */
    private boolean stillThere(String name, Path old) {
        if (folderTimes().stillThere(name)) {
            return true;
        }
        looked.incrementAndGet();
        return Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS);
    }

    private synchronized FolderTimes folderTimes() {
        if (folderTimes == null) {
            folderTimes = hadPrevious ? lock.folderTimes(target).check(target) : FolderTimes.none();
        }
        return folderTimes;
    }

    /**
     * Takes the previous output's {@code file} (relative) over: it stays where it is, and a commit in place leaves it
     * alone (a swap links it into the staging folder first). A file this output wrote before at the place is dropped.
     */
    private void takeOver(Path file) throws IOException {
        Path normal = staging.resolve(file).normalize();
        if (!normal.startsWith(staging)) {
            throw new IllegalArgumentException("output file outside the output folder: " + file);
        }
        if (!prepared.add(normal) && inStaging.remove(normal)) {
            Files.deleteIfExists(normal);
        }
        reused.incrementAndGet();
    }

    private static void link(Path old, Path resolved) throws IOException {
        try {
            Files.createLink(resolved, old);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(old, resolved, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file of the previous output at the same place, or null when there is none to compare with. */
    private Path previous(Path file) {
        if (file.isAbsolute() || !hadPrevious) {
            return null;
        }
        Path old = target.resolve(file).normalize();
        return old.startsWith(target) ? old : null;
    }

    private static String name(Path file) {
        return file.toString().replace('\\', '/');
    }

    private synchronized Map<String, String> previousKeys() {
        if (previousKeys == null) {
            previousKeys = new HashMap<>();
            try {
                for (String line : Files.readAllLines(target.resolve(KEYS), StandardCharsets.UTF_8)) {
                    int space = line.indexOf(' ');
                    if (space > 0) {
                        previousKeys.put(line.substring(space + 1), line.substring(0, space));
                    }
                }
            } catch (IOException e) {
                // No previous output, or one without keys: every keyed file is written.
                previousKeys.clear();
            }
        }
        return previousKeys;
    }

    private Path prepare(Path file) throws IOException {
        Path resolved = file.isAbsolute() ? file : staging.resolve(file);
        Path normal = resolved.normalize();
        if (!normal.startsWith(staging)) {
            throw new IllegalArgumentException("output file outside the output folder: " + file);
        }
        // Each folder made once (a page's files share one), not asked of the file system for every file.
        Path parent = normal.getParent();
        if (!folders.contains(parent)) {
            Files.createDirectories(parent);
            folders.add(parent);
        }
        // A file taken over from the previous output shares its bytes with it: never write into it, replace it. The
        // staging folder starts empty and only this makes its files, so only a file prepared before can be there.
        if (!prepared.add(normal) && inStaging.contains(normal)) {
            Files.deleteIfExists(resolved);
        }
        inStaging.add(normal);
        return resolved;
    }

    /**
     * Puts the new output in place of the previous one, under the write side of the {@link SiteLock} it was opened
     * with: in place (the files gone deleted, the written ones renamed in, as a {@link CommitJournal} written first
     * lists them) when there is a previous output and at most {@link #SWAP_SHARE} of the files were written, else by
     * swapping the whole folder ({@link #swap}). Files taken over keep their inodes in place; a swap links them.
     */
    public void commit() throws IOException {
        if (!keys.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            new TreeMap<>(keys).forEach((name, key) -> lines.append(key).append(' ').append(name).append('\n'));
            Files.writeString(staging.resolve(KEYS), lines, StandardCharsets.UTF_8);
        }
        // Sorted as the list of files keeps them (~110,000 names at 10,000 articles: no set made of them).
        List<String> names = files();
        for (Path file : keys.isEmpty() ? List.of(staging.resolve(SiteFiles.FILE))
                : List.of(staging.resolve(SiteFiles.FILE), staging.resolve(KEYS))) {
            prepared.add(file);
            inStaging.add(file);
            names.add(staging.relativize(file).toString());
        }
        Collections.sort(names);
        Files.write(staging.resolve(SiteFiles.FILE), SiteFiles.text(names));
        FolderTimes before = folderTimes == null ? FolderTimes.none() : folderTimes;
        lock.folderTimes(target, FolderTimes.none());
        if (hadPrevious && inStaging.size() <= SWAP_SHARE * names.size()) {
            lock.folderTimes(target, FolderTimes.record(target, names, before, commitInPlace(names)));
        } else {
            for (Path file : prepared) {
                if (!inStaging.contains(file)) {
                    Files.createDirectories(file.getParent());
                    link(target.resolve(staging.relativize(file)), file);
                }
            }
            swap();
            lock.folderTimes(target, FolderTimes.record(target, names, before, null));
        }
    }

    /**
     * Deletes the previous output's files the new one lacks and renames the written ones in, journal first; the names
     * of the files deleted or renamed.
     */
    private List<String> commitInPlace(List<String> names) throws IOException {
        // Both lists sorted: the files only the previous one has, in one pass over the two.
        List<String> deletions = new ArrayList<>();
        int at = 0;
        for (String name : SiteFiles.read(target)) {
            while (at < names.size() && names.get(at).compareTo(name) < 0) {
                at++;
            }
            if (at == names.size() || !names.get(at).equals(name)) {
                deletions.add(name);
            }
        }
        List<String> renames = new ArrayList<>();
        for (Path file : inStaging) {
            renames.add(staging.relativize(file).toString().replace('\\', '/'));
        }
        Collections.sort(renames);
        CommitJournal journal = new CommitJournal(staging.getFileName().toString(), deletions, renames);
        journal.write(target);
        journaled = true;
        journal.apply(target, lock);
        committed = true;
        List<String> touched = new ArrayList<>(deletions);
        touched.addAll(renames);
        return touched;
    }

    /**
     * Swaps the staged folder in place of the target: the target is renamed aside ({@code .NAME.old-PID}), the staged
     * folder renamed to the target, then the old one renamed again ({@code .NAME.gone-PID-N}) and handed to the
     * {@link OldFolders} this output was opened with, which deletes it now or after this returns. A folder named
     * {@code .old-} is always a whole output (the next output puts it back when a kill left no target); a folder named
     * {@code .gone-} may be half deleted and is never put back.
     */
    private void swap() throws IOException {
        long pid = ProcessHandle.current().pid();
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + pid);
        boolean hadTarget = Files.exists(target);
        lock.write(() -> {
            if (hadTarget) {
                move(target, old);
            }
            move(staging, target);
            return null;
        });
        committed = true;
        if (hadTarget) {
            Path gone = target.resolveSibling("." + target.getFileName() + ".gone-" + pid + "-"
                    + PUT_ASIDE.incrementAndGet());
            move(old, gone);
            oldFolders.delete(gone);
        }
    }

    @Override
    public void close() {
        if (!committed && !journaled) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove staging folder " + staging, e);
            }
        }
    }

    /** Writes one file atomically: a temporary file beside it, then a rename. */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, content);
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes what killed builds left. A process killed between its two renames leaves no target but the previous
     * output as {@code .NAME.old-PID}: that one is put back, since it is a whole output. Folders put aside to be
     * deleted ({@code .NAME.gone-}) are deleted, except those {@code oldFolders} is deleting now.
     */
    private static void clearLeftovers(Path parent, String name, OldFolders oldFolders) throws IOException {
        Path target = parent.resolve(name);
        try (var siblings = Files.list(parent)) {
            for (Path sibling : (Iterable<Path>) siblings.sorted()::iterator) {
                String n = sibling.getFileName().toString();
                if (n.startsWith("." + name + ".old-") && !Files.exists(target)) {
                    move(sibling, target);
                } else if (n.startsWith("." + name + ".gone-")) {
                    if (!oldFolders.deleting(sibling)) {
                        deleteTree(sibling);
                    }
                } else if (n.startsWith("." + name + ".staging-") || n.startsWith("." + name + ".old-")) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /**
     * Deletes a folder and everything in it; nothing happens when it does not exist. Another process (a {@code serve}
     * beside a {@code build}) may be deleting a folder put aside at the same time: a file or folder already gone is no
     * error.
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
