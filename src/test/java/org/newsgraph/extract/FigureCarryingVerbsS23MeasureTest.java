package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 23's measure fences (s23-measure). The subject of a verb that acts on a figure is only proposed as what the
 * figure measures ({@link MeasuredSubjects#carriesFigure}, {@code figure-carrying-verbs.txt}); a verb of change,
 * reaching or amounting, a copula and a passive subject valued at a level keep it. Seen wrong on real text: the
 * Recognizers-Text currency and dimension specs ("the fettuccine with portobello mushrooms costs $8.50", "was asked to
 * accept $300,000", "loaned EUR 2 million to", "are located about 17 km from", "set up a zone just a 100 meters from")
 * and MEANTIME 123881 ("a new contract to reduce all-in costs by CA$19 per hour": the verb's own object moves). The
 * sentences are those parses as CoreNLP gave them, with other words; "-" is no measure, a trailing "?" a measure only
 * proposed. A noun the figure premodifies keeps none of the figure's words, its unit included ("½ teaspoon baking
 * powder", "a 45 degrees angle", "Mex$ 10 million forward contract", "a 1/4 mile paved oval": Recognizers-Text
 * dimension and currency specs; "32 GB models": MEANTIME 127576).
 */
class FigureCarryingVerbsS23MeasureTest {

    private static final String DISH = "the/DT lasagne/NN with/IN wild/JJ mushrooms/NNS/_/mushroom costs/VBZ/_/cost "
            + "$/$/MONEY 9.50/CD/MONEY ./.";
    private static final String DISH_PARSE = "root(ROOT, costs) det(lasagne, the) nmod:with(lasagne, mushrooms) "
            + "nsubj(costs, lasagne) obj(costs, $) punct(costs, .) case(mushrooms, with) amod(mushrooms, wild) "
            + "nummod($, 9.50)";
    private static final String ACCEPT = "the/DT county/NN ,/, for/IN example/NN ,/, was/VBD/_/be asked/VBN/_/ask "
            + "to/TO accept/VB $/$/MONEY 400,000/CD/MONEY/400000 ,/, but/CC refused/VBD/_/refuse ./.";
    private static final String ACCEPT_PARSE = "root(ROOT, asked) det(county, the) nsubj:pass(asked, county) "
            + "punct(asked, ,) obl:for(asked, example) punct(asked, ,#2) aux:pass(asked, was) xcomp(asked, accept) "
            + "punct(asked, ,#3) conj:but(asked, refused) punct(asked, .) nsubj:xsubj(accept, county) "
            + "mark(accept, to) obj(accept, $) nsubj:pass(refused, county) cc(refused, but) case(example, for) "
            + "nummod($, 400,000)";
    private static final String LOAN = "in/IN 2004/CD/DATE ,/, river/NN plate/NN loaned/VBN/_/loan €/$/MONEY 3/CD/MONEY "
            + "million/CD/MONEY to/IN its/PRP$ rival/NN ./.";
    private static final String LOAN_PARSE = "root(ROOT, loaned) case(2004, in) obl:in(loaned, 2004) "
            + "punct(loaned, ,) compound(plate, river) nsubj(loaned, plate) obj(loaned, €) obl:to(loaned, rival) "
            + "punct(loaned, .) nummod(€, million) compound(million, 3) case(rival, to) nmod:poss(rival, its)";
    private static final String LOCATED = "the/DT old/JJ mill/NN is/VBZ/_/be located/VBN/_/locate about/RB "
            + "12/CD/NUMBER km/NNS from/IN town/NN ~./.";
    private static final String LOCATED_PARSE = "root(ROOT, located) det(mill, the) amod(mill, old) "
            + "nsubj:pass(located, mill) aux:pass(located, is) obj(located, km) obl:from(located, town) "
            + "punct(located, .) advmod(12, about) nummod(km, 12) case(town, from)";
    private static final String SET_UP = "the/DT army/NN has/VBZ/_/have set/VBN up/RP a/DT field/NN hospital/NN "
            + "just/RB a/DT 200/CD/NUMBER meters/NNS/_/meter from/IN the/DT river/NN ~./.";
    private static final String SET_UP_PARSE = "root(ROOT, set) det(army, the) nsubj(set, army) aux(set, has) "
            + "compound:prt(set, up) obj(set, hospital) obl(set, meters) punct(set, .) det(hospital, a) "
            + "compound(hospital, field) advmod(meters, just) det(meters, a#2) nummod(meters, 200) "
            + "nmod:from(meters, river) case(river, from) det(river, the#2)";
    /** "all - in costs" as CoreNLP took it: obj(reduce, all), so the object step has no noun to give. */
    private static final String REDUCE = "The/DT contract/NN will/MD reduce/VB all/DT ~-/HYPH ~in/IN costs/NNS/_/cost "
            + "by/IN $/$/MONEY 19/CD/MONEY ./.";
    private static final String REDUCE_PARSE = "root(ROOT, reduce) det(contract, The) nsubj(reduce, contract) "
            + "aux(reduce, will) obj(reduce, all) punct(all, -) nmod:in(all, costs) case(costs, in) "
            + "obl:by(reduce, $) case($, by) nummod($, 19) punct(reduce, .)";
    private static final String RANGES = "the/DT price/NN of/IN the/DT new/JJ simulator/NN ranges/VBZ/_/range "
            + "between/IN c/NN $/$/MONEY 12.5/CD/MONEY million/CD/MONEY";
    private static final String RANGES_PARSE = "root(ROOT, ranges) det(price, the) nmod:of(price, simulator) "
            + "nsubj(ranges, price) ccomp(ranges, between) case(simulator, of) det(simulator, the#2) "
            + "amod(simulator, new) dep(between, c) dep(c, $) nummod($, million) compound(million, 12.5)";
    private static final String TOTALED = "canadian/JJ/MISC/Canadian steel/NN production/NN totaled/VBD/_/total "
            + "291,890/CD/NUMBER/291890 metric/JJ tons/NNS/_/ton in/IN the/DT/DATE week/NN/DATE ./.";
    private static final String TOTALED_PARSE = "root(ROOT, totaled) amod(production, canadian) "
            + "compound(production, steel) nsubj(totaled, production) obj(totaled, tons) obl:in(totaled, week) "
            + "punct(totaled, .) nummod(tons, 291,890) amod(tons, metric) case(week, in) det(week, the)";
    private static final String BROKE = "the/DT gross/JJ output/NN value/NN broke/VBD/_/break through/IN "
            + "100/CD/MONEY billion/CD/MONEY yuan/NNS/MONEY ./.";
    private static final String BROKE_PARSE = "root(ROOT, broke) det(value, the) amod(value, gross) "
            + "compound(value, output) nsubj(broke, value) obl:through(broke, yuan) case(yuan, through) "
            + "nummod(yuan, billion) compound(billion, 100) punct(broke, .)";
    private static final String VALUED = "the/DT earlier/JJR pact/NN was/VBD/_/be valued/VBN/_/value at/IN "
            + "about/RB $/$/MONEY 2/CD/MONEY million/CD/MONEY ./.";
    private static final String VALUED_PARSE = "root(ROOT, valued) det(pact, the) amod(pact, earlier) "
            + "nsubj:pass(valued, pact) aux:pass(valued, was) obl:at(valued, $) case($, at) advmod($, about) "
            + "nummod($, million) compound(million, 2) punct(valued, .)";

    /** A sample article's parse: the change is the verb's object, the level hangs by "to". */
    private static final String OUTPUT = "Wind/NN output/NN rose/VBD/_/rise 12/CD/PERCENT %/NN/PERCENT in/IN "
            + "2024/CD/DATE to/IN 8.1/CD/NUMBER TWh/NN/_/twh ./.";
    private static final String OUTPUT_PARSE = "root(ROOT, rose) compound(output, Wind) nsubj(rose, output) "
            + "obj(rose, %) obl:in(rose, 2024) obl:to(rose, TWh) nummod(%, 12) case(2024, in) case(TWh, to) "
            + "nummod(TWh, 8.1) punct(rose, .)";
    /** A noun phrase after the figure that the parser makes the verb's object (s17 held-out measure set). */
    private static final String LOWEST = "Loan/NN approvals/NNS/_/approval dropped/VBD/_/drop to/IN "
            + "36,000/CD/NUMBER/36000 ,/, the/DT lowest/JJS in/IN a/DT year/NN ./.";
    private static final String LOWEST_PARSE = "root(ROOT, dropped) compound(approvals, Loan) "
            + "nsubj(dropped, approvals) obl:to(dropped, 36,000) case(36,000, to) punct(dropped, ,) "
            + "obj(dropped, lowest) det(lowest, the) obl:in(lowest, year) case(year, in) det(year, a) punct(dropped, .)";
    private static final String POWDER = "½/CD/NUMBER teaspoon/NN baking/NN powder/NN";
    private static final String POWDER_PARSE = "root(ROOT, powder) nummod(teaspoon, ½) compound(powder, teaspoon) "
            + "compound(powder, baking)";
    private static final String ANGLE = "turn/VB a/DT 45/CD/NUMBER degrees/NNS/_/degree angle/NN";
    private static final String ANGLE_PARSE = "root(ROOT, turn) obj(turn, angle) det(angle, a) "
            + "compound(angle, degrees) nummod(degrees, 45)";
    private static final String FORWARD = "Sell/VB Mex/NNP/_/Mex ~$/$/MONEY 10/CD/MONEY million/CD/MONEY forward/JJ "
            + "contract/NN now/RB";
    private static final String FORWARD_PARSE = "root(ROOT, Sell) obj(Sell, contract) compound(contract, Mex) "
            + "nummod(contract, $) amod(contract, forward) nummod($, million) compound(million, 10) advmod(Sell, now)";
    private static final String NAMED = "Nordvik/NNP/ORGANIZATION Power/NNP/ORGANIZATION sold/VBD/_/sell more/JJR "
            + "power/NN ./.";
    private static final String NAMED_PARSE = "root(ROOT, sold) compound(Power, Nordvik) nsubj(sold, Power) "
            + "obj(sold, power) amod(power, more) punct(sold, .)";
    /** A sample article's sentence as CoreNLP parsed it: the clause's own verb hung on the relative clause by xcomp. */
    private static final String CAPTURED = "Profit/NN fell/VBD/_/fall as/IN the/DT average/JJ price/NN the/DT "
            + "company/NN captured/VBD/_/capture slumped/VBD/_/slump 22/CD/PERCENT %/NN/PERCENT ./.";
    private static final String CAPTURED_PARSE = "root(ROOT, fell) nsubj(fell, Profit) advcl(fell, captured) "
            + "obl:as(captured, price) case(price, as) det(price, the) amod(price, average) nsubj(captured, company) "
            + "det(company, the#2) xcomp(captured, slumped) obj(slumped, %) nummod(%, 22) punct(fell, .)";
    /** The same move with the verb's own subject: the company's shares. */
    private static final String SHARES = "Its/PRP$ shares/NNS/_/share slumped/VBD/_/slump 22/CD/PERCENT "
            + "%/NN/PERCENT ./.";
    private static final String SHARES_PARSE = "root(ROOT, slumped) nmod:poss(shares, Its) nsubj(slumped, shares) "
            + "obj(slumped, %) nummod(%, 22) punct(slumped, .)";

    /** A market move's climb from the figure never crosses a finite verb hung by xcomp ({@link MarketMoves}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a finite verb hung by xcomp: the company above moved nothing | - | " + CAPTURED + " | " + CAPTURED_PARSE,
            "its shares slumped: the stock price | stock price | " + SHARES + " | " + SHARES_PARSE})
    void move(String name, String measure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.of(new String[] {NAMED, NAMED_PARSE},
                new String[] {tokens, dependencies}), "22 %", FigureKind.CHANGE, "percent");
        FigureContext.Found found = about.measure();
        String read = found.value() == null ? "-" : found.value() + (found.sure() ? "" : "?");
        assertEquals(measure, read, "measure");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "costs: the dish is not what is measured | lasagne? | $ 9.50 | AMOUNT | USD | " + DISH + " | "
                    + DISH_PARSE,
            "asked to accept | county? | $ 400,000 | AMOUNT | USD | " + ACCEPT + " | " + ACCEPT_PARSE,
            "loaned: a verb of lending names a loan (session 35), never the lender | loan | € 3 million | AMOUNT | EUR | "
                    + LOAN + " | " + LOAN_PARSE,
            "located about 12 km from | old mill? | 12 km | MEASUREMENT | km | " + LOCATED + " | " + LOCATED_PARSE,
            "set up a hospital 200 meters from | army? | 200 meters | MEASUREMENT | m | " + SET_UP + " | "
                    + SET_UP_PARSE,
            "reduce its own object by: the subject made it move | contract? | $ 19 | AMOUNT | USD | " + REDUCE + " | "
                    + REDUCE_PARSE,
            "ranges between: a verb of ranging keeps its subject | price | c $ 12.5 million | AMOUNT | USD | " + RANGES
                    + " | " + RANGES_PARSE,
            "totaled: a verb of amounting keeps its subject | canadian steel production | 291,890 metric tons "
                    + "| MEASUREMENT | t | " + TOTALED + " | " + TOTALED_PARSE,
            "broke through: a level by a preposition keeps its subject | gross output value | 100 billion yuan "
                    + "| AMOUNT | CNY | " + BROKE + " | " + BROKE_PARSE,
            "was valued at: a passive subject valued at a level | earlier pact | $ 2 million | AMOUNT | USD | "
                    + VALUED + " | " + VALUED_PARSE,
            "rose 12% to 8.1 TWh: another figure is no object of the verb's own | wind output | 8.1 TWh | MEASUREMENT "
                    + "| TWh | " + OUTPUT + " | " + OUTPUT_PARSE,
            "dropped to 36,000, the lowest: an object after the figure | loan approvals | 36,000 | COUNT | - | "
                    + LOWEST + " | " + LOWEST_PARSE,
            "a noun outside the figure keeps none of its words: teaspoon | baking powder | ½ teaspoon | MEASUREMENT "
                    + "| tsp | " + POWDER + " | " + POWDER_PARSE,
            "a noun outside the figure keeps none of its words: degrees | angle | 45 degrees | MEASUREMENT | deg | "
                    + ANGLE + " | " + ANGLE_PARSE,
            "a noun outside the figure keeps none of its words: Mex | forward contract | Mex$ 10 million | AMOUNT "
                    + "| MXN | " + FORWARD + " | " + FORWARD_PARSE})
    void measure(String name, String measure, String figure, String kind, String unit, String tokens,
                 String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.valueOf(kind), unit.equals("-") ? null : unit);
        FigureContext.Found found = about.measure();
        String read = found.value() == null ? "-" : found.value() + (found.sure() ? "" : "?");
        assertEquals(measure, read, "measure");
    }
}
