package org.newsgraph.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.io.StagedOutput;

/**
 * One JSON file per extraction in a folder ({@code .newsgraph-cache/}), named by the SHA-256 of everything the
 * extraction depends on: the extractor version, the article's slug, date and plain text. Front matter that does not
 * feed extraction (title, author, tags) can change without re-extracting. Files are written atomically, so a crash
 * leaves either the old entry or the new one; an entry that cannot be read back is reported as corrupt.
 */
public final class ExtractionCache {

    /** What a lookup found. */
    public sealed interface Lookup {
    }

    public record Hit(Extraction extraction) implements Lookup {
    }

    public record Miss() implements Lookup {
    }

    /** An entry exists but is unusable (truncated, edited, or written by something else). */
    public record Corrupt(Path file, String reason) implements Lookup {
    }

    /** The stored form: the key and version repeated inside, so a misplaced or mixed-up file is detected. */
    record Entry(String key, String extractor, Extraction extraction) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path folder;
    private final String extractorVersion;

    public ExtractionCache(Path folder, String extractorVersion) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.extractorVersion = Objects.requireNonNull(extractorVersion, "extractorVersion");
    }

    /** The extractor as the cache knows it: its declared version and a hash of its code and bundled data. */
    public static String version() {
        return Version.CURRENT;
    }

    private static final class Version {
        static final String CURRENT = Extractor.VERSION + "+" + CodeFingerprint.of(Extractor.class,
                "org/newsgraph/extract/", "org/newsgraph/nlp/");
    }

    /** The key of an article's extraction. */
    public String key(Article article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {extractorVersion, article.slug(), String.valueOf(article.date()),
                    article.text()}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Lookup get(String key) {
        Path file = file(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Miss();
        } catch (IOException e) {
            return new Corrupt(file, "cannot be read (" + e.getMessage() + ")");
        }
        try {
            Entry entry = MAPPER.readValue(bytes, Entry.class);
            if (!key.equals(entry.key()) || !extractorVersion.equals(entry.extractor()) || entry.extraction() == null) {
                return new Corrupt(file, "its content does not belong to this key");
            }
            return new Hit(entry.extraction());
        } catch (IOException | RuntimeException e) {
            return new Corrupt(file, e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The size of the entry stored under this key (not read), or -1 when there is none. */
    public long size(String key) {
        try {
            return Files.size(file(key));
        } catch (IOException e) {
            return -1;
        }
    }

    public void put(String key, Extraction extraction) throws IOException {
        StagedOutput.writeAtomically(file(key), MAPPER.writeValueAsBytes(new Entry(key, extractorVersion, extraction)));
    }

    /** Deletes every entry but {@code keys}, and temporary files a crash left behind. */
    public void retainOnly(Set<String> keys) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                boolean entry = name.endsWith(".json") && keys.contains(name.substring(0, name.length() - 5));
                if (!entry && Files.isRegularFile(file) && (name.endsWith(".json") || name.endsWith(".tmp"))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Path file(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return folder.resolve(key + ".json");
    }
}
