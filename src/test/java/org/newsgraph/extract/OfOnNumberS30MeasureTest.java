package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "$N of NOUN" where the parser made "$" the figure's head and hung "of NOUN" on the number inside the figure (session
 * 30, {@code unit-of} through the number): made-up filing sentences parsed by hand the way CoreNLP parses the KPI-EDGAR
 * train sentences of the class ("(2) Excludes $665 of lease payments for leases that have been signed", "Includes
 * $108 of incremental wage and sanitation costs": dep(Excludes, $) dep($, 665) nmod:of(665, payments)).
 */
class OfOnNumberS30MeasureTest {

    @Test
    void anOfHungOnTheNumberMeasuresItsNoun() {
        // "(1) Includes $412 of severance costs for the closed plants."
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Includes/VBZ/_/include $/$/MONEY 412/CD/MONEY of/IN severance/NN costs/NNS for/IN the/DT "
                        + "closed/VBN plants/NNS ./.",
                "root(ROOT, Includes) dep(Includes, $) dep($, 412) nmod:of(412, costs) case(costs, of) "
                        + "compound(costs, severance) nmod:for(costs, plants) case(plants, for) det(plants, the) "
                        + "amod(plants, closed)"}),
                "$ 412", FigureKind.AMOUNT, "USD");
        assertEquals(FigureMeasures.UNIT_OF, about.measure().step());
        assertEquals("severance costs", about.measure().value());
        assertTrue(about.measure().sure());
    }

    @Test
    void anOfNotWrittenRightAfterTheFigureIsNotRead() {
        // "Includes $412 in 2026 of severance costs": the parse's "of" on the number, but not the word after the figure
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Includes/VBZ/_/include $/$/MONEY 412/CD/MONEY in/IN 2026/CD/DATE of/IN severance/NN costs/NNS ./.",
                "root(ROOT, Includes) dep(Includes, $) dep($, 412) obl:in(Includes, 2026) case(2026, in) "
                        + "nmod:of(412, costs) case(costs, of) compound(costs, severance)"}),
                "$ 412", FigureKind.AMOUNT, "USD");
        assertNotEquals(FigureMeasures.UNIT_OF, about.measure().step());
    }
}
