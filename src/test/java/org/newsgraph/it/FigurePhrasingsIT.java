package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.nlp.NlpPipeline;

/**
 * The figure phrasing table ({@code figure/phrasings.txt}): every class of quantity issue 12 lists, in made-up news
 * sentences, through the whole extractor with the real CoreNLP parse (the unit tests feed the parser and the
 * attribution hand-parsed input). Each row names the figures its text must give, by the words they are written with,
 * and what each must hold: kind, value, range, unit, qualifier, period, per, direction, subject, measure, time (a field
 * the row leaves out is not checked; {@code -} means it must be empty); or a text that must give no figure.
 * Rows with a known-failure reason ({@code !! reason}) are run and counted, not asserted; every other row must pass,
 * and the number of passing rows must not fall below {@link #FLOOR}.
 */
class FigurePhrasingsIT {

    private static final String TABLE = "/org/newsgraph/extract/figure/phrasings.txt";
    /** The date every row is extracted as of, so that relative times ("a year earlier") resolve to something. */
    private static final LocalDate DATE = LocalDate.of(2026, 5, 14);
    /**
     * Rows passing today (165 of 173 since session 14 added partitive wholes, levels reached after counted changes,
     * fractions after a clause's "by", qualifier phrases, slash rates and listed changes past an abbreviation; 147 of
     * 155 after session 13 added forecast verbs, count moves, "six in ten", ages after nouns
     * for people, share prices before "yesterday" and moves over "the day"; 113 of 121 after session 12, 99 of 107
     * before); raise it when a known failure is fixed.
     */
    private static final int FLOOR = 165;
    /**
     * Session 13's probe set ({@code figure/probes.txt}): made-up sentences from genres the rules were not written
     * against, with the reading expected. It measures: its rows are counted, not asserted one by one, and only the
     * number passing may not fall below {@link #PROBE_FLOOR} (92 of 106 on main when it was written, 98 after session
     * 13, 100 after session 14).
     */
    private static final String PROBES = "/org/newsgraph/extract/figure/probes.txt";
    private static final int PROBE_FLOOR = 100;
    /**
     * Session 14's held-out set ({@code figure/heldout.txt}): made-up sentences written before that session changed
     * any code and never tuned on; 49 of 53 on main, 50 after session 14. Since then a regression guard: every row
     * without a known-failure reason must pass, and the passing rows may not fall below {@link #HELD_OUT_FLOOR}.
     */
    private static final String HELD_OUT = "/org/newsgraph/extract/figure/heldout.txt";
    private static final int HELD_OUT_FLOOR = 50;
    /**
     * Session 14's held-out measure set ({@code figure/measures-heldout.txt}): made-up sentences written before the
     * session changed any measure code and never tuned on (42 of 50 on main, 43 after session 14, 45 in session 15:
     * the attendance row, whose figure the parser now reads (no measure change did that), and the markets row, with
     * one name for a stock price). Since then a regression guard like the phrasing table: every row without a
     * known-failure reason must pass.
     */
    private static final String MEASURES_HELD_OUT = "/org/newsgraph/extract/figure/measures-heldout.txt";
    private static final int MEASURES_HELD_OUT_FLOOR = 45;
    /**
     * Session 15's held-out measure set ({@code figure/measures-heldout-s15.txt}): made-up sentences in other genres
     * and wordings, written before session 15 changed any measure code and never tuned on (33 of 45 on main c753d26,
     * 33 after session 15 round one, 36 after round two, 37 after s43-measures: "Claims from the floods ... $1.1
     * billion", whose "claims" shares the lemma of a verb of saying, SayingWords). Since then a regression guard: every
     * row without a known-failure reason must pass.
     */
    private static final String MEASURES_HELD_OUT_S15 = "/org/newsgraph/extract/figure/measures-heldout-s15.txt";
    private static final int MEASURES_HELD_OUT_S15_FLOOR = 37;
    /**
     * Session 15's second held-out measure set ({@code figure/measures-heldout-s15b.txt}), written by round two before
     * it changed any measure code and never tuned on (17 of 36 on s15-int 3140b69, 22 after round two). A regression
     * guard: every row without a known-failure reason must pass.
     */
    private static final String MEASURES_HELD_OUT_S15B = "/org/newsgraph/extract/figure/measures-heldout-s15b.txt";
    private static final int MEASURES_HELD_OUT_S15B_FLOOR = 22;
    /**
     * Session 16's held-out measure set ({@code figure/measures-heldout-s16.txt}): made-up news and filing sentences
     * (lists of years without "respectively", verbs of saying, shares "of GDP", outlays "a year on"), written before
     * session 16 changed any measure code and never tuned on (34 of 47 on main d3e0e67d, 35 after session 16). A regression guard: every
     * row without a known-failure reason must pass.
     */
    private static final String MEASURES_HELD_OUT_S16 = "/org/newsgraph/extract/figure/measures-heldout-s16.txt";
    private static final int MEASURES_HELD_OUT_S16_FLOOR = 35;
    /**
     * Session 17's held-out measure set of the measure task ({@code figure/measures-heldout-s17-measure.txt}): made-up
     * news sentences (outlays after a rate, levels after a move under a verb of saying, subjects with an of/on
     * complement, series after "of", head nouns of several genres), written before session 17 changed any measure code
     * and never tuned on (31 of 44 on main 5854b68e, 38 after session 17). A regression guard: every row without a
     * known-failure reason must pass.
     */
    private static final String MEASURES_HELD_OUT_S17_MEASURE = "/org/newsgraph/extract/figure/measures-heldout-s17-measure.txt";
    private static final int MEASURES_HELD_OUT_S17_MEASURE_FLOOR = 38;
    /**
     * Session 17's held-out measure set of the kpi task ({@code figure/measures-heldout-s17-kpi.txt}): made-up filing
     * and results-release sentences (revenue, margins, costs, balances, backlog, headcount, per-share figures, segments,
     * tables written as sentences, "respectively" lists), written before that task changed any measure code and never
     * tuned on (26 of 49 on main 5854b68e, 27 after the kpi task; 33 on main 39291614, 34 after s29-measure's
     * amounted step: "Orders booked in the quarter totaled $1.42 billion", its known failure dropped). A regression
     * guard: every row without a known-failure reason must pass.
     */
    private static final String MEASURES_HELD_OUT_S17_KPI = "/org/newsgraph/extract/figure/measures-heldout-s17-kpi.txt";
    private static final int MEASURES_HELD_OUT_S17_KPI_FLOOR = 34;
    /**
     * Session 15's held-out set ({@code figure/heldout-s15.txt}): made-up sentences written before that session
     * changed any code and never tuned on; 45 of 49 on main, 48 after session 15. A regression guard like
     * {@link #HELD_OUT}: every row without a known-failure reason must pass.
     */
    /**
     * Session 18's held-out measure sets of the measure task ({@code eval/probes-s18-measure/A.txt} and {@code B.txt}):
     * made-up news sentences written and committed before any extractor read them. A was read for errors while the
     * session worked; B was run only before and after (both 26 of 40 on main 987ebe5c, 27 of 40 after session 18's
     * measure task). Counted, not asserted row by row: the passing rows may not fall below their floors.
     */
    private static final String MEASURES_S18_A = "/eval/probes-s18-measure/A.txt";
    private static final int MEASURES_S18_A_FLOOR = 27;
    private static final String MEASURES_S18_B = "/eval/probes-s18-measure/B.txt";
    private static final int MEASURES_S18_B_FLOOR = 27;
    /**
     * Session 19's held-out measure set of the measure task ({@code eval/probes-s19-measure/B.txt}): made-up news
     * sentences in varied styles, written and committed before any extractor read them, run only before and after
     * that session's changes (17 of 30 on main 1f723fe9). Counted, not asserted row by row: the passing rows may not
     * fall below the floor.
     */
    private static final String MEASURES_S19_B = "/eval/probes-s19-measure/B.txt";
    private static final int MEASURES_S19_B_FLOOR = 17;
    private static final String HELD_OUT_S15 = "/org/newsgraph/extract/figure/heldout-s15.txt";
    private static final int HELD_OUT_S15_FLOOR = 49;
    /**
     * Session 16's held-out set ({@code figure/heldout-s16.txt}): made-up sentences for the classes still open after
     * session 15 (ranges and movements, comparisons, plurals, physical measurements, signed moves), written before
     * that session changed any code and never tuned on; 57 of 62 on main d3e0e67d, 62 after session 16 (the five rows
     * fixed were seen failing first: not clean evidence). A regression guard like
     * {@link #HELD_OUT}.
     */
    private static final String HELD_OUT_S16 = "/org/newsgraph/extract/figure/heldout-s16.txt";
    private static final int HELD_OUT_S16_FLOOR = 62;
    /**
     * Session 17's held-out set for the figvalues task ({@code figure/heldout-s17-figvalues.txt}): made-up sentences
     * for the classes still open after session 16 (a move from an average to a level, bare counts with a rate,
     * fractions as comparisons, currency after the number, pounds as weight or money, crypto, QUDT units, conversions,
     * prefixes, ages), written before that task changed any code and never tuned on; 52 of 62 on main 5854b68e
     * (heldout-s17-figvalues-before.txt), 61 after that task (the nine rows fixed were seen failing first: not clean
     * evidence). A regression guard like
     * {@link #HELD_OUT}.
     */
    private static final String HELD_OUT_S17_FIGVALUES = "/org/newsgraph/extract/figure/heldout-s17-figvalues.txt";
    private static final int HELD_OUT_S17_FIGVALUES_FLOOR = 61;
    /**
     * Session 18's held-out filing measure sets of the kpi task ({@code eval/probes-s18-kpi/A.txt} and {@code B.txt}):
     * made-up 10-K and results-release sentences written and committed before that task changed any code or ran the
     * extractor on them. A was looked at while working (its misses carry their reason); B was held out, run on main's
     * code and again at the end only, so its rows are counted, not asserted one by one, against its floor. On main's
     * code A passed 17 of 40 and B 17 of 40 (/work/notes/s18/kpi-before-*.txt); after the session's kpi changes 25
     * and 25.
     */
    private static final String PROBES_S18_KPI_A = "/eval/probes-s18-kpi/A.txt";
    private static final int PROBES_S18_KPI_A_FLOOR = 25;
    private static final String PROBES_S18_KPI_B = "/eval/probes-s18-kpi/B.txt";
    private static final int PROBES_S18_KPI_B_FLOOR = 25;
    /**
     * Session 19's held-out filing measure set of the kpi task ({@code eval/probes-s19-kpi/B.txt}): 30 made-up notes,
     * MD&A and results-release sentences written and committed before that task changed any code or ran the extractor
     * on them; run on main's code and again at the end only, so its rows are counted, not asserted one by one, against
     * its floor. 12 of 30 on main's code (/work/notes/s19/kpi-before-B.txt) and 12 after the session's kpi changes.
     */
    private static final String PROBES_S19_KPI_B = "/eval/probes-s19-kpi/B.txt";
    private static final int PROBES_S19_KPI_B_FLOOR = 12;
    /**
     * Session 20's held-out filing measure set of the learned task ({@code eval/probes-s20-learned/B.txt}): 30 made-up
     * notes, MD&A and results-release sentences written and committed before that task changed any code or ran the
     * extractor on them; run on main's code and again at the end only, so its rows are counted, not asserted one by one,
     * against its floor: 23 of 30 on main's code (/work/notes/s20/learned-before-B.txt) and 23 after, as filings with
     * the learned measure (it asserted nothing on these sentences at its threshold; /work/notes/s20/learned-after-B.txt).
     */
    private static final String PROBES_S20_LEARNED_B = "/eval/probes-s20-learned/B.txt";
    private static final int PROBES_S20_LEARNED_B_FLOOR = 23;
    /**
     * Session 21's held-out filing measure set of the kpi task ({@code eval/probes-s21-kpi/B.txt}): 30 made-up notes,
     * MD&A and results-release sentences of other industries (insurance, utilities, software, retail REIT, hospitals,
     * shipping, mining, restaurants), written and committed before that task changed any code or ran the extractor on
     * them; run on main's code (/work/notes/s21/kpi-before-B.txt) and again at the end only, as filings, so its rows are
     * counted, not asserted one by one, against its floor: 17 of 30 on main's code, 18 after (the filer-general
     * learned measure asserted "annual recurring revenue" for "grew 24%"; /work/notes/s21/kpi-after-B.txt).
     */
    private static final String PROBES_S21_KPI_B = "/eval/probes-s21-kpi/B.txt";
    private static final int PROBES_S21_KPI_B_FLOOR = 18;
    /**
     * Session 19's held-out value set of the values task ({@code eval/probes-s19-values/B.txt}): 31 made-up news
     * sentences (sport, politics, markets, weather, science, courts, transport), one row per quantity, written and
     * committed before any extractor read them, run on main's code and again at the end only (61 of 81 on main 1f723fe9,
     * /work/notes/s19/values-before-B.txt; 70 after session 19's values task; 74 after session 20's: exchange rates against
     * a base, cents of a named dollar, plural tally nouns). Counted, not asserted row by row: the passing rows may not
     * fall below the floor.
     */
    private static final String VALUES_S19_B = "/eval/probes-s19-values/B.txt";
    private static final int VALUES_S19_B_FLOOR = 74;
    /**
     * Session 20's held-out value set of the values task ({@code eval/probes-s20-values/B.txt}): 16 made-up news
     * sentences (sport, local government, markets, consumer technology, science, weather, courts, transport, business),
     * one row per quantity, written and committed before any extractor read them, run on main's code and again at the
     * end only (32 of 42 on main b918bd0d, /work/notes/s20/values-before-B.txt; 38 after session 20's values task: the
     * four left are counts of a singular noun after "one" or "a single"). Counted, not asserted row by row: the passing
     * rows may not fall below the floor.
     */
    private static final String VALUES_S20_B = "/eval/probes-s20-values/B.txt";
    private static final int VALUES_S20_B_FLOOR = 38;

