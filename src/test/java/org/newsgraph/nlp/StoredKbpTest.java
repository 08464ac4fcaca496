package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KBP's triples kept in a folder: read once, then from the folder; the folder alone never reads a text it lacks. */
class StoredKbpTest {

    private static final KbpTriple TRIPLE = new KbpTriple(0, 6, "Tarrow", "org:parents", 19, 25, "Brisca", 0.8, 0);

    @Test
    void aTextIsReadOnceAndThenFromTheFolder(@TempDir Path folder) {
        AtomicInteger reads = new AtomicInteger();
        KbpReader counting = text -> {
            reads.incrementAndGet();
            return List.of(TRIPLE);
        };
        String text = "Tarrow is owned by Brisca.";
        assertEquals(List.of(TRIPLE), new StoredKbp(() -> counting, folder).read(text));
        assertEquals(List.of(TRIPLE), new StoredKbp(() -> counting, folder).read(text));
        assertEquals(1, reads.get());
        assertEquals(List.of(TRIPLE), StoredKbp.cachedOnly(folder).read(text));
    }

    @Test
    void theFolderAloneStopsOnATextItLacks(@TempDir Path folder) {
        assertThrows(IllegalStateException.class, () -> StoredKbp.cachedOnly(folder).read("Not stored."));
    }
}
