package org.newsgraph.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** How figures read on a page: "$20 million", "25%", "1.5 percentage points", "×2", "24 million users". */
final class Formats {

    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");
    private static final Map<String, String> PERIODS = Map.of("P1M", "a month", "P1Y", "a year", "P3M", "a quarter",
            "P7D", "a week", "P1D", "a day", "PT1H", "an hour");

    private Formats() {
    }

    static String value(String kind, Double value, Double min, Double max, String unit, String vague) {
        if (vague != null) {
            return vague;
        }
        if (value == null && min != null && max != null) {
            return one(min, unit) + " – " + one(max, unit);
        }
        return value == null ? "" : one(value, unit);
    }

    /**
     * As {@link #value(String, Double, Double, Double, String, String)}, but a share the article wrote in words
     * ("nearly a third", "two-thirds", "half", "one in five") reads as written: its percentage (33.33) is a reading of
     * the words, and its decimals are no precision the article claimed.
     */
    static String value(String text, String kind, Double value, Double min, Double max, String unit, String vague) {
        if (vague == null && "percent".equals(unit) && text != null && !text.isBlank()
                && text.chars().noneMatch(Character::isDigit)) {
            return text.strip();
        }
        return value(kind, value, min, max, unit, vague);
    }

    /** A unit as a reader names it, for headings and columns: "USD", "percent", "kilometres", "users". */
    static String unitName(String unit) {
        return UnitNames.heading(unit);
    }

    static String period(String period) {
        return period == null ? null : PERIODS.getOrDefault(period, period);
    }

    private static String one(double value, String unit) {
        String number = human(value);
        if (UnitNames.isCurrency(unit)) {
            String symbol = SYMBOLS.get(unit);
            return symbol != null ? symbol + number : unit + " " + number;
        }
        String words = UnitNames.after(unit, value);
        return words.equals("%") ? number + words : words.equals("×") ? words + number : number + " " + words;
    }

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
        String cents = twoDecimals(value);
        // "1,234.00" -> "1,234"; "1,234.50" -> "1,234.5"
        return cents.endsWith(".00") ? cents.substring(0, cents.length() - 3)
                : cents.endsWith("0") ? cents.substring(0, cents.length() - 1) : cents;
    }

    /**
     * One formatter of each kind per rendering thread (a {@code DecimalFormat} is not thread-safe):
     * {@code String.format(Locale.ROOT, "%,.2f", ...)} built a new number format for every figure outside
     * {@code Locale.US}, a visible part of the render's CPU (bench/RESULTS.md, issue 16, session 15).
     */
    private static final ThreadLocal<DecimalFormat> TWO_DECIMALS = ThreadLocal.withInitial(() -> rootFormat("#,##0.00"));
    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(() -> rootFormat("#,##0"));

    private static DecimalFormat rootFormat(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /**
     * What {@code String.format(Locale.ROOT, "%,.2f", value)} writes: the shortest decimal of the double rounded half up
     * to two places, grouped by commas, with a minus for any negative value (also one that rounds to 0.00).
     */
    static String twoDecimals(double value) {
        String written = TWO_DECIMALS.get().format(BigDecimal.valueOf(Math.abs(value)));
        return Double.compare(value, 0.0) < 0 ? "-" + written : written;
    }

    /** What {@code %,d} writes with {@code Locale.ROOT}: 1234567 -> "1,234,567". */
    static String grouped(long value) {
        return GROUPED.get().format(value);
    }

    /**
     * The size of the graph in the same words on every page: "6,889 statements (6,890 in 9 named graphs)". The first
     * count is the union's distinct statements (graph.nt, the default graph of a query); the second counts a statement
     * once per named graph holding it (graph.trig, the quads a browser or a store loads).
     */
    static String statements(long triples, long quads, long graphs) {
        return grouped(triples) + " statement" + (triples == 1 ? "" : "s") + " (" + grouped(quads) + " in "
                + grouped(graphs) + " named graph" + (graphs == 1 ? "" : "s") + ")";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(Math.round(value * 1000) / 1000.0).stripTrailingZeros().toPlainString();
    }
}
