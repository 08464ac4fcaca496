package org.newsgraph.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

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
        Files.write(prepare(file), content);
    }

    /** Opens a file of the output for writing, buffered, for content too large to hold in memory (graph dumps). */
    public OutputStream openStream(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(prepare(file)), 1 << 16);
    }

    private Path prepare(Path file) throws IOException {
        Path resolved = file.isAbsolute() ? file : staging.resolve(file);
        if (!resolved.normalize().startsWith(staging)) {
            throw new IllegalArgumentException("output file outside the output folder: " + file);
        }
        Files.createDirectories(resolved.getParent());
        return resolved;
    }

    /** Swaps the staged folder in place of the target. */
    public void commit() throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
        if (Files.exists(target)) {
            move(target, old);
        }
        move(staging, target);
        committed = true;
        deleteTree(old);
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

    /**
     * Deletes what killed builds left. A process killed between its two renames leaves no target but the previous
     * output as {@code .NAME.old-PID}: that one is put back, since it is a whole output.
     */
    private static void clearLeftovers(Path parent, String name) throws IOException {
        Path target = parent.resolve(name);
        try (var siblings = Files.list(parent)) {
            for (Path sibling : (Iterable<Path>) siblings.sorted()::iterator) {
                String n = sibling.getFileName().toString();
                if (n.startsWith("." + name + ".old-") && !Files.exists(target)) {
                    move(sibling, target);
                } else if (n.startsWith("." + name + ".staging-") || n.startsWith("." + name + ".old-")) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
