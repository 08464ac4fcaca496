package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The country a town, a nationality or a country's name places a firm in: general knowledge, no parse needed. */
class NationsTest {

    @Test
    void aTownOfOneCountryANationalityAndACountryNameGiveItsCode() {
        assertEquals("SE", Nations.countryOf("stockholm"));
        assertEquals("SE", Nations.countryOf("Swedish"));
        assertEquals("US", Nations.countryOf("American"));
        assertEquals("JP", Nations.countryOf("japanese"));
        assertEquals("FR", Nations.countryOf("France"));
    }

    @Test
    void aTownIsNoNationality() {
        assertNull(Nations.nationOf("Stockholm"));
        assertEquals("SE", Nations.nationOf("Swedish"));
    }

    @Test
    void aWordOfNoPlaceGivesNone() {
        assertNull(Nations.countryOf("largest"));
        assertNull(Nations.countryOf(""));
        assertNull(Nations.countryOf(null));
    }
}
