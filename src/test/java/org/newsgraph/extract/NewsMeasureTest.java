package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 17's news measure steps: the level written after a move's change ({@link MoveLevels}), an outlay subject
 * with what the money goes to ({@link OutlaySubjects}), an outlay at a rate the parser hangs on its period
 * ({@link RatePeriods#carrier}) and the speaker of a verb of saying, which is never the measure. Made-up sentences
 * parsed by hand as CoreNLP parsed them (misparses included).
 */
class NewsMeasureTest {

    private static final String IMPORTS = "Imports/NNS/_/import fell/VBD/_/fall 3.2/CD/PERCENT %/NN/PERCENT to/IN "
            + "$/$/MONEY 48/CD/MONEY billion/CD/MONEY in/IN October/NNP/DATE ,/, the/DT ministry/NN said/VBD/_/say ./.";
    /** The level hangs on "said", and "said" on "fell" by obl:to. */
    private static final String IMPORTS_PARSE = "root(ROOT, fell) nsubj(fell, Imports) obj(fell, %) nummod(%, 3.2) "
            + "case(said, to) dep(said, $) nummod($, billion) compound(billion, 48) nmod:in($, October) "
            + "case(October, in) punct(said, ,) det(ministry, the) nsubj(said, ministry) obl:to(fell, said) "
            + "punct(fell, .)";
    private static final String SPENDING = "Spending/VBG/_/spend on/IN health/NN care/NN rose/VBD/_/rise "
            + "4/CD/PERCENT %/NN/PERCENT last/JJ/DATE year/NN/DATE ./.";
    private static final String SPENDING_PARSE = "root(ROOT, rose) nsubj(rose, Spending) obl:on(Spending, care) "
            + "case(care, on) compound(care, health) obj(rose, %) nummod(%, 4) obl:tmod(rose, year) "
            + "amod(year, last) punct(rose, .)";
    private static final String MEALS = "Spending/VBG/_/spend on/IN school/NN meals/NNS/_/meal climbed/VBD/_/climb "
            + "to/IN £/$/MONEY 1.3/CD/MONEY billion/CD/MONEY ,/, the/DT report/NN said/VBD/_/say ./.";
    private static final String MEALS_PARSE = "root(ROOT, climbed) nsubj(climbed, Spending) obl:on(Spending, meals) "
            + "case(meals, on) compound(meals, school) mark(said, to) dep(said, £) nummod(£, billion) "
            + "compound(billion, 1.3) punct(said, ,) det(report, the) nsubj(said, report) advcl:to(climbed, said) "
            + "punct(climbed, .)";
    private static final String TOTAL = "The/DT total/NN came/VBD/_/come to/IN £/$/MONEY 1.3/CD/MONEY "
            + "billion/CD/MONEY ,/, the/DT report/NN said/VBD/_/say ./.";
    private static final String TOTAL_PARSE = "root(ROOT, came) det(total, The) nsubj(came, total) mark(said, to) "
            + "dep(said, £) nummod(£, billion) compound(billion, 1.3) punct(said, ,) det(report, the) "
            + "nsubj(said, report) advcl:to(came, said) punct(came, .)";
    private static final String DAMAGE = "The/DT flood/NN caused/VBD/_/cause damage/NN estimated/VBN/_/estimate at/IN "
            + "$/$/MONEY 600/CD/MONEY million/CD/MONEY ./.";
    /** The participle of a verb of saying, with the thing said of as its subject. */
    private static final String DAMAGE_PARSE = "root(ROOT, caused) det(flood, The) nsubj(caused, flood) "
            + "nsubj(estimated, damage) dep(caused, estimated) advmod(estimated, at) dep(at, $) nummod($, million) "
            + "compound(million, 600) punct(caused, .)";
    private static final String MINISTRY = "The/DT ministry/NN will/MD spend/VB/_/spend €/$/MONEY 8/CD/MONEY "
            + "million/CD/MONEY a/DT/DURATION year/NN/DURATION on/IN translation/NN services/NNS/_/service ./.";
    private static final String MINISTRY_PARSE = "root(ROOT, spend) det(ministry, The) nsubj(spend, ministry) "
            + "aux(spend, will) nummod(year, €) nummod(€, million) compound(million, 8) det(year, a) "
            + "obl:tmod(spend, year) obl:on(spend, services) case(services, on) compound(services, translation) "
            + "punct(spend, .)";
    private static final String CITY = "The/DT city/NN will/MD spend/VB/_/spend $/$/MONEY 300,000/CD/MONEY "
            + "a/DT/DURATION year/NN/DURATION on/IN park/NN maintenance/NN ./.";
    private static final String CITY_PARSE = "root(ROOT, spend) det(city, The) nsubj(spend, city) aux(spend, will) "
            + "dep(year, $) nummod(year, 300,000) det(year, a) obl:tmod(spend, year) obl:on(spend, maintenance) "
            + "case(maintenance, on) compound(maintenance, park) punct(spend, .)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a level after a change measures what the change does | imports | $ 48 billion | AMOUNT | USD | "
                    + IMPORTS + " | " + IMPORTS_PARSE,
            "the change itself, by its subject | imports | 3.2 % | CHANGE | percent | " + IMPORTS + " | "
                    + IMPORTS_PARSE,
            "a gerund of spending keeps what the money goes to | spending on health care | 4 % | CHANGE | percent | "
                    + SPENDING + " | " + SPENDING_PARSE,
            "the verb before the level's 'to', not the verb of saying the parser hangs it on | spending on school meals | "
                    + "£ 1.3 billion | AMOUNT | GBP | " + MEALS + " | " + MEALS_PARSE,
            "the subject of a verb of saying is the speaker, no measure | - | £ 1.3 billion | AMOUNT | GBP | " + TOTAL
                    + " | " + TOTAL_PARSE,
            "the subject of a participle of saying is what is said of, not a speaker | damage | $ 600 million | "
                    + "AMOUNT | USD | " + DAMAGE + " | " + DAMAGE_PARSE,
            "an outlay at a rate, the amount on the period by nummod | spending on translation services | € 8 million | "
                    + "AMOUNT | EUR | " + MINISTRY + " | " + MINISTRY_PARSE,
            "an outlay at a rate, the amount on the period by dep | spending on park maintenance | $ 300,000 | AMOUNT | "
                    + "USD | " + CITY + " | " + CITY_PARSE})
    void measure(String name, String measure, String figure, String kind, String unit, String tokens,
                 String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.valueOf(kind), unit);
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
    }
}
