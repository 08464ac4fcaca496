package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The date a figure holds for, one class of phrasing a case, on made-up hand-parsed sentences ({@link FigureTime}). */
class FigureTimeTest {

    record Case(String name, String figure, String time, String tokens, String dependencies) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String RESPECTIVELY = "Zorblax/NNP/ORGANIZATION sales/NNS were/VBD/_/be $/$ 92/CD million/CD ,/, "
            + "$/$ 167/CD million/CD and/CC $/$ 218/CD million/CD for/IN 2018/CD/DATE/_/2018 ,/, "
            + "2019/CD/DATE/_/2019 and/CC 2020/CD/DATE/_/2020 ,/, respectively/RB ./.";
    private static final String RESPECTIVELY_PARSE = "compound(sales, Zorblax) nsubj($, sales) cop($, were) "
            + "root(ROOT, $) nummod($, million) compound(million, 92) conj:and($, $#2) nummod($#2, million#2) "
            + "compound(million#2, 167) conj:and($, $#3) nummod($#3, million#3) compound(million#3, 218) "
            + "nmod:for($, 2018) case(2018, for) conj:and(2018, 2019) conj:and(2018, 2020) advmod($, respectively)";
    private static final String FISCAL_LIST = "Zorblax/NNP/ORGANIZATION spent/VBD/_/spend $/$ 3.2/CD billion/CD ,/, "
            + "$/$ 3.7/CD billion/CD and/CC $/$ 3.5/CD billion/CD in/IN fiscal/JJ 2021/CD/DATE/_/2021 ,/, "
            + "2020/CD/DATE/_/2020 and/CC 2019/CD/DATE/_/2019 ,/, respectively/RB ./.";
    private static final String FISCAL_LIST_PARSE = "nsubj(spent, Zorblax) root(ROOT, spent) obj(spent, $) "
            + "nummod($, billion) compound(billion, 3.2) conj:and($, $#2) nummod($#2, billion#2) "
            + "compound(billion#2, 3.7) conj:and($, $#3) nummod($#3, billion#3) compound(billion#3, 3.5) "
            + "obl:in(spent, 2021) amod(2021, fiscal) conj:and(2021, 2020) conj:and(2021, 2019) "
            + "advmod(spent, respectively)";
    private static final String COMPARED = "Zorblax/NNP/ORGANIZATION earned/VBD/_/earn $/$ 5/CD million/CD in/IN "
            + "2020/CD/DATE/_/2020 ,/, compared/VBN/_/compare with/IN $/$ 4/CD million/CD in/IN 2019/CD/DATE/_/2019 ./.";
    private static final String COMPARED_PARSE = "nsubj(earned, Zorblax) root(ROOT, earned) obj(earned, $) "
            + "nummod($, million) compound(million, 5) obl:in(earned, 2020) advcl(earned, compared) "
            + "obl:with(compared, $#2) case($#2, with) nummod($#2, million#2) compound(million#2, 4) nmod:in($#2, 2019)";
    private static final String FROM_BASE_DATED = "Revenue/NN rose/VBD/_/rise to/IN $/$ 9/CD million/CD from/IN $/$ 7/CD "
            + "million/CD in/IN 2019/CD/DATE/_/2019 ./.";
    private static final String FROM_BASE_DATED_PARSE = "nsubj(rose, Revenue) root(ROOT, rose) obl:to(rose, $) "
            + "case($, to) nummod($, million) compound(million, 9) obl:from(rose, $#2) case($#2, from) "
            + "nummod($#2, million#2) compound(million#2, 7) nmod:in($#2, 2019)";
    private static final String FROM_BASE = "In/IN 2020/CD/DATE/_/2020 Zorblax/NNP/ORGANIZATION 's/POS revenue/NN "
            + "rose/VBD/_/rise to/IN $/$ 9/CD million/CD from/IN $/$ 7/CD million/CD ./.";
    private static final String FROM_BASE_PARSE = "obl:in(rose, 2020) nmod:poss(revenue, Zorblax) nsubj(rose, revenue) "
            + "root(ROOT, rose) obl:to(rose, $) case($, to) nummod($, million) compound(million, 9) "
            + "obl:from(rose, $#2) case($#2, from) nummod($#2, million#2) compound(million#2, 7)";

