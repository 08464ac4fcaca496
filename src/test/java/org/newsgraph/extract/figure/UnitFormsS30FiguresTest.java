package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Session 30: forms of common units ({@code units.tsv}, QUDT's names) that were read in another unit ("m.p.h." as
 * metres, "km an hour" as a length), as counts ("megatons", "decibels", "parts per million", "fathoms") or not at all
 * ("cu m", "µg/m3", "g/km", "ppb"); SI and other named units read as counts ("40 kilonewtons", "12 ohms"); and "pounds
 * per square inch", read as money.
 */
class UnitFormsS30FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The lorry was doing 70 m.p.h. on the bypass.             | 70 m.p.h.       | 70    | MI-PER-HR
            Gusts reached 90 km an hour overnight.                   | 90 km an hour   | 90    | KiloM-PER-HR
            The bomb had a yield of 50 megatons.                     | 50 megatons     | 50    | MegaTONNE
            The device yielded 15 kilotons.                          | 15 kilotons     | 15    | KiloTONNE
            Noise near the runway reached 95 decibels.               | 95 decibels     | 95    | DeciB
            The new engines are quieter at 78 dB on take-off.        | 78 dB           | 78    | DeciB
            Carbon dioxide in the air passed 420 parts per million.  | 420 parts per million | 420 | PPM
            Readings rose to 415 ppm in May.                         | 415 ppm         | 415   | PPM
            Traces of 3 ppb were found in the water.                 | 3 ppb           | 3     | PPB
            Nitrogen dioxide averaged 40 micrograms per cubic metre. | 40 micrograms per cubic metre | 40 | MicroGM-PER-M3
            The limit is 25 µg/m3 for fine particles.                | 25 µg/m3        | 25    | MicroGM-PER-M3
            The hatchback emits 99 g/km of carbon dioxide.           | 99 g/km         | 99    | GM-PER-KiloM
            The wreck lies in 40 fathoms of water.                   | 40 fathoms      | 40    | FATH
            The colt won the race of 7 furlongs at Newbury.          | 7 furlongs      | 7     | FUR
            The dam holds 2 cubic kilometres of water.               | 2 cubic kilometres | 2  | KiloM3
            The tank holds 300 cu m of oil.                          | 300 cu m        | 300   | M3
            The flat covers 85 sq. metres.                           | 85 sq. metres   | 85    | M2
            The pilgrims walked 120 kms in a week.                   | 120 kms         | 120   | KiloM
            The tyres were inflated to 32 pounds per square inch.    | 32 pounds per square inch | 32 | PSI
            The cable snapped at a load of 40 kilonewtons.           | 40 kilonewtons  | 40    | KiloN
            The charger delivers 500 milliamps to the phone.         | 500 milliamps   | 500   | MilliA
            The wire's resistance was 12 ohms.                       | 12 ohms         | 12    | OHM
            The atoms sit 1.5 angstroms apart.                       | 1.5 angstroms   | 1.5   | ANGSTROM
            The cluster lies 400 parsecs from Earth.                 | 400 parsecs     | 400   | PARSEC
            The moon's disc spans about 31 arcminutes.               | about 31 arcminutes | 31 | ARCMIN
            The hull withstands 300 atmospheres of pressure.         | 300 atmospheres | 300   | ATM
            """)
    void unitForms(String sentence, String words, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(1, found.size(), found::toString);
        FigureCandidate figure = found.get(0);
        assertEquals(words, sentence.substring(figure.start(), figure.end()));
        assertEquals(FigureKind.MEASUREMENT, figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), figure::toString);
        assertEquals(unit, figure.unit());
    }
}
