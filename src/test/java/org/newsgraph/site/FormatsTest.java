package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @Test
    void valuesReadAsTheNewsWritesThem() {
        assertEquals("$20 million", Formats.value("amount", 20e6, null, null, "USD", null));
        assertEquals("DKK 2.1 billion", Formats.value("amount", 2.1e9, null, null, "DKK", null));
        assertEquals("25%", Formats.value("share", 25.0, null, null, "percent", null));
        assertEquals("24 million users", Formats.value("count", 24e6, null, null, "user", null));
        assertEquals("7,400 km", Formats.value("measurement", 7400.0, null, null, "KiloM", null));
        assertEquals("90 minutes", Formats.value("duration", 90.0, null, null, "MIN", null), "not a currency code");
        assertEquals("$1 – $2", Formats.value("amount", null, 1.0, 2.0, "USD", null));
        assertEquals("millions", Formats.value("amount", null, null, null, "USD", "millions"));
        assertEquals("1.5 percentage points", Formats.value("change", 1.5, null, null, "percentage_point", null));
        assertEquals("×2", Formats.value("ratio", 2.0, null, null, "times", null));
        assertEquals("48 branches", Formats.value("count", 48.0, null, null, "branch", null));
        assertEquals("2 million barrels a day", Formats.value("measurement", 2e6, null, null, "BBL-PER-DAY", null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nearly a third  | 33.33 | nearly a third
            two-thirds      | 66.67 | two-thirds
            about a quarter | 25    | about a quarter
            half            | 50    | half
            one in six      | 16.67 | one in six
            33.33%          | 33.33 | 33.33%
            nearly 30%      | 30    | 30%
            """)
    void wordedSharesReadAsWrittenNotAsSpuriousDecimals(String text, double value, String shown) {
        assertEquals(shown, Formats.value(text, "share", value, null, null, "percent", null));
    }

    @Test
    void unitsAreNamedForChartTitles() {
        assertEquals("USD", Formats.unitName("USD"));
        assertEquals("kilometres", Formats.unitName("KiloM"));
        assertEquals("users", Formats.unitName("user"));
        assertEquals("percentage points", Formats.unitName("percentage_point"));
    }

    @Test
    void numbersAreWrittenAsTheJavaFormatterWroteThem() {
        // the pages' bytes must not move: the hand-written forms against the Formatter they replace
        java.util.Random random = new java.util.Random(16);
        double[] edges = {0.0, -0.0, 0.005, 0.015, 0.125, -0.004, -0.005, 0.995, 999.995, 1234.5, 999_999.995,
                1e6 - 0.001, -1234.567, 100.0, 1e14 + 0.5, 5e-324, 0.1 + 0.2};
        for (int i = 0; i < 200_000 + edges.length; i++) {
            double value = i < edges.length ? edges[i]
                    : switch (i % 4) {
                        case 0 -> random.nextDouble() * 1e6;
                        case 1 -> -random.nextDouble() * 1e4;
                        case 2 -> Math.round(random.nextDouble() * 1e7) / 1000.0;
                        default -> Math.round(random.nextDouble() * 1e5) / 100.0 + 0.005;
                    };
            assertEquals(String.format(java.util.Locale.ROOT, "%,.2f", value), Formats.twoDecimals(value),
                    () -> "value " + value);
        }
        for (long n : new long[] {0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789_012L, -1, -1000,
                -987_654, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%,d", n), Formats.grouped(n));
        }
        assertEquals("1 statement (1,234 in 1 named graph)", Formats.statements(1, 1234, 1));
        assertEquals("6,889 statements (6,890 in 9 named graphs)", Formats.statements(6889, 6890, 9));
        assertEquals("$1,234.5", Formats.value("amount", 1234.5, null, null, "USD", null));
        assertEquals("$-0", Formats.value("amount", -0.001, null, null, "USD", null));
        assertEquals("$999,999.99", Formats.value("amount", 999_999.99, null, null, "USD", null));
        assertEquals("$1,230", Formats.value("amount", 1230.001, null, null, "USD", null));
    }
}
