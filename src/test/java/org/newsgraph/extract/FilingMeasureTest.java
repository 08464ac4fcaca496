package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an amount measures in the phrasings of annual reports that business news shares ("costs were $40 million,
 * $35 million and $30 million", "increased goodwill by $5 million"), from made-up sentences parsed by hand the way
 * CoreNLP parses such sentences, misparses included.
 */
class FilingMeasureTest {

    /**
     * The noun an amount hangs on is its measure only beside it ("revenue of $5m", "a $5m tanker contract"), and is
     * sure only as an argument of its clause; inside a prepositional phrase it is proposed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the object with the amount's 'of' is sure | debt | true | $ 7 million | "
                    + "Zorbex/NNP/ORGANIZATION repaid/VBD/_/repay debt/NN of/IN $/$/MONEY 7/CD/MONEY "
                    + "million/CD/MONEY ./. | "
                    + "root(ROOT, repaid) nsubj(repaid, Zorbex) obj(repaid, debt) nmod:of(debt, $) case($, of) "
                    + "nummod($, million) compound(million, 7)",
            "a noun the amount modifies right before it is sure | tanker contract | true | $ 7 million | "
                    + "Zorbex/NNP/ORGANIZATION won/VBD/_/win a/DT $/$/MONEY 7/CD/MONEY million/CD/MONEY "
                    + "tanker/NN contract/NN ./. | "
                    + "root(ROOT, won) nsubj(won, Zorbex) obj(won, contract) det(contract, a) compound(contract, $) "
                    + "nummod($, million) compound(million, 7) compound(contract, tanker)",
            "the noun of an oblique is only proposed | debt | false | $ 7 million | "
                    + "Zorbex/NNP/ORGANIZATION defaulted/VBD/_/default on/IN debt/NN of/IN $/$/MONEY 7/CD/MONEY "
                    + "million/CD/MONEY ./. | "
                    + "root(ROOT, defaulted) nsubj(defaulted, Zorbex) obl:on(defaulted, debt) case(debt, on) "
                    + "nmod:of(debt, $) case($, of) nummod($, million) compound(million, 7)",
            "the noun inside another noun's phrase is only proposed | fees | false | $ 7 million | "
                    + "Zorbex/NNP/ORGANIZATION disclosed/VBD/_/disclose the/DT total/NN of/IN fees/NNS of/IN "
                    + "$/$/MONEY 7/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, disclosed) nsubj(disclosed, Zorbex) obj(disclosed, total) det(total, the) "
                    + "nmod:of(total, fees) case(fees, of) nmod:of(fees, $) case($, of#2) nummod($, million) "
                    + "compound(million, 7)",
            "an amount the parser makes a modifier of a noun after 'and' measures the noun before it | "
                    + "insured loans | true | "
                    + "$ 5 million | "
                    + "Zorbex/NNP/ORGANIZATION holds/VBZ/_/hold insured/JJ loans/NNS of/IN $/$/MONEY 5/CD/MONEY "
                    + "million/CD/MONEY and/CC bad/JJ loans/NNS of/IN $/$/MONEY 2/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, holds) nsubj(holds, Zorbex) obj(holds, loans) amod(loans, insured) "
                    + "nmod:of(loans, loans#2) case(loans#2, of) compound(loans#2, $) nummod($, million) "
                    + "compound(million, 5) cc(loans#2, and) amod(loans#2, bad) nmod:of(loans#2, $#2) "
                    + "case($#2, of#2) nummod($#2, million#2) compound(million#2, 2)",
            "an amount in a line item measures no noun after the line item | - | false | $ 9 million | "
                    + "Zorbex/NNP/ORGANIZATION recorded/VBD/_/record $/$/MONEY 9/CD/MONEY million/CD/MONEY in/IN "
                    + "the/DT line/NN item/NN other/JJ assets/NNS ./. | "
                    + "root(ROOT, recorded) nsubj(recorded, Zorbex) obj(recorded, assets) compound(assets, $) "
                    + "nummod($, million) compound(million, 9) case(assets, in) det(assets, the) "
                    + "compound(assets, item) compound(item, line) amod(assets, other)",
            "a noun joined to another by 'and' before the amount is too far from it | - | false | $ 9 million | "
                    + "Zorbex/NNP/ORGANIZATION recognized/VBD/_/recognize lease/NN assets/NNS and/CC lease/NN "
                    + "liabilities/NNS of/IN $/$/MONEY 9/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, recognized) nsubj(recognized, Zorbex) obj(recognized, assets) "
                    + "compound(assets, lease) conj:and(assets, liabilities) cc(liabilities, and) "
                    + "compound(liabilities, lease#2) acl(assets, of) dep(of, $) nummod($, million) "
                    + "compound(million, 9)",
            "a thing with a value of an amount is what the amount measures | bonds | true | $ 7 million | "
                    + "Zorbex/NNP/ORGANIZATION holds/VBZ/_/hold certain/JJ bonds/NNS with/IN a/DT carrying/NN "
                    + "value/NN/_/value "
                    + "of/IN $/$/MONEY 7/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, holds) nsubj(holds, Zorbex) obj(holds, bonds) amod(bonds, certain) "
                    + "nmod:with(bonds, value) "
                    + "case(value, with) det(value, a) compound(value, carrying) nmod:of(value, $) case($, of) "
                    + "nummod($, million) compound(million, 7)",
            "a value 'with' which a verb acts is no thing's; read as news (s22-measure: a 'with' phrase's property "
                    + "is asserted in news, proposed in filings) | fair value | true | $ 7 million | "
                    + "Zorbex/NNP/ORGANIZATION sold/VBD/_/sell bonds/NNS with/IN a/DT fair/JJ value/NN/_/value "
                    + "of/IN $/$/MONEY 7/CD/MONEY million/CD/MONEY to/IN a/DT trust/NN ./. | "
                    + "root(ROOT, sold) nsubj(sold, Zorbex) obj(sold, bonds) obl:with(sold, value) "
                    + "case(value, with) det(value, a) amod(value, fair) nmod:of(value, $) case($, of) "
                    + "nummod($, million) compound(million, 7) obl:to(sold, trust) case(trust, to) det(trust, a#2)",
            "cash an amount hangs on is how it was paid, not what it measures | - | false | $ 7 million | "
                    + "Zorbex/NNP/ORGANIZATION paid/VBD/_/pay cash/NN/_/cash of/IN $/$/MONEY 7/CD/MONEY "
                    + "million/CD/MONEY for/IN the/DT patents/NNS ./. | "
                    + "root(ROOT, paid) nsubj(paid, Zorbex) obj(paid, cash) nmod:of(cash, $) case($, of) "
                    + "nummod($, million) compound(million, 7) obl:for(paid, patents) case(patents, for) "
                    + "det(patents, the)",
            "an amount of cash measures cash | cash | true | $ 7 million | "
                    + "Zorbex/NNP/ORGANIZATION used/VBD/_/use $/$/MONEY 7/CD/MONEY million/CD/MONEY of/IN "
                    + "cash/NN/_/cash to/TO repay/VB/_/repay loans/NNS ./. | "
                    + "root(ROOT, used) nsubj(used, Zorbex) obj(used, $) nummod($, million) compound(million, 7) "
                    + "nmod:of($, cash) case(cash, of) xcomp(used, repay) mark(repay, to) obj(repay, loans)"})
    void theNounAnAmountHangsOn(String name, String measure, boolean sure, String figure, String tokens,
                                String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.AMOUNT, "USD");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(sure, about.measure().sure(), "sure");
    }

    @Test
    void aLengthOfTimeWrittenAtTheAgeOfIsASureAge() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Zorbex/NNP/ORGANIZATION hired/VBD/_/hire him/PRP at/IN the/DT/DURATION age/NN/DURATION/age "
                        + "of/IN/DURATION 24/CD/DURATION ./.",
                "root(ROOT, hired) nsubj(hired, Zorbex) obj(hired, him) obl:at(hired, age) case(age, at) "
                        + "det(age, the) nmod:of(age, 24) case(24, of)"}),
                "24", FigureKind.DURATION, "YR");
        assertEquals("age", about.measure().value());
        assertEquals("age", about.measure().step());
        assertTrue(about.measure().sure(), "the noun the figure hangs on by 'of' says it is an age");
    }

    @Test
    void aBareAgeBesideACommonNounForAPersonIsASureAgeOfNoOrganisation() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "A/DT man/NN ,/, 45/CD/DURATION ,/, was/VBD/_/be arrested/VBN/_/arrest at/IN a/DT "
                        + "Zorbex/NNP/ORGANIZATION store/NN ./.",
                "root(ROOT, arrested) nsubj:pass(arrested, man) det(man, A) punct(man, ,) appos(man, 45) "
                        + "punct(man, ,#2) aux:pass(arrested, was) obl:at(arrested, store) case(store, at) "
                        + "det(store, a) compound(store, Zorbex)"}),
                "45", FigureKind.DURATION, "YR");
        assertEquals("age", about.measure().value());
        assertTrue(about.measure().sure());
        assertEquals(null, about.subject().value(), "a man's age is no company's");
    }

    @Test
    void aHyphenatedModifierOfACountedNounStaysWhole() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Zorbex/NNP/ORGANIZATION has/VBZ/_/have 900/CD/NUMBER full/JJ ~-/HYPH ~time/NN employees/NNS ./.",
                "root(ROOT, has) nsubj(has, Zorbex) obj(has, employees) nummod(employees, 900) "
                        + "amod(employees, time) amod(time, full) punct(time, -)"}),
                "900 full-time employees", FigureKind.COUNT, null);
        assertEquals("full-time employees", about.measure().value());
    }

    @Test
    void aHyphenatedWordWithTheFiguresNumberLeavesTheNumberOut() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "The/DT jet/NN has/VBZ/_/have a/DT 60/CD/NUMBER ~-/HYPH/NUMBER ~metre/NN/NUMBER wingspan/NN ./.",
                "root(ROOT, has) nsubj(has, jet) det(jet, The) obj(has, wingspan) det(wingspan, a) "
                        + "compound(wingspan, metre) nummod(metre, 60) punct(metre, -)"}),
                "60-metre", FigureKind.MEASUREMENT, "M");
        assertEquals("wingspan", about.measure().value());
    }

    @Test
    void aGainInPercentIsAChangeNotWhatWasBooked() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Zorbex/NNP/ORGANIZATION posted/VBD/_/post a/DT 5/CD/PERCENT %/NN/PERCENT gain/NN/_/gain ./.",
                "root(ROOT, posted) nsubj(posted, Zorbex) obj(posted, gain) det(gain, a) compound(gain, %) "
                        + "nummod(%, 5)"}), "5 % gain", FigureKind.SHARE, "%");
        assertNotEquals("gain", about.measure().value());
    }

    @Test
    void aListOnlyProposesTheNounItsFirstAmountHangsOnInsideAPhraseOfAnotherNoun() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Zorbex/NNP/ORGANIZATION booked/VBD/_/book bonus/NN costs/NNS tied/VBN/_/tie to/IN the/DT "
                        + "pilot/NN of/IN $/$/MONEY 5/CD/MONEY million/CD/MONEY and/CC $/$/MONEY 4/CD/MONEY "
                        + "million/CD/MONEY ./.",
                "root(ROOT, booked) nsubj(booked, Zorbex) obj(booked, costs) compound(costs, bonus) "
                        + "acl(costs, tied) obl:to(tied, pilot) case(pilot, to) det(pilot, the) nmod:of(pilot, $) "
                        + "case($, of) nummod($, million) compound(million, 5) conj:and($, $#2) cc($#2, and) "
                        + "nummod($#2, million#2) compound(million#2, 4)"}),
                "$ 4 million", FigureKind.AMOUNT, "USD");
        assertEquals("listed", about.measure().step());
        assertEquals("pilot", about.measure().value());
        assertFalse(about.measure().sure(), "a noun inside another's phrase is only proposed for the list");
    }

    @Test
    void aListTakesTheSubjectOfItsClauseAsSure() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Bonus/NN costs/NNS were/VBD/_/be $/$/MONEY 5/CD/MONEY million/CD/MONEY and/CC $/$/MONEY "
                        + "4/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, $) nsubj($, costs) compound(costs, Bonus) cop($, were) nummod($, million) "
                        + "compound(million, 5) conj:and($, $#2) cc($#2, and) nummod($#2, million#2) "
                        + "compound(million#2, 4)"}),
                "$ 4 million", FigureKind.AMOUNT, "USD");
        assertEquals("listed", about.measure().step());
        assertEquals("bonus costs", about.measure().value().toLowerCase(java.util.Locale.ROOT));
        assertTrue(about.measure().sure());
    }

    @Test
    void anItemOfAListWithAnOfOfItsOwnMeasuresThat() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Zorbex/NNP/ORGANIZATION booked/VBD/_/book $/$/MONEY 6/CD/MONEY million/CD/MONEY of/IN "
                        + "patents/NNS and/CC $/$/MONEY 2/CD/MONEY million/CD/MONEY of/IN tax/NN liabilities/NNS ./.",
                "root(ROOT, booked) nsubj(booked, Zorbex) obj(booked, $) nummod($, million) compound(million, 6) "
                        + "nmod:of($, patents) case(patents, of) conj:and($, $#2) cc($#2, and) "
                        + "nummod($#2, million#2) compound(million#2, 2) nmod:of($#2, liabilities) "
                        + "case(liabilities, of#2) compound(liabilities, tax)"}),
                "$ 2 million", FigureKind.AMOUNT, "USD");
        assertEquals("tax liabilities", about.measure().value());
        assertEquals("unit-of", about.measure().step());
    }

    @Test
    void aBareValueThatSomethingHasMeasuresThatThing() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "The/DT old/JJ bonds/NNS had/VBD/_/have a/DT value/NN/_/value of/IN $/$/MONEY 9/CD/MONEY "
                        + "million/CD/MONEY ./.",
                "root(ROOT, had) nsubj(had, bonds) det(bonds, The) amod(bonds, old) obj(had, value) "
                        + "det(value, a) nmod:of(value, $) case($, of) nummod($, million) compound(million, 9)"}),
                "$ 9 million", FigureKind.AMOUNT, "USD");
        assertEquals("old bonds", about.measure().value());
    }

    @Test
    void aNamedKindOfValueStaysTheMeasure() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "The/DT ferries/NNS have/VBP/_/have a/DT list/NN value/NN/_/value of/IN $/$/MONEY 9/CD/MONEY "
                        + "million/CD/MONEY ./.",
                "root(ROOT, have) nsubj(have, ferries) det(ferries, The) obj(have, value) det(value, a) "
                        + "compound(value, list) nmod:of(value, $) case($, of) nummod($, million) "
                        + "compound(million, 9)"}),
                "$ 9 million", FigureKind.AMOUNT, "USD");
        assertEquals("list value", about.measure().value());
    }

    @Test
    void aVerbTheParserTookIntoTheNounPhraseIsLeftOut() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Includes/VBZ/_/include net/JJ charges/NNS of/IN $/$/MONEY 7/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, charges) compound(charges, Includes) amod(charges, net) nmod:of(charges, $) "
                        + "case($, of) nummod($, million) compound(million, 7)"}),
                "$ 7 million", FigureKind.AMOUNT, "USD");
        assertEquals("net charges", about.measure().value());
    }

    @Test
    void anOfReadAsOpeningAClauseOnlyProposesItsNoun() {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {
                "Repair/NN credits/NNS of/IN $/$/MONEY 3/CD/MONEY million/CD/MONEY may/MD/_/may "
                        + "lapse/VB/_/lapse ./.",
                "root(ROOT, credits) compound(credits, Repair) acl:of(credits, lapse) mark(lapse, of) "
                        + "nsubj(lapse, $) aux(lapse, may) nummod($, million) compound(million, 3)"}),
                "$ 3 million", FigureKind.AMOUNT, "USD");
        assertEquals("of-clause", about.measure().step());
        assertEquals("repair credits", about.measure().value().toLowerCase(java.util.Locale.ROOT));
        assertFalse(about.measure().sure());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'X was $Y' with the amount hung on 'was' by a bare dep | freight costs | copula | $ 40 million | "
                    + "Freight/NN costs/NNS were/VBD/_/be $/$/MONEY 40/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, costs) compound(costs, Freight) dep(costs, were) dep(were, $) nummod($, million) "
                    + "compound(million, 40)",
            "'X was $Y' with the amount as the subject of 'was' | storage fees | copula | $ 7 million | "
                    + "Our/PRP$ storage/NN fees/NNS was/VBD/_/be $/$/MONEY 7/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, fees) nmod:poss(fees, Our) compound(fees, storage) dep(fees, was) nsubj(was, $) "
                    + "nummod($, million) compound(million, 7)",
            "'X charged to Y were $Z' with the participle taken for the main verb | fees | copula | $ 12 million | "
                    + "Fees/NNS charged/VBN/_/charge to/IN members/NNS were/VBD/_/be $/$/MONEY 12/CD/MONEY "
                    + "million/CD/MONEY ./. | "
                    + "root(ROOT, charged) nsubj(charged, Fees) obl:to(charged, members) case(members, to) "
                    + "dep(charged, were) dep(were, $) nummod($, million) compound(million, 12)",
            "the second amount of a list hung by a bare dep | freight costs | listed | $ 35 million | "
                    + "Freight/NN costs/NNS were/VBD/_/be $/$/MONEY 40/CD/MONEY million/CD/MONEY ,/, "
                    + "$/$/MONEY 35/CD/MONEY million/CD/MONEY and/CC $/$/MONEY 30/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, costs) compound(costs, Freight) dep(costs, were) dep(were, $) nummod($, million) "
                    + "compound(million, 40) dep($, $#2) nummod($#2, million#2) compound(million#2, 35) "
                    + "conj:and($#2, $#3) cc($#3, and) nummod($#3, million#3) compound(million#3, 30)",
            "the third amount of a list, through the second | freight costs | listed | $ 30 million | "
                    + "Freight/NN costs/NNS were/VBD/_/be $/$/MONEY 40/CD/MONEY million/CD/MONEY ,/, "
                    + "$/$/MONEY 35/CD/MONEY million/CD/MONEY and/CC $/$/MONEY 30/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, costs) compound(costs, Freight) dep(costs, were) dep(were, $) nummod($, million) "
                    + "compound(million, 40) dep($, $#2) nummod($#2, million#2) compound(million#2, 35) "
                    + "conj:and($#2, $#3) cc($#3, and) nummod($#3, million#3) compound(million#3, 30)",
            "a list in apposition to an amount that is the copula's head | revenue | listed | $ 4 billion | "
                    + "Revenue/NN was/VBD/_/be $/$/MONEY 5/CD/MONEY billion/CD/MONEY ,/, $/$/MONEY 4/CD/MONEY "
                    + "billion/CD/MONEY ./. | "
                    + "root(ROOT, $) nsubj($, Revenue) cop($, was) nummod($, billion) compound(billion, 5) "
                    + "appos($, $#2) nummod($#2, billion#2) compound(billion#2, 4)",
            "'$A and $B of X' with the 'and' tagged as money | storage fees | listed | $ 3 million | "
                    + "Zorbex/NNP/ORGANIZATION recorded/VBD/_/record $/$/MONEY 4/CD/MONEY million/CD/MONEY "
                    + "and/CC/MONEY $/$/MONEY 3/CD/MONEY million/CD/MONEY of/IN storage/NN fees/NNS ./. | "
                    + "root(ROOT, recorded) nsubj(recorded, Zorbex) obj(recorded, $) nummod($, million) "
                    + "compound(million, 4) conj:and($, $#2) cc($#2, and) nummod($#2, million#2) "
                    + "compound(million#2, 3) nmod:of($, fees) case(fees, of) compound(fees, storage)",
            "'increased X by $Y' with 'by' hung on the verb | goodwill | object-noun | $ 5 million | "
                    + "Currency/NN moves/NNS increased/VBD/_/increase goodwill/NN by/IN $/$/MONEY 5/CD/MONEY "
                    + "million/CD/MONEY ./. | "
                    + "root(ROOT, increased) nsubj(increased, moves) compound(moves, Currency) "
                    + "obj(increased, goodwill) advmod(increased, by) dep(by, $) nummod($, million) "
                    + "compound(million, 5)",
            "the amount of something measures that thing | unpaid invoices | subject-noun | $ 8 million | "
                    + "The/DT amount/NN of/IN unpaid/JJ invoices/NNS was/VBD/_/be $/$/MONEY 8/CD/MONEY "
                    + "million/CD/MONEY ./. | "
                    + "root(ROOT, $) nsubj($, amount) cop($, was) det(amount, The) nmod:of(amount, invoices) "
                    + "case(invoices, of) amod(invoices, unpaid) nummod($, million) compound(million, 8)",
            "a company word as possessor is no part of the measure | freight costs | subject-noun | $ 9 million | "
                    + "The/DT company/NN 's/POS freight/NN costs/NNS totaled/VBD/_/total $/$/MONEY 9/CD/MONEY "
                    + "million/CD/MONEY ./. | "
                    + "root(ROOT, totaled) nsubj(totaled, costs) nmod:poss(costs, company) det(company, The) "
                    + "case(company, 's) compound(costs, freight) obj(totaled, $) nummod($, million) "
                    + "compound(million, 9)",
            "a long noun phrase keeps its head and three nearest words | foreign currency translation loss | "
                    + "head-noun | $ 2 million | "
                    + "Zorbex/NNP/ORGANIZATION had/VBD/_/have a/DT cumulative/JJ foreign/JJ currency/NN "
                    + "translation/NN loss/NN of/IN $/$/MONEY 2/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, had) nsubj(had, Zorbex) obj(had, loss) det(loss, a) amod(loss, cumulative) "
                    + "amod(loss, foreign) compound(loss, currency) compound(loss, translation) nmod:of(loss, $) "
                    + "case($, of) nummod($, million) compound(million, 2)",
            "'X of $Y related to Z' with 'related' taken for the 'of' | warranty reserve | head-noun | $ 6 million | "
                    + "Zorbex/NNP/ORGANIZATION had/VBD/_/have a/DT warranty/NN reserve/NN of/IN $/$/MONEY "
                    + "6/CD/MONEY million/CD/MONEY related/VBN/_/relate to/IN old/JJ models/NNS ./. | "
                    + "root(ROOT, had) nsubj(had, Zorbex) obj(had, reserve) det(reserve, a) "
                    + "compound(reserve, warranty) nmod:of(reserve, related) case(related, of) dep(related, $) "
                    + "nummod($, million) compound(million, 6) obl:to(related, models) case(models, to) "
                    + "amod(models, old)",
            "'X of $Y related to Z' with the amount a nummod of 'related' | impairment charge | head-noun | "
                    + "$ 5 million | "
                    + "Zorbex/NNP/ORGANIZATION recorded/VBD/_/record an/DT impairment/NN charge/NN of/IN "
                    + "$/$/MONEY 5/CD/MONEY million/CD/MONEY related/VBN/_/relate to/IN a/DT brand/NN ./. | "
                    + "root(ROOT, recorded) nsubj(recorded, Zorbex) obj(recorded, charge) det(charge, an) "
                    + "compound(charge, impairment) nmod:of(charge, related) case(related, of) "
                    + "nummod(related, $) nummod($, million) compound(million, 5) obl:to(recorded, brand) "
                    + "case(brand, to) det(brand, a)",
            "a bare '$Y related to Z' measures Z | hedge losses | related-to | $ 4 million | "
                    + "Zorbex/NNP/ORGANIZATION reclassified/VBD/_/reclassify a/DT loss/NN ,/, $/$/MONEY "
                    + "4/CD/MONEY million/CD/MONEY related/VBN/_/relate to/IN hedge/NN losses/NNS ./. | "
                    + "root(ROOT, reclassified) nsubj(reclassified, Zorbex) obj(reclassified, loss) det(loss, a) "
                    + "punct(loss, ,) amod(loss, related) dep(related, $) nummod($, million) compound(million, 4) "
                    + "obl:to(related, losses) case(losses, to) compound(losses, hedge)",
            "'$Y related to Z' as the clause's verb measures Z | equity securities | related-to | $ 8 million | "
                    + "$/$/MONEY 8/CD/MONEY million/CD/MONEY related/VBD/_/relate to/IN equity/NN "
                    + "securities/NNS ./. | "
                    + "root(ROOT, related) dep(related, $) nummod($, million) compound(million, 8) "
                    + "obl:to(related, securities) case(securities, to) compound(securities, equity)",
            "'X of $Y is related to Z' is an amount of X, not of Z | goodwill | of-clause | $ 8 million | "
                    + "Goodwill/NN of/IN $/$/MONEY 8/CD/MONEY million/CD/MONEY is/VBZ/_/be related/VBN/_/relate "
                    + "to/IN the/DT sale/NN ./. | "
                    + "root(ROOT, Goodwill) mark(related, of) nsubj:pass(related, $) nummod($, million) "
                    + "compound(million, 8) aux:pass(related, is) acl:of(Goodwill, related) obl:to(related, sale) "
                    + "case(sale, to) det(sale, the)",
            // session 16: the written series "$2 million and $3 million" (AmountSeries) gives the second amount the
            // first's noun, as the class comment of relatedTo says both measure it
            "two amounts with a noun of their own 'related to Z' are no amounts of Z | restructuring expense | "
                    + "listed | $ 3 million | "
                    + "Included/VBD/_/include $/$/MONEY 2/CD/MONEY million/CD/MONEY and/CC $/$/MONEY 3/CD/MONEY "
                    + "million/CD/MONEY of/IN restructuring/VBG expense/NN related/VBN/_/relate to/IN the/DT "
                    + "sale/NN ./. | "
                    + "root(ROOT, Included) dep(related, $) nummod($, million) compound(million, 2) cc($#2, and) "
                    + "dep(related, $#2) nummod($#2, million#2) compound(million#2, 3) case(expense, of) "
                    + "amod(expense, restructuring) nmod:of($, expense) xcomp(Included, related) "
                    + "obl:to(related, sale) case(sale, to) det(sale, the)",
            "'$Y related to' a named company is no measure | - | - | $ 8 million | "
                    + "$/$/MONEY 8/CD/MONEY million/CD/MONEY related/VBD/_/relate to/IN "
                    + "Zorbex/NNP/ORGANIZATION ./. | "
                    + "root(ROOT, related) dep(related, $) nummod($, million) compound(million, 8) "
                    + "obl:to(related, Zorbex) case(Zorbex, to)",
            "'X totaling $Y' measures X | hedge contracts | amounting | $ 9 million | "
                    + "Zorbex/NNP/ORGANIZATION holds/VBZ/_/hold hedge/NN contracts/NNS totaling/VBG/_/total "
                    + "$/$/MONEY 9/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, holds) nsubj(holds, Zorbex) obj(holds, contracts) compound(contracts, hedge) "
                    + "acl(contracts, totaling) obj(totaling, $) nummod($, million) compound(million, 9)",
            "'X amounting to $Y' measures X | unpaid fines | amounting | $ 2 million | "
                    + "Zorbex/NNP/ORGANIZATION owes/VBZ/_/owe unpaid/JJ fines/NNS amounting/VBG/_/amount to/IN "
                    + "$/$/MONEY 2/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, owes) nsubj(owes, Zorbex) obj(owes, fines) amod(fines, unpaid) "
                    + "acl(fines, amounting) obl:to(amounting, $) case($, to) nummod($, million) "
                    + "compound(million, 2)",
            "'X of $Y was recorded' with the 'of' read as opening a clause | warranty reserves | of-clause | "
                    + "$ 6 million | "
                    + "Warranty/NN reserves/NNS of/IN $/$/MONEY 6/CD/MONEY million/CD/MONEY were/VBD/_/be "
                    + "recorded/VBN/_/record ./. | "
                    + "root(ROOT, reserves) compound(reserves, Warranty) acl:of(reserves, recorded) "
                    + "mark(recorded, of) nsubj:pass(recorded, $) aux:pass(recorded, were) nummod($, million) "
                    + "compound(million, 6)",
            "'X in the amount of $Y' measures X, not the amount | fees | of-clause | $ 4 million | "
                    + "Fees/NNS in/IN the/DT amount/NN of/IN $/$/MONEY 4/CD/MONEY million/CD/MONEY were/VBD/_/be "
                    + "waived/VBN/_/waive ./. | "
                    + "root(ROOT, Fees) nmod:in(Fees, amount) case(amount, in) det(amount, the) "
                    + "acl:of(amount, waived) mark(waived, of) nsubj:pass(waived, $) aux:pass(waived, were) "
                    + "nummod($, million) compound(million, 4)",
            "'paid X in the amount of $Y' measures the verb's object | royalties | head-noun | $ 2 million | "
                    + "Zorbex/NNP/ORGANIZATION paid/VBD/_/pay royalties/NNS in/IN the/DT amount/NN of/IN "
                    + "$/$/MONEY 2/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, paid) nsubj(paid, Zorbex) obj(paid, royalties) obl:in(paid, amount) "
                    + "case(amount, in) det(amount, the) nmod:of(amount, $) case($, of) nummod($, million) "
                    + "compound(million, 2)",
            "a gain in money is what was booked, with the noun read into the figure | pretax gain | head-noun | "
                    + "$ 45 million pretax gain | "
                    + "Zorbex/NNP/ORGANIZATION booked/VBD/_/book a/DT $/$/MONEY 45/CD/MONEY million/CD/MONEY "
                    + "pretax/JJ gain/NN/_/gain on/IN the/DT sale/NN ./. | "
                    + "root(ROOT, booked) nsubj(booked, Zorbex) obj(booked, gain) det(gain, a) nummod(gain, $) "
                    + "amod(gain, pretax) nummod($, million) compound(million, 45) nmod:on(gain, sale) "
                    + "case(sale, on) det(sale, the)",
            "premiums of an amount of money, the noun read into the figure | premiums | head-noun | "
                    + "premiums of $ 3 million | "
                    + "Revenue/NN includes/VBZ/_/include premiums/NNS/_/premium of/IN $/$/MONEY 3/CD/MONEY "
                    + "million/CD/MONEY ./. | "
                    + "root(ROOT, includes) nsubj(includes, Revenue) obj(includes, premiums) acl(premiums, of) "
                    + "dep(of, $) nummod($, million) compound(million, 3)",
            "'$Y of gains': gains of money are what the unit is of | gains | unit-of | $ 7 million | "
                    + "Zorbex/NNP/ORGANIZATION booked/VBD/_/book $/$/MONEY 7/CD/MONEY million/CD/MONEY of/IN "
                    + "gains/NNS/_/gain on/IN hedges/NNS ./. | "
                    + "root(ROOT, booked) nsubj(booked, Zorbex) obj(booked, $) nummod($, million) "
                    + "compound(million, 7) nmod:of($, gains) case(gains, of) nmod:on(gains, hedges) "
                    + "case(hedges, on)",
            "'a $Y increase to X' measures X | warranty reserve | change-of | $ 3 million | "
                    + "The/DT $/$/MONEY 3/CD/MONEY million/CD/MONEY increase/NN to/IN the/DT warranty/NN "
                    + "reserve/NN was/VBD/_/be expected/VBN/_/expect ./. | "
                    + "root(ROOT, expected) nsubj:pass(expected, increase) aux:pass(expected, was) det(increase, The) "
                    + "nummod(increase, $) nummod($, million) compound(million, 3) nmod:to(increase, reserve) "
                    + "case(reserve, to) det(reserve, the) compound(reserve, warranty)",
            "a hyphenated word is one word of the measure | short-term debt | copula | $ 2 million | "
                    + "Short/JJ ~-/HYPH ~term/NN debt/NN was/VBD/_/be $/$/MONEY 2/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, debt) amod(term, Short) punct(term, -) compound(debt, term) dep(debt, was) "
                    + "dep(was, $) nummod($, million) compound(million, 2)",
            "a hyphenated word keeps a part tagged as a preposition | after-tax gains | head-noun | "
                    + "$ 3 million | "
                    + "Zorbex/NNP/ORGANIZATION reported/VBD/_/report after/IN ~-/HYPH ~tax/NN gains/NNS/_/gain "
                    + "of/IN $/$/MONEY 3/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, reported) nsubj(reported, Zorbex) obj(reported, gains) compound(gains, tax) "
                    + "dep(tax, after) punct(tax, -) nmod:of(gains, $) case($, of) nummod($, million) "
                    + "compound(million, 3)",
            "'X was $Y for a year' with the amount read as a time of 'was' | freight expense | copula | "
                    + "$ 14 million | "
                    + "Freight/NN expense/NN was/VBD/_/be $/$/MONEY 14/CD/MONEY million/CD/MONEY for/IN "
                    + "fiscal/JJ/DATE 2024/CD/DATE ./. | "
                    + "root(ROOT, expense) compound(expense, Freight) dep(expense, was) obl:tmod(was, $) "
                    + "nummod($, million) compound(million, 14) nmod:for($, 2024) case(2024, for) amod(2024, fiscal)",
            "'X at a date was $Y' with 'was' hung on the date | balance of loan | copula | $ 9 million | "
                    + "The/DT balance/NN of/IN the/DT loan/NN at/IN June/NNP/DATE 30/CD/DATE 2024/CD/DATE "
                    + "was/VBD/_/be $/$/MONEY 9/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, balance) det(balance, The) nmod:of(balance, loan) case(loan, of) det(loan, the) "
                    + "nmod:at(balance, June) case(June, at) nummod(June, 30) nummod(June, 2024) amod(June, was) "
                    + "dep(was, $) nummod($, million) compound(million, 9)",
            "'X payable were $Y' with 'were' hung on the adjective | deferred taxes | copula | $ 7 million | "
                    + "Deferred/JJ taxes/NNS payable/JJ were/VBD/_/be $/$/MONEY 7/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, taxes) amod(taxes, Deferred) amod(taxes, payable) dep(payable, were) dep(were, $) "
                    + "nummod($, million) compound(million, 7)",
            "a hyphenated word is whole, 'for' included | held-for-sale assets | head-noun | $ 5 million | "
                    + "Zorbex/NNP/ORGANIZATION listed/VBD/_/list held/VBN ~-/HYPH ~for/IN ~-/HYPH ~sale/NN "
                    + "assets/NNS of/IN $/$/MONEY 5/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, listed) nsubj(listed, Zorbex) obj(listed, assets) amod(assets, held) "
                    + "obl:for(held, sale) case(sale, for) punct(sale, -#2) punct(sale, -) nmod:of(assets, $) "
                    + "case($, of) nummod($, million) compound(million, 5)",
            "the second amount of a list the parser also hangs on the verb | storage fees | listed | "
                    + "$ 3 million | "
                    + "Zorbex/NNP/ORGANIZATION recorded/VBD/_/record $/$/MONEY 4/CD/MONEY million/CD/MONEY "
                    + "and/CC $/$/MONEY 3/CD/MONEY million/CD/MONEY of/IN storage/NN fees/NNS ./. | "
                    + "root(ROOT, recorded) nsubj(recorded, Zorbex) obj(recorded, $) obj(recorded, $#2) "
                    + "nummod($, million) compound(million, 4) conj:and($, $#2) cc($#2, and) "
                    + "nummod($#2, million#2) compound(million#2, 3) nmod:of($, fees) case(fees, of) "
                    + "compound(fees, storage)",
            "a list whose second amount the parser hangs by acl on the first | freight costs | listed | "
                    + "$ 35 million | "
                    + "Freight/NN costs/NNS were/VBD/_/be $/$/MONEY 40/CD/MONEY million/CD/MONEY ,/, "
                    + "$/$/MONEY 35/CD/MONEY million/CD/MONEY and/CC $/$/MONEY 30/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, costs) compound(costs, Freight) dep(costs, were) dep(were, $) nummod($, million) "
                    + "compound(million, 40) acl($, $#2) acl($, $#3) nummod($#2, million#2) "
                    + "compound(million#2, 35) conj:and($#2, $#3) cc($#3, and) nummod($#3, million#3) "
                    + "compound(million#3, 30)",
            "a later amount hung on the comma after the first | freight costs | listed | $ 35 | "
                    + "Freight/NN costs/NNS were/VBD/_/be $/$/MONEY 40/CD/MONEY ,/, $/$/MONEY 35/CD/MONEY and/CC "
                    + "$/$/MONEY 30/CD/MONEY ./. | "
                    + "root(ROOT, costs) compound(costs, Freight) dep(costs, were) dep(were, $) dep($, 40) "
                    + "punct(40, ,) dep(,, $#2) nummod($#2, 35) dep(,, $#3) conj:and($#2, $#3) cc($#3, and) "
                    + "nummod($#3, 30)",
            "a later amount hung on the 'and' after the date of the first | storage fees | listed | $ 6 million | "
                    + "Storage/NN fees/NNS were/VBD/_/be $/$/MONEY 7/CD/MONEY million/CD/MONEY in/IN "
                    + "2024/CD/DATE and/CC $/$/MONEY 6/CD/MONEY million/CD/MONEY in/IN 2023/CD/DATE ./. | "
                    + "root(ROOT, fees) compound(fees, Storage) dep(fees, were) dep(were, $) nummod($, million) "
                    + "compound(million, 7) nmod:in($, 2024) case(2024, in) cc(2024, and) dep(and, $#2) "
                    + "nummod($#2, million#2) compound(million#2, 6) nmod:in($#2, 2023) case(2023, in#2)",
            "'X and Y of $A and $B, respectively': the second amount measures the second noun | lease liabilities | "
                    + "respectively | $ 8 million | "
                    + "Zorbex/NNP/ORGANIZATION recorded/VBD/_/record lease/NN assets/NNS and/CC lease/NN "
                    + "liabilities/NNS of/IN $/$/MONEY 9/CD/MONEY million/CD/MONEY and/CC $/$/MONEY 8/CD/MONEY "
                    + "million/CD/MONEY ,/, respectively/RB ./. | "
                    + "root(ROOT, recorded) nsubj(recorded, Zorbex) obj(recorded, assets) compound(assets, lease) "
                    + "obj(recorded, liabilities) conj:and(assets, liabilities) cc(liabilities, and) "
                    + "compound(liabilities, lease#2) acl(assets, of) dep(of, $) nummod($, million) "
                    + "compound(million, 9) dep(of, $#2) conj:and($, $#2) cc($#2, and#2) nummod($#2, million#2) "
                    + "compound(million#2, 8) advmod($, respectively)",
            "'X, Y and Z were $A, $B and $C, respectively', nouns hung on commas: the first amount measures X | "
                    + "trade receivables | respectively | $ 5 million | "
                    + "Trade/NN receivables/NNS ,/, current/JJ payables/NNS and/CC other/JJ payables/NNS "
                    + "were/VBD/_/be $/$/MONEY 5/CD/MONEY million/CD/MONEY ,/, $/$/MONEY 4/CD/MONEY "
                    + "million/CD/MONEY and/CC $/$/MONEY 3/CD/MONEY million/CD/MONEY ,/, respectively/RB ./. | "
                    + "root(ROOT, receivables) compound(receivables, Trade) punct(receivables, ,) dep(,, payables) "
                    + "amod(payables, current) dep(,, payables#2) conj:and(payables, payables#2) "
                    + "cc(payables#2, and) amod(payables#2, other) dep(payables, were) dep(were, $) "
                    + "nummod($, million) compound(million, 5) dep($, $#2) nummod($#2, million#2) "
                    + "compound(million#2, 4) dep($, $#3) conj:and($#2, $#3) nummod($#3, million#3) "
                    + "compound(million#3, 3) advmod($#2, respectively)",
            "'$A, $B and $C for X, Y and Z, respectively': the second amount is for the second noun | "
                    + "pension items | respectively | $ 6 | "
                    + "Tax/NN expense/NN of/IN $/$/MONEY 4/CD/MONEY ,/, $/$/MONEY 6/CD/MONEY and/CC $/$/MONEY "
                    + "2/CD/MONEY for/IN hedges/NNS ,/, pension/NN items/NNS and/CC currency/NN "
                    + "translation/NN ,/, respectively/RB ./. | "
                    + "root(ROOT, expense) compound(expense, Tax) nmod:of(expense, $) case($, of) nummod($, 4) "
                    + "punct(4, ,) dep(,, $#2) nummod($#2, 6) dep(,, $#3) conj:and($#2, $#3) cc($#3, and) "
                    + "nummod($#3, 2) obl:for(2, hedges) case(hedges, for) punct(hedges, ,#2) "
                    + "dep(,#2, items) compound(items, pension) dep(,#2, translation) conj:and(items, translation) "
                    + "cc(translation, and#2) compound(translation, currency) advmod(items, respectively)",
            "a slash pair is one item of the list the amounts are for ('gains/losses') | currency translation | "
                    + "respectively | $ 2 | "
                    + "Tax/NN expense/NN of/IN $/$/MONEY 4/CD/MONEY ,/, $/$/MONEY 6/CD/MONEY and/CC $/$/MONEY "
                    + "2/CD/MONEY for/IN gains/NNS ~//SYM ~losses/NNS ,/, pension/NN items/NNS and/CC currency/NN "
                    + "translation/NN ,/, respectively/RB ./. | "
                    + "root(ROOT, expense) compound(expense, Tax) nmod:of(expense, $) case($, of) nummod($, 4) "
                    + "punct(4, ,) dep(,, $#2) nummod($#2, 6) dep(,, $#3) conj:and($#2, $#3) cc($#3, and) "
                    + "nummod($#3, 2) obl:for(2, gains) case(gains, for) conj(gains, losses) cc(losses, /) "
                    + "punct(losses, ,#2) dep(,#2, items) compound(items, pension) dep(,#2, translation) "
                    + "conj:and(items, translation) cc(translation, and#2) compound(translation, currency) "
                    + "advmod(items, respectively)",
            "amounts paired by 'respectively' with as many years take no noun the first is hung on across another "
                    + "noun | - | - | "
                    + "$ 8 million | "
                    + "Zorbex/NNP/ORGANIZATION recorded/VBD/_/record lease/NN assets/NNS and/CC lease/NN "
                    + "liabilities/NNS of/IN $/$/MONEY 9/CD/MONEY million/CD/MONEY and/CC $/$/MONEY 8/CD/MONEY "
                    + "million/CD/MONEY in/IN 2024/CD/DATE and/CC 2023/CD/DATE ,/, respectively/RB ./. | "
                    + "root(ROOT, recorded) nsubj(recorded, Zorbex) obj(recorded, assets) compound(assets, lease) "
                    + "obj(recorded, liabilities) conj:and(assets, liabilities) cc(liabilities, and) "
                    + "compound(liabilities, lease#2) acl(assets, of) dep(of, $) nummod($, million) "
                    + "compound(million, 9) dep(of, $#2) conj:and($, $#2) cc($#2, and#2) nummod($#2, million#2) "
                    + "compound(million#2, 8) nmod:in($, 2024) case(2024, in) conj:and(2024, 2023) "
                    + "advmod($, respectively)",
            "a heading run into the sentence is no part of the measure | short-term debt | copula | $ 2 million | "
                    + "Short/JJ ~-/HYPH ~Term/NN Debt/NN Short/JJ ~-/HYPH ~term/NN debt/NN was/VBD/_/be "
                    + "$/$/MONEY 2/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, debt) amod(Term, Short) punct(Term, -) compound(debt, Term) compound(debt, Debt) "
                    + "amod(term, Short#2) punct(term, -#2) compound(debt, term) dep(debt, was) dep(was, $) "
                    + "nummod($, million) compound(million, 2)",
            "a word repeated across 'and' is no heading: the phrase is refused | - | - | $ 4 million | "
                    + "Cash/NN and/CC cash/NN equivalents/NNS were/VBD/_/be $/$/MONEY 4/CD/MONEY "
                    + "million/CD/MONEY ./. | "
                    + "root(ROOT, equivalents) compound(equivalents, Cash) cc(cash, and) conj:and(Cash, cash) "
                    + "compound(equivalents, cash) dep(equivalents, were) dep(were, $) nummod($, million) "
                    + "compound(million, 4)",
            "a note's bracketed letter is no word of the measure | dividends | of-clause | $ 2 | "
                    + "(/-LRB- k/NN )/-RRB- Dividends/NNS in/IN the/DT amount/NN of/IN $/$/MONEY 2/CD/MONEY "
                    + "per/IN share/NN were/VBD/_/be declared/VBN/_/declare ./. | "
                    + "root(ROOT, Dividends) punct(Dividends, () compound(Dividends, k) punct(Dividends, )) "
                    + "nmod:in(Dividends, amount) case(amount, in) det(amount, the) acl:of(amount, declared) "
                    + "mark(declared, of) nsubj:pass(declared, 2) dep(declared, $) nmod:per(2, share) "
                    + "case(share, per) aux:pass(declared, were)",
            "'X of Y sold was $Z' with the participle hung on the noun it follows | average price | copula | "
                    + "$ 40 | "
                    + "The/DT average/JJ price/NN of/IN tickets/NNS sold/VBN/_/sell was/VBD/_/be $/$/MONEY "
                    + "40/CD/MONEY ./. | "
                    + "root(ROOT, price) det(price, The) amod(price, average) nmod:of(price, tickets) "
                    + "case(tickets, of) dep(price, sold) dep(sold, was) dep(was, $) nummod($, 40)",
            "'X incurred were $Y' with several subjects of the participle: the first measure noun | "
                    + "freight costs | copula | $ 5 million | "
                    + "Freight/NNP and/CC Storage/NNP/ORGANIZATION freight/NN costs/NNS incurred/VBN/_/incur "
                    + "were/VBD/_/be $/$/MONEY 5/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, incurred) nsubj(incurred, Freight) cc(Storage, and) conj:and(Freight, Storage) "
                    + "nsubj(incurred, Storage) conj:and(Freight, costs) nsubj(incurred, costs) "
                    + "compound(costs, freight) dep(incurred, were) dep(were, $) nummod($, million) "
                    + "compound(million, 5)",
            "an amount of another year in brackets after the first | rent expense | listed | $ 5 million | "
                    + "Rent/NN expense/NN was/VBD/_/be $/$/MONEY 6/CD/MONEY million/CD/MONEY in/IN 2024/CD/DATE "
                    + "(/-LRB- $/$/MONEY 5/CD/MONEY million/CD/MONEY in/IN 2023/CD/DATE )/-RRB- ./. | "
                    + "root(ROOT, expense) compound(expense, Rent) dep(expense, was) nsubj(was, $) "
                    + "nummod($, million) compound(million, 6) nmod:in($, 2024) case(2024, in) punct(2024, () "
                    + "dep((, $#2) nummod($#2, million#2) compound(million#2, 5) nmod:in($#2, 2023) "
                    + "case(2023, in#2)",
            "an amount in brackets with no year of its own is no item of the list | - | - | $ 4 million | "
                    + "Rent/NN expense/NN was/VBD/_/be $/$/MONEY 6/CD/MONEY million/CD/MONEY in/IN 2024/CD/DATE "
                    + "(/-LRB- $/$/MONEY 4/CD/MONEY million/CD/MONEY after/IN tax/NN )/-RRB- ./. | "
                    + "root(ROOT, expense) compound(expense, Rent) dep(expense, was) nsubj(was, $) "
                    + "nummod($, million) compound(million, 6) nmod:in($, 2024) case(2024, in) punct(2024, () "
                    + "dep((, $#2) nummod($#2, million#2) compound(million#2, 4) nmod:after($#2, tax) "
                    + "case(tax, after)",
            "'X are charged as incurred and were $Y' with 'were' hung on the 'and' | training costs | copula | "
                    + "$ 3 million | "
                    + "Training/NN costs/NNS are/VBP/_/be charged/VBN/_/charge as/IN incurred/VBN/_/incur and/CC "
                    + "were/VBD/_/be $/$/MONEY 3/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, charged) compound(costs, Training) nsubj:pass(charged, costs) "
                    + "aux:pass(charged, are) advcl:as(charged, incurred) mark(incurred, as) dep(incurred, and) "
                    + "dep(and, were) dep(were, $) nummod($, million) compound(million, 3)",
            "an amount in exchange for something is no amount of exchange | payment | verb-noun | $ 3 million | "
                    + "Zorbex/NNP/ORGANIZATION paid/VBD/_/pay $/$/MONEY 3/CD/MONEY million/CD/MONEY in/IN "
                    + "exchange/NN for/IN land/NN ./. | "
                    + "root(ROOT, paid) nsubj(paid, Zorbex) obj(paid, $) nummod($, million) compound(million, 3) "
                    + "nmod:in($, exchange) case(exchange, in) nmod:for(exchange, land) case(land, for)",
            "money spent on something measures that thing | spending on fertiliser | outlay | $ 4 million | "
                    + "Farmers/NNS spent/VBD/_/spend $/$/MONEY 4/CD/MONEY million/CD/MONEY on/IN fertiliser/NN ./. | "
                    + "root(ROOT, spent) nsubj(spent, Farmers) obj(spent, $) nummod($, million) "
                    + "compound(million, 4) obl:on(spent, fertiliser) case(fertiliser, on)",
            "the 'on' phrase parsed on the amount | spending on road repairs | outlay | $ 2 million | "
                    + "The/DT council/NN spent/VBD/_/spend $/$/MONEY 2/CD/MONEY million/CD/MONEY on/IN road/NN "
                    + "repairs/NNS ./. | "
                    + "root(ROOT, spent) det(council, The) nsubj(spent, council) obj(spent, $) nummod($, million) "
                    + "compound(million, 2) nmod:on($, repairs) case(repairs, on) compound(repairs, road)",
            "money paid for something measures that thing | payment for tower | outlay | $ 9 million | "
                    + "Zorbex/NNP/ORGANIZATION paid/VBD/_/pay $/$/MONEY 9/CD/MONEY million/CD/MONEY for/IN "
                    + "the/DT tower/NN ./. | "
                    + "root(ROOT, paid) nsubj(paid, Zorbex) obj(paid, $) nummod($, million) compound(million, 9) "
                    + "obl:for(paid, tower) case(tower, for) det(tower, the)",
            "money poured into something, a verb with no measure of its own | data centres | outlay | $ 3 billion | "
                    + "Zorbex/NNP/ORGANIZATION poured/VBD/_/pour $/$/MONEY 3/CD/MONEY billion/CD/MONEY into/IN "
                    + "data/NNS centres/NNS ./. | "
                    + "root(ROOT, poured) nsubj(poured, Zorbex) obj(poured, $) nummod($, billion) "
                    + "compound(billion, 3) obl:into(poured, centres) case(centres, into) compound(centres, data)",
            "money invested in a named company stays an investment | investment | verb-noun | $ 5 million | "
                    + "Zorbex/NNP/ORGANIZATION invested/VBD/_/invest $/$/MONEY 5/CD/MONEY million/CD/MONEY "
                    + "into/IN Quillet/NNP/ORGANIZATION ./. | "
                    + "root(ROOT, invested) nsubj(invested, Zorbex) obj(invested, $) nummod($, million) "
                    + "compound(million, 5) obl:into(invested, Quillet) case(Quillet, into)",
            "money spent on something with the verb's preposition not its own is the verb's | spending | "
                    + "verb-noun | $ 6 million | "
                    + "Zorbex/NNP/ORGANIZATION spent/VBD/_/spend $/$/MONEY 6/CD/MONEY million/CD/MONEY for/IN "
                    + "the/DT tower/NN ./. | "
                    + "root(ROOT, spent) nsubj(spent, Zorbex) obj(spent, $) nummod($, million) compound(million, 6) "
                    + "obl:for(spent, tower) case(tower, for) det(tower, the)"})
    void measures(String name, String measure, String step, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.AMOUNT, "USD");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, HandParsedFigure.dash(about.measure().step()), "measure step");
    }
}
