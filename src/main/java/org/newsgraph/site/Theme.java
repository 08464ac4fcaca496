package org.newsgraph.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme: the project's {@code templates/} folder first, then the copy of the default theme bundled in the jar,
 * so a project keeps only the files it changes.
 */
final class Theme {

    /** Where the build puts the repository's {@code templates/} on the classpath (see pom.xml). */
    static final String BUNDLED = "org/newsgraph/site/theme/";

    private final Path folder;
    /** The folders read so far ({@link #files}). */
    private final Map<String, SortedMap<String, byte[]>> read = new HashMap<>();

    Theme(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path folder() {
        return folder;
    }

    /**
     * Every file under a folder of the theme ({@code assets}, {@code sparql}) by its path in that folder: the bundled
     * ones, replaced or added to by the project's. Read once per folder by this theme (a render makes its own,
     * {@link SiteRenderer}): the SPARQL page asked for the assets three times and the site's assets once more, each a
     * read of every file, the SPARQL engine's megabytes among them.
     */
    synchronized SortedMap<String, byte[]> files(String subfolder) throws IOException {
        SortedMap<String, byte[]> known = read.get(subfolder);
        if (known != null) {
            return known;
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        URL bundled = Theme.class.getClassLoader().getResource(BUNDLED + subfolder);
        if (bundled != null) {
            readBundled(bundled, subfolder, files);
        }
        readTree(folder.resolve(subfolder), files);
        SortedMap<String, byte[]> kept = Collections.unmodifiableSortedMap(files);
        read.put(subfolder, kept);
        return kept;
    }

    /**
     * Reads of the bundled theme from the jar take turns: each opens the jar's file system and closes it after, and
     * pages render in parallel, so a second reader would otherwise walk a file system the first has just closed.
     */
    private static final Object JAR = new Object();

    static void readBundled(URL url, String subfolder, Map<String, byte[]> assets) throws IOException {
        synchronized (JAR) {
            readBundledAlone(url, subfolder, assets);
        }
    }

    private static void readBundledAlone(URL url, String subfolder, Map<String, byte[]> assets) throws IOException {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad theme location " + url, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            readTree(Path.of(uri), assets);
            return;
        }
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Another build in this JVM has the jar open; read through its file system and leave it open.
            readTree(FileSystems.getFileSystem(uri).getPath("/" + BUNDLED + subfolder), assets);
            return;
        }
        try (jar) {
            readTree(jar.getPath("/" + BUNDLED + subfolder), assets);
        }
    }

    private static void readTree(Path root, Map<String, byte[]> assets) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assets.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }
}
