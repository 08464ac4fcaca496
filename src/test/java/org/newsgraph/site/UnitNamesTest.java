package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void everyUnitTheExtractorRecordsHasAName() throws IOException {
        try (InputStream in = UnitNamesTest.class.getResourceAsStream("/org/newsgraph/extract/units.tsv")) {
            List<String> units = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[1]).distinct().toList();
            assertTrue(units.size() > 40, "the unit list was read");
            List<String> unnamed = units.stream().filter(u -> !UnitNames.known(u)).toList();
            assertEquals(List.of(), unnamed, "units.tsv units missing from unit-names.tsv");
        }
        List<String> unnamed = org.newsgraph.extract.figure.Units.units().stream().filter(u -> !UnitNames.known(u))
                .sorted().toList();
        assertEquals(List.of(), unnamed, "units (SI-prefixed ones generated) missing from unit-names.tsv");
        for (String duration : List.of("YR", "MO", "WK", "DAY", "HR", "MIN", "QTR", "DECADE")) {
            assertTrue(UnitNames.known(duration), duration);
        }
    }

    @Test
    void unitsReadAsAReaderWritesThem() {
        assertEquals("km", UnitNames.after("KiloM", 7));
        assertEquals("kilometres", UnitNames.heading("KiloM"));
        assertEquals("miles", UnitNames.heading("MI"));
        assertEquals("barrels a day", UnitNames.after("BBL-PER-DAY", 2e6));
        assertEquals("barrel a day", UnitNames.after("BBL-PER-DAY", 1));
        assertEquals("weeks", UnitNames.heading("WK"));
        assertEquals("year", UnitNames.after("YR", 1));
        assertEquals("GWh", UnitNames.after("GigaW-HR", 5));
        assertEquals("percentage points", UnitNames.heading("percentage_point"));
        assertEquals("USD", UnitNames.heading("USD"));
        assertEquals("Some-QUDT-NAME", UnitNames.heading("Some-QUDT-NAME"), "an unknown code is shown as it is");
    }

    @Test
    void countedNounsTakeTheirPlural() {
        assertEquals("jets", UnitNames.heading("jet"));
        assertEquals("branches", UnitNames.after("branch", 48));
        assertEquals("facilities", UnitNames.after("facility", 3));
        assertEquals("days", UnitNames.plural("day"));
        assertEquals("people", UnitNames.after("person", 96_000));
        assertEquals("aircraft", UnitNames.after("aircraft", 62));
        assertEquals("branch", UnitNames.after("branch", 1));
    }

    @Test
    void theCountedNounIsShownOnce() {
        assertNull(ViewFactory.measureLabel("aircraft", "aircraft"));
        assertNull(ViewFactory.measureLabel("people", "person"));
        assertNull(ViewFactory.measureLabel("Jets", "jet"));
        assertEquals("new jets", ViewFactory.measureLabel("new jets", "jet"), "more than the noun: kept");
        assertEquals("revenue", ViewFactory.measureLabel("revenue", "USD"));
    }
}
