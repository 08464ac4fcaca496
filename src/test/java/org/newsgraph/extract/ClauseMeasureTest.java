package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a figure measures when the clause says it: the object a verb moves by or to the figure ("cut fuel burn by
 * 4%"), the subject of a verb the figure hangs on directly ("revenue climbed to £3bn"), and nothing when the figure
 * reaches the verb only through another word or is a conversion of another figure's amount; a part of a company is
 * a stake in it.
 */
class ClauseMeasureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "what a verb changes by a figure is its object, not its subject | 4 % | percent | fuel burn | object-noun | "
                    + "The/DT new/JJ wings/NNS will/MD cut/VB/_/cut fuel/NN burn/NN by/IN 4/CD %/NN ./. | "
                    + "det(wings, The) amod(wings, new) nsubj(cut, wings) aux(cut, will) root(ROOT, cut) "
                    + "obj(cut, burn) compound(burn, fuel) obl:by(cut, %) case(%, by) nummod(%, 4)",
            "a verb of acting still sets its object by a figure | 5 % | percent | prices | object-noun | "
                    + "Acme/NNP/ORGANIZATION raised/VBD/_/raise prices/NNS by/IN 5/CD %/NN ./. | "
                    + "nsubj(raised, Acme) root(ROOT, raised) obj(raised, prices) obl:by(raised, %) case(%, by) "
                    + "nummod(%, 5)",
            "a figure under another noun is not what the verb's subject measures | $ 100,000 | USD | - | - | "
                    + "The/DT law/NN allowed/VBD/_/allow an/DT increase/NN from/IN $/$ 100,000/CD to/IN "
                    + "$/$ 250,000/CD ./. | "
                    + "det(law, The) nsubj(allowed, law) root(ROOT, allowed) obj(allowed, increase) "
                    + "det(increase, an) nmod:from(increase, $) case($, from) nummod($, 100,000) "
                    + "nmod:to(increase, $#2) case($#2, to) nummod($#2, 250,000)",
            "a conversion's partner names a unit, not a measure | $ 20 billion | USD | reserves | subject-noun | "
                    + "The/DT reserves/NNS total/VBP/_/total 500/CD billion/CD rubles/NNS (/-LRB- $/$ 20/CD "
                    + "billion/CD )/-RRB- ./. | "
                    + "det(reserves, The) nsubj(total, reserves) root(ROOT, total) obj(total, rubles) "
                    + "nummod(rubles, billion) compound(billion, 500) appos(rubles, $) nummod($, billion#2) "
                    + "compound(billion#2, 20)",
            "a bare number in a list shares the noun of the figure before it | 3,700 | - | jobs | head-noun | "
                    + "Acme/NNP/ORGANIZATION will/MD cut/VB/_/cut 4,300/CD jobs/NNS in/IN France/NNP/LOCATION "
                    + ",/, 3,700/CD in/IN Spain/NNP/LOCATION ./. | "
                    + "nsubj(cut, Acme) aux(cut, will) root(ROOT, cut) obj(cut, jobs) nummod(jobs, 4,300) "
                    + "nmod:in(jobs, France) case(France, in) appos(jobs, 3,700) nmod:in(3,700, Spain) "
                    + "case(Spain, in)",
            "a figure hung on a preposition still belongs to the verb above it | £ 3 billion | GBP | revenue | "
                    + "subject-noun | "
                    + "Revenue/NN climbed/VBD/_/climb to/TO £/$ 3/CD billion/CD ./. | "
                    + "nsubj(climbed, Revenue) root(ROOT, climbed) advmod(climbed, to) dep(to, £) "
                    + "nummod(£, billion) compound(billion, 3)"})
    void measures(String name, String figure, String unit, String measure, String step, String tokens,
                  String dependencies) {
        FigureKind kind = unit.equals("percent") ? FigureKind.CHANGE : unit.equals("-") ? FigureKind.COUNT
                : FigureKind.AMOUNT;
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, kind, unit.equals("-") ? null : unit);
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, HandParsedFigure.dash(about.measure().step()), "measure step");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a part of a named company is a stake | 6 % | stake | stake | "
                    + "Beta/NNP/ORGANIZATION owns/VBZ/_/own 6/CD %/NN of/IN Acme/NNP/ORGANIZATION ./. | "
                    + "nsubj(owns, Beta) root(ROOT, owns) obj(owns, %) nummod(%, 6) nmod:of(%, Acme) case(Acme, of)",
            "a part of the firm is a stake | 61 % | stake | stake | "
                    + "Beta/NNP/ORGANIZATION sold/VBD/_/sell 61/CD %/NN of/IN the/DT firm/NN ./. | "
                    + "nsubj(sold, Beta) root(ROOT, sold) obj(sold, %) nummod(%, 61) nmod:of(%, firm) case(firm, of) "
                    + "det(firm, the)",
            "a percent share in a company is a stake | 15 % | stake | stake | "
                    + "The/DT trusts/NNS hold/VBP/_/hold a/DT 15/CD/PERCENT %/NN/PERCENT share/NN in/IN Acme/NNP/ORGANIZATION ./. | "
                    + "det(trusts, The) nsubj(hold, trusts) root(ROOT, hold) obj(hold, share) det(share, a) "
                    + "compound(share, %) nummod(%, 15) nmod:in(share, Acme) case(Acme, in)",
            "a market share is no stake | 25 % | market share | head-noun | "
                    + "Acme/NNP/ORGANIZATION has/VBZ/_/have a/DT 25/CD/PERCENT %/NN/PERCENT market/NN share/NN ./. | "
                    + "nsubj(has, Acme) root(ROOT, has) obj(has, share) det(share, a) compound(share, %) "
                    + "nummod(%, 25) compound(share, market)",
            "a part of sales is a part of sales | 25 % | sales | share-of | "
                    + "Exports/NNS made/VBD/_/make up/RP 25/CD %/NN of/IN sales/NNS ./. | "
                    + "nsubj(made, Exports) root(ROOT, made) compound:prt(made, up) obj(made, %) nummod(%, 25) "
                    + "nmod:of(%, sales) case(sales, of)",
            "a part of sales a verb of no part takes is a part of sales | 25 % | sales | share-of | "
                    + "Exports/NNS lifted/VBD/_/lift 25/CD %/NN of/IN sales/NNS ./. | "
                    + "nsubj(lifted, Exports) root(ROOT, lifted) obj(lifted, %) nummod(%, 25) "
                    + "nmod:of(%, sales) case(sales, of)",
            "a subject that widened to a part of GDP is that part | 5 % | deficit | part-of | "
                    + "The/DT deficit/NN widened/VBD/_/widen to/TO 5/CD %/NN of/IN GDP/NN ./. | "
                    + "det(deficit, The) nsubj(widened, deficit) root(ROOT, widened) obl:to(widened, %) case(%, to) "
                    + "nummod(%, 5) nmod:of(%, GDP) case(GDP, of)",
            "a subject that is a part of GDP is that part | 4 % | public debt | part-of | "
                    + "Public/JJ debt/NN was/VBD/_/be 4/CD %/NN of/IN GDP/NN ./. | "
                    + "amod(debt, Public) nsubj(%, debt) cop(%, was) root(ROOT, %) nummod(%, 4) "
                    + "nmod:of(%, GDP) case(GDP, of)",
            "a firm that climbed to a part of sales is no part of them | 30 % | sales | share-of | "
                    + "The/DT firm/NN climbed/VBD/_/climb to/TO 30/CD %/NN of/IN sales/NNS ./. | "
                    + "det(firm, The) nsubj(climbed, firm) root(ROOT, climbed) obl:to(climbed, %) "
                    + "case(%, to) nummod(%, 30) nmod:of(%, sales) case(sales, of)",
            "what accounts for a part of sales leaves it a part of sales | 70 % | sales | share-of | "
                    + "The/DT store/NN accounts/VBZ/_/account for/IN 70/CD %/NN of/IN sales/NNS ./. | "
                    + "det(store, The) nsubj(accounts, store) root(ROOT, accounts) obl:for(accounts, %) "
                    + "case(%, for) nummod(%, 70) nmod:of(%, sales) case(sales, of)"})
    void stakes(String name, String figure, String measure, String step, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.SHARE, "percent");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, HandParsedFigure.dash(about.measure().step()), "measure step");
    }
}
