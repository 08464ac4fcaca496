package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.Rejection;
import org.newsgraph.extract.figure.Currencies;
import org.newsgraph.extract.figure.FigureParser;
import org.newsgraph.io.ResourceTable;

/**
 * Value recall on Microsoft's Recognizers-Text English specs (../shared/datasets/recognizers-text): per spec file, an
 * expected result counts as found when a figure the parser reads overlaps it with the same value (its value, minimum
 * or maximum). For currency, dimension, temperature and age the unit must match too (value+unit). Entries alternate
 * between the halves ({@link Halves}); the parser reads each input as it is, without CoreNLP.
 */
public final class RecognizersTextEvaluation {

    /** Recognizers-Text unit names and the Newsgraph units (ISO 4217 codes, QUDT unit names) that count as right. */
    private static final String UNITS_RESOURCE = "/org/newsgraph/eval/recognizers-units.tsv";
    private static final Map<String, Set<String>> UNITS = units();
    /** In the dimension spec a pound is a weight. */
    private static final Map<String, String> DIMENSION_UNITS = Map.of("Pound", "LB");
    /** Pence, cents and the like resolve to the number of coins; Newsgraph states money in the main unit. */
    private static final List<String> COINS = List.of("Cent", "Pence", "Penny", "Sen");
    private static final List<String> WITH_UNIT = List.of("CurrencyModel", "DimensionModel", "TemperatureModel",
            "AgeModel");

    /**
     * One spec file: recall of values, and of values with their unit where the spec has units; and precision: the
     * figures read on an expected result that hold its value (and unit), among those plus the figures on no expected
     * result that are of the spec's own sort (the spec lists every one of its sort in a sentence: such a figure is
     * extra). Figures of another sort on no expected result are not judged.
     *
     * @param wrong figures on an expected result with another value or unit
     * @param extra figures of the spec's sort on no expected result
     */
    public record Row(String spec, Accuracy value, Accuracy valueUnit, Accuracy precision, int wrong, int extra) {
    }

    /** @param wrongReadings the wrong and extra figures, for {@code --verbose} */
    public record Result(List<Row> rows, List<String> misses, List<String> wrongReadings) {
    }

    /** An expected result that has a value to compare with. */
    private record Expected(int start, int end, BigDecimal value, List<BigDecimal> bounds, String unit) {
    }

    private static final Set<String> TEMPERATURES = Set.of("DEG_C", "DEG_F", "K");

    private final FigureParser parser = new FigureParser();
    private final ObjectMapper json = new ObjectMapper();

