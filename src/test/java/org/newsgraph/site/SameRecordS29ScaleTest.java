package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, session 29: graph-input keys are taken over when the inputs are the same ({@link SameRecord}), so "same"
 * must mean "the same digest" ({@link RecordDigest}): equal copies made apart are the same; a change anywhere, another
 * order of a list or map, a decimal of another scale, another class are not. And {@link InputKeyMemory} gives the key
 * computed last time only to the same inputs.
 */
class SameRecordS29ScaleTest {

    record Span(int start, int end) {
    }

    record Figure(String id, BigDecimal value, Span span, List<String> tags) {
    }

    record Article(String slug, String text, List<Figure> figures, Map<String, String> reasons) {
    }

    private static String key(Object record) {
        return Keys.ofRecord(record, "article graph", "https://example.org/");
    }

    /** A random article; the same seed makes an equal one from new objects. */
    private static Article article(long seed) {
        Random random = new Random(seed);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < random.nextInt(5); i++) {
            figures.add(new Figure(new String("f" + i), new BigDecimal(random.nextInt(100) + "." + random.nextInt(9)),
                    new Span(random.nextInt(50), 50 + random.nextInt(50)), List.of(new String("t" + random.nextInt(3)))));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put(new String("Acme"), "alias");
        reasons.put(new String("Acme Corp"), "name");
        return new Article(new String("s" + seed), new StringBuilder("Text ").append(seed).toString(), figures, reasons);
    }

    @Test
    void equalCopiesMadeApartAreTheSameAndHaveTheSameKey() {
        for (long seed = 0; seed < 50; seed++) {
            Article one = article(seed);
            Article two = article(seed);
            assertTrue(SameRecord.same(one, two), "seed " + seed);
            assertEquals(key(one), key(two));
            assertFalse(SameRecord.same(one, article(seed + 1000)));
        }
    }

    @Test
    void whatTheDigestTellsApartIsNotTheSame() {
        Figure figure = new Figure("f1", new BigDecimal("1.5"), new Span(1, 2), List.of("a", "b"));
        Article base = new Article("s", "text", List.of(figure), Map.of());
        List<Article> others = List.of(
                new Article("s", "text!", List.of(figure), Map.of()),
                new Article("s", "text", List.of(new Figure("f1", new BigDecimal("1.50"), new Span(1, 2),
                        List.of("a", "b"))), Map.of()),
                new Article("s", "text", List.of(new Figure("f1", new BigDecimal("1.5"), new Span(1, 3),
                        List.of("a", "b"))), Map.of()),
                new Article("s", "text", List.of(new Figure("f1", new BigDecimal("1.5"), new Span(1, 2),
                        List.of("b", "a"))), Map.of()),
                new Article("s", "text", List.of(figure, figure), Map.of()),
                new Article("s", null, List.of(figure), Map.of()));
        for (Article other : others) {
            assertFalse(SameRecord.same(base, other), other.toString());
            assertNotEquals(key(base), key(other), other.toString());
        }
        // Equal maps in another order: equal to Java, but digested in order, so not the same.
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertEquals(ab, ba);
        assertFalse(SameRecord.same(new Article("s", "t", List.of(), ab), new Article("s", "t", List.of(), ba)));
        assertNotEquals(key(new Article("s", "t", List.of(), ab)), key(new Article("s", "t", List.of(), ba)));
    }

    @Test
    void theMemoryGivesTheLastKeyOnlyToTheSameInputs() {
        InputKeyMemory memory = new InputKeyMemory();
        int[] computed = {0};
        Supplier<String> first = () -> {
            computed[0]++;
            return key(article(1));
        };
        assertEquals(key(article(1)), memory.key("g1", article(1), first));
        assertEquals(key(article(2)), memory.key("g2", article(2), () -> key(article(2))));
        memory.done();
        assertEquals(1, computed[0]);
        // g1 the same (a copy): the kept key, nothing computed; g2 changed: computed.
        assertEquals(key(article(1)), memory.key("g1", article(1), first));
        assertEquals(1, computed[0]);
        assertEquals(key(article(3)), memory.key("g2", article(3), () -> key(article(3))));
        memory.done();
        assertEquals(1, memory.reused());
    }
}
