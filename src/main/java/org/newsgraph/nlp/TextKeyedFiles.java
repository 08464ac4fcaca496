package org.newsgraph.nlp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsgraph.io.StagedOutput;

/**
 * What {@link StoredAnnotator} and {@link StoredKbp} keep of a text: a JSON file in a folder, named by a digest of
 * the text and of what made it, read back when it is there and readable, else made again and written atomically.
 */
final class TextKeyedFiles {

    /** Unknown properties are skipped on reading (Token's derived isEntity() is written as "entity"). */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TextKeyedFiles() {
    }

    /** The file's name for these parts (what made it, the text...): a SHA-256 of each part and a 0 byte after it. */
    static String key(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@code file} holds, or null when there is no such file or it cannot be read (the caller makes it again). */
    static <T> T read(Path file, ObjectReader reader) {
        if (Files.isRegularFile(file)) {
            try {
                return reader.readValue(file.toFile());
            } catch (IOException | RuntimeException e) {
                // made again by the caller
            }
        }
        return null;
    }

    /** Writes {@code value} to {@code file} atomically; a failure names {@code what} and the folder. */
    static void write(Path file, Object value, String what) {
        try {
            StagedOutput.writeAtomically(file, MAPPER.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + what + " in " + file.getParent(), e);
        }
    }
}
