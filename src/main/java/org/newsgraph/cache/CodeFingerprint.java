package org.newsgraph.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of the compiled classes and resources of some packages. Part of the cache key, so that any change to the
 * extraction code or its bundled data invalidates cached extractions even when nobody remembered to bump
 * {@link org.newsgraph.extract.Extractor#VERSION}.
 *
 * <p>A build asks for several (the scan cache's, the extractor's, the site stamp's and the page keys'); each is
 * hashed once per process and location, so the site stamp and the page keys, which both cover all of
 * {@code org/newsgraph/} (the gazetteer and the SPARQL engine's WebAssembly among it, about 12 MB inflated), share
 * one pass over the jar.
 */
public final class CodeFingerprint {

    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private CodeFingerprint() {
    }

    /**
     * @param anchor   a class loaded from the jar or folder that holds the packages
     * @param prefixes package paths, such as {@code "org/newsgraph/extract/"}
     */
    public static String of(Class<?> anchor, String... prefixes) {
        Path location;
        try {
            location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return KNOWN.computeIfAbsent(location + "\0" + String.join("\0", prefixes), key -> hash(location, prefixes));
    }

    private static String hash(Path location, String... prefixes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                for (String prefix : prefixes) {
                    for (Path file : filesUnder(location.resolve(prefix))) {
                        update(digest, location.relativize(file).toString(), Files.readAllBytes(file));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<JarEntry> entries = Collections.list(jar.entries()).stream()
                            .filter(e -> !e.isDirectory() && startsWithAny(e.getName(), prefixes))
                            .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
                    for (JarEntry entry : entries) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            update(digest, entry.getName(), in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extractor's own classes", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            files.sort(null);
            return files;
        }
    }

    private static boolean startsWithAny(String name, String[] prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void update(MessageDigest digest, String name, byte[] content) {
        digest.update(name.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
    }
}
