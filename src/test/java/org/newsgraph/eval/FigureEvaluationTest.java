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

    @Test
    void unitsNamedInWordsAgreeWithTheirCodes() {
        String text = "The ferry sailed 40 kilometres in three hours with two investment banks aboard.";
        Figure km = figureIn(text, "40 kilometres", FigureKind.MEASUREMENT, 40.0, null, null, "KiloM");
        Figure hours = figureIn(text, "three hours", FigureKind.DURATION, 3.0, null, null, "HR");
        Figure banks = figureIn(text, "two investment banks", FigureKind.COUNT, 2.0, null, null, "bank");
        assertEquals(true, FigureEvaluation.sameUnit(km, goldIn("40 kilometres", 40, "kilometer", "measurement")));
        assertEquals(true, FigureEvaluation.sameUnit(hours, goldIn("three hours", 3, "hours", "duration")));
        assertEquals(true, FigureEvaluation.sameUnit(banks, goldIn("two investment banks", 2, "investment bank", "count")));
        Figure tons = figureIn(text, "40 kilometres", FigureKind.MEASUREMENT, 40.0, null, null, "TON_US");
        assertEquals(true, FigureEvaluation.sameUnit(tons, goldIn("40 kilometres", 40, "ton", "measurement")));
        assertEquals(false, FigureEvaluation.sameUnit(km, goldIn("40 kilometres", 40, "mile", "measurement")));
        assertEquals(false, FigureEvaluation.sameUnit(hours, goldIn("three hours", 3, "day", "duration")));
    }

    @Test
    void aRangeAgreesWithGoldThatWritesItsEndsAsTwoFigures() {
        String text = "Output could reach 40-60 tonnes a day.";
        Figure range = figureIn(text, "40-60 tonnes", FigureKind.MEASUREMENT, null, 40.0, 60.0, "TONNE");
        GoldFile.GoldFigure low = goldIn("40", 40, "tonne", "measurement");
        GoldFile.GoldFigure high = goldIn("60 tonnes", 60, "tonne", "measurement");
        GoldFile goldFile = new GoldFile("b.md", List.of(low, high), List.of(), List.of(), List.of());
        Extraction extraction = new Extraction("b", List.of(), List.of(), List.of(range), List.of());
        FigureEvaluation.Result result = new FigureEvaluation().score(text, extraction, goldFile);
        assertEquals(new org.newsgraph.eval.Score(1, 1, 2, 2), result.valueUnit());
        // one end alone is no agreement: gold that states only 40 does not match a range read there
        GoldFile single = new GoldFile("b.md", List.of(low), List.of(), List.of(), List.of());
        assertEquals(new org.newsgraph.eval.Score(0, 1, 0, 1),
                new FigureEvaluation().score(text, extraction, single).valueUnit());
    }

    private static Figure figureIn(String text, String mention, FigureKind kind, Double value, Double min, Double max,
                                   String unit) {
        int start = text.indexOf(mention);
        return new Figure("f", kind, value == null ? null : java.math.BigDecimal.valueOf(value),
                min == null ? null : java.math.BigDecimal.valueOf(min), max == null ? null : java.math.BigDecimal.valueOf(max),
                unit, null, null, null, null, null, null, null, null, null,
                List.of(new Span(start, start + mention.length(), mention, 0)));
    }

    private static GoldFile.GoldFigure goldIn(String text, double value, String unit, String kind) {
        return new GoldFile.GoldFigure(text, value, null, null, unit, kind, null, null, null, null, null, null,
                null, null, null, null);
    }
}
