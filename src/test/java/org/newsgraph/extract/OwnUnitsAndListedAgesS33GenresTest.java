package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two classes read in general news of session 33 (s33-genres), checked on CoreNLP's parses of made-up sentences (below
 * as CoreNLP gave them):
 * <ul>
 *   <li>a noun that names the figure's own unit is no measure: "Rainfall totals of up to 300mm" (the parser heads the
 *       figure with "mm" and hangs it on "totals" by "of", and "the total of X" measured X, the figure's own unit)
 *       and "41 pence of every pound" (the currency the pence are counted in);</li>
 *   <li>every age of a list after one "aged" is an age: "aged 24, 31 and 45", where the parser hangs 31 on 24 by
 *       nummod and 45 on "aged" by dep, and "aged 33, 38, 41 and 56", where it hangs "aged" and every age on the
 *       verb by dep (so the words decide, not the parse);</li>
 *   <li>a number of years after other words is no age: "jailed for 4, 6 and 9 years".</li>
 * </ul>
 */
class OwnUnitsAndListedAgesS33GenresTest {

    private static final String[] RAINFALL = {
        "Rainfall/NN totals/NNS/O/total of/IN up/RB to/IN 300/CD/NUMBER/_/300.0 mm/NNS were/VBD/O/be recorded/VBN/O/record"
                + " in/IN the/DT hills/NNS ./.",
        "compound(totals, Rainfall) nsubj:pass(recorded, totals) case(mm, of) advmod(300, up) advmod(300, to)"
                + " nummod(mm, 300) nmod:of(totals, mm) aux:pass(recorded, were) root(ROOT, recorded) case(hills, in)"
                + " det(hills, the) obl:in(recorded, hills) punct(recorded, .)"};

    private static final String[] PENCE = {
        "Social/NNP care/NN takes/VBZ/O/take 41/CD/MONEY/_/0.41 pence/NN/MONEY of/IN every/DT pound/NN the/DT"
                + " council/NN spends/VBZ/O/spend ./.",
        "compound(care, Social) nsubj(takes, care) root(ROOT, takes) nummod(pence, 41) obl:tmod(spends, pence)"
                + " case(pound, of) det(pound, every) nmod:of(pence, pound) det(council, the) nsubj(spends, council)"
                + " ccomp(takes, spends) punct(takes, .)"};

    private static final String[] AGES = {
        "Three/CD/NUMBER/_/3.0 men/NNS ,/, aged/JJ 24/CD/NUMBER/_/24.0 ,/, 31/CD/NUMBER/_/31.0 and/CC"
                + " 45/CD/NUMBER/_/45.0 ,/, were/VBD/O/be rescued/VBN/O/rescue ./.",
        "nummod(men, Three) nsubj:pass(rescued, men) punct(men, ,) amod(men, aged) dep(aged, 24) punct(24, ,)"
                + " nummod(24, 31) cc(45, and) dep(aged, 45) punct(rescued, ,) aux:pass(rescued, were)"
                + " root(ROOT, rescued) punct(rescued, .)"};

    private static final String[] FLAT_AGES = {
        "Four/CD/NUMBER/_/4.0 men/NNS ,/, aged/JJ 33/CD/NUMBER/_/33.0 ,/, 38/CD/NUMBER/_/38.0 ,/, 41/CD/NUMBER/_/41.0"
                + " and/CC 56/CD/NUMBER/_/56.0 ,/, have/VBP/O/have been/VBN/O/be charged/VBN/O/charge ./.",
        "nummod(men, Four) root(ROOT, men) punct(men, ,) dep(charged, aged) dep(charged, 33) punct(charged, ,)"
                + " dep(charged, 38) punct(charged, ,) dep(charged, 41) cc(56, and) dep(charged, 56) punct(charged, ,)"
                + " aux(charged, have) aux:pass(charged, been) dep(men, charged) punct(men, .)"};

    private static final String[] JAILED = {
        "The/DT men/NNS were/VBD/O/be jailed/VBN/O/jail for/IN 4/CD/NUMBER/_/4.0 ,/, 6/CD/NUMBER/_/6.0 and/CC"
                + " 9/CD/NUMBER/_/9.0 years/NNS/O/year ./.",
        "det(men, The) nsubj:pass(jailed, men) aux:pass(jailed, were) root(ROOT, jailed) case(years, for)"
                + " nummod(years, 4) punct(4, ,) conj:and(4, 6) cc(9, and) conj:and(4, 9) obl:for(jailed, years)"
                + " punct(jailed, .)"};

    @Test
    void everyAgeOfAListTheParseHangsOnTheVerbIsAnAge() {
        for (String age : List.of("33", "38", "41", "56")) {
            FigureContext.About about = HandParsedFigure.about(List.<String[]>of(FLAT_AGES), age, FigureKind.DURATION,
                    "YR");
            assertEquals("age", about.measure().value(), age);
        }
    }

    @Test
    void yearsOfAListWithNoAgedAreNoAge() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(JAILED), "6", FigureKind.DURATION, "YR");
        assertNotEquals("age", about.measure().value());
    }

    @Test
    void aTotalOfTheFigureItselfMeasuresTheTotals() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(RAINFALL), "up to 300 mm",
                FigureKind.MEASUREMENT, "MilliM");
        assertEquals("rainfall totals", about.measure().value());
    }

    @Test
    void theCurrencyTheAmountIsCountedInIsNoMeasure() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(PENCE), "41 pence", FigureKind.AMOUNT,
                "GBP");
        assertNull(about.measure().value());
    }

    @Test
    void aCountKeepsItsNounAsMeasure() {
        // the guard is for units: "Three men" counts men, and its noun is what it measures
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(AGES), "Three men", FigureKind.COUNT,
                "man");
        assertEquals("men", about.measure().value());
    }

    @Test
    void everyAgeOfAListAfterAgedIsAnAge() {
        for (String age : List.of("24", "31", "45")) {
            FigureContext.About about = HandParsedFigure.about(List.<String[]>of(AGES), age, FigureKind.DURATION,
                    "YR");
            assertEquals("age", about.measure().value(), age);
        }
    }
}
