package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.Span;

/** The KPI-EDGAR time scorer on made-up 10-K sentences, with the figures an extractor would give written by hand. */
class KpiEdgarTimeTest {

    @ParameterizedTest(name = "{0} for fiscal {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2020|2020|RIGHT",
            "2020-12-31|2020|RIGHT",
            "2021-01-31|2021|RIGHT",
            "2020-Q4|2020|RIGHT",
            "fiscal 2021|2021|RIGHT",
            "fiscal year 2019|2019|RIGHT",
            "FY21|2021|RIGHT",
            "second quarter of fiscal 2022|2022|RIGHT",
            "2019|2020|WRONG",
            "fiscal 2020|2021|WRONG",
            "fiscal second quarter|2020|YEARLESS",
            "the fourth quarter|2020|YEARLESS",
            "-|2020|EMPTY",
    })
    void judgesWhetherATimeNamesTheFiscalYear(String time, int fiscalYear, KpiEdgarTime.Verdict verdict) {
        assertEquals(verdict, KpiEdgarTime.judge(time, fiscalYear));
    }

    @Test
    void priorYearsCountBackFromTheFilingsYear() {
        assertEquals(2021, KpiEdgarTime.fiscalYear("cy", 2021));
        assertEquals(2020, KpiEdgarTime.fiscalYear("py", 2021));
        assertEquals(2019, KpiEdgarTime.fiscalYear("py1", 2021));
        assertEquals(null, KpiEdgarTime.fiscalYear("increase", 2021));
    }

    @Test
    void theFilingDateComesFromTheAccessionNumber() {
        assertEquals(LocalDate.of(2021, 3, 1), KpiEdgarTime.filed("ACME_10-K_0001234567-21-000042.txt", 2020));
        assertEquals(LocalDate.of(2021, 3, 1), KpiEdgarTime.filed("unknown", 2020));
    }

    @Test
    void scoresFoundValuesOnlyAndListsTheMisses() throws Exception {
        String text = "Widget sales were $12 million, $9 million and $7 million in 2020, 2019 and 2018, respectively.";
        Map<String, Object> sentence = Map.of("doc", "ZETA_10-K_0001234567-21-000042.txt", "year", 2020,
                "text", text, "entities", List.of(
                        gold(text, "12", "cy"), gold(text, "9", "py"), gold(text, "7", "py1"),
                        gold(text, "Widget sales", "kpi")));
        List<Figure> figures = new ArrayList<>();
        figures.add(figure(text, "$12 million", 12_000_000, "2020"));
        figures.add(figure(text, "$9 million", 9_000_000, "2020"));
        // $7 million is not found: it is not scored
        KpiEdgarTime time = new KpiEdgarTime((t, date) -> {
            assertEquals(LocalDate.of(2021, 3, 1), date);
            return figures;
        });
        time.add(new ObjectMapper().valueToTree(sentence));
        KpiEdgarTime.Result result = time.result();
        assertEquals(1, result.right());
        assertEquals(1, result.wrong());
        assertEquals(0, result.empty());
        assertEquals(2, result.found());
        assertEquals(1, result.misses().size());
        assertTrue(result.misses().get(0).startsWith("wrong: 9 (py, fiscal 2019) got 2020"), result.misses().get(0));
    }

    @Test
    void aSentenceWithoutDatedValuesIsNotExtracted() throws Exception {
        String text = "Widget sales rose 4%.";
        Map<String, Object> sentence = Map.of("doc", "x", "year", 2020, "text", text,
                "entities", List.of(gold(text, "4%", "increase")));
        KpiEdgarTime time = new KpiEdgarTime((t, date) -> {
            throw new AssertionError("no dated value: nothing to extract");
        });
        time.add(new ObjectMapper().valueToTree(sentence));
        assertEquals(0, time.result().found());
    }

    private static Map<String, Object> gold(String text, String words, String type) {
        int start = text.indexOf(words);
        return Map.of("text", words, "start", start, "end", start + words.length(), "type", type);
    }

    private static Figure figure(String text, String words, long value, String time) {
        int start = text.indexOf(words);
        return new Figure("f" + start, FigureKind.AMOUNT, BigDecimal.valueOf(value), null, null, "USD", null, null,
                null, null, null, null, null, time, null, List.of(new Span(start, start + words.length(), words, 0)));
    }
}
