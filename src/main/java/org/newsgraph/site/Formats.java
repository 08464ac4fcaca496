package org.newsgraph.site;

import java.math.BigDecimal;
import java.util.Map;

/** How figures read on a page: "$20 million", "25%", "1.5 pp", "×2", "24 million users". */
final class Formats {

    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");
    /** QUDT unit local names as readers write them; others show as their QUDT name. */
    private static final Map<String, String> UNIT_SYMBOLS = Map.ofEntries(Map.entry("KiloM", "km"),
            Map.entry("M", "m"), Map.entry("M2", "m²"), Map.entry("MI", "miles"), Map.entry("KiloM-PER-HR", "km/h"),
            Map.entry("MI-PER-HR", "mph"), Map.entry("TONNE", "tonnes"), Map.entry("KiloGM", "kg"),
            Map.entry("MegaW-HR", "MWh"), Map.entry("GigaW-HR", "GWh"), Map.entry("TeraW-HR", "TWh"),
            Map.entry("KiloW-HR", "kWh"), Map.entry("MegaW", "MW"), Map.entry("GigaW", "GW"), Map.entry("HP", "hp"),
            Map.entry("DEG_C", "°C"), Map.entry("DEG_F", "°F"), Map.entry("BBL-PER-DAY", "barrels a day"),
            Map.entry("YR", "years"), Map.entry("MO", "months"), Map.entry("WK", "weeks"), Map.entry("DAY", "days"),
            Map.entry("HR", "hours"), Map.entry("MIN", "minutes"));
    private static final Map<String, String> PERIODS = Map.of("P1M", "a month", "P1Y", "a year", "P3M", "a quarter",
            "P7D", "a week", "P1D", "a day", "PT1H", "an hour");

    private Formats() {
    }

    static String value(String kind, Double value, Double min, Double max, String unit, String vague) {
        if (vague != null) {
            return vague;
        }
        if (value == null && min != null && max != null) {
            return one(min, unit, kind) + " – " + one(max, unit, kind);
        }
        return value == null ? "" : one(value, unit, kind);
    }

    /** A unit as a reader names it, for headings: "USD", "percent", "percentage points", "users". */
    static String unitName(String unit) {
        return switch (unit) {
            case "percent" -> "percent";
            case "percentage_point" -> "percentage points";
            case "times" -> "multiples";
            default -> UNIT_SYMBOLS.containsKey(unit) ? UNIT_SYMBOLS.get(unit)
                    : Character.isUpperCase(unit.charAt(0)) ? unit : unit + "s";
        };
    }

    static String period(String period) {
        return period == null ? null : PERIODS.getOrDefault(period, period);
    }

    private static String one(double value, String unit, String kind) {
        String number = human(value);
        if (isCurrency(unit) && !UNIT_SYMBOLS.containsKey(unit)) {
            String symbol = SYMBOLS.get(unit);
            return symbol != null ? symbol + number : unit + " " + number;
        }
        return switch (unit) {
            case "percent" -> number + "%";
            case "percentage_point" -> number + " pp";
            case "times" -> "×" + number;
            default -> "count".equals(kind) ? number + " " + unit + (value == 1 ? "" : "s")
                    : number + " " + UNIT_SYMBOLS.getOrDefault(unit, unit);
        };
    }

    /** ISO 4217 codes only: "MIN" and "DAY" are three capitals too, and are durations. */
    private static boolean isCurrency(String unit) {
        return unit.length() == 3 && CURRENCIES.contains(unit);
    }

    private static final java.util.Set<String> CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.regex.Pattern ZERO_CENTS = java.util.regex.Pattern.compile("\\.00$");
    private static final java.util.regex.Pattern TRAILING_ZERO = java.util.regex.Pattern.compile("(\\.\\d)0$");

    /** 20000000 -> "20 million"; 1234.5 -> "1,234.5". */
    static String human(double value) {
        double abs = Math.abs(value);
        String[] names = {"trillion", "billion", "million"};
        double[] scales = {1e12, 1e9, 1e6};
        for (int i = 0; i < scales.length; i++) {
            if (abs >= scales[i] && abs < 1e15) {
                return plain(value / scales[i]) + " " + names[i];
            }
        }
        if (abs >= 1e15 || !Double.isFinite(value)) {
            return String.format(java.util.Locale.ROOT, "%.3g", value);
        }
        return TRAILING_ZERO.matcher(ZERO_CENTS.matcher(String.format(java.util.Locale.ROOT, "%,.2f", value))
                .replaceFirst("")).replaceFirst("$1");
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(Math.round(value * 1000) / 1000.0).stripTrailingZeros().toPlainString();
    }
}
