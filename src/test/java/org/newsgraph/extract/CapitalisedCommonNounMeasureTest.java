package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A common noun the tagger calls a proper noun only because it opens the sentence ("Cash/NNP received ... was
 * $1,090", "Footfall/NNP ... dropped 11%") can be a measure; a title-case heading joined to the first word is not
 * (session 41's change, adopted in session 42 with the learned measure retrained: KPI-EDGAR train grouped
 * cross-validation +3 right, 0 wrong). Made-up sentences parsed by hand the way CoreNLP parses them.
 */
class CapitalisedCommonNounMeasureTest {

    @Test
    void aSentenceOpeningCommonNounTaggedProperIsTheCopulasMeasure() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Cash/NNP received/VBN from/IN option/NN exercises/NNS was/VBD/_/be $/$/MONEY 1,090/CD/MONEY "
                        + "million/CD/MONEY in/IN 2019/CD/DATE ./.",
                "root(ROOT, $) nsubj($, Cash) acl(Cash, received) obl:from(received, exercises) case(exercises, from) "
                        + "compound(exercises, option) cop($, was) nummod($, million) compound(million, 1,090) "
                        + "nmod:in($, 2019) case(2019, in) punct($, .)"}),
                "$ 1,090 million", FigureKind.AMOUNT, "USD");
        // on main "Cash/NNP" was no measure noun and the figure had no measure
        assertEquals("cash", about.measure().value());
    }

    @Test
    void aTitleCaseHeadingBeforeTheSentenceIsNoMeasure() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Shipping/NNP and/CC Handling/NNP Shipping/NNP costs/NNS were/VBD/_/be $/$/MONEY 1.0/CD/MONEY "
                        + "billion/CD/MONEY ./.",
                "root(ROOT, $) nsubj($, costs) compound(costs, Shipping#2) compound(Shipping#2, Handling) "
                        + "conj:and(Handling, Shipping) cc(Shipping, and) cop($, were) nummod($, billion) "
                        + "compound(billion, 1.0) punct($, .)"}),
                "$ 1.0 billion", FigureKind.AMOUNT, "USD");
        assertNotEquals("shipping", about.measure().value());
    }
}
