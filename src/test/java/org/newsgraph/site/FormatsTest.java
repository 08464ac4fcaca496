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
}
