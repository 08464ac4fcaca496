package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X was $5 million" where the parser does not make the amount the copula's predicate (session 14): made-up filing
 * sentences parsed by hand the way CoreNLP parses them.
 */
class CopulaMeasureTest {

    @Test
    void aTimeTheParserMakesThePredicateLeavesTheSubjectAsTheMeasure() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Bank/NN loans/NNS outstanding/JJ were/VBD/_/be $/$/MONEY 41/CD/MONEY at/IN the/DT/DATE "
                        + "end/NN/DATE of/IN/DATE 2025/CD/DATE ./.",
                "root(ROOT, end) nsubj(end, loans) compound(loans, Bank) amod(loans, outstanding) cop(end, were) "
                        + "dep(end, $) nummod($, 41) case(end, at) det(end, the) nmod:of(end, 2025) case(2025, of)"}),
                "$ 41", FigureKind.AMOUNT, "USD");
        assertEquals("copula", about.measure().step());
        assertEquals("bank loans", about.measure().value().toLowerCase(java.util.Locale.ROOT));
        assertTrue(about.measure().sure());
    }

    @Test
    void aWasTheParserHangsOnTheYearOfADateMeasuresTheNounTheDateFollows() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "The/DT allowance/NN for/IN returns/NNS as/IN of/IN July/NNP/DATE 31/CD/DATE ,/,/DATE "
                        + "2025/CD/DATE was/VBD/_/be $/$/MONEY 55/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, allowance) det(allowance, The) nmod:for(allowance, returns) case(returns, for) "
                        + "nmod:as_of(returns, July) case(July, as) fixed(as, of) nummod(July, 31) punct(allowance, ,) "
                        + "appos(allowance, 2025) acl(2025, was) dep(was, $) nummod($, million) compound(million, 55)"}),
                "$ 55 million", FigureKind.AMOUNT, "USD");
        assertEquals("copula", about.measure().step());
        assertEquals("allowance", about.measure().value());
    }
}
