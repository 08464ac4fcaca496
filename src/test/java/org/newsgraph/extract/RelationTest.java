package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a relation combines its rule's confidence with how its ends were resolved, and how it is written. */
class RelationTest {

    private static final String TEXT = "It bought Fabrikam.";
    private static final Span EVIDENCE = new Span(0, TEXT.length(), TEXT, 0);

    private static Relation bought(double confidence) {
        return new Relation("northwind", "acquires", "fabrikam", null, EVIDENCE, "buy-verb", confidence);
    }

    @Test
    void theWeakerEndDecidesAndOnlyAWeakOneLowersTheConfidence() {
        assertEquals(0.9, bought(0.9).withEndResolution("sure").confidence());
        assertEquals(0.9, bought(0.9).withEndResolution("likely").confidence());
        Relation weak = bought(0.9).withEndResolution("weak");
        assertEquals(Relation.WEAK_END_CAP, weak.confidence());
        assertTrue(weak.weak());
        assertEquals(0.3, bought(0.3).withEndResolution("weak").confidence(), "a weaker rule stays as low as it was");
        assertEquals("weak", bought(0.9).withEndResolution("sure").withEndResolution("weak").endResolution());
        assertEquals("likely", bought(0.9).withEndResolution("likely").withEndResolution("sure").endResolution());
        assertEquals("sure", bought(0.9).withEndResolution(null).withEndResolution("sure").endResolution());
        assertFalse(bought(0.9).withEndResolution(null).weak());
        assertThrows(IllegalArgumentException.class, () -> bought(0.9).withEndResolution("maybe"));
    }

    @Test
    void theResolutionSurvivesTheCacheAndIsWrittenInTheJson() throws Exception {
        Relation weak = bought(0.9).withEndResolution("weak");
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(weak, mapper.readValue(mapper.writeValueAsString(weak), Relation.class));
        String json = ExtractionJson.toLine(new Extraction("a", List.of(new Sentence(0, 0, TEXT.length())), List.of(),
                List.of(), List.of(weak, bought(0.8))));
        assertTrue(json.contains("\"how\":{\"endResolution\":\"weak\"}"), json);
        assertEquals(1, json.split("endResolution", -1).length - 1, "a relation with named ends has none: " + json);
    }
}
