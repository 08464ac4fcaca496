package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.ParsedText;
import org.newsgraph.testing.TestGazetteer;

/**
 * Session 26 (s26-measure): two mentions of the same reading with different sure measures are two figures, not one
 * figure whose measure the second mention would wrongly show. Seen on KPI-EDGAR train: PG, five filings ("Net of tax
 * (benefit) /expense of $0, $89 and $0 for gains/losses on investment securities, postretirement benefit items and
 * foreign currency translation, respectively": the third amount showed the first's "gains losses"), JPM ("$3 million
 * related to net investment hedge gains ... $3 million related to cumulative translation adjustments") and a lease
 * sentence ("$1.2 billion of operating lease ROU assets and $1.2 billion of operating lease liabilities"). The
 * sentence is that shape, written by hand in the parse CoreNLP gives such lists.
 */
class EqualAmountsS26MeasureTest {

    @Test
    void equalAmountsWithTheirOwnMeasuresAreTwoFigures() {
        ParsedText parsed = new ParsedText().sentence("Tax/NN expense/NN was/VBD/_/be $/$/MONEY ~0/CD/MONEY/_/0 "
                        + "~,/, $/$/MONEY ~89/CD/MONEY/_/89 and/CC $/$/MONEY ~0/CD/MONEY/_/0 for/IN gains/NNS/_/gain "
                        + "~,/, pension/NN items/NNS/_/item and/CC translation/NN ~,/, respectively/RB ~./.",
                "root(ROOT, $) nsubj($, expense) compound(expense, Tax) cop($, was) nummod($, 0) conj:and($, $#2) "
                        + "conj:and($, $#3) nummod($#2, 89) nummod($#3, 0#2) punct($#2, ,) cc($#3, and) "
                        + "nmod:for($, gains) case(gains, for) conj:and(gains, items) conj:and(gains, translation) "
                        + "compound(items, pension) punct(items, ,#2) cc(translation, and#2) advmod($, respectively) "
                        + "punct($, ,#3) punct($, .)");
        Extraction extraction = new Extractor(() -> (text, date) -> parsed.text(), TestGazetteer.sample())
                .forFilings().extract("equal-amounts", parsed.text().text(), null);
        List<String> zeros = extraction.figures().stream()
                .filter(f -> f.value() != null && f.value().signum() == 0)
                .map(f -> f.measure() + " x" + f.mentions().size()).sorted().toList();
        assertEquals(List.of("gains x1", "translation x1"), zeros, extraction.figures()::toString);
    }
}