    private static final String INTERLEAVED = "Costs/NNS were/VBD/_/be $/$ 3/CD billion/CD in/IN 2020/CD/DATE/_/2020 "
            + "and/CC $/$ 4/CD billion/CD in/IN 2019/CD/DATE/_/2019 and/CC 2018/CD/DATE/_/2018 ./.";
    private static final String INTERLEAVED_PARSE = "nsubj($, Costs) cop($, were) root(ROOT, $) nummod($, billion) "
            + "compound(billion, 3) nmod:in($, 2020) conj:and($, $#2) nummod($#2, billion#2) compound(billion#2, 4) "
            + "nmod:in($#2, 2019) conj:and(2019, 2018)";

    /** Made up after a misparse seen in filings: the second clause's dates hang as conjuncts of the first figure. */
    private static final String COORDINATED = "For/IN 2021/CD/DATE/_/2021 ,/, Zorblax/NNP/ORGANIZATION sales/NNS "
            + "included/VBD/_/include $/$ 4/CD billion/CD ,/, and/CC for/IN 2020/CD/DATE/_/2020 "
            + "included/VBD/_/include $/$ 3/CD billion/CD ./.";
    private static final String COORDINATED_PARSE = "obl:for(included, 2021) case(2021, For) compound(sales, Zorblax) "
            + "nsubj(included, sales) root(ROOT, included) ccomp(included, included#2) nsubj(included#2, $) "
            + "nsubj(included#2, 2020) obj(included#2, $#2) nummod($, billion) compound(billion, 4) "
            + "conj:and($, 2020) case(2020, for) nummod($#2, billion#2) compound(billion#2, 3)";
    /** Made up after a misparse seen in filings: the second clause's figure hangs from the first clause's noun. */
    private static final String TWO_CLAUSES = "As/IN of/IN June/NNP/DATE/_/2021-06-30 30/CD/DATE/_/2021-06-30 "
            + ",/,/DATE/_/2021-06-30 2021/CD/DATE/_/2021-06-30 Zorblax/NNP/ORGANIZATION had/VBD/_/have cash/NN of/IN "
            + "$/$ 9/CD million/CD and/CC as/IN of/IN June/NNP/DATE/_/2020-06-30 30/CD/DATE/_/2020-06-30 "
            + ",/,/DATE/_/2020-06-30 2020/CD/DATE/_/2020-06-30 ,/, it/PRP had/VBD/_/have debt/NN of/IN $/$ 4/CD "
            + "million/CD ./.";
    private static final String TWO_CLAUSES_PARSE = "obl:as_of(had, June) nummod(June, 30) nummod(June, 2021) "
            + "nsubj(had, Zorblax) root(ROOT, had) obj(had, cash) nmod:of(cash, $) nummod($, million) "
            + "compound(million, 9) acl(cash, had#2) obl:as_of(had#2, June#2) nummod(June#2, 30#2) "
            + "nummod(June#2, 2020) nsubj(had#2, it) appos(cash, debt) nmod:of(debt, $#2) nummod($#2, million#2) "
            + "compound(million#2, 4)";

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a respectively list gives the first figure the first date", "$ 92 million", "2018",
                        RESPECTIVELY, RESPECTIVELY_PARSE),
                new Case("a respectively list gives the second figure the second date", "$ 167 million", "2019",
                        RESPECTIVELY, RESPECTIVELY_PARSE),
                new Case("a respectively list gives the last figure the last date", "$ 218 million", "2020",
                        RESPECTIVELY, RESPECTIVELY_PARSE),
                new Case("a plain year listed after a fiscal one is fiscal", "$ 3.7 billion", "fiscal 2020",
                        FISCAL_LIST, FISCAL_LIST_PARSE),
                new Case("a fiscal year keeps its words", "$ 3.2 billion", "fiscal 2021",
                        FISCAL_LIST, FISCAL_LIST_PARSE),
                new Case("the current figure of a comparison holds for its own date", "$ 5 million", "2020",
                        COMPARED, COMPARED_PARSE),
                new Case("the compared figure holds for the earlier date", "$ 4 million", "2019",
                        COMPARED, COMPARED_PARSE),
                new Case("the base's date is not the new level's", "$ 9 million", "-",
                        FROM_BASE_DATED, FROM_BASE_DATED_PARSE),
                new Case("a base holds for the date attached to it", "$ 7 million", "2019",
                        FROM_BASE_DATED, FROM_BASE_DATED_PARSE),
                new Case("the new level holds for the clause's date", "$ 9 million", "2020",
                        FROM_BASE, FROM_BASE_PARSE),
                new Case("a base without a date of its own has none", "$ 7 million", "-",
                        FROM_BASE, FROM_BASE_PARSE),
                new Case("the year ended December 31 is the calendar year", "$ 6 million", "2020",
                        "Zorblax/NNP/ORGANIZATION reported/VBD/_/report revenue/NN of/IN $/$ 6/CD million/CD for/IN "
                                + "the/DT year/NN ended/VBN/_/end December/NNP/DATE/_/2020-12-31 "
                                + "31/CD/DATE/_/2020-12-31 ,/,/DATE/_/2020-12-31 2020/CD/DATE/_/2020-12-31 ./.",
                        "nsubj(reported, Zorblax) root(ROOT, reported) obj(reported, revenue) nmod:of(revenue, $) "
                                + "nummod($, million) compound(million, 6) obl:for(reported, year) acl(year, ended) "
                                + "obl:tmod(ended, December) nummod(December, 31) nmod:tmod(December, 2020)"),
                new Case("a year ending another day is fiscal and keeps its words", "$ 6 million",
                        "year ended January 31 , 2021", // the words as the hand-parsed text spaces them
                        "Zorblax/NNP/ORGANIZATION reported/VBD/_/report revenue/NN of/IN $/$ 6/CD million/CD for/IN "
                                + "the/DT year/NN ended/VBN/_/end January/NNP/DATE/_/2021-01-31 "
                                + "31/CD/DATE/_/2021-01-31 ,/,/DATE/_/2021-01-31 2021/CD/DATE/_/2021-01-31 ./.",
                        "nsubj(reported, Zorblax) root(ROOT, reported) obj(reported, revenue) nmod:of(revenue, $) "
                                + "nummod($, million) compound(million, 6) obl:for(reported, year) acl(year, ended) "
                                + "obl:tmod(ended, January) nummod(January, 31) nmod:tmod(January, 2021)"),
                new Case("the quarter ended June 30 is the calendar quarter", "$ 2 million", "2020-Q2",
                        "Zorblax/NNP/ORGANIZATION lost/VBD/_/lose $/$ 2/CD million/CD in/IN the/DT quarter/NN "
                                + "ended/VBN/_/end June/NNP/DATE/_/2020-06-30 30/CD/DATE/_/2020-06-30 "
                                + ",/,/DATE/_/2020-06-30 2020/CD/DATE/_/2020-06-30 ./.",
                        "nsubj(lost, Zorblax) root(ROOT, lost) obj(lost, $) nummod($, million) compound(million, 2) "
                                + "obl:in(lost, quarter) acl(quarter, ended) obl:tmod(ended, June) nummod(June, 30) "
                                + "nmod:tmod(June, 2020)"),
                new Case("a date in a relative clause about the company is not the figure's", "$ 3 million", "-",
                        "Zorblax/NNP/ORGANIZATION ,/, which/WDT listed/VBD/_/list in/IN 2015/CD/DATE/_/2015 ,/, "
                                + "spent/VBD/_/spend $/$ 3/CD million/CD ./.",
                        "nsubj(spent, Zorblax) acl:relcl(Zorblax, listed) nsubj(listed, which) obl:in(listed, 2015) "
                                + "root(ROOT, spent) obj(spent, $) nummod($, million) compound(million, 3)"),
                new Case("a date of the saying clause above holds", "5 %", "2020",
                        "In/IN 2020/CD/DATE/_/2020 ,/, Zorblax/NNP/ORGANIZATION said/VBD/_/say revenue/NN "
                                + "rose/VBD/_/rise 5/CD %/NN ./.",
                        "obl:in(said, 2020) nsubj(said, Zorblax) root(ROOT, said) ccomp(said, rose) "
                                + "nsubj(rose, revenue) obj(rose, %) nummod(%, 5)"),
                new Case("the day a verb of saying hangs from is when it was said, not the figure's time", "5 %", "-",
                        "Zorblax/NNP/ORGANIZATION said/VBD/_/say on/IN Tuesday/NNP/DATE/_/XXXX-WXX-2 "
                                + "revenue/NN rose/VBD/_/rise 5/CD %/NN ./.",
                        "nsubj(said, Zorblax) root(ROOT, said) obl:on(said, Tuesday) case(Tuesday, on) "
                                + "ccomp(said, rose) nsubj(rose, revenue) obj(rose, %) nummod(%, 5)"),
                new Case("a resolved day on a verb of saying is not the figure's time", "2 %", "-",
                        "On/IN March/NNP/DATE/_/2021-03-03 3/CD/DATE/_/2021-03-03 ,/, Zorblax/NNP/ORGANIZATION "
                                + "told/VBD/_/tell investors/NNS sales/NNS fell/VBD/_/fall 2/CD %/NN ./.",
                        "obl:on(told, March) case(March, On) nummod(March, 3) nsubj(told, Zorblax) root(ROOT, told) "
                                + "iobj(told, investors) ccomp(told, fell) nsubj(fell, sales) obj(fell, %) nummod(%, 2)"),
                new Case("the day of an announcement holds: it is often the day of what it makes known", "$ 20 billion",
                        "2021-03-10",
                        "On/IN March/NNP/DATE/_/2021-03-10 10/CD/DATE/_/2021-03-10 ,/, Zorblax/NNP/ORGANIZATION "
                                + "announced/VBD/_/announce a/DT $/$ 20/CD billion/CD buyback/NN ./.",
                        "obl:on(announced, March) case(March, On) nummod(March, 10) nsubj(announced, Zorblax) "
                                + "root(ROOT, announced) det(buyback, a) amod(buyback, $) nummod($, billion) "
                                + "compound(billion, 20) obj(announced, buyback)"),
                new Case("a day after 'as of' on a verb of saying still holds", "$ 8 million", "2020-12-31",
                        "As/IN of/IN December/NNP/DATE/_/2020-12-31 31/CD/DATE/_/2020-12-31 ,/, "
                                + "Zorblax/NNP/ORGANIZATION reported/VBD/_/report cash/NN of/IN $/$ 8/CD million/CD ./.",
                        "obl:as_of(reported, December) nummod(December, 31) nsubj(reported, Zorblax) "
                                + "root(ROOT, reported) obj(reported, cash) nmod:of(cash, $) case($, of) "
                                + "nummod($, million) compound(million, 8)"),
                new Case("a day on a verb that is not of saying holds", "$ 6 million", "2021-03-03",
                        "Zorblax/NNP/ORGANIZATION paid/VBD/_/pay $/$ 6/CD million/CD on/IN "
                                + "March/NNP/DATE/_/2021-03-03 3/CD/DATE/_/2021-03-03 ./.",
                        "nsubj(paid, Zorblax) root(ROOT, paid) obj(paid, $) nummod($, million) "
                                + "compound(million, 6) obl:on(paid, March) case(March, on) nummod(March, 3)"),
                new Case("a date in the subject's own phrase holds", "$ 5 million", "2020",
                        "Zorblax/NNP/ORGANIZATION revenue/NN in/IN 2020/CD/DATE/_/2020 was/VBD/_/be $/$ 5/CD "
                                + "million/CD ./.",
                        "compound(revenue, Zorblax) nsubj($, revenue) nmod:in(revenue, 2020) case(2020, in) "
                                + "cop($, was) root(ROOT, $) nummod($, million) compound(million, 5)"),
                new Case("a date between listed figures is the first one's, not a pairing", "$ 3 billion", "2020",
                        INTERLEAVED, INTERLEAVED_PARSE),
                new Case("the next figure holds for the date attached to it", "$ 4 billion", "2019",
                        INTERLEAVED, INTERLEAVED_PARSE),
                new Case("a date the parse coordinates with the figure starts another part", "$ 4 billion", "2021",
                        COORDINATED, COORDINATED_PARSE),
                new Case("a date beyond another clause's date is not the figure's", "$ 4 million", "-",
                        TWO_CLAUSES, TWO_CLAUSES_PARSE),
                new Case("the first clause's figure keeps its date", "$ 9 million", "2021-06-30",
                        TWO_CLAUSES, TWO_CLAUSES_PARSE),
                new Case("a year that names a thing stands between no date and its figure", "$ 5 million", "2020",
                        "In/IN 2020/CD/DATE/_/2020 ,/, for/IN the/DT 2019/CD/DATE/_/2019 notes/NNS ,/, "
                                + "Zorblax/NNP/ORGANIZATION paid/VBD/_/pay $/$ 5/CD million/CD ./.",
                        "obl:in(paid, 2020) case(2020, In) obl:for(paid, notes) case(notes, for) det(notes, the) "
                                + "amod(notes, 2019) nsubj(paid, Zorblax) root(ROOT, paid) obj(paid, $) "
                                + "nummod($, million) compound(million, 5)"),
                new Case("amounts of coordinated nouns pair with a list of dates", "$ 3 million", "2020-06-30",
                        "Zorblax/NNP/ORGANIZATION held/VBD/_/hold a/DT premium/NN of/IN $/$ 2/CD million/CD and/CC "
                                + "a/DT premium/NN of/IN $/$ 3/CD million/CD at/IN June/NNP/DATE/_/2021-06-30 "
                                + "30/CD/DATE/_/2021-06-30 ,/,/DATE/_/2021-06-30 2021/CD/DATE/_/2021-06-30 and/CC "
                                + "June/NNP/DATE/_/2020-06-30 30/CD/DATE/_/2020-06-30 ,/,/DATE/_/2020-06-30 "
                                + "2020/CD/DATE/_/2020-06-30 ,/, respectively/RB ./.",
                        "nsubj(held, Zorblax) root(ROOT, held) obj(held, premium) det(premium, a) nmod:of(premium, $) "
                                + "case($, of) nummod($, million) compound(million, 2) conj:and(premium, premium#2) "
                                + "det(premium#2, a#2) nmod:of(premium#2, $#2) case($#2, of#2) nummod($#2, million#2) "
                                + "compound(million#2, 3) obl:at(held, June) nummod(June, 30) nummod(June, 2021) "
                                + "conj:and(June, June#2) nummod(June#2, 30#2) nummod(June#2, 2020) "
                                + "advmod(held, respectively)"),
                new Case("a maturity date is not the figure's", "$ 4 million", "-",
                        "Zorblax/NNP/ORGANIZATION repaid/VBD/_/repay $/$ 4/CD million/CD of/IN notes/NNS due/IN/_/due "
                                + "2027/CD/DATE/_/2027 ./.",
                        "nsubj(repaid, Zorblax) root(ROOT, repaid) obj(repaid, $) nummod($, million) "
                                + "compound(million, 4) nmod:of($, notes) case(notes, of) nmod:due(notes, 2027) "
                                + "case(2027, due)"),
                new Case("a date deep in the figure's own phrase holds when no clause has one", "$ 6 million", "2021",
                        "Zorblax/NNP/ORGANIZATION spent/VBD/_/spend $/$ 6/CD million/CD on/IN repairs/NNS to/IN "
                                + "stores/NNS in/IN 2021/CD/DATE/_/2021 ./.",
                        "nsubj(spent, Zorblax) root(ROOT, spent) obj(spent, $) nummod($, million) "
                                + "compound(million, 6) nmod:on($, repairs) case(repairs, on) nmod:to(repairs, stores) "
                                + "case(stores, to) nmod:in(stores, 2021) case(2021, in)"),
                new Case("a clause's date comes before one deep in the figure's phrase", "$ 6 million", "2021-05",
                        "In/IN May/NNP/DATE/_/2021-05 2021/CD/DATE/_/2021-05 ,/, Zorblax/NNP/ORGANIZATION "
                                + "redeemed/VBD/_/redeem $/$ 6/CD million/CD of/IN bonds/NNS with/IN a/DT call/NN "
                                + "date/NN of/IN June/NNP/DATE/_/2021-06-01 1/CD/DATE/_/2021-06-01 "
                                + ",/,/DATE/_/2021-06-01 2021/CD/DATE/_/2021-06-01 ./.",
                        "obl:in(redeemed, May) case(May, In) nummod(May, 2021) nsubj(redeemed, Zorblax) "
                                + "root(ROOT, redeemed) obj(redeemed, $) nummod($, million) compound(million, 6) "
                                + "nmod:of($, bonds) case(bonds, of) nmod:with($, date) case(date, with) det(date, a) "
                                + "compound(date, call) nmod:of(date, June) case(June, of) nummod(June, 1) "
                                + "nummod(June, 2021)"),
                new Case("a date the parse makes the figure's governor holds", "$ 7 million", "2021",
                        "Zorblax/NNP/ORGANIZATION borrowings/NNS were/VBD/_/be $/$ 7/CD million/CD at/IN "
                                + "the/DT/DATE/_/2021 end/NN/DATE/_/2021 of/IN/DATE/_/2021 2021/CD/DATE/_/2021 ./.",
                        "compound(borrowings, Zorblax) nsubj(end, borrowings) cop(end, were) dep(end, $) "
                                + "nummod($, million) compound(million, 7) case(end, at) det(end, the) "
                                + "root(ROOT, end) nmod:of(end, 2021) case(2021, of)"),
                new Case("an expiry date is not the figure's", "$ 2 million", "-",
                        "Tax/NN credits/NNS of/IN $/$ 2/CD million/CD may/MD expire/VB/_/expire in/IN fiscal/JJ "
                                + "2029/CD/DATE/_/2029 ./.",
                        "compound(credits, Tax) nsubj(expire, credits) nmod:of(credits, $) case($, of) "
                                + "nummod($, million) compound(million, 2) aux(expire, may) root(ROOT, expire) "
                                + "obl:in(expire, 2029) case(2029, in) amod(2029, fiscal)"),
                new Case("one figure for a list of dates holds for the first", "$ 8 million", "2020-12-31",
                        "As/IN of/IN December/NNP/DATE/_/2020-12-31 31/CD/DATE/_/2020-12-31 ,/,/DATE/_/2020-12-31 "
                                + "2020/CD/DATE/_/2020-12-31 and/CC 2019/CD/DATE/_/2019 ,/, the/DT reserve/NN "
                                + "was/VBD/_/be $/$ 8/CD million/CD ./.",
                        "obl:as_of($, December) nummod(December, 31) nmod:tmod(December, 2020) "
                                + "conj:and(December, 2019) det(reserve, the) nsubj($, reserve) cop($, was) "
                                + "root(ROOT, $) nummod($, million) compound(million, 8)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dates(Case c) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {c.tokens(),
                c.dependencies()}), c.figure(), FigureKind.AMOUNT, "USD");
        assertEquals(c.time(), HandParsedFigure.dash(about.time()));
    }
}
