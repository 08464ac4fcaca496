package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.newsgraph.extract.ArticleTimeoutException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;

/**
 * The measure of figures on KPI-EDGAR: the gold links each KPI value (current year, prior years, increase,
 * decrease) to the span of the KPI it is a value of ({@code kpi}, {@code thereof} or {@code kpi_coref}; the
 * {@code indirect} links of a parent KPI to a sub-KPI's value are dropped). For each gold value the extractor finds
 * (a figure overlapping it with the same number, as in {@link KpiEdgarEvaluation}), its asserted measure is right,
 * partial, wrong or empty by {@link KpiMeasureMatch}; a value linked to several KPIs is right when ours names any of
 * them. Needs CoreNLP (the full extraction of each sentence as a text of its own, with no date); a sentence over the
 * article time budget is listed among the errors and left out (with {@code --annotations}, the first sentence not yet
 * stored loads CoreNLP within its budget: give a cold cache a larger {@code --article-timeout}).
 */
public final class KpiEdgarMeasures {

    private static final Set<String> KPI_TYPES = Set.of("kpi", "thereof", "kpi_coref");

    /**
     * @param found      gold values with a found figure
     * @param verdicts   how many found values got each verdict
     * @param orCandidate right counting the unsure candidate where no measure is asserted
     * @param steps      per measure step (unsure ones marked "?"), right among the values it answered
     * @param errors     each found value whose measure is not right: ours, the step, the gold KPI, the sentence
     * @param skipped    sentences left out because their extraction went over the time budget
     * @param answers    each found value's step and verdict (its candidate's for a proposal), under its split
     *                   ("kpi train"), for {@link MeasureSteps#table}
     */
    public record Result(int found, Map<KpiMeasureMatch.Verdict, Integer> verdicts, Accuracy orCandidate,
                         Map<String, Accuracy> steps, List<String> errors, int skipped,
                         List<MeasureSteps.Answer> answers) {

        /** Right over found values. */
        public Accuracy right() {
            return new Accuracy(verdicts.getOrDefault(KpiMeasureMatch.Verdict.RIGHT, 0), found);
        }

        /** Our measure holds the gold's head but lacks a modifier ("income" for "operating income"). */
        public int partial() {
            return verdicts.getOrDefault(KpiMeasureMatch.Verdict.PARTIAL, 0);
        }

        public int wrong() {
            return verdicts.getOrDefault(KpiMeasureMatch.Verdict.WRONG, 0);
        }

        public int empty() {
            return verdicts.getOrDefault(KpiMeasureMatch.Verdict.EMPTY, 0);
        }
    }

    private final BiFunction<String, LocalDate, Extraction> extract;

    /**
     * @param extract a sentence's extraction, given its text and the filing's date ({@link KpiEdgarTime#filed}); may
     *                throw {@link ArticleTimeoutException}
     */
    public KpiEdgarMeasures(BiFunction<String, LocalDate, Extraction> extract) {
        this.extract = extract;
    }

    public Result score(Path jsonl, Halves.Half half) throws IOException {
        int found = 0;
        Map<KpiMeasureMatch.Verdict, Integer> verdicts = new TreeMap<>();
        Accuracy orCandidate = Accuracy.NONE;
        Map<String, Accuracy> steps = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        int skipped = 0;
        List<MeasureSteps.Answer> answers = new ArrayList<>();
        for (JsonNode sentence : KpiEdgarEvaluation.sentences(jsonl, half)) {
            Map<Integer, List<String>> kpis = goldKpis(sentence);
            if (kpis.isEmpty()) {
                continue;
            }
            String text = sentence.get("text").asText();
            Extraction extraction;
            try {
                extraction = extract.apply(text,
                        KpiEdgarTime.filed(sentence.path("doc").asText(), sentence.path("year").asInt()));
            } catch (ArticleTimeoutException e) {
                // a loaded machine: the sentence is reported and its values left out, the rest is scored
                errors.add("skipped, over the time budget: " + text);
                skipped++;
                continue;
            }
            JsonNode entities = sentence.get("entities");
            for (Map.Entry<Integer, List<String>> value : kpis.entrySet()) {
                JsonNode entity = entities.get(value.getKey());
                Double number = KpiEdgarEvaluation.number(entity.get("text").asText());
                if (number == null) {
                    continue;
                }
                int start = entity.get("start").asInt();
                int end = entity.get("end").asInt();
                Figure figure = extraction.figures().stream()
                        .filter(f -> f.mentions().stream().anyMatch(m -> m.start() < end && start < m.end()))
                        .filter(f -> KpiEdgarEvaluation.sameNumber(number, f.value(), f.min(), f.max()))
                        .findFirst().orElse(null);
                if (figure == null) {
                    continue;
                }
                found++;
                KpiMeasureMatch.Verdict verdict = KpiMeasureMatch.best(figure.measure(), value.getValue());
                verdicts.merge(verdict, 1, Integer::sum);
                String measured = figure.measure() != null ? figure.measure() : figure.how().measureCandidate();
                KpiMeasureMatch.Verdict withCandidate = KpiMeasureMatch.best(measured, value.getValue());
                orCandidate = orCandidate.plus(withCandidate == KpiMeasureMatch.Verdict.RIGHT);
                answers.add(new MeasureSteps.Answer("kpi " + sentence.path("split").asText(),
                        measured == null ? null : figure.how().measureStep(), figure.measure() != null,
                        MeasureSteps.Verdict.valueOf(withCandidate.name())));
                if (measured != null) {
                    String step = figure.how().measureStep() + (figure.measure() == null ? "?" : "");
                    steps.merge(step, new Accuracy(withCandidate == KpiMeasureMatch.Verdict.RIGHT ? 1 : 0, 1),
                            Accuracy::plus);
                }
                if (verdict != KpiMeasureMatch.Verdict.RIGHT) {
                    errors.add(verdict.name().toLowerCase(java.util.Locale.ROOT) + ": '" + entity.get("text")
                            .asText() + "' measure " + measured + (figure.measure() == null && measured != null
                            ? " (candidate)" : "") + " by " + figure.how().measureStep() + ", gold "
                            + value.getValue() + " in: " + text);
                }
            }
        }
        return new Result(found, verdicts, orCandidate, steps, errors, skipped, answers);
    }

    /** Each value entity's index with the spans of the KPIs the gold links it to directly. */
    static Map<Integer, List<String>> goldKpis(JsonNode sentence) {
        Map<Integer, List<String>> out = new TreeMap<>();
        JsonNode entities = sentence.get("entities");
        for (JsonNode relation : sentence.path("relations")) {
            if (relation.path("indirect").asBoolean(false)) {
                continue;
            }
            JsonNode head = entities.get(relation.get("head").asInt());
            int tail = relation.get("tail").asInt();
            if (KPI_TYPES.contains(head.get("type").asText())
                    && KpiEdgarEvaluation.VALUE_TYPES.contains(entities.get(tail).get("type").asText())) {
                out.computeIfAbsent(tail, k -> new ArrayList<>()).add(head.get("text").asText());
            }
        }
        return out;
    }
}
