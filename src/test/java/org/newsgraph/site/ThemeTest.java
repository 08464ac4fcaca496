package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled theme read from a jar, as the launcher and the integration tests run it. */
class ThemeTest {

    @TempDir
    Path dir;

    @Test
    void pagesRenderingInParallelReadTheBundledThemeFromTheJarTogether() throws Exception {
        Path jar = dir.resolve("theme.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (int i = 0; i < 40; i++) {
                out.putNextEntry(new JarEntry(Theme.BUNDLED + "assets/file-" + i + ".css"));
                out.write(("/* " + i + " */").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        URL assets = new URL("jar:" + jar.toUri() + "!/" + Theme.BUNDLED + "assets");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, byte[]>>> reads = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                reads.add(threads.submit(() -> {
                    Map<String, byte[]> files = new TreeMap<>();
                    Theme.readBundled(assets, "assets", files);
                    return files;
                }));
            }
            for (Future<Map<String, byte[]>> read : reads) {
                Map<String, byte[]> files = read.get();
                assertEquals(40, files.size());
                assertEquals("/* 7 */", new String(files.get("file-7.css"), StandardCharsets.UTF_8));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
