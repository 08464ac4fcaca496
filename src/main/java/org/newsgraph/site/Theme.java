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
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
     * read of every file, the SPARQL engine's megabytes among them. A folder whose files are as the last read in this
     * process found them is not read again ({@link #READ}).
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
        readTree(folder.resolve(subfolder), files, "project " + subfolder);
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
        Read kept = READ.get("jar " + subfolder);
        if (kept != null && kept.root().equals(url.toString())) {
            assets.putAll(kept.files());    // a jar's files do not change while the process runs
            return;
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        synchronized (JAR) {
            readBundledAlone(url, subfolder, files);
        }
        if ("jar".equals(url.getProtocol())) {
            READ.put("jar " + subfolder, new Read(url.toString(), List.of(), files));
        }
        assets.putAll(files);
    }

    private static void readBundledAlone(URL url, String subfolder, Map<String, byte[]> assets) throws IOException {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad theme location " + url, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            readTree(Path.of(uri), assets, "bundled " + subfolder);
            return;
        }
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Another build in this JVM has the jar open; read through its file system and leave it open.
            readTree(FileSystems.getFileSystem(uri).getPath("/" + BUNDLED + subfolder), assets, null);
            return;
        }
        try (jar) {
            readTree(jar.getPath("/" + BUNDLED + subfolder), assets, null);
        }
    }

    /**
     * A folder's files as a read in this process last found them: its root, what each file was when read (path,
     * size, modification time, file key), and the files' bytes.
     */
    private record Read(String root, List<String> stamp, SortedMap<String, byte[]> files) {
    }

    /**
     * The last read of each folder (by what it is: the bundled copy or the project's, and the subfolder), for the next
     * render in this process: under {@code serve} every save read the theme's files again (~8 MB with the SPARQL
     * engine), though a theme seldom changes. A folder on disk is taken as read when each of its files has the same
     * path, size, modification time and file key as then (an edited or replaced file changes one of them), so a
     * template change is seen by the next save; the bundled copy in a jar is read once per process. One entry per
     * folder kind, so a process that builds many projects keeps only the last.
     */
    private static final Map<String, Read> READ = new ConcurrentHashMap<>();

    /** Reads the files under {@code root}; {@code key} names its entry in {@link #READ} (null: not kept). */
    private static void readTree(Path root, Map<String, byte[]> assets, String key) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<String> stamp = new ArrayList<>();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                if (a.isRegularFile()) {
                    found.add(file);
                    stamp.add(root.relativize(file) + "\t" + a.size() + "\t" + a.lastModifiedTime().toInstant()
                            + "\t" + a.fileKey());
                }
            }
        }
        String where = root.toUri().toString();
        Read kept = key == null ? null : READ.get(key);
        if (kept != null && kept.root().equals(where) && kept.stamp().equals(stamp)) {
            assets.putAll(kept.files());
            return;
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Path file : found) {
            files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        if (key != null) {
            READ.put(key, new Read(where, List.copyOf(stamp), files));
        }
        assets.putAll(files);
    }
}
