package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that are near a figure but are not what it measures ({@link FigureMeasures}), one made-up sentence each, in
 * the shapes CoreNLP gives them: a time the parser hangs the figure on ("will reach $5 billion next year"), a date or
 * fiscal period that spoils the measured noun's phrase ("fiscal second-quarter revenue"), a year numbering the noun
 * ("fiscal 2027 revenue" keeps the filings' "fiscal revenue"), the "whose" of a
 * relative clause, a period after the number ("revenue of $4.5M a month", where the head is the number), and an age
 * written "38-year-old" (an age, never the noun it describes).
 */
class MeasureWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a time the figure hangs on is no measure | $ 5 billion | AMOUNT | USD | revenue | subject-noun | "
                    + "Revenue/NN will/MD reach/VB/_/reach $/$/MONEY 5/CD/MONEY billion/CD/MONEY next/JJ/DATE "
                    + "year/NN/DATE ./. | "
                    + "nsubj(reach, Revenue) aux(reach, will) root(ROOT, reach) obl:tmod(reach, year) "
                    + "amod(year, next) nummod(year, $) nummod($, billion) compound(billion, 5)",
            "a date before the measured noun is its time | $ 2.1 billion | AMOUNT | USD | revenue | head-noun | "
                    + "Zelco/NNP/ORGANIZATION reported/VBD/_/report fiscal/JJ second/JJ/DATE ~-/HYPH/DATE "
                    + "~quarter/NN/DATE revenue/NN of/IN $/$/MONEY 2.1/CD/MONEY billion/CD/MONEY ./. | "
                    + "nsubj(reported, Zelco) root(ROOT, reported) obj(reported, revenue) amod(revenue, fiscal) "
                    + "compound(revenue, quarter) amod(quarter, second) punct(quarter, -) acl(revenue, of) "
                    + "dep(of, $) nummod($, billion) compound(billion, 2.1)",
            "a year numbering the noun makes it no other figure | $ 900 million | AMOUNT | USD | fiscal revenue | "
                    + "head-noun | "
                    + "Zelco/NNP/ORGANIZATION expects/VBZ/_/expect fiscal/JJ 2027/CD/DATE revenue/NN of/IN "
                    + "$/$/MONEY 900/CD/MONEY million/CD/MONEY ./. | "
                    + "nsubj(expects, Zelco) root(ROOT, expects) obj(expects, revenue) amod(revenue, fiscal) "
                    + "nummod(revenue, 2027) acl(revenue, of) dep(of, $) nummod($, million) compound(million, 900)",
            "a fiscal word alone stays | $ 3 billion | AMOUNT | USD | fiscal deficit | head-noun | "
                    + "The/DT fiscal/JJ deficit/NN of/IN $/$/MONEY 3/CD/MONEY billion/CD/MONEY grew/VBD/_/grow ./. | "
                    + "det(deficit, The) amod(deficit, fiscal) nsubj(grew, deficit) root(ROOT, grew) "
                    + "nmod:of(deficit, $) case($, of) nummod($, billion) compound(billion, 3)",
            "whose is not a word of the measure | 11 % | CHANGE | percent | sales | subject-noun | "
                    + "Zelco/NNP/ORGANIZATION ,/, whose/WP$ sales/NNS rose/VBD/_/rise 11/CD/PERCENT %/NN/PERCENT "
                    + ",/, grew/VBD/_/grow ./. | "
                    + "nsubj(grew, Zelco) root(ROOT, grew) punct(Zelco, ,) acl:relcl(Zelco, rose) "
                    + "nmod:poss(sales, whose) nsubj(rose, sales) obj(rose, %) nummod(%, 11)",
            "a period after the number: the number is the head | $ 4.5 M a month | AMOUNT | USD | revenue | "
                    + "head-noun | "
                    + "Zelco/NNP/ORGANIZATION has/VBZ/_/have revenue/NN of/IN $/$/MONEY 4.5/CD/MONEY M/CD/MONEY "
                    + "a/DT/DURATION month/NN/DURATION ./. | "
                    + "nsubj(has, Zelco) root(ROOT, has) obj(has, revenue) nmod:of(revenue, M) case(M, of) "
                    + "dep(M, $) nummod(M, 4.5) obl:npmod(M, month) det(month, a)",
            "an age written with year-old measures age | 38-year-old | DURATION | YR | age | age | "
                    + "The/DT 38-year-old/JJ/DURATION founder/NN of/IN Zelco/NNP/ORGANIZATION left/VBD/_/leave ./. | "
                    + "det(founder, The) amod(founder, 38-year-old) nsubj(left, founder) root(ROOT, left) "
                    + "nmod:of(founder, Zelco) case(Zelco, of)"})
    void measures(String name, String figure, FigureKind kind, String unit, String measure, String step,
                  String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, kind, unit);
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, HandParsedFigure.dash(about.measure().step()), "measure step");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the age of an unnamed founder is not the company's | - | "
                    + "The/DT 38-year-old/JJ/DURATION founder/NN of/IN Zelco/NNP/ORGANIZATION left/VBD/_/leave ./. | "
                    + "det(founder, The) amod(founder, 38-year-old) nsubj(left, founder) root(ROOT, left) "
                    + "nmod:of(founder, Zelco) case(Zelco, of)",
            "an age before a name is that person's | mara-lind | "
                    + "The/DT 38-year-old/JJ/DURATION Mara/NNP/PERSON Lind/NNP/PERSON left/VBD/_/leave ./. | "
                    + "det(Lind, The) amod(Lind, 38-year-old) compound(Lind, Mara) nsubj(left, Lind) "
                    + "root(ROOT, left)"})
    void anAgeIsAPersons(String name, String subject, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                "38-year-old", FigureKind.DURATION, "YR");
        assertEquals(subject, HandParsedFigure.dash(about.subject().sure() ? about.subject().value() : null));
        assertEquals("age", about.measure().value());
    }
}
