package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.store.GraphStore;

/**
 * What the incremental-build tests share: a clean build of a project's input to compare with, and many companies to
 * name in made-up articles.
 */
final class IncrementalBuilds {

    private IncrementalBuilds() {
    }

    /**
     * Builds the project's articles from nothing into {@code work/clean-STEP} (with a cache of its own) and asserts
     * that the project's {@code site/} holds the same files, byte for byte (the store pointer aside).
     */
    static void assertSiteSameAsClean(Path work, Path project, Extractor extractor, String step) throws Exception {
        BuildConfig config = BuildConfig.inFolder(project);
        Path clean = work.resolve("clean-" + step);
        new Newsgraph(extractor, 1).build(new BuildConfig(config.articles(), clean, config.templates(), config.base(),
                work.resolve("clean-cache-" + step)));
        Map<String, Path> want = files(clean);
        Map<String, Path> got = files(project.resolve("site"));
        assertEquals(want.keySet(), got.keySet(), "the same files after the " + step);
        for (String name : want.keySet()) {
            assertTrue(Arrays.equals(Files.readAllBytes(want.get(name)), Files.readAllBytes(got.get(name))),
                    name + " is the same after the " + step);
        }
    }

    /** The first {@code count} one-word curated organisations of the bundled gazetteer ("Acme"-like names). */
    static List<String> companies(int count) throws Exception {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Gazetteer.class.getResourceAsStream("gazetteer.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && names.size() < count; line = in.readLine()) {
                String[] f = line.split("\t");
                if (f.length > 4 && f[1].equals("Organization") && f[4].equals("curated") && f[0].matches("[A-Z][a-z]+")) {
                    names.add(f[0]);
                }
            }
        }
        assertEquals(count, names.size());
        return names;
    }

    private static Map<String, Path> files(Path root) throws Exception {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(p -> !root.relativize(p).toString().equals(GraphStore.POINTER))
                    .forEach(p -> files.put(root.relativize(p).toString(), p));
        }
        return files;
    }
}
