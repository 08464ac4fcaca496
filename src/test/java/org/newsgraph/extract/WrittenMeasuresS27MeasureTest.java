package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an amount measures where the parse of a long 10-K sentence lost the structure that names it (session 27,
 * {@link WrittenMeasures}): the noun written right before "of" and the amount. Made-up filing sentences parsed by hand the way CoreNLP parses the KPI-EDGAR train sentences of
 * the class (the amount hung on a later noun).
 */
class WrittenMeasuresS27MeasureTest {

    /** "Includes pension plan net loss of $5.4 billion ... and other plan net gain of $391 million". */
    private static final String[] AMOUNT_HUNG_ON_A_LATER_NOUN = {
        "Includes/VBZ/_/include pension/NN plan/NN net/JJ loss/NN of/IN $/$/MONEY 5.4/CD/MONEY billion/CD/MONEY "
                + "and/CC other/JJ benefit/NN plan/NN net/JJ gain/NN of/IN $/$#2/MONEY 391/CD/MONEY "
                + "million/CD/MONEY ./.",
        "root(ROOT, Includes) obj(Includes, loss) compound(loss, plan) compound(plan, pension) amod(loss, net) "
                + "nmod:of(loss, gain) case(gain, of) compound(gain, plan#2) amod(gain, net#2) "
                + "compound(plan#2, benefit) amod(plan#2, other) dep(plan#2, $) nummod($, billion) "
                + "compound(billion, 5.4) cc(plan#2, and) nmod:of(gain, $#2) case($#2, of#2) "
                + "nummod($#2, million) compound(million, 391)"};

    @Test
    void anAmountThePaserHungElsewhereMeasuresTheNounWrittenBeforeItsOf() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(AMOUNT_HUNG_ON_A_LATER_NOUN),
                "$ 5.4 billion", FigureKind.AMOUNT, "USD");
        assertEquals(WrittenMeasures.OF_WRITTEN, about.measure().step());
        assertEquals("pension plan net loss", about.measure().value());
        assertTrue(about.measure().sure());
    }

    @Test
    void aNounOfAmountBeforeOfNamesNothing() {
        // "an aggregate principal amount of $3.3 billion": how much, not what
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "The/DT Company/NN issued/VBD notes/NNS in/IN an/DT aggregate/JJ principal/JJ amount/NN of/IN "
                        + "$/$/MONEY 3.3/CD/MONEY billion/CD/MONEY with/IN maturities/NNS of/IN "
                        + "seven/CD/DURATION years/NNS/DURATION ./.",
                "root(ROOT, issued) nsubj(issued, Company) det(Company, The) obj(issued, notes) "
                        + "obl:in(issued, amount) case(amount, in) det(amount, an) amod(amount, aggregate) "
                        + "amod(amount, principal) dep(maturities, $) nummod($, billion) compound(billion, 3.3) "
                        + "obl:with(issued, maturities) case(maturities, with) nmod:of(maturities, years) "
                        + "case(years, of#2) nummod(years, seven)"}),
                "$ 3.3 billion", FigureKind.AMOUNT, "USD");
        assertNotEquals(WrittenMeasures.OF_WRITTEN, about.measure().step());
    }

    @Test
    void aNounOfAPrepositionalPhraseBeforeOfIsOnlyProposed() {
        // "resulting in a pre-tax charge of $167 million", the amount hung on a later word: the charge, proposed
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "The/DT change/NN resulted/VBD in/IN a/DT pre-tax/JJ charge/NN of/IN $/$/MONEY 167/CD/MONEY "
                        + "million/CD/MONEY (/-LRB- $/$#2/MONEY 108/CD/MONEY million/CD/MONEY after/IN tax/NN )/-RRB- "
                        + "that/WDT was/VBD/_/be recorded/VBN ./.",
                "root(ROOT, resulted) nsubj(resulted, change) det(change, The) obl:in(resulted, charge) "
                        + "case(charge, in) det(charge, a) amod(charge, pre-tax) dep(recorded, $) "
                        + "nummod($, million) compound(million, 167) appos($, $#2) nummod($#2, million#2) "
                        + "compound(million#2, 108) nmod:after($#2, tax) case(tax, after) "
                        + "acl:relcl(charge, recorded) nsubj:pass(recorded, that) aux:pass(recorded, was)"}),
                "$ 167 million", FigureKind.AMOUNT, "USD");
        assertEquals(WrittenMeasures.OF_WRITTEN, about.measure().step());
        assertFalse(about.measure().sure());
        assertEquals("pre-tax charge", about.measure().value());
    }
}
