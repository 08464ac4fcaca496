package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of the things an act was done to measures the act ({@link CountedActs}, step counted-act): the object or
 * passive subject of the act's verb (also through a part's number, "120 of its branches", not for the whole with a
 * number of its own), or the "of" noun of its noun or of an act joined to it; people add nothing; a verb that also takes a
 * clause, a verb of no act in the list, and a model code keep the counted noun. Made-up sentences, parsed by hand as
 * CoreNLP 4.5.10 parses these shapes.
 */
class CountedActsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "object of the act's verb | job cuts | counted-act | 4,300 jobs | "
                    + "Ostfold/NNP/ORGANIZATION/Ostfold will/MD cut/VB/_/cut 4,300/CD/NUMBER/4300 "
                    + "jobs/NNS/_/job ~./. | "
                    + "root(ROOT, cut) nsubj(cut, Ostfold) aux(cut, will) obj(cut, jobs) nummod(jobs, 4,300) "
                    + "punct(cut, .)",
            "passive subject | plane orders | counted-act | 144 planes | "
                    + "144/CD/NUMBER/144 planes/NNS/_/plane have/VBP/_/have been/VBN/_/be ordered/VBN/_/order ~./. | "
                    + "root(ROOT, ordered) nummod(planes, 144) nsubj:pass(ordered, planes) aux(ordered, have) "
                    + "aux:pass(ordered, been) punct(ordered, .)",
            "people add nothing to the act | arrests | counted-act | 23 people | "
                    + "Police/NNS/_/police arrested/VBD/_/arrest 23/CD/NUMBER/23 people/NNS/_/person ~./. | "
                    + "root(ROOT, arrested) nsubj(arrested, Police) obj(arrested, people) nummod(people, 23) "
                    + "punct(arrested, .)",
            "the verb's particle | worker layoffs | counted-act | 120 workers | "
                    + "Brindle/NNP/ORGANIZATION/Brindle laid/VBD/_/lay off/RP/_/off 120/CD/NUMBER/120 "
                    + "workers/NNS/_/worker ~./. | root(ROOT, laid) nsubj(laid, Brindle) compound:prt(laid, off) "
                    + "obj(laid, workers) nummod(workers, 120) punct(laid, .)",
            "the 'of' noun of the act's noun | school closures | counted-act | 210 schools | "
                    + "Snow/NN/_/snow forced/VBD/_/force the/DT closure/NN/_/closure of/IN 210/CD/NUMBER/210 "
                    + "schools/NNS/_/school ~./. | root(ROOT, forced) nsubj(forced, Snow) obj(forced, closure) "
                    + "det(closure, the) nmod:of(closure, schools) case(schools, of) nummod(schools, 210) "
                    + "punct(forced, .)",
            "a verb that also takes a clause orders people, not an order of them | directors | counted-noun | "
                    + "12 directors | The/DT court/NN/_/court ordered/VBD/_/order 12/CD/NUMBER/12 "
                    + "directors/NNS/_/director to/TO repay/VB/_/repay it/PRP ~./. | root(ROOT, ordered) "
                    + "det(court, The) nsubj(ordered, court) obj(ordered, directors) nummod(directors, 12) "
                    + "xcomp(ordered, repay) mark(repay, to) obj(repay, it) punct(ordered, .)",
            "a verb of no listed act | players | counted-noun | 12 players | "
                    + "The/DT club/NN/_/club signed/VBD/_/sign 12/CD/NUMBER/12 players/NNS/_/player ~./. | "
                    + "root(ROOT, signed) det(club, The) nsubj(signed, club) obj(signed, players) "
                    + "nummod(players, 12) punct(signed, .)",
            "a part's number stands where the noun would | branch closures | counted-act | 120 of its branches | "
                    + "Pellmont/NNP/ORGANIZATION/Pellmont will/MD close/VB/_/close 120/CD/NUMBER/120 of/IN "
                    + "its/PRP$ branches/NNS/_/branch ~./. | root(ROOT, close) nsubj(close, Pellmont) "
                    + "aux(close, will) obj(close, 120) nmod:of(120, branches) case(branches, of) "
                    + "nmod:poss(branches, its) punct(close, .)",
            "the whole, with its own number, underwent no act | flights | counted-noun | 300 flights | "
                    + "Corrib/NNP/ORGANIZATION/Corrib cancelled/VBD/_/cancel 40/CD/NUMBER/40 of/IN its/PRP$ "
                    + "300/CD/NUMBER/300 flights/NNS/_/flight ~./. | root(ROOT, cancelled) nsubj(cancelled, Corrib) "
                    + "obj(cancelled, 40) nmod:of(40, flights) case(flights, of) nmod:poss(flights, its) "
                    + "nummod(flights, 300) punct(cancelled, .)",
            "an act joined to one of no listed act | factory closures | counted-act | 14 factories | "
                    + "It/PRP includes/VBZ/_/include the/DT sale/NN/_/sale or/CC closure/NN/_/closure of/IN "
                    + "14/CD/NUMBER/14 factories/NNS/_/factory ~./. | root(ROOT, includes) nsubj(includes, It) "
                    + "obj(includes, sale) det(sale, the) cc(closure, or) conj:or(sale, closure) "
                    + "nmod:of(sale, factories) case(factories, of) nummod(factories, 14) punct(includes, .)"})
    void measure(String name, String measure, String step, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.COUNT, "thing");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, about.measure().step(), "step");
    }
}
