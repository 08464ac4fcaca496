package org.newsgraph.nlp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsgraph.io.StagedOutput;

/**
 * Keeps each text's annotations in a folder, so that scoring a rule change on the same articles again needs no
 * CoreNLP: the delegate (loaded only on a miss) annotates what the folder does not hold yet. A stored file that
 * cannot be read is annotated again.
 */
public final class StoredAnnotator implements Annotator {

    /** Token's derived isEntity() is written as "entity" and ignored on reading. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Supplier<? extends Annotator> delegate;
    private final Path folder;
    private final boolean store;

    public StoredAnnotator(Supplier<? extends Annotator> delegate, Path folder) {
        this(delegate, folder, true);
    }

    private StoredAnnotator(Supplier<? extends Annotator> delegate, Path folder, boolean store) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.store = store;
    }

    /** Reads the folder's annotations and leaves it as it is: what it lacks, the delegate annotates each time. */
    public static StoredAnnotator readOnly(Supplier<? extends Annotator> delegate, Path folder) {
        return new StoredAnnotator(delegate, folder, false);
    }

    /**
     * Reads only the folder's annotations and never loads CoreNLP: a text the folder lacks stops the caller with an
     * error naming the folder (scoring a rule change on texts annotated before needs no CoreNLP and no NLP slot).
     */
    public static StoredAnnotator cachedOnly(Path folder) {
        return readOnly(() -> (text, date) -> {
            throw new IllegalStateException("no stored annotation in " + folder + " for a text of " + text.length()
                    + " characters (" + date + "): run once without --cached-only to store it");
        }, folder);
    }

    @Override
    public AnnotatedText annotate(String text, LocalDate date) {
        Path file = folder.resolve(key(text, date) + ".json");
        if (Files.isRegularFile(file)) {
            try {
                return MAPPER.readValue(file.toFile(), AnnotatedText.class);
            } catch (IOException | RuntimeException e) {
                // annotated again below
            }
        }
        AnnotatedText annotated = delegate.get().annotate(text, date);
        if (!store) {
            return annotated;
        }
        try {
            StagedOutput.writeAtomically(file, MAPPER.writeValueAsBytes(annotated));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store annotations in " + folder, e);
        }
        return annotated;
    }

    private static String key(String text, LocalDate date) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {NlpPipeline.ANNOTATORS, String.valueOf(date), text}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
