package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.figure.FigureParser;
import org.newsgraph.extract.figure.NerFigures;
import org.newsgraph.extract.Rejection;
import org.newsgraph.extract.figure.ModelCodes;
import org.newsgraph.extract.Span;

/**
 * Recall of the MONEY, PERCENT and QUANTITY values annotated in the MEANTIME dev articles (Wikinews): a value counts
 * as found when a figure's mention overlaps its span. The articles of one half are extracted ({@link Halves}).
 */
public final class MeantimeValueEvaluation {

    /**
     * @param byReader how many found values each reader found: the rules ("rules") or CoreNLP's NER where no rule read
     *                 a figure ({@link NerFigures#READER})
     * @param byNer    the values only CoreNLP's NER found, for {@code --verbose}
     * @param readings the product's figures against the annotation ({@link ValueReadings}): precision where it is sure
     * @param wrong    the figures on an annotated value of another type or on a date, for {@code --verbose}
     */
    public record Result(int articles, Map<String, Accuracy> byType, Accuracy all, List<String> misses,
                         Map<String, Integer> byReader, List<String> byNer, ValueReadings.Tally readings,
                         List<String> wrong) {
    }

    private final Extractor extractor;

    public MeantimeValueEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    public Result evaluate(Path devFolder, Halves.Half half, boolean explain) throws IOException {
        List<Path> files = Halves.meantimeArticles(devFolder, half);
        ObjectMapper json = new ObjectMapper();
        FigureParser parser = new FigureParser();
        Map<String, Accuracy> byType = new TreeMap<>();
        Accuracy all = Accuracy.NONE;
        List<String> misses = new ArrayList<>();
        Map<String, Integer> byReader = new TreeMap<>();
        List<String> byNer = new ArrayList<>();
        ValueReadings.Tally readings = ValueReadings.Tally.NONE;
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            JsonNode doc = json.readTree(file.toFile());
            String text = doc.path("text").asText();
            Extraction extraction = extractor.extractWithinBudget(
                    doc.path("id").asText(file.getFileName().toString()), text,
                    Halves.meantimeDate(doc));
            List<Span> mentions = extraction.figures().stream().flatMap(f -> f.mentions().stream()).toList();
            List<Rejection> rejections = new ArrayList<>();
            if (explain) {
                parser.parse(text, rejections::add);
                ModelCodes.Names products = ModelCodes.names(extraction.entities(), text);
                for (Sentence sentence : extraction.sentences()) {
                    String said = text.substring(sentence.start(), sentence.end());
                    for (FigureCandidate rule : parser.parse(said)) {
                        String stated = said.substring(rule.start(), rule.end());
                        if (ModelCodes.isModelCode(rule, stated, products)) {
                            rejections.add(new Rejection(sentence.start() + rule.start(), sentence.start() + rule.end(),
                                    stated, ModelCodes.REASON));
                        }
                    }
                }
            }
            List<Span> ruleSpans = new ArrayList<>();
            for (Sentence sentence : extraction.sentences()) {
                for (FigureCandidate rule : parser.parse(text.substring(sentence.start(), sentence.end()))) {
                    ruleSpans.add(new Span(sentence.start() + rule.start(), sentence.start() + rule.end(), "",
                            sentence.index()));
                }
            }
            List<int[]> gold = new ArrayList<>();
            for (JsonNode value : doc.path("values")) {
                gold.add(new int[] {text.offsetByCodePoints(0, value.path("start").asInt()),
                        text.offsetByCodePoints(0, value.path("end").asInt())});
            }
            for (Span mention : mentions) {
                boolean byRule = ruleSpans.stream().anyMatch(m -> m.start() < mention.end() && mention.start() < m.end());
                if (!byRule && gold.stream().noneMatch(g -> g[0] < mention.end() && mention.start() < g[1])) {
                    byNer.add("no annotated value: '" + mention.text() + "' in " + file.getFileName());
                }
            }
            List<ValueReadings.Annotated> values = annotated(text, doc.path("values"));
            List<ValueReadings.Annotated> timex = annotated(text, doc.path("timex"));
            for (Figure figure : extraction.figures()) {
                Span first = figure.mentions().get(0);
                ValueReadings.Reading reading = ValueReadings.classify(first.start(), first.end(), figure.kind(),
                        figure.unit(), values, timex);
                readings = readings.plus(reading);
                if (reading != ValueReadings.Reading.RIGHT && (explain || reading == ValueReadings.Reading.WRONG_TYPE
                        || reading == ValueReadings.Reading.ON_DATE)) {
                    wrong.add(reading.name().toLowerCase(java.util.Locale.ROOT) + ": '" + first.text() + "' read "
                            + figure.kind().label() + " " + figure.value() + " " + figure.unit() + " in "
                            + file.getFileName() + ": ..." + text.substring(Math.max(0, first.start() - 50),
                            Math.min(text.length(), first.end() + 30)).replace('\n', ' ') + "...");
                }
            }
            for (JsonNode value : doc.path("values")) {
                int start = text.offsetByCodePoints(0, value.path("start").asInt());
                int end = text.offsetByCodePoints(0, value.path("end").asInt());
                String type = value.path("type").isTextual() ? value.path("type").asText() : "untyped";
                boolean found = mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
                byType.merge(type, Accuracy.NONE.plus(found), Accuracy::plus);
                all = all.plus(found);
                if (found) {
                    boolean byRule = ruleSpans.stream().anyMatch(m -> m.start() < end && start < m.end());
                    byReader.merge(byRule ? "rules" : NerFigures.READER, 1, Integer::sum);
                    if (!byRule) {
                        byNer.add("annotated " + type + " '" + value.path("text").asText() + "' in " + file.getFileName());
                    }
                }
                if (!found) {
                    String why = rejections.stream().filter(r -> r.start() < end && start < r.end())
                            .map(Rejection::toString).reduce((a, b) -> a + "; " + b).orElse("");
                    misses.add(type + " '" + value.path("text").asText() + "' in " + file.getFileName() + ": ..."
                            + text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 40))
                            .replace('\n', ' ') + "..." + (why.isEmpty() ? "" : "  [refused " + why + "]"));
                }
            }
        }
        return new Result(files.size(), byType, all, misses, byReader, byNer, readings, wrong);
    }

    private static List<ValueReadings.Annotated> annotated(String text, JsonNode spans) {
        List<ValueReadings.Annotated> annotated = new ArrayList<>();
        for (JsonNode span : spans) {
            annotated.add(new ValueReadings.Annotated(text.offsetByCodePoints(0, span.path("start").asInt()),
                    text.offsetByCodePoints(0, span.path("end").asInt()),
                    span.path("type").isTextual() ? span.path("type").asText() : null));
        }
        return annotated;
    }
}