    public Result score(Path folder, Halves.Half half, boolean explain) throws IOException {
        List<Path> specs;
        try (Stream<Path> files = Files.walk(folder)) {
            specs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        List<String> wrongReadings = new ArrayList<>();
        for (Path spec : specs) {
            String name = spec.getFileName().toString().replace(".json", "");
            boolean withUnit = WITH_UNIT.contains(name);
            Accuracy value = Accuracy.NONE;
            Accuracy valueUnit = Accuracy.NONE;
            Accuracy precision = Accuracy.NONE;
            int wrong = 0;
            int extra = 0;
            JsonNode entries = json.readTree(Files.readString(spec, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            for (int rank = 0; rank < entries.size(); rank++) {
                if (!half.holdsRank(rank)) {
                    continue;
                }
                String input = entries.get(rank).get("Input").asText();
                List<Rejection> rejections = new ArrayList<>();
                List<FigureCandidate> figures = parser.parse(input, rejections::add);
                List<Expected> scored = new ArrayList<>();
                List<int[]> unscored = new ArrayList<>();
                for (JsonNode result : entries.get(rank).path("Results")) {
                    String resolved = result.path("Resolution").path("value").asText(null);
                    List<BigDecimal> bounds = range(resolved);
                    BigDecimal expected = bounds != null ? bounds.get(0) : decimal(resolved);
                    int start = result.path("Start").asInt();
                    int end = result.path("End").asInt() + 1;
                    if (expected == null) {
                        unscored.add(new int[] {start, end});
                        continue; // ordinals with relative values, open ranges: nothing to compare a value with
                    }
                    String unit = result.path("Resolution").path("unit").asText(null);
                    scored.add(new Expected(start, end, expected, bounds, unit));
                    FigureCandidate hit = figures.stream().filter(f -> f.start() < end && start < f.end())
                            .filter(f -> bounds != null ? sameRange(f, bounds) : sameValue(f, expected, unit))
                            .findFirst().orElse(null);
                    value = value.plus(hit != null);
                    boolean unitRight = hit != null && unitRight(name, unit, hit);
                    if (withUnit) {
                        valueUnit = valueUnit.plus(unitRight);
                    }
                    if (hit == null || withUnit && !unitRight) {
                        misses.add(name + ": '" + result.path("Text").asText() + "' = " + expected.toPlainString()
                                + (unit == null ? "" : " " + unit) + (hit == null ? "" : " (read as " + hit.unit() + ")")
                                + " in: " + input + (explain ? why(rejections, start, end, figures) : ""));
                    }
                }
                for (FigureCandidate figure : figures) {
                    List<Expected> on = scored.stream().filter(e -> figure.start() < e.end() && e.start() < figure.end())
                            .toList();
                    boolean right = on.stream().anyMatch(e -> (e.bounds() != null ? sameRange(figure, e.bounds())
                            : sameValue(figure, e.value(), e.unit())) && (!withUnit || unitRight(name, e.unit(), figure)));
                    boolean isExtra = on.isEmpty() && unscored.stream()
                            .noneMatch(u -> figure.start() < u[1] && u[0] < figure.end()) && ofSort(name, figure);
                    if (!on.isEmpty() || isExtra) {
                        precision = precision.plus(right);
                    }
                    if (!on.isEmpty() && !right) {
                        wrong++;
                    }
                    if (isExtra) {
                        extra++;
                    }
                    if (!on.isEmpty() && !right || isExtra) {
                        wrongReadings.add(name + ": " + (isExtra ? "extra" : "wrong") + " '"
                                + input.substring(figure.start(), figure.end()) + "' read " + figure.kind().label() + " "
                                + figure.value() + " " + figure.unit() + (on.isEmpty() ? "" : " (expected "
                                + on.get(0).value().toPlainString() + (on.get(0).unit() == null ? "" : " "
                                + on.get(0).unit()) + ")") + " in: " + input);
                    }
                }
            }
            rows.add(new Row(name, value, withUnit ? valueUnit : null, precision, wrong, extra));
        }
        return new Result(rows, misses, wrongReadings);
    }

    private static boolean unitRight(String spec, String unit, FigureCandidate figure) {
        if (unit == null) {
            return false;
        }
        Set<String> expectedUnits = spec.equals("DimensionModel") && DIMENSION_UNITS.containsKey(unit)
                ? Set.of(DIMENSION_UNITS.get(unit)) : UNITS.getOrDefault(unit, Set.of(unit));
        return expectedUnits.contains(figure.unit());
    }

    /** Whether a figure is of the sort a spec lists every one of: money for the currency spec, and so on. */
    static boolean ofSort(String spec, FigureCandidate figure) {
        String unit = figure.unit();
        boolean temperature = TEMPERATURES.contains(unit);
        return switch (spec) {
            case "CurrencyModel" -> unit != null && Currencies.codes().contains(unit);
            case "TemperatureModel" -> temperature;
            case "DimensionModel" -> figure.kind() == FigureKind.MEASUREMENT && !temperature;
            case "AgeModel" -> figure.kind() == FigureKind.DURATION;
            case "PercentModel" -> "percent".equals(unit);
            case "NumberModel" -> true;
            case "NumberRangeModel" -> figure.min() != null;
            default -> false;
        };
    }

    private static String why(List<Rejection> rejections, int start, int end, List<FigureCandidate> figures) {
        List<String> reasons = new ArrayList<>();
        rejections.stream().filter(r -> r.start() < end && start < r.end()).forEach(r -> reasons.add("refused " + r));
        figures.stream().filter(f -> f.start() < end && start < f.end())
                .forEach(f -> reasons.add("read " + f.kind().label() + " " + f.value() + " " + f.unit()));
        return reasons.isEmpty() ? "  [no number read there]" : "  " + reasons;
    }

    private static boolean sameValue(FigureCandidate figure, BigDecimal expected, String unit) {
        BigDecimal coins = unit != null && COINS.contains(unit) ? expected.movePointLeft(2) : expected;
        for (BigDecimal v : new BigDecimal[] {figure.value(), figure.min(), figure.max()}) {
            if (v != null && (close(v, expected) || close(v, coins))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Equal, or equal to the spec's last digit: the specs hold doubles ("5 ft 2 in" is 5.166666666666667), the
     * parser exact decimals (5.1666666666666667).
     */
    private static boolean close(BigDecimal found, BigDecimal expected) {
        return found.subtract(expected).abs().compareTo(expected.abs().movePointLeft(12)) <= 0;
    }

    /** "[20,30)" is 20 to 30; null for anything else, and for open ranges ("(100,)"). */
    private static List<BigDecimal> range(String text) {
        if (text == null || !text.matches("[\\[(][^,]+,[^,]+[\\])]")) {
            return null;
        }
        String[] parts = text.substring(1, text.length() - 1).split(",");
        BigDecimal min = decimal(parts[0]);
        BigDecimal max = decimal(parts[1]);
        return min == null || max == null ? null : List.of(min, max);
    }

    private static boolean sameRange(FigureCandidate figure, List<BigDecimal> bounds) {
        return figure.min() != null && figure.max() != null && figure.min().compareTo(bounds.get(0)) == 0
                && figure.max().compareTo(bounds.get(1)) == 0;
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", "").replaceFirst("%$", "").toUpperCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Set<String>> units() {
        Map<String, Set<String>> units = new LinkedHashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows(UNITS_RESOURCE, 2,
                "a Recognizers-Text unit name and Newsgraph units separated by spaces, separated by a tab")) {
            units.put(row.columns()[0], Set.of(row.columns()[1].strip().split("\\s+")));
        }
        return Map.copyOf(units);
    }

    /** The rows keyed by spec name, for tests. */
    public static Map<String, Row> bySpec(Result result) {
        Map<String, Row> rows = new LinkedHashMap<>();
        result.rows().forEach(r -> rows.put(r.spec(), r));
        return rows;
    }
}
