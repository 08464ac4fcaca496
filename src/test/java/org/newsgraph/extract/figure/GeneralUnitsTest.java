package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.FigureCandidate;

/**
 * Units and currencies read from general knowledge rather than listed one by one: the SI-prefixed forms
 * {@link PrefixedUnits} generates, imperial and US units, and the ISO 4217 currencies Java knows. One table per family,
 * and the traps each family must keep refusing.
 */
class GeneralUnitsTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hectometres          | HectoM
            decameter            | DecaM
            picometers           | PicoM
            centigrammes         | CentiGM
            micrograms           | MicroGM
            ng                   | NanoGM
            kilolitres           | KiloL
            milliliter           | MilliL
            mL                   | MilliL
            µL                   | MicroL
            GL                   | GigaL
            megalitres           | MegaL
            milliseconds         | MilliSEC
            µs                   | MicroSEC
            nanosecond           | NanoSEC
            microwatts           | MicroW
            terawatt hours       | TeraW-HR
            kilowatt-hour        | KiloW-HR
            petajoules           | PetaJ
            PJ                   | PetaJ
            EJ                   | ExaJ
            terahertz            | TeraHZ
            THz                  | TeraHZ
            zettabyte            | ZettaBYTE
            EB                   | ExaBYTE
            petabits             | PetaBIT
            megabits per second  | MegaBIT-PER-SEC
            Gbps                 | GigaBIT-PER-SEC
            millivolts           | MilliV
            MV                   | MegaV
            gigapascals          | GigaPA
            GPa                  | GigaPA
            kilocalories         | KiloCAL
            """)
    void everySiPrefixedFormIsGenerated(String written, String unit) {
        assertEquals(unit, Units.unit(written), written);
    }

    @Test
    void generatedSymbolsThatAreAlsoTimesOrWordsAreNotMade() {
        List<String> symbols = PrefixedUnits.forms().stream().filter(PrefixedUnits.Form::symbol)
                .map(PrefixedUnits.Form::words).toList();
        for (String other : List.of("pm", "am", "Mm", "Gm", "Pb", "min", "dam", "Ts", "Ms")) {
            assertFalse(symbols.contains(other), other);
        }
    }

    @Test
    void aGeneratedSymbolIsReadOnlyInItsOwnCase() {
        assertEquals("MegaW", Units.unit("MW"));
        assertEquals("MilliW", Units.unit("mW"));
        assertNull(Units.unit("mw"), "neither mega- nor milliwatts");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The reservoir released 350 GL last winter.                | 350 GL              | measurement | 350    | GigaL
            The flash lasts 40 microseconds.                          | 40 microseconds     | measurement | 40     | MicroSEC
            The grid stored 12 terawatt-hours over the year.          | 12 terawatt-hours   | measurement | 12     | TeraW-HR
            The country burned 900 PJ of gas.                         | 900 PJ              | measurement | 900    | PetaJ
            The chip clocks in at 3.2 gigahertz.                      | 3.2 gigahertz       | measurement | 3.2    | GigaHZ
            The dose is 250 micrograms a day.                         | 250 micrograms a day | measurement | 250    | MicroGM
            The rower lost two stones before the race.                | two stones          | measurement | 2      | STONE_UK
            The mint sold 40,000 troy ounces of silver.               | 40,000 troy ounces  | measurement | 40000  | OZ_TROY
            The boiler burns 3 imperial gallons an hour.              | 3 imperial gallons an hour | measurement | 3      | GAL_UK
            The dam holds 80,000 acre-feet of water.                  | 80,000 acre-feet    | measurement | 80000  | AC-FT
            The flat measures 850 sq. ft. in all.                     | 850 sq. ft.         | measurement | 850    | FT2
            The cave holds 4 km³ of water.                            | 4 km³               | measurement | 4      | KiloM3
            The van does 38 mpg on the motorway.                      | 38 mpg              | measurement | 38     | MI-PER-GAL
            The wind reached 90 kmph at noon.                         | 90 kmph             | measurement | 90     | KiloM-PER-HR
            The furnace gives off 60,000 Btu an hour.                 | 60,000 Btu an hour  | measurement | 60000  | BTU_IT
            The laptop has 16 GiB of memory.                          | 16 GiB              | measurement | 16     | GibiBYTE
            The gas cooled to 4 degrees kelvin.                       | 4 degrees kelvin    | measurement | 4      | K
            The trail is 12 mi long.                                  | 12 mi               | measurement | 12     | MI
            """)
    void imperialAndWrittenForms(String sentence, String text, String kind, String value, String unit) {
        FigureFamiliesTest.assertOne(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The farm sold for 2 million Swiss francs.                 | 2 million Swiss francs | amount | 2000000 | CHF
            Wages are 600 Tongan paʻanga a month.                     | 600 Tongan paʻanga a month | amount | 600 | TOP
            The loan came to 30 billion Nicaraguan córdobas.          | 30 billion Nicaraguan córdobas | amount | 30000000000 | NIO
            The hotel charges 900 MVR a night.                        | 900 MVR a night     | amount | 900    | MVR
            The toll is UZS 20,000 for cars.                          | UZS 20,000          | amount | 20000  | UZS
            The bridge cost ₾40 million.                              | ₾40 million         | amount | 40000000 | GEL
            The palm oil deal is worth RM 3 billion.                  | RM 3 billion        | amount | 3000000000 | MYR
            The stall sells rice for Rp 12,000 a kilo.                | Rp 12,000 a kilo    | amount | 12000  | IDR
            A taxi ride costs KSh 800 in town.                        | KSh 800             | amount | 800    | KES
            He borrowed fifty quid from his brother.                  | fifty quid          | amount | 50     | GBP
            The tickets went for 20 bucks apiece.                     | 20 bucks            | amount | 20     | USD
            Tea costs 50 paise more than last year.                   | 50 paise            | amount | 0.5    | INR
            A box of matches costs 30 kopecks.                        | 30 kopecks          | amount | 0.3    | RUB
            The stamp costs 85 euro cents.                            | 85 euro cents       | amount | 0.85   | EUR
            The mine paid 400 million Sierra Leonean leones in taxes. | 400 million Sierra Leonean leones | amount | 400000000 | SLE
            """)
    void currenciesFromGeneralKnowledge(String sentence, String text, String kind, String value, String unit) {
        FigureFamiliesTest.assertOne(sentence, text, kind, value, unit);
    }

    @Test
    void everyCurrentIsoCodeIsKnownButWordsAndUnitsOfAccount() {
        assertTrue(Currencies.codes().containsAll(List.of("UZS", "MVR", "PAB", "XPF", "KYD", "WST")));
        for (String code : List.of("ALL", "TOP", "CUP", "SOS", "AMD", "CRC", "XAU", "XDR", "XXX", "TRL")) {
            assertFalse(Currencies.codePattern().matches("(?s).*\\b" + code + "\\b.*"), code);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The shop shuts at 2 pm on Sundays.",
            "Sales rose by 5 in May.",
            "She ran a 10K race in June.",
            "THE TOP 10 SONGS OF THE YEAR",
            "ALL 12 MINERS WERE RESCUED",
            "The team won 3 pt ahead of the rest.",
            "The firm wrote its tools in a 4GL language."})
    void timesWordsAndCodesThatAreWordsStayUnitless(String sentence) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertTrue(found.stream().noneMatch(f -> List.of("PicoM", "IN", "K", "TOP", "ALL", "PINT_US", "GigaL").contains(f.unit())),
                () -> sentence + ": " + found);
    }
}
