package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 18's measures of figures outside business prose (s18-genres): the subject of a verb is what a length of time
 * measures only when the verb lasts or changes ({@link MeasuredSubjects}); the base a
 * figure is compared with measures what that figure does ({@link ComparedFigures#sameUnitBase}); points in an article that names no
 * stock index are no index level ({@link MarketMoves}). Sentences from the session's probe articles (set A) and the
 * tuning sources (MEANTIME's test flight, the own gold's dividend), parsed as CoreNLP parsed them.
 */
class GenreMeasuresTest {

    private static final String TRACKED =
            "Researchers/NNS/_/researcher at/IN the/DT University/NNP/ORGANIZATION/University "
            + "of/IN/ORGANIZATION Tarnsley/NNP/ORGANIZATION/Tarnsley tracked/VBD/_/track 2,300/CD/NUMBER/2300 "
            + "patients/NNS/_/patient for/IN five/CD/DURATION years/NNS/DURATION/year ~./.";
    private static final String TRACKED_PARSE =
            "root(ROOT, tracked) nsubj(tracked, Researchers) obj(tracked, patients) obl:for(tracked, years) "
            + "punct(tracked, .) nmod:at(Researchers, University) case(University, at) det(University, the) "
            + "nmod:of(University, Tarnsley) case(Tarnsley, of) nummod(patients, 2,300) case(years, for) "
            + "nummod(years, five)";
    private static final String WAIT =
            "Grid/NNP/_/Grid operator/NN Northline/NNP/ORGANIZATION/Northline Power/NNP/ORGANIZATION/Power "
            + "said/VBD/_/say 41,000/CD/NUMBER/41000 customers/NNS/_/customer had/VBD/_/have been/VBN/_/be "
            + "reconnected/VBN/_/reconnect by/IN Friday/NNP/DATE/Friday evening/NN/TIME ~,/, but/CC "
            + "warned/VBD/_/warn that/IN some/DT rural/JJ homes/NNS/_/home could/MD wait/VB up/RP/DURATION "
            + "to/IN/DURATION three/CD/DURATION days/NNS/DURATION/day ~./.";
    private static final String WAIT_PARSE =
            "root(ROOT, said) compound(operator, Grid) compound(Power, operator) compound(Power, Northline) "
            + "nsubj(said, Power) ccomp(said, reconnected) punct(said, ,) conj:but(said, warned) punct(said, "
            + ".) nsubj(warned, Power) cc(warned, but) ccomp(warned, wait) nummod(customers, 41,000) "
            + "nsubj:pass(reconnected, customers) aux(reconnected, had) aux:pass(reconnected, been) "
            + "obl:agent(reconnected, evening) case(evening, by) compound(evening, Friday) mark(wait, that) "
            + "nsubj(wait, homes) aux(wait, could) obl:tmod(wait, days) det(homes, some) amod(homes, rural) "
            + "dep(three, up) advmod(three, to) nummod(days, three)";
    private static final String FLIGHT =
            "The/DT test/NN flight/NN lasted/VBD/_/last four/CD/DURATION hours/NNS/DURATION/hour ~,/, "
            + "with/IN the/DT aircraft/NN flying/VBG/_/fly no/DT higher/JJR/_/high than/IN "
            + "10,000/CD/NUMBER/10000 nor/CC further/RB than/IN 100/CD/NUMBER miles/NNS/_/mile from/IN "
            + "Toulouse/NNP/LOCATION/Toulouse as/IN it/PRP circled/VBD/_/circle the/DT Bay/NNP/LOCATION/Bay "
            + "of/IN/LOCATION Biscay/NNP/LOCATION/Biscay ~./.";
    private static final String FLIGHT_PARSE =
            "root(ROOT, lasted) det(flight, The) compound(flight, test) nsubj(lasted, flight) obj(lasted, "
            + "hours) punct(lasted, ,) advcl:with(lasted, flying) punct(lasted, .) nummod(hours, four) "
            + "mark(flying, with) nsubj(flying, aircraft) obj(flying, no) det(aircraft, the) amod(no, higher) "
            + "amod(no, miles) obl:than(higher, 10,000) conj:nor(higher, miles) advcl:as(higher, circled) "
            + "case(10,000, than) cc(miles, nor) advmod(miles, further) case(miles, than#2) nummod(miles, 100) "
            + "nmod:from(miles, Toulouse) case(Toulouse, from) mark(circled, as) nsubj(circled, it) "
            + "obj(circled, Bay) det(Bay, the#2) nmod:of(Bay, Biscay) case(Biscay, of)";
    private static final String TURNOUT =
            "Turnout/NN was/VBD/_/be 47.9/CD/NUMBER per/NN cent/NN ~,/, down/RB from/IN 51/CD/NUMBER per/NN "
            + "cent/NN/DATE four/CD/DATE years/NNS/DATE/year ago/RB/DATE ~./.";
    private static final String TURNOUT_PARSE =
            "root(ROOT, cent) nsubj(cent, Turnout) cop(cent, was) nummod(cent, 47.9) compound(cent, per) "
            + "punct(cent, ,) advmod(cent, down) punct(cent, .) obl:from(down, cent#2) case(cent#2, from) "
            + "nummod(cent#2, 51) compound(cent#2, per#2) obl(cent#2, years) nummod(years, four) advmod(years, "
            + "ago)";
    private static final String DIVIDEND =
            "Chief/NNP/_/Chief financial/JJ officer/NN Anders/NNP/PERSON/Anders Lund/NNP/PERSON/Lund "
            + "said/VBD/_/say the/DT board/NN will/MD propose/VB a/DT dividend/NN of/IN DKK/NNP/_/DKK "
            + "4.50/CD/NUMBER a/DT share/NN ~,/, down/RB from/IN DKK/NNP/_/DKK 6.00/CD/NUMBER a/DT share/NN "
            + "a/DT/DATE year/NN/DATE earlier/RBR/DATE/early ~./.";
    private static final String DIVIDEND_PARSE =
            "root(ROOT, said) compound(officer, Chief) amod(officer, financial) compound(Lund, officer) "
            + "compound(Lund, Anders) nsubj(said, Lund) ccomp(said, propose) punct(said, .) det(board, the) "
            + "nsubj(propose, board) aux(propose, will) obj(propose, dividend) det(dividend, a) "
            + "nmod:of(dividend, DKK) dep(dividend, 4.50) case(DKK, of) obl:npmod(4.50, share) punct(4.50, ,) "
            + "advmod(4.50, down) det(share, a#2) obl:from(down, DKK#2) case(DKK#2, from) nummod(DKK#2, 6.00) "
            + "dep(DKK#2, share#2) advmod(DKK#2, earlier) det(share#2, a#3) det(year, a#4) obl:npmod(earlier, "
            + "year)";
    private static final String LEAGUE =
            "Town/NN have/VBP lost/VBN/_/lose only/RB two/CD/NUMBER of/IN their/PRP$/_/they last/JJ "
            + "23/CD/NUMBER matches/NNS/_/match in/IN all/DT competitions/NNS/_/competition and/CC sit/VB "
            + "four/CD/NUMBER points/NNS/_/point clear/JJ at/IN the/DT top/NN of/IN the/DT league/NN ~./.";
    private static final String LEAGUE_PARSE =
            "root(ROOT, lost) nsubj(lost, Town) aux(lost, have) obj(lost, two) obl:in(lost, competitions) "
            + "conj:and(lost, sit) punct(lost, .) nsubj(sit, Town) cc(sit, and) advmod(sit, clear) obl:at(sit, "
            + "top) advmod(two, only) nmod:of(two, matches) case(matches, of) nmod:poss(matches, their) "
            + "amod(matches, last) nummod(matches, 23) case(competitions, in) det(competitions, all) "
            + "nummod(points, four) obl:npmod(clear, points) case(top, at) det(top, the) nmod:of(top, league) "
            + "case(league, of#2) det(league, the#2)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "who tracks patients for five years is not what the years measure | - | five years | DURATION | YR | "
                    + TRACKED + " | " + TRACKED_PARSE,
            "homes that wait up to three days are not the wait | - | up to three days | DURATION | DAY | " + WAIT
                    + " | " + WAIT_PARSE,
            "a flight that lasts four hours is what the hours measure | test flight | four hours | DURATION | HR | "
                    + FLIGHT + " | " + FLIGHT_PARSE,
            "the turnout a turnout is compared with | turnout | 51 per cent | SHARE | percent | " + TURNOUT + " | "
                    + TURNOUT_PARSE,
            "the dividend a dividend is compared with | dividend | DKK 6.00 a share | AMOUNT | DKK | " + DIVIDEND
                    + " | " + DIVIDEND_PARSE,
            "points in a league table are no index level | points | four points | COUNT | point | " + LEAGUE + " | "
                    + LEAGUE_PARSE})
    void measure(String name, String measure, String figure, String kind, String unit, String tokens,
                 String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.valueOf(kind), unit);
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
    }
}
