package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A conversion ("9.2 million Canadian dollars ($6.7 million)") is about what its partner is about. */
class FigureRestatingTest {

    private static Figure amount(String id, String unit, String subject, String measure, Attribution how) {
        return new Figure(id, FigureKind.AMOUNT, BigDecimal.TEN, null, null, unit, null, null, null, null, measure,
                subject, null, null, null, List.of(new Span(0, 2, "10", 0)), how);
    }

    @Test
    void aConversionTakesItsPartnersSubjectAndMeasureWithTheirSteps() {
        Figure partner = amount("figure-1", "CAD", "acme", null,
                new Attribution(null, "nsubj", "sale price", "head-noun", List.of(), "nsubj/organization"));
        Figure conversion = amount("figure-2", "USD", null, null,
                new Attribution("beta", "nsubj", null, null, List.of(), "nsubj/organization/strayed"));
        Figure restated = conversion.restating(partner);
        assertEquals("figure-1", restated.convertedFrom());
        assertEquals("acme", restated.subject());
        assertEquals(null, restated.how().subjectCandidate(), "the partner's sure subject, not this one's candidate");
        assertEquals("nsubj/organization", restated.how().subjectCase());
        assertEquals(null, restated.measure());
        assertEquals("sale price", restated.how().measureCandidate(), "an unsure measure stays a candidate");
        assertEquals("head-noun", restated.how().measureStep());
        assertEquals("USD", restated.unit());
    }

    @Test
    void aConversionKeepsItsOwnAnswersWhereItsPartnerHasNone() {
        Figure partner = amount("figure-1", "CAD", null, null, Attribution.NONE);
        Figure conversion = amount("figure-2", "USD", "acme", "revenue",
                new Attribution(null, "nsubj", null, "head-noun", List.of(), "nsubj/organization"));
        Figure restated = conversion.restating(partner);
        assertEquals("figure-1", restated.convertedFrom());
        assertEquals("acme", restated.subject());
        assertEquals("revenue", restated.measure());
        assertEquals("nsubj/organization", restated.how().subjectCase());
    }
}
