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
 * {@link WrittenMeasures}): the subject of a copula the parser left without one, and the noun written right before
 * "of" and the amount. Made-up filing sentences parsed by hand the way CoreNLP parses the KPI-EDGAR train sentences of
 * the class (the copula hung on a date's conjunct; the amount hung on a later noun).
 */
class WrittenMeasuresS27MeasureTest {

    /** "..., and accumulated amortization was $14.2 billion at December 31, 2025": "was" hangs on the year. */
    private static final String[] LOST_COPULA = {
        "Gross/JJ intangible/JJ assets/NNS were/VBD/_/be $/$/MONEY 27.8/CD/MONEY billion/CD/MONEY at/IN "
                + "December/NNP/DATE 31/CD/DATE ,/,/DATE 2025/CD/DATE ,/, and/CC accumulated/VBN amortization/NN "
                + "was/VBD/_/be $/$#2/MONEY 14.2/CD/MONEY billion/CD/MONEY ./.",
        "root(ROOT, assets) amod(assets, Gross) amod(assets, intangible) dep(assets, were) dep(were, $) "
                + "nummod($, billion) compound(billion, 27.8) nmod:at($, December) case(December, at) "
                + "nummod(December, 31) dep($, 2025) conj:and(2025, amortization) cc(amortization, and) "
                + "amod(amortization, accumulated) dep(2025, was) dep(was, $#2) nummod($#2, billion#2) "
                + "compound(billion#2, 14.2)"};

    @Test
    void aCopulaLeftWithoutASubjectMeasuresTheNounWrittenBeforeIt() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(LOST_COPULA), "$ 14.2 billion",
                FigureKind.AMOUNT, "USD");
        assertEquals(WrittenMeasures.COPULA_WRITTEN, about.measure().step());
        assertEquals("accumulated amortization", about.measure().value());
        assertTrue(about.measure().sure());
    }

    @Test
    void aNounOfAPrepositionalPhraseBeforeTheCopulaIsNoSubject() {
        // "the carrying value of the liability associated with this obligation was $383 million": "obligation" is
        // what the subject is associated with, not the subject
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "As/IN of/IN December/NNP/DATE 31/CD/DATE ,/,/DATE 2025/CD/DATE ,/, the/DT carrying/VBG value/NN of/IN "
                        + "the/DT liability/NN associated/VBN with/IN this/DT obligation/NN was/VBD/_/be "
                        + "$/$/MONEY 383/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, December) case(December, As) fixed(As, of) nummod(December, 31) dep(December, 2025) "
                        + "dep(December, value) det(value, the) amod(value, carrying) nmod:of(value, liability) "
                        + "case(liability, of#2) det(liability, the#2) acl(liability, associated) "
                        + "obl:with(associated, obligation) case(obligation, with) det(obligation, this) "
                        + "dep(2025, was) dep(was, $) nummod($, million) compound(million, 383)"}),
                "$ 383 million", FigureKind.AMOUNT, "USD");
        assertNotEquals(WrittenMeasures.COPULA_WRITTEN, about.measure().step());
        assertNull(about.measure().value());
    }

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
