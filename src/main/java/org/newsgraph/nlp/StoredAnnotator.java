package org.newsgraph.nlp;

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keeps each text's annotations in a folder, so that scoring a rule change on the same articles again needs no
 * CoreNLP: the delegate (loaded only on a miss) annotates what the folder does not hold yet. A stored file that
 * cannot be read is annotated again.
 */
public final class StoredAnnotator implements Annotator {

    private static final ObjectReader READER = TextKeyedFiles.MAPPER.readerFor(AnnotatedText.class);

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
        Path file = folder.resolve(TextKeyedFiles.key(NlpPipeline.ANNOTATORS, String.valueOf(date), text));
        AnnotatedText stored = TextKeyedFiles.read(file, READER);
        if (stored != null) {
            return stored;
        }
        AnnotatedText annotated = delegate.get().annotate(text, date);
        if (store) {
            TextKeyedFiles.write(file, annotated, "annotations");
        }
        return annotated;
    }
}
