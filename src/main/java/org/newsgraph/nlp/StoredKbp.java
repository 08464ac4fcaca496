package org.newsgraph.nlp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsgraph.io.StagedOutput;

/**
 * Keeps each text's KBP triples in a folder of their own (beside the annotations of {@link StoredAnnotator}, never
 * in them: the annotations' key stays {@link NlpPipeline#ANNOTATORS}, so turning KBP on re-annotates nothing and
 * KBP runs only on the texts whose relations are scored). The delegate (loaded only on a miss) reads what the
 * folder does not hold yet.
 */
public final class StoredKbp implements KbpReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<KbpTriple>> TRIPLES = new TypeReference<>() {
    };

    private final Supplier<? extends KbpReader> delegate;
    private final Path folder;

    public StoredKbp(Supplier<? extends KbpReader> delegate, Path folder) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** Reads only the folder: a text it lacks stops the caller with an error naming the folder. */
    public static StoredKbp cachedOnly(Path folder) {
        return new StoredKbp(() -> text -> {
            throw new IllegalStateException("no stored KBP triples in " + folder + " for a text of " + text.length()
                    + " characters: run once without --cached-only to store them");
        }, folder);
    }

    @Override
    public List<KbpTriple> read(String text) {
        Path file = folder.resolve(key(text) + ".json");
        if (Files.isRegularFile(file)) {
            try {
                return List.copyOf(MAPPER.readValue(file.toFile(), TRIPLES));
            } catch (IOException | RuntimeException e) {
                // read again below
            }
        }
        List<KbpTriple> triples = List.copyOf(delegate.get().read(text));
        try {
            StagedOutput.writeAtomically(file, MAPPER.writeValueAsBytes(triples));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store KBP triples in " + folder, e);
        }
        return triples;
    }

    static String key(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {KbpPipeline.ANNOTATORS, text}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
