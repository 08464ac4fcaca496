package org.newsgraph.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A Newsgraph project folder for tests: articles, a copy of the real theme, and room for site/. */
public final class SampleProject {

    private SampleProject() {
    }

    /** The repository's own folder (tests run with it as the working directory). */
    public static Path repository() {
        return Path.of("").toAbsolutePath();
    }

    public static Path create(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("articles"));
        copyTree(repository().resolve("templates"), folder.resolve("templates"));
        return folder;
    }

    public static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Deletes a folder and everything in it, links included (not what they point to); nothing if it is absent. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
