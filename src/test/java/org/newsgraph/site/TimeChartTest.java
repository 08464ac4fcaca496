package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.site.Views.Chart;
import org.newsgraph.site.Views.ChartPoint;
import org.newsgraph.site.Views.FigureRow;

class TimeChartTest {

    @Test
    void placesStatedTimesOnAYearAxis() {
        assertEquals(2025.5, TimeChart.position("2025").getAsDouble(), 1e-9);
        assertEquals(2025.125, TimeChart.position("2025-Q1").getAsDouble(), 1e-9);
        assertEquals(2022 + 2.5 / 12, TimeChart.position("2022-03").getAsDouble(), 1e-9);
        assertEquals(2024 + 0.5 / 366, TimeChart.position("2024-01-01").getAsDouble(), 1e-9);
        for (String vague : new String[] {"last year", "2025-H1", "2025-13", "", "2025-02-30"}) {
            assertTrue(TimeChart.position(vague).isEmpty(), vague);
        }
        assertTrue(TimeChart.position(null).isEmpty());
    }

    @Test
    void drawsOneChartPerMeasureWithTwoDatedFiguresOrMore() {
        List<Chart> charts = TimeChart.of(List.of(
                row("f1", 100e6, "USD", "revenue", "2023"),
                row("f2", 150e6, "USD", "Revenue", "2024"),
                row("f3", 50e6, "USD", "profit", "2024-Q2"),
                row("f4", 12.0, "percent", "margin", "2024"),
                row("f5", 7.0, "percent", "margin", null),
                row("f6", null, "USD", "revenue", "2025"),
                row("f7", 120e6, "USD", "revenue", "2023-Q4")));
        assertEquals(1, charts.size(), "revenue has three dated points; profit and margin one each");
        Chart revenue = charts.get(0);
        assertEquals("Revenue over time, in USD", revenue.title());
        assertEquals(List.of("#f1", "#f7", "#f2"), revenue.points().stream().map(ChartPoint::href).toList(),
                "in time order; undated and valueless figures left out");
        assertEquals(1, revenue.lines().size());
        ChartPoint first = revenue.points().get(0);
        ChartPoint last = revenue.points().get(2);
        assertTrue(first.x() < last.x() && first.y() > last.y(), "later is right, bigger is up");
        assertEquals(List.of("2023", "2024", "2025"), revenue.xTicks().stream().map(Views.Tick::label).toList());
        assertEquals(List.of("$0", "$75 million", "$150 million"), revenue.yTicks().stream().map(Views.Tick::label).toList());
    }

    @Test
    void aSingleDatedFigureGetsNoChart() {
        assertTrue(TimeChart.of(List.of(row("f1", 100e6, "USD", "revenue", "2023"))).isEmpty(), "one point, no chart");
        assertTrue(TimeChart.of(List.of(row("f1", 100e6, "USD", "revenue", "2023"),
                row("f2", 5.0, "percent", "revenue", "2024"))).isEmpty(), "two units share no axis");
        assertTrue(TimeChart.of(List.of(row("f1", 1.0, "USD", null, "2023"), row("f2", 2.0, "USD", null, "2024")))
                .isEmpty(), "figures without a measure are no series");
        assertEquals(1, TimeChart.of(List.of(row("f1", 1.0, "USD", "sales", "2023"),
                row("f2", 2.0, "USD", "sales", "2024"))).size(), "two points, a chart");
    }

    @Test
    void anAmountPerShareOrPerMonthIsNoPointAmongTheTotals() {
        List<Chart> charts = TimeChart.of(List.of(row("f1", 381e6, "USD", "loss", "2024-Q1"),
                row("f2", 6e9, "USD", "loss", "2025-Q1"), per(row("f3", 0.67, "USD", "loss", "2024-Q1"), "share", null),
                per(row("f4", 2e6, "USD", "loss", "2025-Q1"), null, "a month")));
        assertEquals(1, charts.size(), "one point per share and one a month: no chart of either");
        assertEquals(List.of("#f1", "#f2"), charts.get(0).points().stream().map(ChartPoint::href).toList());
        assertEquals(List.of("Loss per share over time, in USD"), TimeChart.of(List.of(
                per(row("f1", 0.67, "USD", "loss", "2024-Q1"), "share", null),
                per(row("f2", 1.2, "USD", "loss", "2025-Q1"), "share", null))).stream().map(Chart::title).toList());
    }

    private static FigureRow per(FigureRow f, String per, String period) {
        return new FigureRow(f.id(), f.text(), f.kind(), f.value(), f.number(), f.unit(), period, per, f.qualifier(),
                f.direction(), f.measure(), f.subject(), f.of(), f.time(), f.article(), f.href(), f.sentence(),
                f.candidateSubject(), f.candidateMeasure(), f.unitName(), f.measureLabel(), f.otherSubjects(),
                f.unitAssumed());
    }

    @Test
    void withinAYearTheAxisCountsMonths() {
        Chart chart = TimeChart.of(List.of(row("f1", 1.5e6, "USD", "revenue", "2025-01"),
                row("f2", 3.5e6, "USD", "revenue", "2025-03"))).get(0);
        assertEquals(List.of("2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05"),
                chart.xTicks().stream().map(Views.Tick::label).toList());
        ChartPoint first = chart.points().get(0);
        ChartPoint last = chart.points().get(1);
        assertTrue(last.x() - first.x() > 120, "the two months apart fill the width: " + first + " " + last);
    }

    private static FigureRow row(String id, Double value, String unit, String measure, String time) {
        return new FigureRow(id, "text", "amount", "v", value, unit, null, null, null, null, measure, null, null, time,
                null, "#" + id, "", null, null, unit, measure, List.of(), false);
    }
}
