package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * s30-products: a model in the plural meets its singular under one key ({@link NameKeys#bareName}): codes as before
 * ("A320s", "Boeing 737s", as MEANTIME's tuning half writes them) and now a named model with a small number ("12,000
 * Tern 5s", "two Vela 12s"), so a count of a model makes no second product. A decade, a name without a number and a
 * plural noun stay as written.
 */
class PluralModelsS30ProductsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A320s | A320",
        "Boeing 737s | Boeing 737",
        "Tern 5s | Tern 5",
        "Vela 12s | Vela 12",
        "the 1990s | 1990s",
        "Kestrels | Kestrels",
        "Tern 5 | Tern 5",
        "Halden Motors | Halden Motors"})
    void aModelInThePluralIsTheModel(String written, String key) {
        assertEquals(key.strip(), NameKeys.bareName(written.strip()));
    }
}
