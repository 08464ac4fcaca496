package org.newsgraph.site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.site.Views.Chart;
import org.newsgraph.site.Views.ChartPoint;
import org.newsgraph.site.Views.FigureRow;
import org.newsgraph.site.Views.Tick;

/**
 * Lays out an entity's dated figures as small time charts, one per measure and unit ("revenue" in USD; dollars and
 * percentages share no axis, nor a total and an amount per share or per month) that has at least two dated figures: a dot per figure at the time it is stated for and
 * a line through them. A lone figure gets no chart: the table says it better than a dot.
 */
final class TimeChart {

    static final int MAX_CHARTS = 3;
    private static final int WIDTH = 480;
    private static final int HEIGHT = 200;
    private static final int LEFT = 84;
    private static final int RIGHT = 448;
    private static final int TOP = 12;
    private static final int BOTTOM = 176;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private TimeChart() {
    }

    /** The charts of the measures with two dated figures or more, most figures first; none when no measure has two. */
    static List<Chart> of(List<FigureRow> figures) {
        record Series(String measure, String unit) {
        }
        Map<Series, List<FigureRow>> bySeries = new TreeMap<>(Comparator.comparing(Series::measure)
                .thenComparing(Series::unit));
        for (FigureRow f : figures) {
            if (f.measure() != null && f.number() != null && Double.isFinite(f.number()) && position(f.time()).isPresent()) {
                // a loss per share or spending a month is a series of its own, not a point among the totals
                String measure = f.measure().strip().toLowerCase(java.util.Locale.ROOT)
                        + (f.per() == null ? "" : " per " + f.per()) + (f.period() == null ? "" : " " + f.period());
                bySeries.computeIfAbsent(new Series(measure, f.unit()), k -> new ArrayList<>()).add(f);
            }
        }
        return bySeries.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .sorted(Comparator.comparingInt((Map.Entry<Series, List<FigureRow>> e) -> -e.getValue().size()))
                .limit(MAX_CHARTS).map(e -> chart(e.getKey().measure(), e.getKey().unit(), e.getValue())).toList();
    }

    /**
     * Where a stated time falls, in years: "2025" is mid-2025, "2025-Q1" mid-February, "2025-03-14" that day.
     * Empty for anything else ("last year", "2025-H1").
     */
    static OptionalDouble position(String time) {
        if (time == null) {
            return OptionalDouble.empty();
        }
        Matcher m;
        if ((m = YEAR.matcher(time)).matches()) {
            return OptionalDouble.of(Integer.parseInt(m.group(1)) + 0.5);
        }
        if ((m = QUARTER.matcher(time)).matches()) {
            return OptionalDouble.of(Integer.parseInt(m.group(1)) + (Integer.parseInt(m.group(2)) - 0.5) / 4);
        }
        if ((m = MONTH.matcher(time)).matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return OptionalDouble.of(Integer.parseInt(m.group(1)) + (Integer.parseInt(m.group(2)) - 0.5) / 12);
        }
        try {
            LocalDate date = LocalDate.parse(time);
            return OptionalDouble.of(date.getYear() + (date.getDayOfYear() - 0.5) / date.lengthOfYear());
        } catch (DateTimeParseException e) {
            return OptionalDouble.empty();
        }
    }

    private static Chart chart(String measure, String unit, List<FigureRow> figures) {
        // each figure's time read once, not at every comparison of the sort
        record Placed(FigureRow figure, double at) {
        }
        List<FigureRow> sorted = figures.stream().map(f -> new Placed(f, position(f.time()).getAsDouble()))
                .sorted(Comparator.comparingDouble(Placed::at).thenComparing(p -> p.figure().href()))
                .map(Placed::figure).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        double firstTime = position(sorted.get(0).time()).getAsDouble();
        double lastTime = position(sorted.get(sorted.size() - 1).time()).getAsDouble();
        // Within a year the axis counts months (from the month before the first figure to the one after the last),
        // otherwise whole years.
        boolean months = lastTime - firstTime < 1;
        double from = months ? Math.floor(firstTime * 12 - 1) / 12 : Math.floor(firstTime);
        double to = months ? Math.ceil(lastTime * 12 + 1) / 12 : Math.floor(lastTime) + 1;
        double low = Math.min(0, sorted.stream().mapToDouble(FigureRow::number).min().orElse(0));
        double high = Math.max(0, sorted.stream().mapToDouble(FigureRow::number).max().orElse(0));
        if (high == low) {
            high = low + 1;
        }
        List<ChartPoint> points = new ArrayList<>();
        for (FigureRow f : sorted) {
            double x = scale(position(f.time()).getAsDouble(), from, to, LEFT, RIGHT);
            double y = scale(f.number(), low, high, BOTTOM, TOP);
            points.add(new ChartPoint(round(x), round(y), f.time() + ": " + f.value(), f.href()));
        }
        List<String> lines = List.of(String.join(" ", points.stream().map(c -> c.x() + "," + c.y()).toList()));
        List<Tick> xTicks = new ArrayList<>();
        int units = (int) Math.round((to - from) * (months ? 12 : 1));
        int step = Math.max(1, (units + 7) / 8);
        for (int i = 0; i <= units; i += step) {
            double at = from + (double) i / (months ? 12 : 1);
            int month = (int) Math.round(at * 12);
            xTicks.add(new Tick(round(scale(at, from, to, LEFT, RIGHT)), months
                    ? Math.floorDiv(month, 12) + (Math.floorMod(month, 12) < 9 ? "-0" : "-") + (Math.floorMod(month, 12) + 1)
                    : Integer.toString((int) Math.round(at))));
        }
        String kind = sorted.get(0).kind();
        List<Tick> yTicks = new ArrayList<>();
        for (double value : new double[] {low, (low + high) / 2, high}) {
            yTicks.add(new Tick(round(scale(value, low, high, BOTTOM, TOP)),
                    Formats.value(kind, value, null, null, unit, null)));
        }
        String title = Character.toUpperCase(measure.charAt(0)) + measure.substring(1) + " over time, in "
                + Formats.unitName(unit);
        String description = sorted.size() + " figures from " + sorted.get(0).time() + " to "
                + sorted.get(sorted.size() - 1).time() + "; the table lists them all.";
        return new Chart(title, description, WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, points, lines, xTicks, yTicks);
    }

    private static double scale(double value, double from, double to, double start, double end) {
        return start + (value - from) / (to - from) * (end - start);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
