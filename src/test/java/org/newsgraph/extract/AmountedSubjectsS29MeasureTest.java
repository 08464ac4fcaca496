package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an amount measures where the parser took a participle after the noun for the clause's verb (session 29,
 * {@link AmountedSubjects}) and where it hung "of" on an adjective after the noun ({@link OfDependents#postposedOf}).
 * Made-up filing sentences parsed by hand the way CoreNLP parses the KPI-EDGAR train and valid sentences of the class
 * ("rebates receivable included in other receivables ... amounted to $4.7 billion and $4.2 billion"; "Cash dividends
 * declared in 2021 totaled $12.98 per share"; "we accrued interest payable of $282 million").
 */
class AmountedSubjectsS29MeasureTest {

    /** "Customer rebates receivable included in other receivables amounted to $310 million and $280 million." */
    private static final String[] AMOUNTED_UNDER_A_PARTICIPLE = {
        "Customer/NN rebates/NNS receivable/JJ included/VBN in/IN other/JJ receivables/NNS amounted/VBD/_/amount "
                + "to/TO $/$/MONEY 310/CD/MONEY million/CD/MONEY and/CC $/$#2/MONEY 280/CD/MONEY "
                + "million/CD#2/MONEY ./.",
        "root(ROOT, included) nsubj(included, rebates) compound(rebates, Customer) advmod(included, receivable) "
                + "obl:in(included, receivables) case(receivables, in) amod(receivables, other) "
                + "dep(included, amounted) dep(amounted, to) dep(to, $) nummod($, million) compound(million, 310) "
                + "conj:and($, $#2) cc($#2, and) nummod($#2, million#2) compound(million#2, 280)"};

    @Test
    void anAmountedLeftWithoutASubjectMeasuresTheParticiplesSubject() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(AMOUNTED_UNDER_A_PARTICIPLE),
                "$ 310 million", FigureKind.AMOUNT, "USD");
        assertEquals(AmountedSubjects.STEP, about.measure().step());
        // the adjective after the noun names the line item with it
        assertEquals("customer rebates receivable", about.measure().value());
        assertTrue(about.measure().sure());
    }

    @Test
    void theLaterAmountsOfItsListTakeTheSameMeasureAsSure() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(AMOUNTED_UNDER_A_PARTICIPLE),
                "$ 280 million", FigureKind.AMOUNT, "USD");
        assertEquals("customer rebates receivable", about.measure().value());
        assertTrue(about.measure().sure());
    }

    @Test
    void aTotaledLeftWithoutASubjectMeasuresTheParticiplesSubject() {
        // "Dividends declared in fiscal 2026 totaled $410 million": "declared" taken for the verb
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Dividends/NNS declared/VBN in/IN fiscal/JJ 2026/CD/DATE totaled/VBD/_/total $/$/MONEY "
                        + "410/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, declared) nsubj(declared, Dividends) obl:in(declared, 2026) case(2026, in) "
                        + "amod(2026, fiscal) dep(declared, totaled) obj(totaled, $) nummod($, million) "
                        + "compound(million, 410)"}),
                "$ 410 million", FigureKind.AMOUNT, "USD");
        assertEquals(AmountedSubjects.STEP, about.measure().step());
        assertEquals("dividends", about.measure().value());
    }

    @Test
    void anAmountedHungOnANounIsNotReadThroughAParticiple() {
        // "Costs: amounted to $5 million" with "amounted" hung on the noun: no participle took a subject
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Costs/NNS :/: amounted/VBD/_/amount to/TO $/$/MONEY 5/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, Costs) punct(Costs, :) dep(Costs, amounted) dep(amounted, to) dep(to, $) "
                        + "nummod($, million) compound(million, 5)"}),
                "$ 5 million", FigureKind.AMOUNT, "USD");
        assertNotEquals(AmountedSubjects.STEP, about.measure().step());
    }

    @Test
    void anOfHungOnAnAdjectiveAfterTheNounMeasuresTheNounWithIt() {
        // "we accrued interest payable of $282 million" as amod(interest, payable) dep(payable, of) dep(of, $)
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "We/PRP accrued/VBD interest/NN payable/JJ of/IN $/$/MONEY 282/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, accrued) nsubj(accrued, We) obj(accrued, interest) amod(interest, payable) "
                        + "dep(payable, of) dep(of, $) nummod($, million) compound(million, 282)"}),
                "$ 282 million", FigureKind.AMOUNT, "USD");
        assertEquals(FigureContext.HEAD_NOUN, about.measure().step());
        assertEquals("interest payable", about.measure().value());
    }

    @Test
    void anOfHungOnAnAdjectiveAwayFromTheNounIsNotClimbed() {
        // "interest that is payable of $282 million": the adjective does not stand right after the noun
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "We/PRP accrued/VBD interest/NN now/RB payable/JJ of/IN $/$/MONEY 282/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, accrued) nsubj(accrued, We) obj(accrued, interest) amod(interest, payable) "
                        + "advmod(payable, now) dep(payable, of) dep(of, $) nummod($, million) "
                        + "compound(million, 282)"}),
                "$ 282 million", FigureKind.AMOUNT, "USD");
        assertNotEquals("interest payable", about.measure().value());
    }
}
