package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 16's measure steps for a written series of amounts the parser does not join ({@link AmountSeries}) and for
 * the period noun of a rate ({@link RatePeriods}), from made-up sentences parsed by hand the way CoreNLP parses such
 * sentences, misparses included.
 */
class SeriesAndRateMeasureTest {

    private static final String REVENUES = "Revenues/NNS/_/revenue from/IN licences/NNS were/VBD/_/be "
            + "approximately/RB $/$/MONEY 3.0/CD/MONEY billion/CD/MONEY ,/, $/$/MONEY 3.1/CD/MONEY billion/CD/MONEY "
            + "and/CC $/$/MONEY 4.5/CD/MONEY billion/CD/MONEY for/IN the/DT/DURATION years/NNS/DURATION ./.";
    /** "were" hangs on the noun by a bare dep, the first amount on "were", the later ones on "years". */
    private static final String REVENUES_PARSE = "root(ROOT, Revenues) nmod:from(Revenues, licences) "
            + "case(licences, from) dep(Revenues, were) dep(were, $) advmod($, approximately) nummod($, billion) "
            + "compound(billion, 3.0) punct($, ,) advcl:for($, years) case(years, for) det(years, the) "
            + "nummod(years, $#2) nummod(years, $#3) nummod($#2, billion#2) compound(billion#2, 3.1) "
            + "conj:and($#2, $#3) cc($#3, and) nummod($#3, billion#3) compound(billion#3, 4.5)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the first amount of the series measures the copula's noun | revenues | $ 3.0 billion | " + REVENUES
                    + " | " + REVENUES_PARSE,
            "a later amount the parser hangs elsewhere takes the first's measure | revenues | $ 3.1 billion | "
                    + REVENUES + " | " + REVENUES_PARSE,
            "the last amount after 'and' too | revenues | $ 4.5 billion | " + REVENUES + " | " + REVENUES_PARSE,
            "words between two amounts make no series | - | $ 3 million | "
                    + "Revenues/NNS/_/revenue were/VBD/_/be $/$/MONEY 5/CD/MONEY million/CD/MONEY in/IN "
                    + "Ostrava/NNP/LOCATION ,/, $/$/MONEY 3/CD/MONEY million/CD/MONEY in/IN Brno/NNP/LOCATION ./. | "
                    + "root(ROOT, Revenues) dep(Revenues, were) dep(were, $) nummod($, million) compound(million, 5) "
                    + "nmod:in($, Ostrava) case(Ostrava, in) punct(Ostrava, ,) appos(Ostrava, Brno) "
                    + "nummod(Brno, $#2) nummod($#2, million#2) compound(million#2, 3) case(Brno, in#2)",
            "a rate's period noun is no measure; what the money goes to is | spending on policing | $ 2 billion | "
                    + "The/DT city/NN spends/VBZ/_/spend $/$/MONEY 2/CD/MONEY billion/CD/MONEY a/DT year/NN "
                    + "on/IN policing/NN ./. | "
                    + "root(ROOT, spends) det(city, The) nsubj(spends, city) obj(spends, year) nummod(year, $) "
                    + "nummod($, billion) compound(billion, 2) det(year, a) obl:on(spends, policing) "
                    + "case(policing, on)",
            "a period noun without a determiner of recurrence is a time, and the verb names the amount | spending | "
                    + "$ 2 billion | "
                    + "The/DT city/NN will/MD spend/VB/_/spend $/$/MONEY 2/CD/MONEY billion/CD/MONEY next/JJ/DATE "
                    + "year/NN/DATE ./. | "
                    + "root(ROOT, spend) det(city, The) nsubj(spend, city) aux(spend, will) obj(spend, $) "
                    + "nummod($, billion) compound(billion, 2) obl:tmod(spend, year) amod(year, next)"})
    void measure(String name, String measure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.AMOUNT, "USD");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
    }
}
