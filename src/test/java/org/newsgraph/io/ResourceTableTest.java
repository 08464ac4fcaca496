package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceTableTest {

    private static final String TABLE = "/org/newsgraph/io/bad-table.tsv";

    @Test
    void aRowWithOtherColumnsIsReportedWithItsResourceAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceTable.rows(TABLE, 2, "two words"));
        assertEquals(TABLE + ":4: expected two words, was 'c\td\te'", e.getMessage());
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndRowsKeepTheirLine() {
        List<ResourceTable.Row> rows = ResourceTable.rows("/org/newsgraph/io/good-table.tsv", 2, "two words");
        assertEquals(1, rows.size());
        assertEquals(3, rows.get(0).line());
        assertEquals(List.of("a", "b"), List.of(rows.get(0).columns()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceTable.rows("/org/newsgraph/io/none.tsv", 1, "x"));
        assertEquals("/org/newsgraph/io/none.tsv is missing from the jar", e.getMessage());
    }

    @Test
    void aWordListIsASetOfStrippedWordsAndAWrongLineIsNamed() {
        assertEquals(Set.of("lender", "carmaker"), ResourceTable.words("/org/newsgraph/io/word-list.txt"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceTable.words("/org/newsgraph/io/good-table.tsv"));
        assertEquals("/org/newsgraph/io/good-table.tsv:3: expected one word a line, was 'a\tb'", e.getMessage());
    }
}
