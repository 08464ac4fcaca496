package org.newsgraph.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A folder written in full beside its final place, then swapped in: readers of the final folder see the old
 * complete output or the new complete output, never a half-written one. A build that fails or is killed leaves
 * only a staging folder, which the next build clears.
 */
public final class StagedOutput implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        clearLeftovers(parent, this.target.getFileName().toString());
        this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".staging-");
        if (Files.getFileAttributeView(staging, PosixFileAttributeView.class) != null) {
            // A temporary folder is private; a site is for everyone to read.
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Starts writing a new version of {@code target}. */
    public static StagedOutput open(Path target) throws IOException {
        return new StagedOutput(target);
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

    public void write(Path file, byte[] content) throws IOException {
        Path resolved = file.isAbsolute() ? file : staging.resolve(file);
        if (!resolved.normalize().startsWith(staging)) {
            throw new IllegalArgumentException("output file outside the output folder: " + file);
        }
        Files.createDirectories(resolved.getParent());
        Files.write(resolved, content);
    }

    /**
     * Swaps the staged folder in place of the target. A process killed between the two renames leaves no target
     * but a complete {@code .old-} folder, which the next {@link #open} puts back; the old folder is renamed once
     * more before it is deleted, so that an {@code .old-} folder is always a complete one.
     */
    public void commit() throws IOException {
        String prefix = "." + target.getFileName();
        long pid = ProcessHandle.current().pid();
        Path old = target.resolveSibling(prefix + ".old-" + pid);
        if (Files.exists(target)) {
            move(target, old);
        }
        move(staging, target);
        committed = true;
        if (Files.exists(old)) {
            Path trash = target.resolveSibling(prefix + ".trash-" + pid);
            move(old, trash);
            deleteTree(trash);
        }
    }

    @Override
    public void close() {
        if (!committed) {
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes what killed builds left behind, after putting back a previous output that a kill left aside. */
    private static void clearLeftovers(Path parent, String name) throws IOException {
        Path target = parent.resolve(name);
        List<Path> leftovers;
        try (var siblings = Files.list(parent)) {
            leftovers = siblings.filter(p -> p.getFileName().toString().matches(Pattern.quote("." + name)
                    + "\\.(staging|old|trash)-.*")).sorted().toList();
        }
        for (Path leftover : leftovers) {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && leftover.getFileName().toString().startsWith("." + name + ".old-")) {
                move(leftover, target);
            } else {
                deleteTree(leftover);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
