package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a figure measures when its own structure says it ({@link FigureMeasures}): the noun its unit modifies ("a
 * 60-metre wingspan"), what its unit is "of" ("150 tonnes of cargo"), a capacity ("can carry 400 people"), a rate of
 * the amount it restates ("$2 billion, or $1.10 a share") or the figure it converts ("1,000 miles (1,600 km)"), a
 * price paid per unit, a worth, a traded good's price and a tenure; never a noun of approximation ("in the region
 * of").
 */
class FigureOwnNounTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the noun a dimension modifies, without the figure's own words | 60 - metre | MEASUREMENT | M | - | "
                    + "wingspan | head-noun | "
                    + "The/DT jet/NN has/VBZ/_/have a/DT 60/CD/NUMBER -/HYPH/NUMBER metre/NN/NUMBER wingspan/NN ./. | "
                    + "det(jet, The) nsubj(has, jet) root(ROOT, has) obj(has, wingspan) det(wingspan, a) "
                    + "compound(wingspan, metre) nummod(metre, 60) punct(metre, -)",
            "what a unit is of | 150 tonnes | MEASUREMENT | TONNE | - | cargo | unit-of | "
                    + "The/DT ship/NN brought/VBD/_/bring 150/CD/NUMBER tonnes/NNS/NUMBER of/IN cargo/NN ./. | "
                    + "det(ship, The) nsubj(brought, ship) root(ROOT, brought) obj(brought, tonnes) "
                    + "nummod(tonnes, 150) nmod:of(tonnes, cargo) case(cargo, of)",
            "what a vehicle can carry is its capacity | 400 people | COUNT | - | - | capacity | capacity | "
                    + "The/DT ferry/NN can/MD carry/VB/_/carry up/RP to/IN 400/CD/NUMBER people/NNS ./. | "
                    + "det(ferry, The) nsubj(carry, ferry) aux(carry, can) root(ROOT, carry) compound:prt(carry, up) "
                    + "obl:to(carry, people) case(people, to) nummod(people, 400)",
            "a qualifier hung on the verb is not the figure's head | up to 400 people | COUNT | - | - | capacity | "
                    + "capacity | "
                    + "The/DT ferry/NN can/MD carry/VB/_/carry up/RP to/IN 400/CD/NUMBER people/NNS ./. | "
                    + "det(ferry, The) nsubj(carry, ferry) aux(carry, can) root(ROOT, carry) compound:prt(carry, up) "
                    + "obl:to(carry, people) case(people, to) nummod(people, 400)",
            "able to seat names the capacity by what it holds | 300 passengers | COUNT | - | - | "
                    + "passenger capacity | capacity | "
                    + "The/DT jet/NN is/VBZ able/JJ to/TO seat/VB/_/seat 300/CD/NUMBER passengers/NNS ./. | "
                    + "det(jet, The) nsubj(able, jet) cop(able, is) root(ROOT, able) xcomp(able, seat) mark(seat, to) "
                    + "obj(seat, passengers) nummod(passengers, 300)",
            "what a flight carried is no capacity | 150 passengers | COUNT | - | - | passengers | counted-noun | "
                    + "The/DT flight/NN carried/VBD/_/carry 150/CD/NUMBER passengers/NNS ./. | "
                    + "det(flight, The) nsubj(carried, flight) root(ROOT, carried) obj(carried, passengers) "
                    + "nummod(passengers, 150)",
            "a rate restating an amount measures that amount per unit | $ 1.10 a share | AMOUNT | USD | share | "
                    + "loss per share | per-unit-of | "
                    + "Acme/NNP/ORGANIZATION lost/VBD/_/lose $/$/MONEY 2/CD/MONEY billion/CD/MONEY ,/, or/CC "
                    + "$/$/MONEY 1.10/CD/MONEY a/DT share/NN ./. | "
                    + "nsubj(lost, Acme) root(ROOT, lost) obj(lost, $) nummod($, billion) compound(billion, 2) "
                    + "punct($, ,) dep($, or) dep(or, $#2) nummod($#2, 1.10) nmod:npmod($#2, share) det(share, a)",
            "what is paid per share is a price | $ 30 a share | AMOUNT | USD | share | price per share | "
                    + "verb-noun | "
                    + "Acme/NNP/ORGANIZATION will/MD pay/VB/_/pay $/$/MONEY 30/CD/MONEY a/DT share/NN ./. | "
                    + "nsubj(pay, Acme) aux(pay, will) root(ROOT, pay) obj(pay, share) nmod:npmod(share, $) "
                    + "nummod($, 30) det(share, a)",
            "a total paid stays a payment | $ 30 million | AMOUNT | USD | - | payment | verb-noun | "
                    + "Acme/NNP/ORGANIZATION will/MD pay/VB/_/pay $/$/MONEY 30/CD/MONEY million/CD/MONEY ./. | "
                    + "nsubj(pay, Acme) aux(pay, will) root(ROOT, pay) obj(pay, $) nummod($, million) "
                    + "compound(million, 30)",
            "a price per share that moves is the stock price | $ 2.51 a share | AMOUNT | USD | share | "
                    + "stock price | stock-price | "
                    + "Acme/NNP/ORGANIZATION fell/VBD/_/fall to/TO $/$/MONEY 2.51/CD/MONEY a/DT share/NN ./. | "
                    + "nsubj(fell, Acme) root(ROOT, fell) obl:to(fell, $) case($, to) nummod($, 2.51) "
                    + "nmod:npmod($, share) det(share, a)",
            "an amount's own noun comes before what its unit is of | $ 2 billion | AMOUNT | USD | - | "
                    + "commitment | head-noun | "
                    + "Acme/NNP/ORGANIZATION made/VBD/_/make a/DT commitment/NN of/IN $/$/MONEY 2/CD/MONEY "
                    + "billion/CD/MONEY of/IN aid/NN ./. | "
                    + "nsubj(made, Acme) root(ROOT, made) obj(made, commitment) det(commitment, a) "
                    + "nmod:of(commitment, $) case($, of) nummod($, billion) compound(billion, 2) nmod:of($, aid) "
                    + "case(aid, of)",
            "a span of time with an employer is a tenure | 20 years | DURATION | YR | - | tenure | tenure | "
                    + "She/PRP has/VBZ/_/have worked/VBN/_/work at/IN the/DT bank/NN for/IN 20/CD/DURATION "
                    + "years/NNS/DURATION ./. | "
                    + "nsubj(worked, She) aux(worked, has) root(ROOT, worked) obl:at(worked, bank) case(bank, at) "
                    + "det(bank, the) obl:for(worked, years) case(years, for) nummod(years, 20)",
            "a span of time being with a company is a tenure | 12 years | DURATION | YR | - | tenure | tenure | "
                    + "He/PRP has/VBZ/_/have been/VBN/_/be with/IN Acme/NNP/ORGANIZATION for/IN 12/CD/DURATION "
                    + "years/NNS/DURATION ./. | "
                    + "nsubj(Acme, He) aux(Acme, has) cop(Acme, been) case(Acme, with) root(ROOT, Acme) "
                    + "obl:for(Acme, years) case(years, for) nummod(years, 12)",
            "a span of time for something else is no tenure | 12 years | DURATION | YR | - | - | - | "
                    + "The/DT plant/NN closed/VBD/_/close for/IN 12/CD/DURATION years/NNS/DURATION ./. | "
                    + "det(plant, The) nsubj(closed, plant) root(ROOT, closed) obl:for(closed, years) "
                    + "case(years, for) nummod(years, 12)",
            "a bracketed figure in another unit measures what its partner measures | 1,600 km | MEASUREMENT | KM | "
                    + "- | range | converted | "
                    + "The/DT range/NN is/VBZ/_/be 1,000/CD/NUMBER miles/NNS (/-LRB- 1,600/CD/NUMBER km/NN )/-RRB- ./. | "
                    + "det(range, The) nsubj(miles, range) cop(miles, is) root(ROOT, miles) nummod(miles, 1,000) "
                    + "appos(miles, km) punct(km, () nummod(km, 1,600) punct(km, ))",
            "a traded good moved in money is its price | $ 2 | AMOUNT | USD | - | crude price | subject-noun | "
                    + "Crude/NN fell/VBD/_/fall $/$/MONEY 2/CD/MONEY ./. | "
                    + "nsubj(fell, Crude) root(ROOT, fell) obj(fell, $) nummod($, 2)",
            "a count in brackets breaks its partner down | 24 jets | COUNT | - | - | jets | counted-noun | "
                    + "Acme/NNP/ORGANIZATION flies/VBZ/_/fly 30/CD/NUMBER aircraft/NNS (/-LRB- 24/CD/NUMBER jets/NNS "
                    + ")/-RRB- ./. | "
                    + "nsubj(flies, Acme) root(ROOT, flies) obj(flies, aircraft) nummod(aircraft, 30) "
                    + "appos(aircraft, jets) punct(jets, () nummod(jets, 24) punct(jets, ))",
            "what a thing is worth is its value | $ 5 billion | AMOUNT | USD | - | contract value | worth | "
                    + "Acme/NNP/ORGANIZATION won/VBD/_/win a/DT contract/NN worth/JJ $/$/MONEY 5/CD/MONEY "
                    + "billion/CD/MONEY ./. | "
                    + "nsubj(won, Acme) root(ROOT, won) obj(won, contract) det(contract, a) amod(contract, worth) "
                    + "obl:npmod(worth, $) nummod($, billion) compound(billion, 5)",
            "a worth of something is an amount of it | $ 5 billion | AMOUNT | USD | - | bonds | worth | "
                    + "Acme/NNP/ORGANIZATION sold/VBD/_/sell $/$/MONEY 5/CD/MONEY billion/CD/MONEY worth/NN of/IN "
                    + "bonds/NNS ./. | "
                    + "nsubj(sold, Acme) root(ROOT, sold) obj(sold, worth) nmod:poss(worth, $) nummod($, billion) "
                    + "compound(billion, 5) nmod:of(worth, bonds) case(bonds, of)",
            "a noun of approximation is no measure | $ 9 billion | AMOUNT | USD | - | value | worth | "
                    + "The/DT plant/NN is/VBZ worth/JJ in/IN the/DT region/NN of/IN $/$/MONEY 9/CD/MONEY "
                    + "billion/CD/MONEY ./. | "
                    + "det(plant, The) nsubj(worth, plant) cop(worth, is) root(ROOT, worth) nmod:in(worth, region) "
                    + "case(region, in) det(region, the) acl(region, of) dep(of, $) nummod($, billion) "
                    + "compound(billion, 9)",
            "an approximation alone measures nothing | $ 9 billion | AMOUNT | USD | - | - | - | "
                    + "Acme/NNP/ORGANIZATION received/VBD/_/receive something/NN in/IN the/DT region/NN of/IN "
                    + "$/$/MONEY 9/CD/MONEY billion/CD/MONEY ./. | "
                    + "nsubj(received, Acme) root(ROOT, received) obj(received, something) "
                    + "nmod:in(something, region) case(region, in) det(region, the) acl(region, of) dep(of, $) "
                    + "nummod($, billion) compound(billion, 9)"})
    void measures(String name, String figure, FigureKind kind, String unit, String per, String measure, String step,
                  String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, kind, unit.equals("-") ? null : unit, per.equals("-") ? null : per);
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, HandParsedFigure.dash(about.measure().step()), "measure step");
    }
}
