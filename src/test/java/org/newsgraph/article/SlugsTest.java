package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource({"Microsoft Corp.,microsoft-corp", "Société Générale,societe-generale", "GPT-4,gpt-4",
            "'  Abu  Dhabi ',abu-dhabi", "Sainsbury's,sainsbury-s"})
    void slugsAreLowercaseAscii(String name, String slug) {
        assertEquals(slug, Slugs.of(name));
    }

    @ParameterizedTest
    @CsvSource({"'!!!'", "'北京'", "''"})
    void neverEmpty(String name) {
        assertFalse(Slugs.of(name).isEmpty());
    }
}
