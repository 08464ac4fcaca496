package org.newsgraph.nlp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keeps each text's KBP triples in a folder of their own (beside the annotations of {@link StoredAnnotator}, never
 * in them: the annotations' key stays {@link NlpPipeline#ANNOTATORS}, so turning KBP on re-annotates nothing and
 * KBP runs only on the texts whose relations are scored). The delegate (loaded only on a miss) reads what the
 * folder does not hold yet.
 */
public final class StoredKbp implements KbpReader {

    private static final ObjectReader READER = TextKeyedFiles.MAPPER.readerFor(new TypeReference<List<KbpTriple>>() {
    });

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
        Path file = folder.resolve(TextKeyedFiles.key(KbpPipeline.ANNOTATORS, text));
        List<KbpTriple> stored = TextKeyedFiles.read(file, READER);
        if (stored != null) {
            return List.copyOf(stored);
        }
        List<KbpTriple> triples = List.copyOf(delegate.get().read(text));
        TextKeyedFiles.write(file, triples, "KBP triples");
        return triples;
    }
}
