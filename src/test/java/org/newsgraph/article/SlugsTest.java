package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    @CsvSource({"Chipmakers report record quarterly revenue as data centre operators keep buying AI accelerators amid surging demand,80",
            "Microsoft and OpenAI announce a new multi-year partnership to expand supercomputing capacity worldwide today,80",
            "Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosisxyz,80"})
    void longSlugsAreCutBetweenWords(String title, int max) {
        String slug = Slugs.of(title);
        String full = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        assertTrue(slug.length() <= max, slug);
        assertTrue(full.startsWith(slug), slug);
        boolean oneWord = full.indexOf('-') < 0 || full.indexOf('-') > max;
        assertTrue(oneWord || full.charAt(slug.length()) == '-', "cut inside a word: " + slug);
    }

    @ParameterizedTest
    @CsvSource({"'!!!'", "'北京'", "''"})
    void neverEmpty(String name) {
        assertFalse(Slugs.of(name).isEmpty());
    }
}
