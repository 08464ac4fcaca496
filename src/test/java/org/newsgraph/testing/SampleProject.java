package org.newsgraph.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;

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

    /**
     * A project with two small articles that share entities (Microsoft), built with the text-only stand-in for
     * CoreNLP; returns the project folder, whose {@code site/} is built.
     */
    public static Path built(Path folder) throws IOException {
        create(folder);
        write(folder.resolve("articles/2025-01-02-deal.md"), """
                ---
                title: Microsoft and OpenAI
                date: 2025-01-02
                ---
                Microsoft said revenue rose 12% to $4.5 billion. TikTok, owned by ByteDance, spends nearly $20 million monthly.
                """);
        write(folder.resolve("articles/2025-01-03-second.md"), """
                ---
                title: Walmart grows
                date: 2025-01-03
                ---
                Walmart opened three new stores. Microsoft is a partner.
                """);
        new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample())).build(BuildConfig.inFolder(folder));
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
