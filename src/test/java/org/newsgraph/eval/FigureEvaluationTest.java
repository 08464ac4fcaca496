package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.Span;

class FigureEvaluationTest {

    private static final String TEXT = "Revenue rose 12% to $4.5 billion in 2024. It employs 300 people.";

    private static Figure figure(String id, String text, FigureKind kind, Double value, String unit, String direction) {
        int start = TEXT.indexOf(text);
        return new Figure(id, kind, value == null ? null : new java.math.BigDecimal(Double.toString(value)), null,
                null, unit, null, null, null, direction, null, null, null, null, null,
                List.of(new Span(start, start + text.length(), text, 0)));
    }

    private static GoldFile.GoldFigure gold(String text, double value, String unit, String kind, String direction) {
        return new GoldFile.GoldFigure(text, value, null, null, unit, kind, null, null, null, null, null, direction,
                null, null, null, null);
    }

    @Test
    void countsMatchesMissesAndFalsePositives() {
        GoldFile goldFile = new GoldFile("a.md", List.of(gold("rose 12%", 12, "percent", "change", "increase"),
                gold("$4.5 billion", 4.5e9, "USD", "amount", null), gold("300 people", 300, "person", "count", null)),
                List.of("2024"), List.of(), List.of());
        Extraction extraction = new Extraction("a", List.of(), List.of(), List.of(
                figure("f1", "12%", FigureKind.CHANGE, 12.0, "percent", "increase"),
                figure("f2", "$4.5 billion", FigureKind.AMOUNT, 4.5e6, "USD", null),
                figure("f3", "2024", FigureKind.COUNT, 2024.0, "year", null)), List.of());
        FigureEvaluation.Result result = new FigureEvaluation().score(TEXT, extraction, goldFile);
        assertEquals(new org.newsgraph.eval.Score(1, 3, 1, 3), result.value());
        assertEquals(new org.newsgraph.eval.Score(1, 3, 1, 3), result.valueUnit());
        assertEquals(1, result.trapHits());
        assertEquals(2, result.misses().size());
        assertEquals(1.0 / 3, result.valueUnit().f1(), 1e-9);
        assertEquals(new Accuracy(1, 1), result.kind());
    }

    @Test
    void measuresAgreeOnMostContentWords() {
        assertEquals(true, FigureEvaluation.sameMeasure("spending on AI model services", "spending on AI model services"));
        assertEquals(true, FigureEvaluation.sameMeasure("cloud revenue", "revenue"));
        assertEquals(false, FigureEvaluation.sameMeasure("users", "spend to access OpenAI models"));
        // plurals of short words and of -ies are the singular: "jobs" is "job cuts"' job, "countries" a country
        assertEquals(true, FigureEvaluation.sameMeasure("jobs", "job"));
        assertEquals(true, FigureEvaluation.sameMeasure("countries", "country"));
        assertEquals(false, FigureEvaluation.sameMeasure("loss", "los"));
        // the gold's head noun with some of its own modifiers and nothing else is the same measure
        assertEquals(true, FigureEvaluation.sameMeasure("loan", "eligible US loan"));
        assertEquals(true, FigureEvaluation.sameMeasure("stake", "stake in the combined group"));
        assertEquals(false, FigureEvaluation.sameMeasure("jobs", "UK job cuts"));
        assertEquals(false, FigureEvaluation.sameMeasure("new loan", "eligible US loan"));
    }
}
