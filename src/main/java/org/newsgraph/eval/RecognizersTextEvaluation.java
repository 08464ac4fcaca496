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
import org.newsgraph.extract.Rejection;
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

    /** Recall of one spec file: values, and values with their unit where the spec has units. */
    public record Row(String spec, Accuracy value, Accuracy valueUnit) {
    }

    public record Result(List<Row> rows, List<String> misses) {
    }

    private final FigureParser parser = new FigureParser();
    private final ObjectMapper json = new ObjectMapper();

    public Result score(Path folder, Halves.Half half, boolean explain) throws IOException {
        List<Path> specs;
        try (Stream<Path> files = Files.walk(folder)) {
            specs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Path spec : specs) {
            String name = spec.getFileName().toString().replace(".json", "");
            boolean withUnit = WITH_UNIT.contains(name);
            Accuracy value = Accuracy.NONE;
            Accuracy valueUnit = Accuracy.NONE;
            JsonNode entries = json.readTree(Files.readString(spec, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            for (int rank = 0; rank < entries.size(); rank++) {
                if (!half.holdsRank(rank)) {
                    continue;
                }
                String input = entries.get(rank).get("Input").asText();
                List<Rejection> rejections = new ArrayList<>();
                List<FigureCandidate> figures = parser.parse(input, rejections::add);
                for (JsonNode result : entries.get(rank).path("Results")) {
                    String resolved = result.path("Resolution").path("value").asText(null);
                    List<BigDecimal> bounds = range(resolved);
                    BigDecimal expected = bounds != null ? bounds.get(0) : decimal(resolved);
                    if (expected == null) {
                        continue; // ordinals with relative values, open ranges: nothing to compare a value with
                    }
                    int start = result.path("Start").asInt();
                    int end = result.path("End").asInt() + 1;
                    String unit = result.path("Resolution").path("unit").asText(null);
                    FigureCandidate hit = figures.stream().filter(f -> f.start() < end && start < f.end())
                            .filter(f -> bounds != null ? sameRange(f, bounds) : sameValue(f, expected, unit))
                            .findFirst().orElse(null);
                    value = value.plus(hit != null);
                    Set<String> expectedUnits = unit == null ? Set.of()
                            : name.equals("DimensionModel") && DIMENSION_UNITS.containsKey(unit)
                            ? Set.of(DIMENSION_UNITS.get(unit)) : UNITS.getOrDefault(unit, Set.of(unit));
                    boolean unitRight = hit != null && unit != null && expectedUnits.contains(hit.unit());
                    if (withUnit) {
                        valueUnit = valueUnit.plus(unitRight);
                    }
                    if (hit == null || withUnit && !unitRight) {
                        misses.add(name + ": '" + result.path("Text").asText() + "' = " + expected.toPlainString()
                                + (unit == null ? "" : " " + unit) + (hit == null ? "" : " (read as " + hit.unit() + ")")
                                + " in: " + input + (explain ? why(rejections, start, end, figures) : ""));
                    }
                }
            }
            rows.add(new Row(name, value, withUnit ? valueUnit : null));
        }
        return new Result(rows, misses);
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
