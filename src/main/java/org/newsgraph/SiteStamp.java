package org.newsgraph;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.cache.CodeFingerprint;

/**
 * What a site was built from: a hash of every input (article files, {@code _entities.yaml}, templates, base IRI, title, language,
 * Newsgraph's own code) and the counts of that build, kept in the site as {@value #FILE}. Written into the staged
 * site, it is swapped in with the pages it describes, so a matching stamp proves the site is up to date and a build
 * can stop after reading its inputs (no extraction, no rendering).
 *
 * @param inputs the hash of the inputs
 */
record SiteStamp(String inputs, int articles, int entities, int figures, int relations) {

    static final String FILE = ".newsgraph-build";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Hashes the inputs of a build: each file by the SHA-256 of its bytes; files are read whole, which costs
     * milliseconds next to a render.
     */
    static String inputs(BuildConfig config) throws IOException {
        return inputs(config, Map.of());
    }

    /**
     * The same, taking the digests ({@link ArticleReader#digest}) of the files in {@code known} from there instead of
     * reading them: a build knows every article file's digest from its scan or from the scan cache.
     */
    static String inputs(BuildConfig config, Map<Path, String> known) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "code", Code.FINGERPRINT.getBytes(StandardCharsets.UTF_8));
            update(digest, "base", config.base().getBytes(StandardCharsets.UTF_8));
            update(digest, "title", config.settings().title().getBytes(StandardCharsets.UTF_8));
            update(digest, "language", config.settings().language().getBytes(StandardCharsets.UTF_8));
            for (Path folder : List.of(config.articles(), config.templates())) {
                for (Path file : files(folder)) {
                    String content = known.get(file);
                    update(digest, folder.relativize(file).toString(), (content != null ? content
                            : ArticleReader.digest(Files.readAllBytes(file))).getBytes(StandardCharsets.US_ASCII));
                }
                update(digest, "end of folder", new byte[0]);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stamp of the site now in {@code site}, if it has a readable one. */
    static Optional<SiteStamp> read(Path site) {
        try {
            return Optional.of(MAPPER.readValue(site.resolve(FILE).toFile(), SiteStamp.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    String json() throws IOException {
        return MAPPER.writeValueAsString(this) + "\n";
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void update(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
    }

    private static final class Code {
        static final String FINGERPRINT = CodeFingerprint.of(Newsgraph.class, "org/newsgraph/");
    }
}
