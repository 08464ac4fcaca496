package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Figure;

/**
 * Whether a figure's {@code time} names the fiscal year KPI-EDGAR says its value holds for. The gold marks a value
 * {@code cy} (the year the 10-K reports on), {@code py} (the year before) or {@code py1} (the year before that), and
 * each sentence carries the filing's {@code year}: the fiscal year the 10-K reports on, named as the company names it
 * (a 10-K for the year ended January 31, 2021 has year 2021, one for the year ended December 31, 2020 has 2020).
 *
 * <p>So a {@code cy} value holds for fiscal year {@code year}, {@code py} for {@code year - 1}, {@code py1} for
 * {@code year - 2}. A time names fiscal year Y when its fiscal label says Y ("fiscal 2021", "FY21", "the second
 * quarter of fiscal 2021"), else when the first calendar year it names is Y ("2020", "2020-12-31", "2020-Q4",
 * "December 2020"): a fiscal year ending on a date is named after that date's year, and a day, month or quarter
 * inside the year names the year. Fiscal years named after the year they start in, and the months of a fiscal year
 * that fall in the calendar year before the one it is named by, count as wrong: rare in 10-Ks, and a reader of the
 * figure would need the article to say so.
 *
 * <p>Each found gold value (the same number overlapping, as {@link KpiEdgarEvaluation} finds values) is right, wrong
 * (another year), yearless (a time with no year, "the fourth quarter") or empty (no time). An empty time is no error;
 * a wrong one is.
 */
public final class KpiEdgarTime {

    /** What a figure's time says of the gold's fiscal year. */
    public enum Verdict { RIGHT, WRONG, YEARLESS, EMPTY }

    /** Counts over found cy/py/py1 gold values; {@code misses} lists the wrong and yearless ones, then the empty. */
    public record Result(int right, int wrong, int yearless, int empty, List<String> misses) {

        public static final Result NONE = new Result(0, 0, 0, 0, List.of());

        public Result {
            misses = List.copyOf(misses);
        }

        public int found() {
            return right + wrong + yearless + empty;
        }

        /** Right among the values given a time with a year: how far a time we state can be trusted. */
        public Accuracy precision() {
            return new Accuracy(right, right + wrong);
        }

        public String line() {
            return String.format(Locale.ROOT, "right %d, wrong %d, yearless %d, empty %d of %d found; right of dated %s",
                    right, wrong, yearless, empty, found(), precision());
        }
    }

    private static final Pattern FISCAL = Pattern.compile("(?i)\\b(?:fiscal(?:\\s+year)?|FY)\\s*'?(\\d{4}|\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern FILED = Pattern.compile("\\d{10}-(\\d{2})-\\d{6}");
    private static final int MISSES = 300;

    private final BiFunction<String, LocalDate, List<Figure>> figures;
    private int right;
    private int wrong;
    private int yearless;
    private int empty;
    private final List<String> wrongs = new ArrayList<>();
    private final List<String> empties = new ArrayList<>();

    /** @param figures a sentence's figures, given its text and the filing's date (for relative dates) */
    public KpiEdgarTime(BiFunction<String, LocalDate, List<Figure>> figures) {
        this.figures = figures;
    }

    /** Scores the time of every found cy, py and py1 value of one KPI-EDGAR sentence. */
    public void add(JsonNode sentence) {
        int year = sentence.path("year").asInt();
        List<JsonNode> dated = new ArrayList<>();
        for (JsonNode entity : sentence.path("entities")) {
            if (fiscalYear(entity.path("type").asText(), year) != null
                    && KpiEdgarEvaluation.number(entity.path("text").asText()) != null) {
                dated.add(entity);
            }
        }
        if (dated.isEmpty() || year == 0) {
            return;
        }
        String text = sentence.get("text").asText();
        List<Figure> found = figures.apply(text, filed(sentence.path("doc").asText(), year));
        for (JsonNode entity : dated) {
            String type = entity.get("type").asText();
            int start = entity.get("start").asInt();
            int end = entity.get("end").asInt();
            double number = KpiEdgarEvaluation.number(entity.get("text").asText());
            Figure hit = found.stream().filter(f -> f.first().start() < end && start < f.first().end()
                    && KpiEdgarEvaluation.sameNumber(number, f.value(), f.min(), f.max())).findFirst().orElse(null);
            if (hit == null) {
                continue;
            }
            int fiscalYear = fiscalYear(type, year);
            Verdict verdict = judge(hit.time(), fiscalYear);
            String line = String.format(Locale.ROOT, "%s: %s (%s, fiscal %d) got %s in: %s", verdict.name()
                    .toLowerCase(Locale.ROOT), entity.get("text").asText(), type, fiscalYear, hit.time(), text);
            switch (verdict) {
                case RIGHT -> right++;
                case WRONG -> {
                    wrong++;
                    wrongs.add(line);
                }
                case YEARLESS -> {
                    yearless++;
                    wrongs.add(line);
                }
                case EMPTY -> {
                    empty++;
                    empties.add(line);
                }
            }
        }
    }

    public Result result() {
        List<String> misses = new ArrayList<>(wrongs);
        misses.addAll(empties);
        return new Result(right, wrong, yearless, empty, misses.subList(0, Math.min(MISSES, misses.size())));
    }

    /** The fiscal year a gold value of this type holds for, or null when the type names no year. */
    static Integer fiscalYear(String type, int filingYear) {
        return switch (type) {
            case "cy" -> filingYear;
            case "py" -> filingYear - 1;
            case "py1" -> filingYear - 2;
            default -> null;
        };
    }

    /** Whether {@code time} names fiscal year {@code fiscalYear} (see the class comment). */
    static Verdict judge(String time, int fiscalYear) {
        if (time == null || time.isBlank()) {
            return Verdict.EMPTY;
        }
        Integer named = null;
        Matcher fiscal = FISCAL.matcher(time);
        if (fiscal.find()) {
            String digits = fiscal.group(1);
            named = digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
        } else {
            Matcher year = YEAR.matcher(time);
            if (year.find()) {
                named = Integer.parseInt(year.group(1));
            }
        }
        if (named == null) {
            return Verdict.YEARLESS;
        }
        return named == fiscalYear ? Verdict.RIGHT : Verdict.WRONG;
    }

    /**
     * The day the 10-K stands as an article's date: March 1 of the year its accession number was filed in
     * ("0001652044-21-000010" is 2021), else of the year after the one it reports on. Only relative dates read it.
     */
    public static LocalDate filed(String doc, int fiscalYear) {
        Matcher accession = FILED.matcher(doc);
        int year = accession.find() ? 2000 + Integer.parseInt(accession.group(1)) : fiscalYear + 1;
        return LocalDate.of(year, 3, 1);
    }
}
