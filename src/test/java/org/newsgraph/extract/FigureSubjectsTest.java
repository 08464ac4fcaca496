package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One made-up sentence per class of attribution error seen in news the project did not write: which subject is
 * asserted, which is only a candidate, and which further subjects a figure about several organisations carries.
 * Parses are written by hand as CoreNLP's enhanced++ graph gives such sentences (misparses included: the errors come
 * from them).
 */
class FigureSubjectsTest {

    /** A figure in the last sentence; subject "-" for none; others: the further subjects, in order. */
    record Case(String name, List<String[]> sentences, String figure, FigureKind kind, String subject, String step,
                boolean sure, List<String> others, String of) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, String figure, FigureKind kind, String subject, String step, boolean sure,
                           List<String> others, String of, String... sentences) {
        List<String[]> parsed = new ArrayList<>();
        for (int i = 0; i < sentences.length; i += 2) {
            parsed.add(new String[] {sentences[i], sentences[i + 1]});
        }
        return new Case(name, parsed, figure, kind, subject, step, sure, others, of);
    }

    private static final String ROUND_UP = "Acme/NNP/ORGANIZATION held/VBD/_/hold 19/CD %/NN ,/, with/IN "
            + "Beta/NNP/ORGANIZATION at/IN 15/CD %/NN ,/, followed/VBN/_/follow by/IN Gamma/NNP/ORGANIZATION at/IN "
            + "13/CD %/NN ./.";
    private static final String ROUND_UP_PARSE = "nsubj(held, Acme) root(ROOT, held) obj(held, %) nummod(%, 19) "
            + "obl:with(held, Beta) case(Beta, with) obl:at(held, %#2) case(%#2, at) nummod(%#2, 15) "
            + "dep(held, followed) obl:by(followed, Gamma) case(Gamma, by) obl:at(followed, %#3) nummod(%#3, 13)";

    private static final String RESPECTIVELY = "Acme/NNP/ORGANIZATION and/CC Beta/NNP/ORGANIZATION rose/VBD/_/rise "
            + "3/CD %/NN and/CC 5/CD %/NN respectively/RB ./.";
    private static final String RESPECTIVELY_PARSE = "nsubj(rose, Acme) conj:and(Acme, Beta) nsubj(rose, Beta) "
            + "root(ROOT, rose) obj(rose, %) nummod(%, 3) obj(rose, %#2) conj:and(%, %#2) nummod(%#2, 5) "
            + "advmod(rose, respectively)";

    static Stream<Case> cases() {
        return Stream.of(
                // another organisation stands beside the figure's phrase, not in it: near-beside asserts (session 12)
                of("round-up: the organisation beside the figure, not the clause's subject", "15 %", FigureKind.SHARE,
                        "beta", "round-up", true, List.of(), "-", ROUND_UP, ROUND_UP_PARSE),
                // another organisation stands beside the figure's phrase, not in it: near-beside asserts (session 12)
                of("round-up: followed by X at N%", "13 %", FigureKind.SHARE, "gamma", "round-up", true, List.of(),
                        "-", ROUND_UP, ROUND_UP_PARSE),
                // another organisation stands beside the figure's phrase, not in it: near-beside asserts (session 12)
                of("round-up: the first figure stays the subject's", "19 %", FigureKind.SHARE, "acme", "nsubj", true,
                        List.of(), "-", ROUND_UP, ROUND_UP_PARSE),
                // another organisation stands beside the figure's phrase, not in it: near-beside asserts (session 12)
                of("respectively: the first figure to the first subject", "3 %", FigureKind.CHANGE, "acme", "nsubj",
                        true, List.of(), "-", RESPECTIVELY, RESPECTIVELY_PARSE),
                // another organisation stands beside the figure's phrase, not in it: near-beside asserts (session 12)
                of("respectively: the second figure to the second subject", "5 %", FigureKind.CHANGE, "beta", "nsubj",
                        true, List.of(), "-", RESPECTIVELY, RESPECTIVELY_PARSE),
                of("coordinated figures without respectively: no pairing is sure", "5 %", FigureKind.CHANGE, "acme",
                        "nsubj", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION and/CC Beta/NNP/ORGANIZATION rose/VBD/_/rise 3/CD %/NN and/CC "
                                + "5/CD %/NN ./.",
                        "nsubj(rose, Acme) conj:and(Acme, Beta) nsubj(rose, Beta) root(ROOT, rose) obj(rose, %) "
                                + "nummod(%, 3) obj(rose, %#2) conj:and(%, %#2) nummod(%#2, 5)"),
                of("one figure, coordinated subjects: about each", "$ 5 million", FigureKind.AMOUNT, "acme", "nsubj",
                        true, List.of("beta"), "-",
                        "Acme/NNP/ORGANIZATION and/CC Beta/NNP/ORGANIZATION received/VBD/_/receive $/$ 5/CD "
                                + "million/CD ./.",
                        "nsubj(received, Acme) conj:and(Acme, Beta) nsubj(received, Beta) root(ROOT, received) "
                                + "obj(received, $) nummod($, million) compound(million, 5)"),
                // s25-coref: a plural coreferent is a candidate only (one figure, two companies; the seed's "These
                // companies spend millions each month" was proposed anyway, near-rivals), still for each of them
                of("plural coreference: these companies are each organisation named together", "millions",
                        FigureKind.AMOUNT, "acme", "coreference", false, List.of("beta"), "-",
                        "Acme/NNP/ORGANIZATION and/CC Beta/NNP/ORGANIZATION signed/VBD/_/sign deals/NNS ./.",
                        "nsubj(signed, Acme) conj:and(Acme, Beta) nsubj(signed, Beta) root(ROOT, signed) "
                                + "obj(signed, deals)",
                        "These/DT companies/NNS spend/VBP/_/spend millions/NNS each/DT month/NN ./.",
                        "det(companies, These) nsubj(spend, companies) root(ROOT, spend) obj(spend, millions) "
                                + "obl:tmod(spend, month) det(month, each)"),
                of("a relative clause hung under another clause: the outer organisation is a candidate only", "14 %",
                        FigureKind.CHANGE, "acme", "of-attachment", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION ,/, which/WDT fell/VBD/_/fall 9/CD %/NN ,/, and/CC "
                                + "Beta/NNP/ORGANIZATION ,/, which/WDT dropped/VBD/_/drop 14/CD %/NN ./.",
                        "root(ROOT, Acme) nsubj(fell, which) ccomp(Acme, fell) obj(fell, %) nummod(%, 9) "
                                + "dep(dropped, Beta) nsubj(dropped, which#2) advcl(fell, dropped) obj(dropped, %#2) "
                                + "nummod(%#2, 14)"),
                of("a figure the parser hung on a verb as a bare dep: a candidate only", "$ 2 billion",
                        FigureKind.AMOUNT, "acme", "nsubj", false, List.of(), "-",
                        "The/DT jets/NNS list/VBP/_/list at/IN €/$ 1.8/CD billion/CD (/-LRB- $/$ 2/CD billion/CD )/-RRB- "
                                + "but/CC Acme/NNP/ORGANIZATION offered/VBD/_/offer discounts/NNS ./.",
                        "det(jets, The) nsubj(list, jets) root(ROOT, list) obl:at(list, €) nummod(€, billion) "
                                + "compound(billion, 1.8) dep(offered, $) nummod($, billion#2) compound(billion#2, 2) "
                                + "nsubj(offered, Acme) conj:but(list, offered) obj(offered, discounts)"),
                // climbs past the figure's own verb: into another clause ("far" in subject-case-groups.tsv) 10 right
                // of 16 on the tuning half, only propose; inside the figure's clause up to the main verb's subject
                // ("deep-main") 25 of 25 figures but 14 of 14 sentences (9/9 and 5/5 on the two folds), too few
                // sentences for the bound: propose; inside it up to a subordinate verb's subject ("deep") 8 of 9, propose
                of("a conjoined clause about a plain measure: the first clause's subject, a candidate (far)",
                        "$ 3 billion", FigureKind.AMOUNT, "acme", "nsubj", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION carried/VBD/_/carry 21/CD passengers/NNS ,/, and/CC revenue/NN "
                                + "climbed/VBD/_/climb to/IN $/$ 3/CD billion/CD ./.",
                        "nsubj(carried, Acme) root(ROOT, carried) obj(carried, passengers) nummod(passengers, 21) "
                                + "cc(climbed, and) nsubj(climbed, revenue) conj:and(carried, climbed) "
                                + "advmod(climbed, to) dep(to, $) nummod($, billion) compound(billion, 3)"),
                of("a conjoined clause with an owner of its own is not the first clause's", "$ 3 billion",
                        FigureKind.AMOUNT, "acme", "nsubj", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION carried/VBD/_/carry 21/CD passengers/NNS ,/, and/CC the/DT "
                                + "airport/NN earned/VBD/_/earn $/$ 3/CD billion/CD ./.",
                        "nsubj(carried, Acme) root(ROOT, carried) obj(carried, passengers) nummod(passengers, 21) "
                                + "cc(earned, and) det(airport, the) nsubj(earned, airport) conj:and(carried, earned) "
                                + "obj(earned, $) nummod($, billion) compound(billion, 3)"),
                of("the subject of an outer verb across xcomp, a candidate (far)", "12 %", FigureKind.CHANGE, "acme",
                        "nsubj", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION expects/VBZ/_/expect revenue/NN to/TO rise/VB/_/rise 12/CD %/NN ./.",
                        "nsubj(expects, Acme) root(ROOT, expects) obj(expects, revenue) xcomp(expects, rise) "
                                + "mark(rise, to) nsubj:xsubj(rise, revenue) obj(rise, %) nummod(%, 12)"),
                // another organisation competes in the sentence: near-rivals proposes until its sentences prove it
                // near-apart (the other organisation set apart) asserts since session 13: confirmed by made-up sentences
                of("a share of an organisation: the organisation is the whole, the holder the subject", "6 %",
                        FigureKind.SHARE, "beta", "nsubj", true, List.of(), "acme",
                        "Beta/NNP/ORGANIZATION owns/VBZ/_/own 6/CD %/NN of/IN Acme/NNP/ORGANIZATION ./.",
                        "nsubj(owns, Beta) root(ROOT, owns) obj(owns, %) nummod(%, 6) nmod:of(%, Acme) case(Acme, of)"),
                of("a share of an organisation nobody is said to hold: the whole as a candidate", "6 %",
                        FigureKind.SHARE, "acme", "of-attachment", false, List.of(), "acme",
                        "About/RB 6/CD %/NN of/IN Acme/NNP/ORGANIZATION changed/VBD/_/change hands/NNS ./.",
                        "advmod(6, About) nummod(%, 6) nsubj(changed, %) root(ROOT, changed) nmod:of(%, Acme) "
                                + "case(Acme, of) obj(changed, hands)"),
                of("a client's spending is not its supplier's: the named supplier a candidate only", "millions",
                        FigureKind.AMOUNT, "acme", "possessor", false, List.of(), "-",
                        "Zeta/NN ,/, an/DT Acme/NNP/ORGANIZATION client/NN ,/, spends/VBZ/_/spend millions/NNS ./.",
                        "dep(spends, Zeta) det(client, an) compound(client, Acme) nsubj(spends, client) "
                                + "root(ROOT, spends) obj(spends, millions)"),
                of("shares in an organisation stay its own under an agent verb, on the main verb: asserted since session 16 (deep, main)",
                        "4 %", FigureKind.CHANGE, "acme", "of-attachment", true, List.of(), "-",
                        "Shares/NNS in/IN Acme/NNP/ORGANIZATION closed/VBD/_/close 4/CD %/NN higher/JJR ./.",
                        "nsubj(closed, Shares) nmod:in(Shares, Acme) case(Acme, in) root(ROOT, closed) "
                                + "advmod(closed, higher) obl:npmod(higher, %) nummod(%, 4)"),
                of("a name a modifier clause describes is what the figure is about: the outer subject a candidate",
                        "500 passengers", FigureKind.COUNT, "acme", "nsubj", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION sells/VBZ/_/sell the/DT X200/NN ,/, able/JJ to/TO carry/VB/_/carry "
                                + "500/CD passengers/NNS ./.",
                        "nsubj(sells, Acme) root(ROOT, sells) obj(sells, X200) det(X200, the) amod(X200, able) "
                                + "dep(able, carry) mark(carry, to) obj(carry, passengers) nummod(passengers, 500)"),
                of("a common noun a modifier clause describes stays the clause's: the main verb's subject (deep, main)",
                        "30 aircraft", FigureKind.COUNT, "acme", "nsubj", true, List.of(), "-",
                        "Acme/NNP/ORGANIZATION operates/VBZ/_/operate a/DT fleet/NN consisting/VBG/_/consist of/IN "
                                + "30/CD aircraft/NN ./.",
                        "nsubj(operates, Acme) root(ROOT, operates) obj(operates, fleet) det(fleet, a) "
                                + "acl(fleet, consisting) obl:of(consisting, aircraft) case(aircraft, of) "
                                + "nummod(aircraft, 30)"),
                of("an adverbial participle's figure: the main clause's subject, a candidate (far)", "48 branches",
                        FigureKind.COUNT, "acme", "nsubj", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION agreed/VBD/_/agree to/TO buy/VB/_/buy a/DT rival/NN ,/, "
                                + "adding/VBG/_/add 48/CD branches/NNS ./.",
                        "nsubj(agreed, Acme) root(ROOT, agreed) xcomp(agreed, buy) mark(buy, to) "
                                + "nsubj:xsubj(buy, Acme) obj(buy, rival) det(rival, a) advcl(buy, adding) "
                                + "obj(adding, branches) nummod(branches, 48)"),
                of("a relative clause's figure is the described noun's: the outer subject a candidate (far)",
                        "2,500 people", FigureKind.COUNT, "acme", "nsubj", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION will/MD build/VB/_/build a/DT plant/NN which/WDT will/MD "
                                + "employ/VB/_/employ 2,500/CD people/NNS ./.",
                        "nsubj(build, Acme) aux(build, will) root(ROOT, build) obj(build, plant) det(plant, a) "
                                + "acl:relcl(plant, employ) nsubj(employ, which) ref(plant, which) aux(employ, will#2) "
                                + "obj(employ, people) nummod(people, 2,500)"),
                of("a count under the main verb's object is the main verb's subject's, asserted since session 16 (deep, main)",
                        "120 towns", FigureKind.COUNT, "borvik", "nsubj", true, List.of(), "-",
                        "Borvik/NNP/ORGANIZATION runs/VBZ/_/run a/DT network/NN spanning/VBG/_/span 120/CD "
                                + "towns/NNS ./.",
                        "nsubj(runs, Borvik) root(ROOT, runs) obj(runs, network) det(network, a) "
                                + "acl(network, spanning) obj(spanning, towns) nummod(towns, 120)"),
                of("the same count under an open complement's object: that verb's subject, a candidate (deep)",
                        "12 jets", FigureKind.COUNT, "borvik", "nsubj", false, List.of(), "-",
                        "Borvik/NNP/ORGANIZATION agreed/VBD/_/agree to/TO lease/VB/_/lease a/DT fleet/NN "
                                + "consisting/VBG/_/consist of/IN 12/CD jets/NNS ./.",
                        "nsubj(agreed, Borvik) root(ROOT, agreed) xcomp(agreed, lease) mark(lease, to) "
                                + "nsubj:xsubj(lease, Borvik) obj(lease, fleet) det(fleet, a) acl(fleet, consisting) "
                                + "obl:of(consisting, jets) case(jets, of) nummod(jets, 12)"),
                of("a titled officer reporting a figure: the organisation she is titled for, a candidate", "4 %",
                        FigureKind.CHANGE, "tamsin", "employer", false, List.of(), "-",
                        "Kestrel/NNP/ORGANIZATION bought/VBD/_/buy a/DT stake/NN in/IN Tamsin/NNP/ORGANIZATION ./.",
                        "nsubj(bought, Kestrel) root(ROOT, bought) det(stake, a) obj(bought, stake) "
                                + "nmod:in(stake, Tamsin) case(Tamsin, in)",
                        "Tamsin/NNP/ORGANIZATION finance/NN director/NN Jo/NNP/PERSON Lind/NNP/PERSON said/VBD/_/say "
                                + "revenue/NN rose/VBD/_/rise 4/CD %/NN ./.",
                        "compound(director, Tamsin) compound(director, finance) compound(Lind, director) "
                                + "compound(Lind, Jo) nsubj(said, Lind) root(ROOT, said) nsubj(rose, revenue) "
                                + "ccomp(said, rose) obj(rose, %) nummod(%, 4)"),
                of("a person the article titles for no organisation: the organisation it is about, asserted (its "
                        + "results: implicit-result, which asserts since session 39)",
                        "4 %", FigureKind.CHANGE, "kestrel", "implicit", true, List.of(), "-",
                        "Kestrel/NNP/ORGANIZATION bought/VBD/_/buy a/DT stake/NN in/IN Tamsin/NNP/ORGANIZATION ./.",
                        "nsubj(bought, Kestrel) root(ROOT, bought) det(stake, a) obj(bought, stake) "
                                + "nmod:in(stake, Tamsin) case(Tamsin, in)",
                        "Jo/NNP/PERSON Lind/NNP/PERSON said/VBD/_/say revenue/NN rose/VBD/_/rise 4/CD %/NN ./.",
                        "compound(Lind, Jo) nsubj(said, Lind) root(ROOT, said) nsubj(rose, revenue) "
                                + "ccomp(said, rose) obj(rose, %) nummod(%, 4)"),
                of("an open complement sharing the subject stays in the clause: a candidate (deep)", "300 jobs",
                        FigureKind.COUNT, "acme", "nsubj", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION plans/VBZ/_/plan to/TO cut/VB/_/cut staff/NN by/IN 300/CD "
                                + "jobs/NNS ./.",
                        "nsubj(plans, Acme) root(ROOT, plans) xcomp(plans, cut) mark(cut, to) "
                                + "nsubj:xsubj(cut, Acme) obj(cut, staff) obl:by(staff, jobs) case(jobs, by) "
                                + "nummod(jobs, 300)"),
                // another organisation stands beside the figure's phrase, not in it: near-beside asserts (session 12)
                of("the figure's own relative clause names its holder", "6 %", FigureKind.SHARE, "gamma",
                        "relative-clause", true, List.of(), "acme",
                        "Beta/NNP/ORGANIZATION buys/VBZ/_/buy the/DT 6/CD %/NN of/IN Acme/NNP/ORGANIZATION that/IN "
                                + "Gamma/NNP/ORGANIZATION owns/VBZ/_/own ./.",
                        "nsubj(buys, Beta) root(ROOT, buys) obj(buys, %) det(%, the) nummod(%, 6) nmod:of(%, Acme) "
                                + "case(Acme, of) dep(%, owns) mark(owns, that) nsubj(owns, Gamma)"),
                // another organisation stands beside the figure's phrase, not in it: near-beside asserts (session 12)
                of("what is given belongs to the indirect object, not to the giver", "52 %", FigureKind.SHARE, "beta",
                        "nsubj", true, List.of(), "-",
                        "Gamma/NNP/ORGANIZATION gives/VBZ/_/give Beta/NNP/ORGANIZATION a/DT 52/CD %/NN stake/NN ./.",
                        "nsubj(gives, Gamma) root(ROOT, gives) iobj(gives, Beta) obj(gives, stake) det(stake, a) "
                                + "compound(stake, %) nummod(%, 52)"),
                of("an adverbial clause with a clausal subject of its own: the main subject a candidate", "3 plants",
                        FigureKind.COUNT, "acme", "nsubj", false, List.of(), "-",
                        "After/IN a/DT plan/NN to/TO close/VB/_/close 3/CD plants/NNS failed/VBD/_/fail ,/, "
                                + "Acme/NNP/ORGANIZATION hired/VBD/_/hire a/DT chief/NN ./.",
                        "det(plan, a) nsubj(close, plan) mark(close, to) obj(close, plants) nummod(plants, 3) "
                                + "csubj(failed, close) mark(failed, After) advcl(hired, failed) nsubj(hired, Acme) "
                                + "root(ROOT, hired) obj(hired, chief) det(chief, a)"),
                of("a reporting verb's subject is a speaker, a candidate only", "$ 1 trillion", FigureKind.AMOUNT,
                        "acme", "speaker", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION reports/VBZ/_/report that/IN values/NNS fell/VBD/_/fall $/$ 1/CD "
                                + "trillion/CD ./.",
                        "nsubj(reports, Acme) root(ROOT, reports) ccomp(reports, fell) mark(fell, that) "
                                + "nsubj(fell, values) obj(fell, $) nummod($, trillion) compound(trillion, 1)"),
                of("an amount the parser hung on a noun as a bare dep: a candidate only", "$ 40 billion",
                        FigureKind.AMOUNT, "acme", "nsubj", false, List.of(), "-",
                        "Acme/NNP/ORGANIZATION called/VBD/_/call for/IN a/DT rerun/NN ,/, $/$ 40/CD billion/CD "
                                + "contract/NN ./.",
                        "nsubj(called, Acme) root(ROOT, called) obl:for(called, rerun) case(rerun, for) "
                                + "det(rerun, a) dep(rerun, contract) nummod(contract, $) nummod($, billion) "
                                + "compound(billion, 40)"));
    }

    @org.junit.jupiter.api.Test
    void aBareAgeBesideANameIsThatPersonsAge() {
        List<String[]> sentences = List.<String[]>of(new String[] {
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/, 51/CD ,/, will/MD lead/VB/_/lead Acme/NNP/ORGANIZATION ./.",
                "compound(Doe, Jane) nsubj(lead, Doe) amod(Doe, 51) aux(lead, will) root(ROOT, lead) obj(lead, Acme)"});
        FigureContext.About age = HandParsedFigure.about(sentences, "51", FigureKind.DURATION, "YR");
        assertEquals("jane-doe", age.subject().value());
        assertEquals("apposition/age/sole", age.subject().key());
        assertEquals("age", age.measure().value());
        assertEquals("age", age.measure().step());
        // only a number read as years of age is an age: the same number as a count is not
        FigureContext.About count = HandParsedFigure.about(sentences, "51", FigureKind.COUNT, "store");
        org.junit.jupiter.api.Assertions.assertNotEquals("age", count.measure().step());
    }

    /** Which climbs stay in the figure's clause ("deep") and which cross into another ("far"): the case key. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void climbsAreKeyedByWhetherTheyLeaveTheFiguresClause(Case c) {
        FigureContext.About about = HandParsedFigure.about(c.sentences(), c.figure(), c.kind(), "x");
        List<String> key = List.of(about.subject().key().split("/"));
        if (c.name().endsWith("(deep)") || c.name().endsWith("(deep, main)")) {
            assertEquals(true, key.contains("deep") && !key.contains("far"), key.toString());
            // a climb that ends at the main verb's subject is "deep/main" (the group deep-main); one that ends at a
            // subordinate verb's subject ("plans to cut ... by 300 jobs": cut's) is plain "deep"
            assertEquals(c.name().endsWith("(deep, main)"), key.contains("main"), key.toString());
        } else if (c.name().endsWith("(far)")) {
            assertEquals(true, key.contains("far") && !key.contains("deep"), key.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void attributes(Case c) {
        FigureContext.About about = HandParsedFigure.about(c.sentences(), c.figure(), c.kind(), "x");
        assertEquals(c.subject(), HandParsedFigure.dash(about.subject().value()), "subject");
        assertEquals(c.step(), HandParsedFigure.dash(about.subject().step()), "subject step");
        assertEquals(c.sure(), about.subject().sure(), "subject sure");
        assertEquals(c.others(), about.subject().others(), "further subjects");
        assertEquals(c.of(), HandParsedFigure.dash(about.of()), "of");
    }

    /** A stock's move in a market round-up is no index's: the index the article is about is not proposed for it. */
    @org.junit.jupiter.api.Test
    void aStockIndexIsNotTheSubjectOfAStocksMove() {
        String[] index = {"The/DT FTSE/NNP/ORGANIZATION 100/CD index/NN rose/VBD/_/rise 48/CD points/NNS ./.",
                "det(index, The) compound(index, FTSE) nummod(FTSE, 100) nsubj(rose, index) root(ROOT, rose) "
                        + "obj(rose, points) nummod(points, 48)"};
        String[] shares = {"Shares/NNS gained/VBD/_/gain 4/CD %/NN ./.",
                "nsubj(gained, Shares) root(ROOT, gained) obj(gained, %) nummod(%, 4)"};
        FigureContext.About stock = HandParsedFigure.about(List.of(index, shares), "4 %", FigureKind.CHANGE,
                "percent");
        assertEquals("stock price", stock.measure().value());
        assertEquals(null, stock.subject().value(), "the index is not the shares' owner");
        // the index's own move keeps it
        String[] own = {"The/DT FTSE/NNP/ORGANIZATION 100/CD index/NN rose/VBD/_/rise 1/CD %/NN ./.",
                "det(index, The) compound(index, FTSE) nummod(FTSE, 100) nsubj(rose, index) root(ROOT, rose) "
                        + "obj(rose, %) nummod(%, 1)"};
        assertEquals("ftse", HandParsedFigure.about(List.<String[]>of(own), "1 %", FigureKind.CHANGE, "percent")
                .subject().value());
        // a company's stock move keeps the company proposed
        String[] company = {"Acme/NNP/ORGANIZATION opened/VBD/_/open a/DT plant/NN ./.",
                "nsubj(opened, Acme) root(ROOT, opened) obj(opened, plant) det(plant, a)"};
        assertEquals("acme", HandParsedFigure.about(List.of(company, shares), "4 %", FigureKind.CHANGE, "percent")
                .subject().value());
    }

    /** A physical measurement is the product's its sentence names, proposed instead of the maker. */
    @org.junit.jupiter.api.Test
    void aMeasurementIsTheNamedProductsNotItsMakers() {
        String[] maker = {"Acme/NNP/ORGANIZATION opened/VBD/_/open a/DT plant/NN ./.",
                "nsubj(opened, Acme) root(ROOT, opened) obj(opened, plant) det(plant, a)"};
        String[] range = {"Range/NN for/IN the/DT Vela/NNP/PRODUCT is/VBZ/_/be 8,000/CD miles/NNS ./.",
                "nsubj(miles, Range) cop(miles, is) nmod:for(Range, Vela) case(Vela, for) det(Vela, the) "
                        + "nummod(miles, 8,000) root(ROOT, miles)"};
        FigureContext.About measured = HandParsedFigure.about(List.of(maker, range), "8,000 miles",
                FigureKind.MEASUREMENT, "MI");
        assertEquals("vela", measured.subject().value());
        assertEquals("product", measured.subject().step());
        // a candidate until the product group's evidence lets it assert (session 39: decided by subject-cases.tsv)
        assertEquals(SubjectCases.bundled().groupAsserts("product"), measured.subject().sure());
        // not a measurement: the maker stays proposed
        assertEquals("acme", HandParsedFigure.about(List.of(maker, range), "8,000 miles", FigureKind.COUNT, "mile")
                .subject().value());
        // no product named in the sentence, the clause about "the plane" (s22-subjects, ProductClauses): not the
        // maker's either; nothing is proposed (it used to propose the maker)
        String[] unnamed = {"The/DT plane/NN can/MD fly/VB/_/fly 8,000/CD miles/NNS ./.",
                "det(plane, The) nsubj(fly, plane) aux(fly, can) root(ROOT, fly) obj(fly, miles) "
                        + "nummod(miles, 8,000)"};
        assertEquals(null, HandParsedFigure.about(List.of(maker, unnamed), "8,000 miles", FigureKind.MEASUREMENT,
                "MI").subject().value());
    }

    /**
     * s22-subjects: a figure whose own clause is about a product (its subject a product noun or a named product, or
     * the figure's phrase describing one) is not the maker's the article is about (MEANTIME tuning: "The aircraft is
     * thought to have attracted 840 orders", "the new 290+ seat wide-body, twin engine jetliner", "The aircraft was
     * greeted by some 400 guests"; Airbus A380 and Boeing 787 articles): the product named in the clause or, for a
     * product noun, the one product of the sentence is proposed; else nothing. A clause about the company's own
     * measure keeps the topic proposed.
     */
    @org.junit.jupiter.api.Test
    void aProductsClauseIsNotItsMakers() {
        String[] maker = {"Acme/NNP/ORGANIZATION opened/VBD/_/open a/DT plant/NN ./.",
                "nsubj(opened, Acme) root(ROOT, opened) obj(opened, plant) det(plant, a)"};
        String[] orders = {"The/DT aircraft/NN has/VBZ attracted/VBN/_/attract 840/CD orders/NNS ./.",
                "det(aircraft, The) nsubj(attracted, aircraft) aux(attracted, has) root(ROOT, attracted) "
                        + "obj(attracted, orders) nummod(orders, 840) punct(attracted, .)"};
        FigureContext.About unnamed = HandParsedFigure.about(List.of(maker, orders), "840 orders", FigureKind.COUNT,
                "order");
        assertEquals(null, unnamed.subject().value(), unnamed.subject().key());
        String[] named = {"The/DT Vela/NNP/PRODUCT has/VBZ attracted/VBN/_/attract 840/CD orders/NNS ,/, "
                + "analysts/NNS said/VBD/_/say ./.",
                "det(Vela, The) nsubj(attracted, Vela) aux(attracted, has) root(ROOT, attracted) "
                        + "obj(attracted, orders) nummod(orders, 840) punct(attracted, ,) nsubj(said, analysts) "
                        + "parataxis(attracted, said) punct(attracted, .)"};
        FigureContext.About product = HandParsedFigure.about(List.of(maker, named), "840 orders", FigureKind.COUNT,
                "order");
        assertEquals("vela", product.subject().value(), product.subject().key());
        String[] seats = {"Acme/NNP/ORGANIZATION says/VBZ/_/say the/DT new/JJ 290/CD seat/NN jetliner/NN is/VBZ/_/be "
                + "efficient/JJ ./.",
                "nsubj(says, Acme) root(ROOT, says) det(jetliner, the) amod(jetliner, new) nummod(seat, 290) "
                        + "compound(jetliner, seat) nsubj(efficient, jetliner) cop(efficient, is) "
                        + "ccomp(says, efficient) punct(says, .)"};
        FigureContext.About said = HandParsedFigure.about(List.of(maker, seats), "290 seat", FigureKind.COUNT, "seat");
        assertEquals(null, said.subject().value(), said.subject().key());
        // control: the company's own measure, no product in the clause: the topic stays proposed
        String[] revenue = {"Revenue/NN rose/VBD/_/rise 12/CD %/NN ./.",
                "nsubj(rose, Revenue) root(ROOT, rose) obj(rose, %) nummod(%, 12) punct(rose, .)"};
        FigureContext.About own = HandParsedFigure.about(List.of(maker, revenue), "12 %", FigureKind.CHANGE, "percent");
        assertEquals("acme", own.subject().value(), own.subject().key());
        // control: a count of the product itself ("sold 24 jets") is not a product's clause
        String[] sold = {"It/PRP sold/VBD/_/sell 24/CD jets/NNS ./.",
                "nsubj(sold, It) root(ROOT, sold) obj(sold, jets) nummod(jets, 24) punct(sold, .)"};
        FigureContext.About count = HandParsedFigure.about(List.of(maker, sold), "24 jets", FigureKind.COUNT, "jet");
        assertEquals("acme", count.subject().value(), count.subject().key());
    }

    @org.junit.jupiter.api.Test
    void aCountOfOrganisationsIsNotTheClauseSubjects() {
        List<String[]> sentence = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION hired/VBD/_/hire two/CD investment/NN banks/NNS ./.",
                "nsubj(hired, Acme) root(ROOT, hired) obj(hired, banks) nummod(banks, two) "
                        + "compound(banks, investment)"});
        assertEquals(null, HandParsedFigure.about(sentence, "two investment banks", FigureKind.COUNT, "bank")
                .subject().value(), "the banks counted are not Acme's figure");
        List<String[]> stores = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION closed/VBD/_/close two/CD large/JJ stores/NNS ./.",
                "nsubj(closed, Acme) root(ROOT, closed) obj(closed, stores) nummod(stores, two) amod(stores, large)"});
        assertEquals("acme", HandParsedFigure.about(stores, "two large stores", FigureKind.COUNT, "store")
                .subject().value(), "a count of anything else stays the subject's");
    }

    @org.junit.jupiter.api.Test
    void aToInfinitivesMisparsedSubjectIsPassedOver() {
        // "before Parliament" read as the subject of "given": a "to" infinitive has no subject of its own
        List<String[]> misparsed = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION asked/VBD/_/ask before/IN Parliament/NNP/ORGANIZATION to/TO be/VB/_/be "
                        + "given/VBN/_/give $/$ 5/CD billion/CD ./.",
                "nsubj(asked, Acme) root(ROOT, asked) advcl:to(asked, given) mark(given, before) "
                        + "nsubj:pass(given, Parliament) mark(given, to) aux:pass(given, be) obj(given, $) "
                        + "nummod($, billion) compound(billion, 5)"});
        FigureContext.About about = HandParsedFigure.about(misparsed, "$ 5 billion", FigureKind.AMOUNT, "USD");
        assertEquals("acme", about.subject().value());
        assertEquals(true, about.subject().key().contains("/far"), about.subject().key());
        // "for Beta to be given": the subject "for" introduces is the infinitive's own
        List<String[]> withFor = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION asked/VBD/_/ask for/IN Beta/NNP/ORGANIZATION to/TO be/VB/_/be "
                        + "given/VBN/_/give $/$ 5/CD billion/CD ./.",
                "nsubj(asked, Acme) root(ROOT, asked) advcl:for(asked, given) mark(given, for) "
                        + "nsubj:pass(given, Beta) mark(given, to) aux:pass(given, be) obj(given, $) "
                        + "nummod($, billion) compound(billion, 5)"});
        assertEquals("beta", HandParsedFigure.about(withFor, "$ 5 billion", FigureKind.AMOUNT, "USD").subject()
                .value());
    }

    @org.junit.jupiter.api.Test
    void aProductNamedBesideTheSubjectNounIsTheSubjectNotItsOwner() {
        List<String[]> sentence = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION 's/POS drug/NN Zenthra/NNP/PRODUCT accounts/VBZ/_/account for/IN 21/CD %/NN "
                        + "of/IN revenue/NN ./.",
                "nmod:poss(drug, Acme) case(Acme, 's) appos(drug, Zenthra) nsubj(accounts, drug) "
                        + "root(ROOT, accounts) obl:for(accounts, %) case(%, for) nummod(%, 21) nmod:of(%, revenue) "
                        + "case(revenue, of)"});
        FigureContext.About about = HandParsedFigure.about(sentence, "21 %", FigureKind.SHARE, "x");
        assertEquals("zenthra", about.subject().value());
        assertEquals(true, about.subject().key().startsWith("nsubj/named-noun"), about.subject().key());
        List<String[]> unnamed = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION 's/POS drug/NN accounts/VBZ/_/account for/IN 21/CD %/NN of/IN revenue/NN ./.",
                "nmod:poss(drug, Acme) case(Acme, 's) nsubj(accounts, drug) root(ROOT, accounts) "
                        + "obl:for(accounts, %) case(%, for) nummod(%, 21) nmod:of(%, revenue) case(revenue, of)"});
        assertEquals("acme", HandParsedFigure.about(unnamed, "21 %", FigureKind.SHARE, "x").subject().value(),
                "without a name, the owner of the subject noun answers");
    }

    /**
     * A common noun named right after it by an organisation or a person (CoreNLP hangs the name by a bare dep) is that
     * one: "its unit Brindle Software would cut 400 jobs" is the unit's figure, not its owner's (session 13, made-up
     * subject table); a person so named answers only for their own figure.
     */
    @org.junit.jupiter.api.Test
    void anOrganisationOrPersonNamingTheSubjectNounIsTheSubject() {
        List<String[]> unit = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION said/VBD/_/say its/PRP$ unit/NN Beta/NNP/ORGANIZATION would/MD cut/VB/_/cut "
                        + "400/CD jobs/NNS/_/job ./.",
                "nsubj(said, Acme) root(ROOT, said) nmod:poss(unit, its) nsubj(cut, unit) dep(unit, Beta) "
                        + "aux(cut, would) ccomp(said, cut) nummod(jobs, 400) obj(cut, jobs)"});
        FigureContext.About about = HandParsedFigure.about(unit, "400 jobs", FigureKind.COUNT, "job");
        assertEquals("beta", about.subject().value(), about.subject().key());
        assertEquals(true, about.subject().key().startsWith("nsubj/named-noun"), about.subject().key());
        List<String[]> striker = List.<String[]>of(new String[] {
                "The/DT striker/NN Tom/NNP/PERSON Reed/NNP/PERSON scored/VBD/_/score 21/CD goals/NNS/_/goal ./.",
                "det(striker, The) nsubj(scored, striker) compound(Reed, Tom) dep(striker, Reed) root(ROOT, scored) "
                        + "nummod(goals, 21) obj(scored, goals)"});
        assertEquals("tom-reed", HandParsedFigure.about(striker, "21 goals", FigureKind.COUNT, "goal").subject()
                .value());
        List<String[]> spokesman = List.<String[]>of(new String[] {
                "The/DT chief/NN Tom/NNP/PERSON Reed/NNP/PERSON cut/VBD/_/cut 300/CD jobs/NNS/_/job ./.",
                "det(chief, The) nsubj(cut, chief) compound(Reed, Tom) dep(chief, Reed) root(ROOT, cut) "
                        + "nummod(jobs, 300) obj(cut, jobs)"});
        assertEquals(null, HandParsedFigure.about(spokesman, "300 jobs", FigureKind.COUNT, "job").subject().value(),
                "a person cutting jobs is not whose the jobs are");
    }

    /**
     * Session 18 (s18-subject): a noun the figure's noun is attached to by at/of, named in apposition by an
     * organisation, is that organisation, as a verb's subject noun is ("sales at its snacks unit, Oakridge Snacks, rose
     * 8%", held-out set A; "its unit Brindle Software would cut 400 jobs", subjects.tsv): the unit's figure, not the
     * owner of "its" nor the speaker. Without the name the speaker stays a candidate.
     */
    @org.junit.jupiter.api.Test
    void anOrganisationNamingTheNounAFigureIsAttachedToIsTheSubject() {
        List<String[]> unit = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION said/VBD/_/say sales/NNS/_/sale at/IN its/PRP$ snacks/NNS unit/NN ,/, "
                        + "Beta/NNP/ORGANIZATION ,/, rose/VBD/_/rise 8/CD %/NN ./.",
                "nsubj(said, Acme) root(ROOT, said) nsubj(rose, sales) case(unit, at) nmod:poss(unit, its) "
                        + "compound(unit, snacks) nmod:at(sales, unit) appos(unit, Beta) ccomp(said, rose) "
                        + "obj(rose, %) nummod(%, 8)"});
        FigureContext.About about = HandParsedFigure.about(unit, "8 %", FigureKind.CHANGE, "percent");
        assertEquals("beta", about.subject().value(), about.subject().key());
        assertEquals(true, about.subject().key().startsWith("of-attachment/named-noun/at"), about.subject().key());
        List<String[]> unnamed = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION said/VBD/_/say sales/NNS/_/sale at/IN its/PRP$ snacks/NNS unit/NN "
                        + "rose/VBD/_/rise 8/CD %/NN ./.",
                "nsubj(said, Acme) root(ROOT, said) nsubj(rose, sales) case(unit, at) nmod:poss(unit, its) "
                        + "compound(unit, snacks) nmod:at(sales, unit) ccomp(said, rose) obj(rose, %) nummod(%, 8)"});
        FigureContext.About speaker = HandParsedFigure.about(unnamed, "8 %", FigureKind.CHANGE, "percent");
        assertEquals(false, speaker.subject().key() != null && speaker.subject().key().contains("named-noun"),
                "no name, no named-noun answer: " + speaker.subject().key());
    }

    /**
     * A country's or a city's own figure is the place's ("Germany's economy grew 1.8%", "Chicago lost 80,000
     * residents", "the city of Denver will spend $120 million"), answered in a group of its own ("place") that
     * proposes; an organisation owning the same noun still answers first ("Britain's Acme index").
     */
    @org.junit.jupiter.api.Test
    void aPlacesOwnFigureIsThePlacesAndOnlyProposed() {
        List<String[]> economy = List.<String[]>of(new String[] {
                "Germany/NNP/LOCATION 's/POS economy/NN grew/VBD/_/grow 1.8/CD %/NN ./.",
                "nmod:poss(economy, Germany) case(Germany, 's) nsubj(grew, economy) root(ROOT, grew) obj(grew, %) "
                        + "nummod(%, 1.8)"});
        FigureContext.About grew = HandParsedFigure.about(economy, "1.8 %", FigureKind.CHANGE, "percent");
        assertEquals("germany", grew.subject().value(), grew.subject().key());
        assertEquals(true, grew.subject().key().contains("/place"), grew.subject().key());
        assertEquals(false, grew.subject().sure(), "a place's answer proposes");
        List<String[]> lost = List.<String[]>of(new String[] {
                "Chicago/NNP/LOCATION lost/VBD/_/lose 80,000/CD residents/NNS/_/resident ./.",
                "nsubj(lost, Chicago) root(ROOT, lost) nummod(residents, 80,000) obj(lost, residents)"});
        assertEquals("chicago", HandParsedFigure.about(lost, "80,000 residents", FigureKind.COUNT, "resident")
                .subject().value());
        List<String[]> city = List.<String[]>of(new String[] {
                "The/DT city/NN of/IN Denver/NNP/LOCATION will/MD spend/VB/_/spend $/$ 120/CD million/CD ./.",
                "det(city, The) nsubj(spend, city) case(Denver, of) nmod:of(city, Denver) aux(spend, will) "
                        + "root(ROOT, spend) obj(spend, $) nummod($, million) compound(million, 120)"});
        assertEquals("denver", HandParsedFigure.about(city, "$ 120 million", FigureKind.AMOUNT, "USD").subject()
                .value());
        List<String[]> index = List.<String[]>of(new String[] {
                "Britain/NNP/LOCATION 's/POS Acme/NNP/ORGANIZATION index/NN fell/VBD/_/fall 40/CD points/NNS ./.",
                "nmod:poss(index, Britain) case(Britain, 's) compound(index, Acme) nsubj(fell, index) "
                        + "root(ROOT, fell) nummod(points, 40) obj(fell, points)"});
        assertEquals("acme", HandParsedFigure.about(index, "40 points", FigureKind.CHANGE, "point").subject()
                .value(), "the organisation owning the noun, not the place");
    }

    /**
     * "The country" or "the city" standing for a place named just before (Coreference's place reading) is that
     * place's figure, as the subject of the figure's verb or as the possessor of its noun; found by coreference and
     * answered in the place group, which proposes. A "country" that names no place before it gets no such answer.
     */
    @org.junit.jupiter.api.Test
    void theCountryStandsForThePlaceNamedBeforeAndOnlyProposes() {
        String[] named = {"Ghana/NNP/LOCATION borrowed/VBD/_/borrow $/$ 3/CD billion/CD ./.",
                "nsubj(borrowed, Ghana) root(ROOT, borrowed) obj(borrowed, $) nummod($, billion) compound(billion, 3)"};
        String[] owes = {"The/DT country/NN owes/VBZ/_/owe $/$ 11/CD billion/CD ./.",
                "det(country, The) nsubj(owes, country) root(ROOT, owes) obj(owes, $) nummod($, billion) "
                        + "compound(billion, 11)"};
        FigureContext.About owed = HandParsedFigure.about(List.of(named, owes), "$ 11 billion", FigureKind.AMOUNT,
                "USD");
        assertEquals("ghana", owed.subject().value(), owed.subject().key());
        assertEquals(true, owed.subject().key().startsWith("coreference/named-place/place"), owed.subject().key());
        assertEquals(false, owed.subject().sure(), "a place's answer proposes");
        String[] debt = {"The/DT country/NN 's/POS debt/NN rose/VBD/_/rise 4/CD %/NN ./.",
                "det(country, The) nmod:poss(debt, country) case(country, 's) nsubj(rose, debt) root(ROOT, rose) "
                        + "obj(rose, %) nummod(%, 4)"};
        FigureContext.About rose = HandParsedFigure.about(List.of(named, debt), "4 %", FigureKind.CHANGE, "percent");
        assertEquals("ghana", rose.subject().value(), rose.subject().key());
        assertEquals(true, rose.subject().key().contains("/place"), rose.subject().key());
        String[] nothing = {"Rain/NN fell/VBD/_/fall ./.", "nsubj(fell, Rain) root(ROOT, fell)"};
        assertEquals(null, HandParsedFigure.about(List.of(nothing, owes), "$ 11 billion", FigureKind.AMOUNT, "USD")
                .subject().value(), "no place named before");
    }

    /** An answer's case ends in "topic" (the article's most-mentioned organisation) and "sole" (none other named). */
    @org.junit.jupiter.api.Test
    void casesSayWhetherTheAnswerIsTheTopicAndTheOnlyOrganisationNamed() {
        String[] alone = {"Acme/NNP/ORGANIZATION posted/VBD/_/post revenue/NN of/IN $/$ 5/CD billion/CD ./.",
                "nsubj(posted, Acme) root(ROOT, posted) obj(posted, revenue) nmod:of(revenue, $) case($, of) "
                        + "nummod($, billion) compound(billion, 5)"};
        assertEquals("nsubj/organization/topic/sole",
                HandParsedFigure.about(List.<String[]>of(alone), "$ 5 billion", FigureKind.AMOUNT, "USD").subject()
                        .key());
        String[] beta = {"Beta/NNP/ORGANIZATION grew/VBD/_/grow ./.", "nsubj(grew, Beta) root(ROOT, grew)"};
        String[] beside = {"Acme/NNP/ORGANIZATION ,/, a/DT client/NN of/IN Beta/NNP/ORGANIZATION ,/, "
                + "posted/VBD/_/post revenue/NN of/IN $/$ 5/CD billion/CD ./.",
                "nsubj(posted, Acme) appos(Acme, client) det(client, a) nmod:of(client, Beta) case(Beta, of) "
                        + "root(ROOT, posted) obj(posted, revenue) nmod:of(revenue, $) case($, of) "
                        + "nummod($, billion) compound(billion, 5)"};
        // Acme is itself Beta's client, so Beta competes for the figure (RivalOrganisations: the answer plays a side
        // role toward another organisation the sentence names)
        assertEquals("nsubj/organization/rivals", HandParsedFigure.about(List.of(beta, beta, beside), "$ 5 billion",
                FigureKind.AMOUNT, "USD").subject().key(), "Beta is the topic and is named beside Acme");
    }

    @org.junit.jupiter.api.Test
    void whoseStandsForTheNounItsRelativeClauseDescribes() {
        // CoreNLP hangs such a clause on the noun by a bare dep: the climb to it is refused as strayed, but "whose"
        // says whose the sales are
        String tokens = "Acme/NNP/ORGANIZATION buys/VBZ/_/buy chips/NNS from/IN Beta/NNP/ORGANIZATION ,/, "
                + "whose/WP$ sales/NNS rose/VBD/_/rise 11/CD %/NN last/JJ year/NN ./.";
        String parse = "nsubj(buys, Acme) root(ROOT, buys) obj(buys, chips) obl:from(buys, Beta) case(Beta, from) "
                + "dep(Beta, rose) nmod:poss(sales, whose) nsubj(rose, sales) obj(rose, %) nummod(%, 11) "
                + "obl:tmod(rose, year) amod(year, last)";
        FigureCandidate eleven = new FigureCandidate(0, 9, FigureKind.CHANGE, java.math.BigDecimal.valueOf(11), null,
                null, "percent", null, null, null, "increase", null, null, null);
        FigureContext.About about = about(tokens, parse, "11 %", eleven);
        assertEquals("beta", about.subject().value());
        // Acme, the subject of another clause, competes from outside the figure's noun phrase: nothing but the
        // relative clause decides
        assertEquals("relative-clause/whose/beside", about.subject().key());
        assertEquals("relative-whose", SubjectCases.bundled().group(about.subject().key()));
        // the same words where "whose" has no organisation to stand for: nothing from it, the climb decides
        String person = tokens.replace("Beta/NNP/ORGANIZATION", "Beta/NNP/PERSON");
        org.junit.jupiter.api.Assertions.assertNotEquals("relative-clause/whose/beside",
                about(person, parse, "11 %", eleven).subject().key());
    }

    @org.junit.jupiter.api.Test
    void aCountOfTheConjoinedSubjectsItIsSaidOfHasNoSubject() {
        String tokens = "Acme/NNP/ORGANIZATION 's/POS Alpha/NNP and/CC Beta/NNP/ORGANIZATION 's/POS Gamma/NNP "
                + "are/VBP/_/be two/CD types/NNS of/IN rocket/NN ./.";
        String parse = "nmod:poss(Alpha, Acme) case(Acme, 's) conj:and(Alpha, Gamma) cc(Gamma, and) "
                + "nmod:poss(Gamma, Beta) case(Beta, 's#2) nsubj(types, Alpha) nsubj(types, Gamma) cop(types, are) "
                + "nummod(types, two) root(ROOT, types) nmod:of(types, rocket) case(rocket, of)";
        FigureCandidate two = new FigureCandidate(0, 9, FigureKind.COUNT, java.math.BigDecimal.valueOf(2), null, null,
                "type", null, null, null, null, null, null);
        FigureCandidate three = new FigureCandidate(0, 9, FigureKind.COUNT, java.math.BigDecimal.valueOf(3), null,
                null, "type", null, null, null, null, null, null);
        assertEquals(null, about(tokens, parse, "two types", two).subject().value(), "two counts the two subjects");
        assertEquals("acme", about(tokens, parse, "two types", three).subject().value(),
                "a number that is not the number of subjects is still theirs to propose");
    }

    private static final FigureCandidate MARGIN_9 = new FigureCandidate(0, 9, FigureKind.SHARE,
            java.math.BigDecimal.valueOf(9), null, null, "percent", null, null, null, null, null, null, null);
    private static final FigureCandidate MILLIONS_200 = new FigureCandidate(0, 9, FigureKind.AMOUNT,
            java.math.BigDecimal.valueOf(200000000), null, null, "USD", null, null, null, null, null, null, null);

    /** The last detail of the answer's case: what competes with it in the sentence (RivalOrganisations). */
    private static String standing(FigureContext.About about) {
        String key = about.subject().key();
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @org.junit.jupiter.api.Test
    void anAnswerAloneInItsSentenceIsSole() {
        FigureContext.About about = about("Acme/NNP/ORGANIZATION 's/POS operating/NN margin/NN rose/VBD/_/rise to/TO "
                + "9/CD %/NN ./.", "nmod:poss(margin, Acme) case(Acme, 's) compound(margin, operating) "
                + "nsubj(rose, margin) root(ROOT, rose) obl:to(rose, %) case(%, to) nummod(%, 9)", "9 %", MARGIN_9);
        assertEquals("acme", about.subject().value());
        assertEquals("sole", standing(about));
        assertEquals("near-sole", SubjectCases.bundled().group(about.subject().key()));
    }

    @org.junit.jupiter.api.Test
    void aSupplierInAnotherClauseIsSetApart() {
        // the operating margin credited to a supplier named in the same sentence
        FigureContext.About about = about("Acme/NNP/ORGANIZATION 's/POS operating/NN margin/NN rose/VBD/_/rise to/TO "
                + "9/CD %/NN ,/, helped/VBN/_/help by/IN cheaper/JJR parts/NNS/_/part from/IN supplier/NN "
                + "Beta/NNP/ORGANIZATION ./.", "nmod:poss(margin, Acme) case(Acme, 's) compound(margin, operating) "
                + "nsubj(rose, margin) root(ROOT, rose) obl:to(rose, %) case(%, to) nummod(%, 9) advcl(rose, helped) "
                + "obl:by(helped, parts) case(parts, by) amod(parts, cheaper) nmod:from(parts, Beta) case(Beta, from) "
                + "compound(Beta, supplier)", "9 %", MARGIN_9);
        assertEquals("acme", about.subject().value());
        assertEquals("apart", standing(about));
        // the same supplier hung on the figure's own clause competes: nothing in the syntax sets it apart, though it
        // stands outside the figure's noun phrase (near-beside: asserts only as its own sentences allow)
        FigureContext.About own = about("Acme/NNP/ORGANIZATION 's/POS operating/NN margin/NN rose/VBD/_/rise to/TO "
                + "9/CD %/NN with/IN Beta/NNP/ORGANIZATION ./.", "nmod:poss(margin, Acme) case(Acme, 's) "
                + "compound(margin, operating) nsubj(rose, margin) root(ROOT, rose) obl:to(rose, %) case(%, to) "
                + "nummod(%, 9) obl:with(rose, Beta) case(Beta, with)", "9 %", MARGIN_9);
        assertEquals("beside", standing(own));
        assertEquals("near-beside", SubjectCases.bundled().group(own.subject().key()));
    }

    @org.junit.jupiter.api.Test
    void aQuotedSourceAndAnAnalystsEmployerAreSetApart() {
        FigureContext.About said = about("Acme/NNP/ORGANIZATION 's/POS operating/NN margin/NN rose/VBD/_/rise to/TO "
                + "9/CD %/NN ,/, Beta/NNP/ORGANIZATION said/VBD/_/say ./.", "nmod:poss(margin, Acme) case(Acme, 's) "
                + "compound(margin, operating) nsubj(rose, margin) root(ROOT, rose) obl:to(rose, %) case(%, to) "
                + "nummod(%, 9) parataxis(rose, said) nsubj(said, Beta)", "9 %", MARGIN_9);
        assertEquals("acme", said.subject().value());
        assertEquals("apart", standing(said));
        FigureContext.About analysts = about("Acme/NNP/ORGANIZATION 's/POS operating/NN margin/NN rose/VBD/_/rise "
                + "to/TO 9/CD %/NN ,/, analysts/NNS/_/analyst at/IN Beta/NNP/ORGANIZATION wrote/VBD/_/write ./.",
                "nmod:poss(margin, Acme) case(Acme, 's) compound(margin, operating) nsubj(rose, margin) "
                        + "root(ROOT, rose) obl:to(rose, %) case(%, to) nummod(%, 9) parataxis(rose, wrote) "
                        + "nsubj(wrote, analysts) nmod:at(analysts, Beta) case(Beta, at)", "9 %", MARGIN_9);
        assertEquals("apart", standing(analysts));
    }

    @org.junit.jupiter.api.Test
    void anOrganisationInTheFiguresOwnPhraseCompetes() {
        // "a premium of 62% to Beta's closing price": the apposition is the figure's own, Beta is in it
        FigureCandidate premium = percentShare(62, 9);
        FigureContext.About about = about("Acme/NNP/ORGANIZATION will/MD pay/VB/_/pay $/$ 41/CD a/DT share/NN ,/, "
                + "a/DT premium/NN of/IN 62/CD %/NN to/TO Beta/NNP/ORGANIZATION 's/POS price/NN ./.",
                "nsubj(pay, Acme) aux(pay, will) root(ROOT, pay) obj(pay, $) nummod($, 41) nmod:npmod($, share) "
                        + "det(share, a) appos($, premium) det(premium, a) nmod:of(premium, %) case(%, of) "
                        + "nummod(%, 62) nmod:to(premium, price) case(price, to) nmod:poss(price, Beta) case(Beta, 's)",
                "62 %", premium);
        assertEquals("rivals", standing(about));
        org.junit.jupiter.api.Assertions.assertFalse(about.subject().sure(),
                "a sentence with a competing organisation asserts nothing until its group has the evidence");
    }

    @org.junit.jupiter.api.Test
    void anInvestorSettingATargetDoesNotAssertIt() {
        // the savings target credited to the investor: the answer is itself another organisation's investor
        FigureContext.About about = about("Beta/NNP/ORGANIZATION ,/, an/DT investor/NN in/IN Acme/NNP/ORGANIZATION "
                + ",/, set/VBD/_/set a/DT savings/NNS target/NN of/IN $/$ 200/CD million/CD ./.",
                "nsubj(set, Beta) appos(Beta, investor) det(investor, an) nmod:in(investor, Acme) case(Acme, in) "
                        + "root(ROOT, set) obj(set, target) det(target, a) compound(target, savings) "
                        + "nmod:of(target, $) case($, of) nummod($, million) compound(million, 200)",
                "$ 200 million", MILLIONS_200);
        assertEquals("rivals", standing(about));
        org.junit.jupiter.api.Assertions.assertFalse(about.subject().sure());
        // an organisation named only as the investor's own ("investor Beta said"), beside the company, is set apart
        FigureContext.About apart = about("Acme/NNP/ORGANIZATION set/VBD/_/set a/DT savings/NNS target/NN of/IN $/$ "
                + "200/CD million/CD ,/, investor/NN Beta/NNP/ORGANIZATION said/VBD/_/say ./.",
                "nsubj(set, Acme) root(ROOT, set) obj(set, target) det(target, a) compound(target, savings) "
                        + "nmod:of(target, $) case($, of) nummod($, million) compound(million, 200) "
                        + "parataxis(set, said) nsubj(said, Beta) compound(Beta, investor)",
                "$ 200 million", MILLIONS_200);
        assertEquals("acme", apart.subject().value());
        assertEquals("apart", standing(apart));
    }

    /**
     * A "with" phrase the parser hung on the verb after an object that has a phrase of its own may describe that
     * object ("lost a bid for a hotel chain with 90 hotels", "agreed to buy a unit of Beta with sales of $300
     * million": session 14, made-up subject table, asserted wrongly before): the verb's subject is only proposed. After
     * a bare object ("ended the year with sales of $3 billion") the phrase stays the subject's, asserted.
     */
    @org.junit.jupiter.api.Test
    void aWithPhraseAfterAModifiedObjectIsOnlyProposed() {
        List<String[]> bid = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION lost/VBD/_/lose a/DT bid/NN for/IN a/DT hotel/NN chain/NN with/IN 90/CD "
                        + "hotels/NNS/_/hotel ./.",
                "nsubj(lost, Acme) root(ROOT, lost) det(bid, a) obj(lost, bid) case(chain, for) det(chain, a#2) "
                        + "compound(chain, hotel) nmod:for(bid, chain) case(hotels, with) nummod(hotels, 90) "
                        + "obl:with(lost, hotels)"});
        FigureContext.About hotels = HandParsedFigure.about(bid, "90 hotels", FigureKind.COUNT, "hotel");
        assertEquals("acme", hotels.subject().value(), hotels.subject().key());
        assertEquals(false, hotels.subject().sure(), hotels.subject().key());
        assertEquals(true, hotels.subject().key().contains("object-with"), hotels.subject().key());
        List<String[]> unit = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION agreed/VBD/_/agree to/TO buy/VB/_/buy a/DT unit/NN of/IN Beta/NNP/ORGANIZATION "
                        + "with/IN sales/NNS/_/sale of/IN $/$ 300/CD million/CD ./.",
                "nsubj(agreed, Acme) root(ROOT, agreed) mark(buy, to) xcomp(agreed, buy) nsubj:xsubj(buy, Acme) "
                        + "det(unit, a) obj(buy, unit) case(Beta, of) nmod:of(unit, Beta) case(sales, with) "
                        + "obl:with(buy, sales) case($, of) nmod:of(sales, $) nummod($, million) "
                        + "compound(million, 300)"});
        FigureContext.About sales = HandParsedFigure.about(unit, "$ 300 million", FigureKind.AMOUNT, "USD");
        assertEquals(false, sales.subject().sure(), sales.subject().key());
        List<String[]> year = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION ended/VBD/_/end the/DT year/NN with/IN sales/NNS/_/sale of/IN $/$ 3/CD "
                        + "billion/CD ./.",
                "nsubj(ended, Acme) root(ROOT, ended) det(year, the) obj(ended, year) case(sales, with) "
                        + "obl:with(ended, sales) case($, of) nmod:of(sales, $) nummod($, billion) "
                        + "compound(billion, 3)"});
        FigureContext.About ended = HandParsedFigure.about(year, "$ 3 billion", FigureKind.AMOUNT, "USD");
        assertEquals("acme", ended.subject().value(), ended.subject().key());
        assertEquals(false, ended.subject().key().contains("object-with"), ended.subject().key());
    }

    /**
     * Whose money lent, borrowed or given is (session 14, one convention for the made-up tables): a loan is the
     * subject's of the verb that states it, the lender's when it lends ("Beta will lend Acme $2 billion": the loan
     * stays a claim on its books) and the borrower's when it borrows ("Acme borrowed $600 million from Beta"); money
     * given outright (giving verbs: give, grant, award) is the recipient's ("Beta gave Acme $50 million").
     */
    @org.junit.jupiter.api.Test
    void aLoanIsTheLendersOrTheBorrowersByWhoActsAndAGiftTheRecipients() {
        List<String[]> lend = List.<String[]>of(new String[] {
                "Beta/NNP/ORGANIZATION will/MD lend/VB/_/lend Acme/NNP/ORGANIZATION $/$ 2/CD billion/CD ./.",
                "nsubj(lend, Beta) aux(lend, will) root(ROOT, lend) iobj(lend, Acme) obj(lend, $) "
                        + "nummod($, billion) compound(billion, 2)"});
        assertEquals("beta", HandParsedFigure.about(lend, "$ 2 billion", FigureKind.AMOUNT, "USD").subject().value());
        List<String[]> gave = List.<String[]>of(new String[] {
                "Beta/NNP/ORGANIZATION gave/VBD/_/give Acme/NNP/ORGANIZATION $/$ 50/CD million/CD ./.",
                "nsubj(gave, Beta) root(ROOT, gave) iobj(gave, Acme) obj(gave, $) nummod($, million) "
                        + "compound(million, 50)"});
        assertEquals("acme", HandParsedFigure.about(gave, "$ 50 million", FigureKind.AMOUNT, "USD").subject()
                .value());
        List<String[]> borrowed = List.<String[]>of(new String[] {
                "Acme/NNP/ORGANIZATION borrowed/VBD/_/borrow $/$ 600/CD million/CD from/IN Beta/NNP/ORGANIZATION ./.",
                "nsubj(borrowed, Acme) root(ROOT, borrowed) obj(borrowed, $) nummod($, million) "
                        + "compound(million, 600) case(Beta, from) obl:from(borrowed, Beta)"});
        assertEquals("acme", HandParsedFigure.about(borrowed, "$ 600 million", FigureKind.AMOUNT, "USD").subject()
                .value());
    }

    @org.junit.jupiter.api.Test
    void aPersonReportingACompanyFigureIsNotItsSubject() {
        FigureCandidate nine = new FigureCandidate(0, 9, FigureKind.CHANGE, java.math.BigDecimal.valueOf(9), null,
                null, "percent", null, null, null, "increase", null, null, null);
        FigureContext.About about = about("Lena/NNP/PERSON Ortiz/NNP/PERSON said/VBD/_/say revenue/NN "
                + "rose/VBD/_/rise 9/CD %/NN ./.", "nsubj(said, Ortiz) compound(Ortiz, Lena) root(ROOT, said) "
                + "ccomp(said, rose) nsubj(rose, revenue) obj(rose, %) nummod(%, 9)", "9 %", nine);
        org.junit.jupiter.api.Assertions.assertNotEquals("lena ortiz", about.subject().value());
        org.junit.jupiter.api.Assertions.assertFalse(about.subject().sure());
    }

    @org.junit.jupiter.api.Test
    void aPersonsHoldingOfSharesIsThePersonsAndTheSharesTheCompanys() {
        // "Anna Lind holds 3 million shares of Orrin Motors": the shares are the company's, the holding the person's
        FigureCandidate shares = new FigureCandidate(0, 9, FigureKind.COUNT, java.math.BigDecimal.valueOf(3000000),
                null, null, "share", null, null, null, null, null, null, null);
        FigureContext.About about = about("Anna/NNP/PERSON Lind/NNP/PERSON holds/VBZ/_/hold 3/CD million/CD "
                + "shares/NNS of/IN Orrin/NNP/ORGANIZATION Motors/NNP/ORGANIZATION ./.",
                "compound(Lind, Anna) nsubj(holds, Lind) root(ROOT, holds) obj(holds, shares) "
                        + "nummod(shares, million) compound(million, 3) nmod:of(shares, Motors) case(Motors, of) "
                        + "compound(Motors, Orrin)",
                "3 million shares", shares);
        assertEquals("anna-lind", about.subject().value());
        assertEquals("nsubj", about.subject().step());
        assertEquals("orrin-motors", about.of());
        // with no holder in the clause, the company whose shares they are is only proposed
        FigureContext.About traded = about("3/CD million/CD shares/NNS of/IN Orrin/NNP/ORGANIZATION "
                + "Motors/NNP/ORGANIZATION changed/VBD/_/change hands/NNS ./.",
                "nummod(shares, million) compound(million, 3) nmod:of(shares, Motors) case(Motors, of) "
                        + "compound(Motors, Orrin) nsubj(changed, shares) root(ROOT, changed) obj(changed, hands)",
                "3 million shares", shares);
        assertEquals("orrin-motors", traded.subject().value());
        org.junit.jupiter.api.Assertions.assertFalse(traded.subject().sure());
    }

    @org.junit.jupiter.api.Test
    void theWholeOfTheFiguresStakeDoesNotCompeteWithItsHolder() {
        // "Ryanair owns a 25 percent share in Aer Lingus": Aer Lingus is what the stake is of, not a rival holder
        FigureCandidate stake = percentShare(25, 10);
        FigureContext.About about = about("Acme/NNP/ORGANIZATION owns/VBZ/_/own a/DT 25/CD percent/NN share/NN "
                + "in/IN Beta/NNP/ORGANIZATION ./.",
                "nsubj(owns, Acme) root(ROOT, owns) obj(owns, share) det(share, a) amod(share, percent) "
                        + "nummod(percent, 25) nmod:in(share, Beta) case(Beta, in)",
                "25 percent", stake);
        assertEquals("acme", about.subject().value());
        assertEquals("apart", standing(about));
        // an organisation elsewhere in the figure's clause still competes, from beside its noun phrase
        FigureContext.About rivals = about("Acme/NNP/ORGANIZATION owns/VBZ/_/own a/DT 25/CD percent/NN share/NN "
                + "in/IN Beta/NNP/ORGANIZATION with/IN Gamma/NNP/ORGANIZATION ./.",
                "nsubj(owns, Acme) root(ROOT, owns) obj(owns, share) det(share, a) amod(share, percent) "
                        + "nummod(percent, 25) nmod:in(share, Beta) case(Beta, in) obl:with(owns, Gamma) "
                        + "case(Gamma, with)",
                "25 percent", stake);
        assertEquals("beside", standing(rivals));
    }

    /** A share in percent ("62 %", "25 percent") ending at {@code end}. */
    private static FigureCandidate percentShare(long value, int end) {
        return new FigureCandidate(0, end, FigureKind.SHARE, java.math.BigDecimal.valueOf(value), null, null,
                "percent", null, null, null, null, null, null, null);
    }

    private static FigureContext.About about(String tokens, String parse, String figure, FigureCandidate candidate) {
        org.newsgraph.testing.ParsedText parsed = new org.newsgraph.testing.ParsedText().sentence(tokens, parse);
        org.newsgraph.nlp.AnnotatedText text = parsed.text();
        java.util.Map<String, Entity> byId = new java.util.LinkedHashMap<>();
        parsed.entities().forEach(e -> byId.put(e.id(), e));
        org.newsgraph.nlp.AnnotatedSentence sentence = text.sentences().get(0);
        int start = text.text().indexOf(figure);
        return new FigureContext(new DocumentContext(text, parsed.entities()), byId, SubjectCases.bundled())
                .about(sentence, start, start + figure.length(), candidate);
    }
}
