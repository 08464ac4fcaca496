package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.extract.Extractor;
import org.newsgraph.store.GraphStore;

/** What the incremental-build tests compare with: a clean build of a project's input into a folder of its own. */
final class CleanBuilds {

    private CleanBuilds() {
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

    private static Map<String, Path> files(Path root) throws Exception {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(p -> !root.relativize(p).toString().equals(GraphStore.POINTER))
                    .forEach(p -> files.put(root.relativize(p).toString(), p));
        }
        return files;
    }
}
