package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The measure matcher of the KPI-EDGAR eval, on made-up KPI spans. */
class KpiMeasureMatchTest {

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "revenue | Total revenues | RIGHT",
            "revenues | revenue | RIGHT",
            "net sales | Net sales | RIGHT",
            "research and development expenses | research and development expenses | RIGHT",
            "cost | cost of revenues | RIGHT",
            "cash | net cash provided by operating activities | PARTIAL",
            "income | operating income | PARTIAL",
            "sales | net sales | PARTIAL",
            "operating income | income | WRONG",
            "cash | cash and cash equivalents | WRONG",
            "revenues | cost of revenues | WRONG",
            "loss | net losses | PARTIAL",
            "tax | income taxes | PARTIAL",
            "income taxes | income tax | RIGHT",
            "advertising costs | advertising costs incurred | RIGHT",
            "NULL | goodwill | EMPTY",
            "' ' | goodwill | EMPTY",
            "goodwill | Such goodwill | RIGHT",
            "related tax benefits | tax benefits | RIGHT",
            "total widget assets | widget assets | RIGHT",
            "net losses | net losses resulting from currency swaps | RIGHT",
    })
    void judgesOurMeasureAgainstTheGoldKpi(String ours, String gold, KpiMeasureMatch.Verdict verdict) {
        assertEquals(verdict, KpiMeasureMatch.judge(ours, gold));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cost of revenues | cost",
            "net cash provided by operating activities | net cash",
            "total intrinsic value of options exercised | total intrinsic value",
            "deferred revenue (current) | deferred revenue",
    })
    void endsTheHeadPhraseAtItsPostModifier(String gold, String phrase) {
        assertEquals(phrase, KpiMeasureMatch.headPhrase(gold));
    }
}
