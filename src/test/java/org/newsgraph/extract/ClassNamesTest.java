package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Names of a general class, not of one thing: the list holds general knowledge and refuses only whole names. */
class ClassNamesTest {

    @Test
    void everyListedTimeZoneIsAShortZoneNameJavaKnows() {
        Set<String> known = new HashSet<>();
        for (String id : TimeZone.getAvailableIDs()) {
            TimeZone zone = TimeZone.getTimeZone(id);
            known.add(zone.getDisplayName(false, TimeZone.SHORT, Locale.US).toLowerCase(Locale.ROOT));
            known.add(zone.getDisplayName(true, TimeZone.SHORT, Locale.US).toLowerCase(Locale.ROOT));
        }
        Set<String> listed = ClassNames.words("time-zone");
        assertFalse(listed.isEmpty());
        for (String word : listed) {
            assertTrue(known.contains(word), word + " is no time zone abbreviation java.util.TimeZone knows");
        }
    }

    @Test
    void aTimeZoneIsRefusedOnlyInCapitals() {
        assertEquals("time-zone", ClassNames.classOf("GMT"));
        assertEquals("time-zone", ClassNames.classOf("UTC"));
        assertNull(ClassNames.classOf("Est"), "a word in other capitals may be a name");
        assertNull(ClassNames.classOf("GMT Holdings"));
    }

    @Test
    void aDefinedTermIsRefusedAloneWithOrWithoutTheOrAPossessive() {
        assertEquals("defined-term", ClassNames.classOf("Company"));
        assertEquals("defined-term", ClassNames.classOf("the Company"));
        assertEquals("defined-term", ClassNames.classOf("The Registrant's"));
        assertNull(ClassNames.classOf("Company Ventures"), "a longer name is a name");
    }

    @Test
    void aHeadingIsTwoOrMoreWordsAllOfAFilingHeading() {
        assertEquals("heading", ClassNames.classOf("Results of Operations"));
        assertEquals("heading", ClassNames.classOf("Stock Repurchase Programs"));
        assertNull(ClassNames.classOf("Operations"), "one word alone is left to the other checks");
        assertNull(ClassNames.classOf("of and"), "linking words alone are no heading");
        assertNull(ClassNames.classOf("Capital Resources Fund"), "a word of its own makes it a name");
    }
}
