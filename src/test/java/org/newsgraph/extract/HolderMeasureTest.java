package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose the words around an amount are (session 14): the subject of a verb of holding ("Balance includes $148 million
 * ...") holds the amount among other things and is only proposed; the filer's own word for itself ("our Company's
 * investments") is no part of a measure. Made-up sentences parsed by hand the way CoreNLP parses them.
 */
class HolderMeasureTest {

    @Test
    void theSubjectOfIncludesIsOnlyProposed() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Other/JJ expense/NN includes/VBZ/_/include $/$/MONEY 20/CD/MONEY million/CD/MONEY "
                        + "recorded/VBN/_/record as/IN a/DT liability/NN ./.",
                "root(ROOT, includes) nsubj(includes, expense) amod(expense, Other) obj(includes, $) "
                        + "nummod($, million) compound(million, 20) acl($, recorded) obl:as(recorded, liability) "
                        + "case(liability, as) det(liability, a)"}),
                "$ 20 million", FigureKind.AMOUNT, "USD");
        assertEquals("subject-noun", about.measure().step());
        assertEquals("other expense", about.measure().value().toLowerCase(java.util.Locale.ROOT));
        assertFalse(about.measure().sure(), "what includes an amount holds more than it");
    }

    @Test
    void theSubjectOfAVerbOfMovingStaysSure() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Other/JJ expense/NN rose/VBD/_/rise $/$/MONEY 20/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, rose) nsubj(rose, expense) amod(expense, Other) obj(rose, $) "
                        + "nummod($, million) compound(million, 20)"}),
                "$ 20 million", FigureKind.AMOUNT, "USD");
        assertEquals("subject-noun", about.measure().step());
        assertTrue(about.measure().sure());
    }

    @Test
    void theFilersOwnWordForItselfIsNoPartOfTheMeasure() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Our/PRP$ Company/NN 's/POS investments/NNS totaled/VBD/_/total $/$/MONEY 74/CD/MONEY "
                        + "million/CD/MONEY ./.",
                "root(ROOT, totaled) nsubj(totaled, investments) nmod:poss(investments, Company) "
                        + "nmod:poss(Company, Our) case(Company, 's) obj(totaled, $) nummod($, million) "
                        + "compound(million, 74)"}),
                "$ 74 million", FigureKind.AMOUNT, "USD");
        assertEquals("investments", about.measure().value());
    }
}
