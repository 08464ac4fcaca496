package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SimpleAnnotator;

class StoredAnnotatorTest {

    @TempDir
    Path folder;

    private final AtomicInteger calls = new AtomicInteger();
    private final Annotator counting = (text, date) -> {
        calls.incrementAndGet();
        return new SimpleAnnotator().annotate(text, date);
    };

    @Test
    void aTextIsAnnotatedOnceAndThenReadBackTheSame() {
        String text = "Acme Corp bought Widgets Inc. on Monday. It paid $5 million.";
        AnnotatedText first = new StoredAnnotator(() -> counting, folder).annotate(text, LocalDate.of(2025, 1, 2));
        AnnotatedText again = new StoredAnnotator(() -> counting, folder).annotate(text, LocalDate.of(2025, 1, 2));
        assertEquals(1, calls.get());
        assertEquals(first, again);
    }

    @Test
    void anotherDateOrAnUnreadableFileIsAnnotatedAgain() throws Exception {
        StoredAnnotator stored = new StoredAnnotator(() -> counting, folder);
        stored.annotate("Acme Corp grew.", LocalDate.of(2025, 1, 2));
        stored.annotate("Acme Corp grew.", LocalDate.of(2025, 1, 3));
        assertEquals(2, calls.get());
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.writeString(file, "{broken");
            }
        }
        assertEquals(new SimpleAnnotator().annotate("Acme Corp grew.", null).sentences().size(),
                stored.annotate("Acme Corp grew.", LocalDate.of(2025, 1, 2)).sentences().size());
        assertEquals(3, calls.get());
    }

    @Test
    void cachedOnlyReadsWhatTheFolderHoldsAndStopsOnAMiss() {
        String text = "Acme Corp bought Widgets Inc. on Monday. It paid $5 million.";
        AnnotatedText stored = new StoredAnnotator(() -> counting, folder).annotate(text, LocalDate.of(2025, 1, 2));
        StoredAnnotator cached = StoredAnnotator.cachedOnly(folder);
        assertEquals(stored, cached.annotate(text, LocalDate.of(2025, 1, 2)));
        IllegalStateException miss = assertThrows(IllegalStateException.class,
                () -> cached.annotate("Acme Corp grew.", LocalDate.of(2025, 1, 2)));
        assertTrue(miss.getMessage().contains(folder.toString()));
        assertEquals(1, calls.get());
    }
}
