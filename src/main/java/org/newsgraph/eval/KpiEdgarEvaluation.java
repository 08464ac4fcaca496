package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.figure.FigureParser;

/**
 * Value recall on KPI-EDGAR (10-K sentences whose KPI values are annotated): a gold value counts as found when a
 * figure the parser reads overlaps it with the same number, at any of the usual scales ("$92 million" for "92") and
 * either sign (a bracketed negative, "$(355) million", is the gold's "355").
 * The gold marks only KPI values, so precision is not measured; spans it marks as false positives are counted.
 * Each sentence belongs to a half by its own {@code split} ({@link Halves}).
 */
public final class KpiEdgarEvaluation {

    static final Set<String> VALUE_TYPES = Set.of("cy", "py", "py1", "increase", "decrease", "increase_py",
            "decrease_py");
    private static final double[] SCALES = {1, 1e3, 1e6, 1e9, 1e12};

    /**
     * @param sentences    sentences read
     * @param falsePositiveHits parser figures overlapping spans the gold marks as not KPI values
     * @param falsePositives    each such figure: the gold's span, what the parser read there, and the sentence
     */
    public record Result(int sentences, Accuracy valueRecall, Accuracy directionAccuracy,
                         KpiChangeLevel.Result levelsAsChanges, int falsePositiveSpans, int falsePositiveHits,
                         List<String> misses, List<String> falsePositives) {
    }

    private final FigureParser parser = new FigureParser();
    private final KpiEdgarTime time;

    /** Values and directions by the parser alone. */
    public KpiEdgarEvaluation() {
        this(null);
    }

    /** The same, and the time of each sentence's extracted figures scored by {@code time}, or null for none. */
    public KpiEdgarEvaluation(KpiEdgarTime time) {
        this.time = time;
    }

    public Result score(Path jsonl) throws IOException {
        return score(jsonl, Halves.Half.ALL);
    }

    /** The sentences of one half: train and valid tune, test is reported ({@link Halves}). */
    public Result score(Path jsonl, Halves.Half half) throws IOException {
        int sentences = 0;
        Accuracy recall = Accuracy.NONE;
        Accuracy direction = Accuracy.NONE;
        KpiChangeLevel levels = new KpiChangeLevel();
        int fpSpans = 0;
        int fpHits = 0;
        List<String> misses = new ArrayList<>();
        List<String> falsePositives = new ArrayList<>();
        for (JsonNode sentence : sentences(jsonl, half)) {
            String text = sentence.get("text").asText();
            List<org.newsgraph.extract.Rejection> rejections = new ArrayList<>();
            List<FigureCandidate> figures = parser.parse(text, rejections::add);
            sentences++;
            if (time != null) {
                time.add(sentence);
            }
            for (JsonNode entity : sentence.get("entities")) {
                String type = entity.get("type").asText();
                int start = entity.get("start").asInt();
                int end = entity.get("end").asInt();
                if (type.equals("false_positive")) {
                    fpSpans++;
                    for (FigureCandidate hit : figures.stream().filter(f -> f.start() < end && start < f.end()).toList()) {
                        fpHits++;
                        falsePositives.add("'" + entity.get("text").asText() + "' read as " + hit.kind().label()
                                + " '" + text.substring(hit.start(), hit.end()) + "' (" + hit.unit() + ") in: " + text);
                    }
                    continue;
                }
                if (!VALUE_TYPES.contains(type)) {
                    continue;
                }
                Double number = number(entity.get("text").asText());
                if (number == null) {
                    continue;
                }
                FigureCandidate hit = figures.stream()
                        .filter(f -> f.start() < end && start < f.end()
                                && sameNumber(number, f.value(), f.min(), f.max())).findFirst().orElse(null);
                recall = recall.plus(hit != null);
                if (hit == null && misses.size() < 200) {
                    String refused = rejections.stream().filter(r -> r.start() < end && start < r.end())
                            .map(Object::toString).collect(java.util.stream.Collectors.joining("; "));
                    misses.add(entity.get("text").asText() + (refused.isEmpty() ? "" : " [refused " + refused + "]")
                            + " in: " + text);
                }
                if (hit != null) {
                    levels.add(type, hit, entity.get("text").asText(), text);
                }
                if (hit != null && type.startsWith("increase") || hit != null && type.startsWith("decrease")) {
                    direction = direction.plus(type.startsWith(hit.direction() == null ? "-" : hit.direction()));
                }
            }
        }
        return new Result(sentences, recall, direction, levels.result(), fpSpans, fpHits, misses, falsePositives);
    }

    /** The sentences of KPI-EDGAR's JSONL that belong to {@code half}, in file order. */
    static List<JsonNode> sentences(Path jsonl, Halves.Half half) throws IOException {
        ObjectMapper reader = new ObjectMapper();
        List<JsonNode> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode sentence = reader.readTree(line);
            if (half.holdsKpiSplit(sentence.path("split").asText())) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static boolean sameNumber(FigureCandidate figure, double number) {
        return sameNumber(number, figure.value(), figure.min(), figure.max());
    }

    /** Whether a figure's value, minimum or maximum is the gold's number at one of the usual scales. */
    static boolean sameNumber(double number, BigDecimal... exacts) {
        for (BigDecimal exact : exacts) {
            if (exact == null) {
                continue;
            }
            double value = Math.abs(exact.doubleValue()); // the gold keeps the digits: "$(355) million" is 355
            for (double scale : SCALES) {
                for (double unitScale : new double[] {1, 0.01}) {
                    if (Math.abs(value - number * scale * unitScale) <= Math.abs(number * scale * unitScale) * 1e-6 + 1e-9) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static Double number(String text) {
        String digits = text.replaceAll("[$€£,()%\\s\\u200b]", "").replaceAll("(?i)(million|billion|thousand)$", "");
        try {
            return digits.isEmpty() ? null : Double.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
