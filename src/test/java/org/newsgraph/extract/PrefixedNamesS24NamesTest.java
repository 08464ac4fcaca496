package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * s24-names: a name a lower-case prefix joins ("non-U.S.", "pro-Beijing") is an adjective, no mention of a place or a
 * firm; the name alone stays. Real sources: KPI-EDGAR train "the U.S. and non-U.S. plans" (DHR), "non-U.S." (JPM),
 * both a place by the NER alone. Each row a parsed sentence ({@link EntityRecognizerTest#parsed}) and the names the
 * recogniser keeps.
 */
class PrefixedNamesS24NamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the Ardell/NNP/ardell/LOCATION and/CC/and non-Ardell/NNP/non-ardell/LOCATION plans/NNS/plan rose/VBD/rise . | Ardell",
        "pro-Tarvia/JJ/pro-tarvia/LOCATION lawmakers/NNS/lawmaker met/VBD/meet in/IN/in Tarvia/NNP/tarvia/LOCATION . | Tarvia",
        "e-Brisk/NNP/e-brisk/ORGANIZATION shares/NNS/share rose/VBD/rise . | e-Brisk"})
    void aLowerCasePrefixMakesAnAdjective(String words, String expected) {
        List<Entity> entities = new EntityRecognizer(new Gazetteer()).recognize(
                EntityRecognizerTest.parsed(words.strip(), ""), Set.of());
        assertEquals(expected.strip(), String.join(",", entities.stream().map(Entity::name).toList()), words);
    }
}