    @TestFactory
    Stream<DynamicTest> everyPhrasingGivesItsFigures() throws IOException {
        return table(TABLE, FLOOR, true);
    }

    /** Phrasings of company filings, read as filings, every row asserted (session 44: line items amounts are booked in). */
    private static final String FILING_TABLE = "/org/newsgraph/extract/figure/filing-phrasings.txt";
    private static final int FILING_FLOOR = 9;

    @TestFactory
    Stream<DynamicTest> everyFilingPhrasingGivesItsFigures() throws IOException {
        return table(FILING_TABLE, FILING_FLOOR, true, true);
    }

    @TestFactory
    Stream<DynamicTest> probesOfOtherGenres() throws IOException {
        return table(PROBES, PROBE_FLOOR, false);
    }

    @TestFactory
    Stream<DynamicTest> heldOutSentences() throws IOException {
        return table(HELD_OUT, HELD_OUT_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> heldOutSession15() throws IOException {
        return table(HELD_OUT_S15, HELD_OUT_S15_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> heldOutSession16() throws IOException {
        return table(HELD_OUT_S16, HELD_OUT_S16_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> heldOutSession17Figvalues() throws IOException {
        return table(HELD_OUT_S17_FIGVALUES, HELD_OUT_S17_FIGVALUES_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> measuresHeldOut() throws IOException {
        return table(MEASURES_HELD_OUT, MEASURES_HELD_OUT_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> measuresHeldOutS15() throws IOException {
        return table(MEASURES_HELD_OUT_S15, MEASURES_HELD_OUT_S15_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> measuresHeldOutS15b() throws IOException {
        return table(MEASURES_HELD_OUT_S15B, MEASURES_HELD_OUT_S15B_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> measuresHeldOutS16() throws IOException {
        return table(MEASURES_HELD_OUT_S16, MEASURES_HELD_OUT_S16_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> measuresHeldOutS17Measure() throws IOException {
        return table(MEASURES_HELD_OUT_S17_MEASURE, MEASURES_HELD_OUT_S17_MEASURE_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> measuresHeldOutS17Kpi() throws IOException {
        return table(MEASURES_HELD_OUT_S17_KPI, MEASURES_HELD_OUT_S17_KPI_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> measuresS18A() throws IOException {
        return table(MEASURES_S18_A, MEASURES_S18_A_FLOOR, false);
    }

    @TestFactory
    Stream<DynamicTest> measuresS18B() throws IOException {
        return table(MEASURES_S18_B, MEASURES_S18_B_FLOOR, false);
    }

    @TestFactory
    Stream<DynamicTest> measuresS19B() throws IOException {
        return table(MEASURES_S19_B, MEASURES_S19_B_FLOOR, false);
    }

    @TestFactory
    Stream<DynamicTest> probesS18KpiA() throws IOException {
        return table(PROBES_S18_KPI_A, PROBES_S18_KPI_A_FLOOR, true);
    }

    @TestFactory
    Stream<DynamicTest> probesS18KpiB() throws IOException {
        return table(PROBES_S18_KPI_B, PROBES_S18_KPI_B_FLOOR, false, true);
    }

    @TestFactory
    Stream<DynamicTest> probesS19KpiB() throws IOException {
        return table(PROBES_S19_KPI_B, PROBES_S19_KPI_B_FLOOR, false, true);
    }

    @TestFactory
    Stream<DynamicTest> probesS20LearnedB() throws IOException {
        return table(PROBES_S20_LEARNED_B, PROBES_S20_LEARNED_B_FLOOR, false, true);
    }

    @TestFactory
    Stream<DynamicTest> probesS21KpiB() throws IOException {
        return table(PROBES_S21_KPI_B, PROBES_S21_KPI_B_FLOOR, false, true);
    }

    @TestFactory
    Stream<DynamicTest> valuesS19B() throws IOException {
        return table(VALUES_S19_B, VALUES_S19_B_FLOOR, false);
    }

    @TestFactory
    Stream<DynamicTest> valuesS20B() throws IOException {
        return table(VALUES_S20_B, VALUES_S20_B_FLOOR, false);
    }

    // s21-values: held-out set B (money beside pounds, marks, degrees, feet, k, ounces, carats, points), floor at the
    // measured value; 30 of 32 on main 4e660bbd, 31 after s28-figures ("the 3.2-carat diamond": a mass in carats, read
    // as a count of "carat" before; /work/notes/s28/figures-its.log)
    private static final String VALUES_S21_B = "/eval/probes-s21-values/B.txt";
    private static final int VALUES_S21_B_FLOOR = 31;

    @TestFactory
    Stream<DynamicTest> valuesS21B() throws IOException {
        return table(VALUES_S21_B, VALUES_S21_B_FLOOR, false);
    }

    // s22-values: held-out set B (speeds, data sizes, weights, temperatures, fractions of hours, conversions, pounds of
    // weight beside sterling, model numbers), floor at the measured value: 28 of 31 on main 304d71c6, 29 after
    // (/work/notes/s22/values-before-B.txt, values-after-B.txt)
    private static final String VALUES_S22_B = "/eval/probes-s22-values/B.txt";
    private static final int VALUES_S22_B_FLOOR = 29;

    @TestFactory
    Stream<DynamicTest> valuesS22B() throws IOException {
        return table(VALUES_S22_B, VALUES_S22_B_FLOOR, false);
    }

    // s22-measure: held-out set B (what a figure measures in general news: sport, weather, disasters, elections,
    // prices, business, city hall; 30 rows written before any extractor read them; 22 of 30 on main 304d71c6,
    // /work/notes/s22/measure-before-B.txt), counted against a floor at the
    // passing rows measured on main's code (before) and after the session's changes
    private static final String MEASURES_S22_B = "/eval/probes-s22-measure/B.txt";
    private static final int MEASURES_S22_B_FLOOR = 22;

    @TestFactory
    Stream<DynamicTest> measuresS22B() throws IOException {
        return table(MEASURES_S22_B, MEASURES_S22_B_FLOOR, false);
    }

    private static Stream<DynamicTest> table(String table, int floor, boolean everyRow) throws IOException {
        return table(table, floor, everyRow, false);
    }

    /** @param filings the table's sentences are from company filings: extracted as such ({@link Extractor#forFilings}) */
    private static Stream<DynamicTest> table(String table, int floor, boolean everyRow, boolean filings)
            throws IOException {
        Extractor news = new Extractor(NlpPipeline::shared, Gazetteer.bundled(), RuleFile.bundled());
        Extractor extractor = filings ? news.forFilings() : news;
        List<Row> rows = Row.read(lines(table));
        Map<String, int[]> perClass = new TreeMap<>();
        List<String> fixedKnown = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows) {
            tests.add(DynamicTest.dynamicTest("line " + row.line() + ": " + row.text(), () -> {
                Extraction extraction = extractor.extract("phrasing", row.text(), DATE);
                List<String> problems = row.problems(extraction);
                int[] tally = perClass.computeIfAbsent(row.section(), s -> new int[3]);
                tally[problems.isEmpty() ? 0 : 1]++;
                if (row.known() != null || !everyRow) {
                    tally[2]++;
                    if (problems.isEmpty() && row.known() != null) {
                        fixedKnown.add("line " + row.line());
                    }
                    if (!problems.isEmpty()) {
                        System.out.println("[" + (row.known() != null ? "known failure" : "probe miss") + ", "
                                + table.substring(table.lastIndexOf('/') + 1) + " line " + row.line() + "] "
                                + (row.known() != null ? row.known() + ": " : "") + problems);
                    }
                    return;
                }
                assertTrue(problems.isEmpty(), "line " + row.line() + " '" + row.text() + "': " + problems
                        + "\n  figures: " + extraction.figures().stream().map(f -> describe(extraction, f)).toList());
            }));
        }
        tests.add(DynamicTest.dynamicTest("passing rows >= " + floor, () -> {
            int passing = perClass.values().stream().mapToInt(t -> t[0]).sum();
            StringBuilder summary = new StringBuilder(table.substring(table.lastIndexOf('/') + 1) + ": " + passing + " of " + rows.size()
                    + " rows pass\n");
            perClass.forEach((section, t) -> summary.append(String.format("  %-60s %3d pass %3d fail (%d known)%n",
                    section, t[0], t[1], t[2])));
            if (!fixedKnown.isEmpty()) {
                summary.append("  known failures that now pass (drop their reason): ").append(fixedKnown).append('\n');
            }
            System.out.print(summary);
            assertTrue(passing >= floor, summary.toString());
        }));
        return tests.stream();
    }

    private static List<String> lines(String table) throws IOException {
        try (InputStream in = FigurePhrasingsIT.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("missing " + table);
            }
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
    }

    static String describe(Extraction extraction, Figure f) {
        return "'" + f.text() + "' " + f.kind().label() + " " + f.value() + (f.min() != null ? " [" + f.min() + ".."
                + f.max() + "]" : "") + " " + f.unit() + (f.qualifier() != null ? " q=" + f.qualifier() : "")
                + (f.period() != null ? " period=" + f.period() : "") + (f.per() != null ? " per=" + f.per() : "")
                + (f.direction() != null ? " dir=" + f.direction() : "")
                + (f.vague() != null ? " vague=" + f.vague() : "")
                + " subject=" + extraction.nameOf(f.subject()) + " (" + extraction.nameOf(f.how().subjectCandidate())
                + ") measure=" + f.measure() + " (" + f.how().measureCandidate() + ") time=" + f.time();
    }

    /** One line of the table: its text, the figures it must give or refuse, and the reason it fails today, if any. */
    private record Row(int line, String section, String text, List<Expectation> expected, String known) {

        static List<Row> read(List<String> lines) {
            List<Row> rows = new ArrayList<>();
            String section = "";
            int number = 0;
            for (String raw : lines) {
                number++;
                if (raw.startsWith("## ")) {
                    section = raw.substring(3).strip();
                    continue;
                }
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                String line = raw;
                String known = null;
                int bang = line.indexOf(" !! ");
                if (bang >= 0) {
                    known = line.substring(bang + 4).strip();
                    line = line.substring(0, bang);
                }
                int arrow = line.lastIndexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalStateException("table line " + number + ": no ' => '");
                }
                String text = line.substring(0, arrow).strip();
                List<Expectation> expected = new ArrayList<>();
                for (String one : line.substring(arrow + 4).split(" ; ")) {
                    expected.add(Expectation.parse(one.strip(), text, number));
                }
                rows.add(new Row(number, section, text, expected, known));
            }
            return rows;
        }

        List<String> problems(Extraction extraction) {
            List<String> problems = new ArrayList<>();
            for (Expectation expectation : expected) {
                problems.addAll(expectation.problems(extraction, text));
            }
            return problems;
        }
    }

    /** What one figure must hold ("'$4.5M' kind=amount value=4500000 unit=USD"), or that a text gives none. */
    private record Expectation(String words, boolean refused, Map<String, String> fields) {

        static Expectation parse(String spec, String text, int line) {
            List<String> tokens = tokens(spec);
            boolean refused = !tokens.isEmpty() && tokens.get(0).equals("no");
            List<String> rest = refused ? tokens.subList(1, tokens.size()) : tokens;
            if (rest.isEmpty() || !text.contains(rest.get(0))) {
                throw new IllegalStateException("table line " + line + ": '" + spec
                        + "' names no words of the text");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String token : rest.subList(1, rest.size())) {
                int eq = token.indexOf('=');
                if (eq < 0 || !FIELDS.contains(token.substring(0, eq))) {
                    throw new IllegalStateException("table line " + line + ": unknown field '" + token + "'");
                }
                fields.put(token.substring(0, eq), token.substring(eq + 1));
            }
            return new Expectation(rest.get(0), refused, fields);
        }

        private static final List<String> FIELDS = List.of("kind", "value", "min", "max", "unit", "qualifier", "period",
                "per", "dir", "vague", "subject", "found", "measure", "proposed", "time", "converted");

        /** Words, "quoted words" and key="quoted value" tokens. */
        private static List<String> tokens(String spec) {
            List<String> tokens = new ArrayList<>();
            StringBuilder token = new StringBuilder();
            boolean quoted = false;
            for (char c : spec.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ' ' && !quoted) {
                    if (!token.isEmpty()) {
                        tokens.add(token.toString());
                        token.setLength(0);
                    }
                } else {
                    token.append(c);
                }
            }
            if (!token.isEmpty()) {
                tokens.add(token.toString());
            }
            return tokens;
        }

        List<String> problems(Extraction extraction, String text) {
            int start = text.indexOf(words);
            int end = start + words.length();
            List<Figure> over = extraction.figures().stream().filter(f -> f.mentions().stream()
                    .anyMatch(m -> m.start() < end && start < m.end())).toList();
            if (refused) {
                return over.isEmpty() ? List.of() : List.of("'" + words + "' is no figure, read as "
                        + over.stream().map(f -> describe(extraction, f)).toList());
            }
            if (over.isEmpty()) {
                return List.of("'" + words + "' not found");
            }
            Figure figure = over.stream().filter(f -> f.mentions().stream().map(Span::text).anyMatch(words::equals))
                    .findFirst().orElse(over.get(0));
            List<String> problems = new ArrayList<>();
            fields.forEach((field, want) -> {
                String got = field(extraction, figure, field);
                boolean same = field.equals("value") || field.equals("min") || field.equals("max")
                        ? got != null && !want.equals("-") && new BigDecimal(want).compareTo(new BigDecimal(got)) == 0
                        || got == null && want.equals("-")
                        : Objects.equals(want.equals("-") ? null : want, got);
                if (!same) {
                    problems.add("'" + words + "' " + field + ": want " + want + ", got " + got);
                }
            });
            if (!problems.isEmpty()) {
                problems.add("(read as " + describe(extraction, figure) + ")");
            }
            return problems;
        }

        private static String field(Extraction extraction, Figure f, String field) {
            return switch (field) {
                case "kind" -> f.kind().label();
                case "value" -> f.value() == null ? null : f.value().toPlainString();
                case "min" -> f.min() == null ? null : f.min().toPlainString();
                case "max" -> f.max() == null ? null : f.max().toPlainString();
                case "unit" -> f.unit();
                case "qualifier" -> f.qualifier();
                case "period" -> f.period();
                case "per" -> f.per();
                case "dir" -> f.direction();
                case "vague" -> f.vague();
                case "subject" -> extraction.nameOf(f.subject());
                // the subject asserted, else the one proposed: right whether or not its group may assert yet
                case "found" -> extraction.nameOf(f.subject() != null ? f.subject() : f.how().subjectCandidate());
                case "measure" -> f.measure();
                case "proposed" -> f.measure() != null ? f.measure() : f.how().measureCandidate();
                case "time" -> f.time();
                case "converted" -> f.convertedFrom() == null ? null : extraction.figures().stream()
                        .filter(o -> o.id().equals(f.convertedFrom())).map(Figure::text).findFirst().orElse("?");
                default -> throw new IllegalArgumentException(field);
            };
        }
    }

    // s22-kpi: held-out set B (filing measures of twelve other industries, several with "of"/"and" or list items),
    // written and committed before any code change or extractor run; counted against a floor at the measured value:
    // 18 of 30 on main's code (/work/notes/s22/kpi-before-B.txt) and 18 at the end of the session (no product change
    // of s22-kpi held up under grouped cross-validation; kpi-after-B.txt)
    private static final String PROBES_S22_KPI_B = "/eval/probes-s22-kpi/B.txt";
    private static final int PROBES_S22_KPI_B_FLOOR = 18;

    @TestFactory
    Stream<DynamicTest> probesS22KpiB() throws IOException {
        return table(PROBES_S22_KPI_B, PROBES_S22_KPI_B_FLOOR, false, true);
    }

    // s23-measure: held-out set B (what a figure measures in general news: passives, prices of a thing, costs of an
    // event, "X of N", nominal rises, nouns of verbs that take no measure; 32 rows written before any extractor read
    // them), counted against a floor at the passing rows measured: 21 of 32 on main 42aa414d (before,
    // /work/notes/s23/measure-before-B.txt) and 21 after the s23-measure changes
    private static final String MEASURES_S23_B = "/eval/probes-s23-measure/B.txt";
    private static final int MEASURES_S23_B_FLOOR = 21;

    @TestFactory
    Stream<DynamicTest> measuresS23B() throws IOException {
        return table(MEASURES_S23_B, MEASURES_S23_B_FLOOR, false);
    }

    // s24-measure: held-out set B (what a figure measures in news and results prose: change verbs, nominal changes,
    // "of"/"in", copulas, a heading before its sentence, "respectively" pairs, prices of a thing; 29 rows written
    // before any extractor read them), counted against a floor at the passing rows measured: 21 of 29 on main ab7e5069
    // (before, /work/notes/s24/measure-before-B.txt)
    private static final String MEASURES_S24_B = "/eval/probes-s24-measure/B.txt";
    private static final int MEASURES_S24_B_FLOOR = 21;

    @TestFactory
    Stream<DynamicTest> measuresS24B() throws IOException {
        return table(MEASURES_S24_B, MEASURES_S24_B_FLOOR, false);
    }

    // s25-measure: held-out set B (what a figure measures, in varied syntax: change verbs in relative clauses,
    // passives, coordinated clauses, nominalisations and possessives; "$X in revenue"; "accounted for"; totalled/
    // amounted to/reached; "$X, or Y%"; copulas; "respectively" pairs; headings; prices of a thing; 30 rows written
    // before any extractor read them), counted against a floor at the passing rows measured: 24 of 30 on main f7d018ee
    // (before, /work/notes/s25/measure-before-B.txt)
    private static final String MEASURES_S25_B = "/eval/probes-s25-measure/B.txt";
    private static final int MEASURES_S25_B_FLOOR = 24;

    @TestFactory
    Stream<DynamicTest> measuresS25B() throws IOException {
        return table(MEASURES_S25_B, MEASURES_S25_B_FLOOR, false);
    }

    // s26-measure: held-out set B (what a figure measures: "respectively" lists of two and three, shared heads, years,
    // quarters and places as the other list, a nominalisation, a relative clause, a possessive; "the X of Y"; headings
    // run into a sentence; "accounted for"; 30 rows written before any extractor read them), counted against a floor
    // at the passing rows measured: 13 of 30 on main db64ee30 (before, /work/notes/s26/measure-before-B.txt)
    private static final String MEASURES_S26_B = "/eval/probes-s26-measure/B.txt";
    private static final int MEASURES_S26_B_FLOOR = 13;

    @TestFactory
    Stream<DynamicTest> measuresS26B() throws IOException {
        return table(MEASURES_S26_B, MEASURES_S26_B_FLOOR, false);
    }

    // s27-measure: held-out set B (what a figure measures: "respectively" lists nested with a second list of amounts,
    // shared heads, "spending on"; run-in headings; "accounted for"; counts beside money; "of" chains; markets, airline
    // traffic, retail, a council budget, a football club's accounts, a 10-K-like discussion; 33 rows written before
    // any extractor read them), counted against a floor at the passing rows measured: 17 of 33 on main 7ef816b9
    // (before, /work/notes/s27/measure-before-B.txt)
    private static final String MEASURES_S27_B = "/eval/probes-s27-measure/B.txt";
    private static final int MEASURES_S27_B_FLOOR = 17;

    @TestFactory
    Stream<DynamicTest> measuresS27B() throws IOException {
        return table(MEASURES_S27_B, MEASURES_S27_B_FLOOR, false);
    }

    // s28-measure: held-out set B (what a figure measures: long "respectively" sentences with years or dates and a
    // second clause, "compared with" an earlier amount, shared heads, a measure before "was/were/totaled" beside a
    // date phrase, "X of $N"; a utility's annual report, a shipping line, a university budget, a retailer's trading
    // update, a 10-K-like discussion, a business reporter; 31 rows written before any extractor read them), counted
    // against a floor at the passing rows measured: 20 of 31 on main 4e660bbd (before,
    // /work/notes/s28/measure-before-B.txt) and 20 after the s28-measure changes, the same misses (copula-before
    // answers only copulas the parse of a long filing sentence left without a subject;
    // /work/notes/s28/measure-its-after.log)
    private static final String MEASURES_S28_B = "/eval/probes-s28-measure/B.txt";
    private static final int MEASURES_S28_B_FLOOR = 20;

    @TestFactory
    Stream<DynamicTest> measuresS28B() throws IOException {
        return table(MEASURES_S28_B, MEASURES_S28_B_FLOOR, false);
    }

    // s29-measure: set A (not held out; written to read for errors and tuned on: a finite "amounted to"/"totaled"
    // after a noun a participle phrase follows, "NOUN ADJECTIVE/PARTICIPLE of $N"), counted against a floor at the
    // passing rows measured: 1 of 10 on main 39291614, 6 after the s29-measure changes
    private static final String MEASURES_S29_A = "/eval/probes-s29-measure/A.txt";
    private static final int MEASURES_S29_A_FLOOR = 6;

    @TestFactory
    Stream<DynamicTest> measuresS29A() throws IOException {
        return table(MEASURES_S29_A, MEASURES_S29_A_FLOOR, false);
    }

    // s29-measure: held-out set B (what a figure measures: "amounted to" after a noun a participle or prepositional
    // phrase follows, "NOUN of $N", nested "respectively" lists, "N1 and N2 HEAD" with a shared head, news changes and
    // levels; an airline's traffic report, a water company's annual report, a charity's accounts, a carmaker's
    // quarterly statement, 10-K-like paragraphs, a business reporter; 32 rows written before any extractor read them),
    // counted against a floor at the passing rows measured: 18 of 32 on main 39291614 (before,
    // /work/notes/s29/measure-before-B.txt), 21 after the s29-measure changes (three "amounted to" rows after a
    // participle phrase; the same other misses; /work/notes/s29/measure-its-after.log)
    private static final String MEASURES_S29_B = "/eval/probes-s29-measure/B.txt";
    private static final int MEASURES_S29_B_FLOOR = 21;

    @TestFactory
    Stream<DynamicTest> measuresS29B() throws IOException {
        return table(MEASURES_S29_B, MEASURES_S29_B_FLOOR, false);
    }

    // s30-measure: held-out set B (what a figure measures: a verb between the amount and its noun, "NOUN of $N" in a
    // prepositional phrase, an earlier year's amount in a parenthesis, lists of amounts after one noun, relative
    // clauses between noun and verb; an airline's traffic report, a charity's accounts, a carmaker's quarterly
    // statement, 10-K-like paragraphs, a business reporter; 20 rows written before any extractor read them), counted
    // against a floor at the passing rows measured: 11 of 20 on main 8881bb0c (before,
    // /work/notes/s30/measure-before-B.txt) and 11 after the s30-measure change, the same misses line for line (the
    // change, "of" hung on the number inside the figure, has no row here; /work/notes/s30/measure-its-after.log)
    private static final String MEASURES_S30_B = "/eval/probes-s30-measure/B.txt";
    private static final int MEASURES_S30_B_FLOOR = 11;

    @TestFactory
    Stream<DynamicTest> measuresS30B() throws IOException {
        return table(MEASURES_S30_B, MEASURES_S30_B_FLOOR, false);
    }

    // s31-measure: held-out set B (what a figure measures, a learned choice among the noun phrases near a figure: the
    // measure as the subject of a verb or copula some words away, "NOUN of $N", a booking verb with the amount as its
    // object, lists of amounts after one noun, a parenthesis between noun and amount; an airline's traffic report, a
    // charity's accounts, a carmaker's quarterly statement, 10-K-like paragraphs; 20 rows written before any extractor
    // read them), read as news and as company filings (the learned measure asserts only in filings), each counted
    // against a floor at the passing rows measured: 15 of 20 both ways on main b9db82ee (before,
    // /work/notes/s31/measure-before-B.txt) and 15 of 20 both ways after the s31-measure ranker, the same five misses
    // line for line (its one new answer here is a right proposal, "restricted funds", which the table does not count;
    // /work/notes/s31/measure-its-after.log)
    private static final String MEASURES_S31_B = "/eval/probes-s31-measure/B.txt";
    private static final int MEASURES_S31_B_NEWS_FLOOR = 15;
    private static final int MEASURES_S31_B_FILINGS_FLOOR = 15;

    @TestFactory
    Stream<DynamicTest> measuresS31BNews() throws IOException {
        return table(MEASURES_S31_B, MEASURES_S31_B_NEWS_FLOOR, false);
    }

    @TestFactory
    Stream<DynamicTest> measuresS31BFilings() throws IOException {
        return table(MEASURES_S31_B, MEASURES_S31_B_FILINGS_FLOOR, false, true);
    }

    // s43-measures: held-out set B (what a figure measures in business and general news: the governing verb's subject
    // or object, the copula, a relative clause, "X of Y", coordination, counts of people, seats, votes and goals; 18
    // rows written before any extractor read them), counted against a floor at the passing rows measured: 15 of 18
    // after the s43-measures change (SayingWords), the same figures and measures as on main 85b3ca61 line for line
    // (before, /work/notes/s43/measures-before-B.txt: 20 of 25 figures both times; B has no noun sharing a verb of
    // saying's lemma, so the change does not move it)
    private static final String MEASURES_S43_B = "/eval/probes-s43-measures/B.txt";
    private static final int MEASURES_S43_B_FLOOR = 15;

    @TestFactory
    Stream<DynamicTest> measuresS43B() throws IOException {
        return table(MEASURES_S43_B, MEASURES_S43_B_FLOOR, false);
    }

    // s44-kpimeasure: held-out set B (what a figure measures in filings-style and business-news sentences, read as
    // filings: the subject of a copula or a verb of amount, "X of $Y" and "$Y of X", one measure for a coordination,
    // "included ... related to", parentheses, generic heads, the subject past a preposition; 18 rows, 24 figures,
    // written before any extractor read them), counted against a floor at the passing rows measured: 16 of 18 (22 of 24
    // figures) on main cb1477b2 (before, /work/notes/s44/kpimeasure-before-B.txt) and 16 after the s44-kpimeasure change
    // (BookedLineItems: B has no amount booked in a line item, so the change does not move it)
    private static final String KPIMEASURE_S44_B = "/eval/probes-s44-kpimeasure/B.txt";
    private static final int KPIMEASURE_S44_B_FLOOR = 16;

    @TestFactory
    Stream<DynamicTest> kpiMeasureS44B() throws IOException {
        return table(KPIMEASURE_S44_B, KPIMEASURE_S44_B_FLOOR, false, true);
    }

    // s25-figures: held-out set B (general-news figures: ages, amounts whose currency is implicit or elsewhere, pence,
    // index points, rates per unit, physical measurements and what they measure, counts, votes, refusals; 33 rows
    // written before any extractor read them), counted against a floor at the passing rows measured: 23 of 33 on main
    // f7d018ee (before, /work/notes/s25/figures-before-B.txt), 24 after the s25-figures changes (figures-its.log),
    // 28 after s26-figures' ("aged" in the parse twice, a verb of measuring, "of torque" after a coordinated unit),
    // 29 after s27-figures' ("up from 295,000 a year earlier" after €310,000: ComparedAmounts)
    private static final String FIGURES_S25_B = "/eval/probes-s25-figures/B.txt";
    private static final int FIGURES_S25_B_FLOOR = 29;

    @TestFactory
    Stream<DynamicTest> figuresS25B() throws IOException {
        return table(FIGURES_S25_B, FIGURES_S25_B_FLOOR, false);
    }

    // s26-figures: held-out set B (general-news figures: ages in varied syntax, amounts whose currency is stated
    // elsewhere or nowhere, a movement's earlier value, measurements of a noun, measurement verbs, per-share rates,
    // pence, counts, refusals; 33 rows written before any extractor read them), counted against a floor at the
    // passing rows measured: 22 of 33 on main db64ee30 (before, /work/notes/s26/figures-before-B.txt), 25 after the
    // s26-figures changes (/work/notes/s26/figures-after-B.txt), 31 after s27-figures' (an earlier amount compared
    // without its currency twice, "9-cent-a-share", "lost 30 cents, or 2%", "for 11 hours before", "for three hours
    // after"; /work/notes/s27/figures-its.log)
    private static final String FIGURES_S26_B = "/eval/probes-s26-figures/B.txt";
    private static final int FIGURES_S26_B_FLOOR = 31;

    @TestFactory
    Stream<DynamicTest> figuresS26B() throws IOException {
        return table(FIGURES_S26_B, FIGURES_S26_B_FLOOR, false);
    }

    // s27-figures: held-out set B (general and business news figures: units and currencies in varied spellings, an
    // amount whose currency another amount states, cents a share, cents restated as a percentage, durations after
    // "for", ranges, refusals; 37 rows written before any extractor read them), counted against a floor at the
    // passing rows measured: 34 of 37 on main 7ef816b9 (before, /work/notes/s27/figures-before-B.txt), 37 after the
    // s27-figures changes (an earlier amount compared without its currency, a hyphenated rate a share;
    // /work/notes/s27/figures-after-B.txt)
    private static final String FIGURES_S27_B = "/eval/probes-s27-figures/B.txt";
    private static final int FIGURES_S27_B_FLOOR = 37;

    @TestFactory
    Stream<DynamicTest> figuresS27B() throws IOException {
        return table(FIGURES_S27_B, FIGURES_S27_B_FLOOR, false);
    }

    // s28-figures: held-out set B (general and business news figures: a market verb's "to" as the level reached,
    // pounds as a weight, carats, an amount an hour, generic currency names with and without the country in the
    // sentence, ranges whose ends are written in different units, title-case headlines, refusals; 38 rows written
    // before any extractor read them), counted against a floor at the passing rows measured: 14 of 38 on main
    // 4e660bbd (before, /work/notes/s28/figures-before-B.txt), 34 after the s28-figures changes (a money verb's level,
    // carats, pounds of weighed things, currency names the article's country decides, headline figures, ranges "from"
    // after a verb of spread; /work/notes/s28/figures-after-B.txt), 36 after s29-figures' ("6 pounds 50 at the new bar":
    // pence before a clause word; "Council Approves 300 New Homes": a headline count by the parse;
    // /work/notes/s29/figures-its.log)
    private static final String FIGURES_S28_B = "/eval/probes-s28-figures/B.txt";
    private static final int FIGURES_S28_B_FLOOR = 36;

    @TestFactory
    Stream<DynamicTest> figuresS28B() throws IOException {
        return table(FIGURES_S28_B, FIGURES_S28_B_FLOOR, false);
    }

    // s29-figures: held-out set B (general and business news figures: minor units after whole units before more words,
    // counts in title-case headlines, shared currency names in an article that names only a city, everyday lengths,
    // areas, speeds, volumes, masses and temperatures, refusals; 36 rows written before any extractor read them),
    // counted against a floor at the passing rows measured: 19 of 36 on main 39291614 (before,
    // /work/notes/s29/figures-before-B.txt), 33 after the s29-figures changes (cents before a clause word, headline
    // counts by the parse, cities of one country deciding shared currency names; /work/notes/s29/figures-after-B.txt),
    // 34 after s30-figures' ("Floods Force 2,000 Residents": a bare verb after its plural subject, by the parse;
    // /work/notes/s30/figures-its.log)
    private static final String FIGURES_S29_B = "/eval/probes-s29-figures/B.txt";
    private static final int FIGURES_S29_B_FLOOR = 34;

    @TestFactory
    Stream<DynamicTest> figuresS29B() throws IOException {
        return table(FIGURES_S29_B, FIGURES_S29_B_FLOOR, false);
    }

    // s30-figures: held-out set B (general and business news figures: headline verbs without -s, a company before the
    // headline verb, currencies by a less common name or their minor unit, compound and abbreviated units,
    // temperatures, refusals; 21 rows written before any extractor read them), counted against a floor at the passing
    // rows measured: 16 of 21 on main 8881bb0c (before, /work/notes/s30/figures-before-B.txt), 18 after the s30-figures
    // changes (minor units several currencies share, decided by the article's country and the ISO 4217 exponent:
    // "250 fils" 0.25 KWD, "80 centavos" 0.8 MXN; /work/notes/s30/figures-its.log). The "12 pence" row wants an amount
    // where a rise is a change: the row's own error, left as written
    private static final String FIGURES_S30_B = "/eval/probes-s30-figures/B.txt";
    private static final int FIGURES_S30_B_FLOOR = 18;

    @TestFactory
    Stream<DynamicTest> figuresS30B() throws IOException {
        return table(FIGURES_S30_B, FIGURES_S30_B_FLOOR, false);
    }

    // s33-genres: held-out set B (ten short articles in ten genres the sample lacks, each by another imagined writer,
    // cut into passages: counts, ages, durations, ranges, changes, rates, measurements, money in several currencies,
    // spelled-out numbers, shares and fractions, votes, and refusals; written before any extractor read them), counted
    // against a floor at the passing rows measured: 45 of 50 on main 3ee0c2e1 (before, /work/notes/s33/
    // genres-before-B.txt) and 45 after the s33-genres changes, the same five misses (a unit's own noun as measure,
    // lists of ages after "aged", ranges after "of": none of these in the set; /work/notes/s33/genres-after-B.txt)
    private static final String FIGURES_S33_B = "/eval/probes-s33-figures/B.txt";
    private static final int FIGURES_S33_B_FLOOR = 45;

    @TestFactory
    Stream<DynamicTest> figuresS33B() throws IOException {
        return table(FIGURES_S33_B, FIGURES_S33_B_FLOOR, false);
    }

    // s43-everyday: held-out set B (everyday news that is not business prose: sport, weather, science and space,
    // health, courts, elections, transport, culture; counts, measurements, rates, ages, durations, ranges, and scores,
    // tallies, ordinals, years, jersey and route numbers refused; 24 rows written before any extractor read them),
    // counted against a floor at the passing rows measured: 22 of 24 on main 85b3ca61 (before, /work/notes/s43/
    // everyday-before-B.txt) and 22 after the s43-everyday changes, the same two misses (a dose after a count of
    // tablets, a change "by 11 minutes to 38 minutes" read as a range; no class of the session's is in the set;
    // /work/notes/s43/everyday-after-B.txt)
    private static final String FIGURES_S43_B = "/eval/probes-s43-everyday/B.txt";
    private static final int FIGURES_S43_B_FLOOR = 22;

    @TestFactory
    Stream<DynamicTest> figuresS43B() throws IOException {
        return table(FIGURES_S43_B, FIGURES_S43_B_FLOOR, false);
    }

    // s44-elided: held-out set B (counts whose noun is elsewhere: coordinated and parallel numbers, "of the N Xs",
    // "of them", the clause before; measures after a coordinated clause or under "it said"; a race time; bare numbers
    // that stay refused; 22 rows written before any extractor read them), counted against a floor at the passing rows
    // measured: 14 of 22 on main cb1477b2 (before, /work/notes/s44/elided-before-B.txt) and 16 after the s44-elided
    // changes (the race time, RaceTimes; "6,100 this week" after "5,400 flu jabs last week", ContinuedCounts'
    // remnant; elided-after-B.txt). One miss is the gold's own: "grew 35%" is a change, not the share the row wants
    private static final String FIGURES_S44_ELIDED_B = "/eval/probes-s44-elided/B.txt";
    private static final int FIGURES_S44_ELIDED_B_FLOOR = 16;

    @TestFactory
    Stream<DynamicTest> figuresS44ElidedB() throws IOException {
        return table(FIGURES_S44_ELIDED_B, FIGURES_S44_ELIDED_B_FLOOR, false);
    }
}
