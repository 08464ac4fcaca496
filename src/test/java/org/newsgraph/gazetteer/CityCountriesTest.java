package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The city-to-country table on a tiny copy of the world cities list. */
class CityCountriesTest {

    @TempDir
    Path sources;

    private CityCountries read() throws Exception {
        Path file = sources.resolve("world-cities.csv");
        Files.writeString(file, "name,country,subcountry,geonameid\n"
                + "Marrakesh,Morocco,Marrakesh-Safi,1\n"
                + "Wellington,New Zealand,Wellington Region,2\n"
                + "Wellington,United Kingdom,England,3\n"
                + "Santiago,Chile,Santiago Metropolitan,4\n"
                + "Santiago,Chile,Another Region,5\n"
                + "Bogotá,Colombia,Bogota D.C.,6\n"
                + "Seoul,\"Korea, Republic of\",Seoul,7\n"
                + "Dar es Salaam,\"Tanzania, United Republic of\",Dar es Salaam,8\n"
                + "les Escaldes,Andorra,Escaldes-Engordany,9\n"
                + "Pristina,Kosovo,Pristina,10\n");
        return new CityCountries().read(file);
    }

    @Test
    void citiesOfOneCountryOnly() throws Exception {
        Map<String, String> one = read().ofOneCountry();
        assertEquals("MA", one.get("Marrakesh"));
        assertEquals("CL", one.get("Santiago"), "two cities of one country still name it");
        assertEquals(null, one.get("Wellington"), "a name of two countries' cities names neither");
        assertEquals(null, one.get("les Escaldes"), "a name in lower case is no name to match");
    }

    @Test
    void accentsAndIsoShortNames() throws Exception {
        CityCountries cities = read();
        Map<String, String> one = cities.ofOneCountry();
        assertEquals("CO", one.get("Bogotá"));
        assertEquals("CO", one.get("Bogota"));
        assertEquals("KR", one.get("Seoul"), "the list's ISO short name 'Korea, Republic of'");
        assertEquals("TZ", one.get("Dar es Salaam"));
        assertEquals(1, cities.unknownCountries(), "Kosovo: no ISO code Java knows");
    }

    @Test
    void writesOneCityALine() throws Exception {
        StringWriter out = new StringWriter();
        read().write(out);
        assertTrue(out.toString().contains("\nMarrakesh\tMA\n"), out.toString());
        assertTrue(!out.toString().contains("Wellington"), out.toString());
    }

    @Test
    void aMissingFileNamesItself() {
        assertThrows(NoSuchFileException.class, () -> new CityCountries().read(sources.resolve("none.csv")));
    }
}
