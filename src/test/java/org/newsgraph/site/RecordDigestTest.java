package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordDigestTest {

    record Row(String label, double x, List<String> tags) {
    }

    record Page(String title, List<Row> rows, Row first) {
    }

    record Holder(Object value) {
    }

    private static String key(Object record) {
        return Keys.ofRecord(record, "page", "template");
    }

    private static Page page(String title, String tag, double x) {
        Row row = new Row("a", x, List.of(tag, "b"));
        return new Page(title, List.of(row, new Row("c", 1, List.of())), row);
    }

    @Test
    void equalRecordsHaveEqualKeys() {
        assertEquals(key(page("T", "t", 2.5)), key(page("T", "t", 2.5)));
    }

    @Test
    void anyChangeDeepInsideChangesTheKey() {
        String base = key(page("T", "t", 2.5));
        assertNotEquals(base, key(page("U", "t", 2.5)));
        assertNotEquals(base, key(page("T", "u", 2.5)));
        assertNotEquals(base, key(page("T", "t", 2.25)));
        assertNotEquals(base, Keys.ofRecord(page("T", "t", 2.5), "page", "other template"));
    }

    @Test
    void boundariesBetweenStringsAndNullsCount() {
        assertNotEquals(key(new Row("ab", 0, List.of("c"))), key(new Row("a", 0, List.of("bc"))));
        assertNotEquals(key(new Row(null, 0, List.of())), key(new Row("", 0, List.of())));
        assertNotEquals(key(new Row("a", 0, List.of("", ""))), key(new Row("a", 0, List.of(""))));
        assertNotEquals(key(new Holder("1")), key(new Holder(1)));
    }

    @Test
    void longTextsAreHashedWhole() {
        String longText = "x".repeat(100_000);
        assertNotEquals(key(new Holder(longText)), key(new Holder(longText + "y")));
        assertEquals(key(new Holder(longText)), key(new Holder("x".repeat(100_000))));
    }

    @Test
    void aCycleStopsWithAMessage() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertThrows(IllegalArgumentException.class, () -> key(new Holder(loop)));
    }
}
