package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24's time-frame fence (s24-measure, {@link MeasuredSubjects#isTimeFrame}): a length of time that sets the
 * frame a clause holds in is no measure of the clause's subject, whatever the verb of change. Seen asserted wrong on
 * real text: Recognizers-Text currency spec ("for the nine months, amr's net rose 15% to $415.9 million": "nine
 * months" measured "amr"), MEANTIME 180695 ("Stock for the Procter & Gamble company fell almost 37% during the
 * sell-off, about 75 minutes to the closing bell": "stock price"), KPI-EDGAR train INTC, two filings ("a substantial
 * majority of which will be due within the next 12 months": "substantial majority"). The sentences are those parses as
 * CoreNLP gave them, with other words; "-" is no measure. A verb of lasting keeps its subject, and a length of time a
 * change verb takes as its own object is still the subject's change.
 */
class TimeFramesS24MeasureTest {

    /** obl:for on the change verb, as the Recognizers-Text sentence. */
    private static final String FOR_MONTHS = "for/IN the/DT/DURATION nine/CD/DURATION months/NNS/DURATION ,/, "
            + "acme/NN 's/POS profit/NN rose/VBD/_/rise 12/CD/PERCENT %/NN/PERCENT";
    private static final String FOR_MONTHS_PARSE = "root(ROOT, rose) case(months, for) det(months, the) "
            + "nummod(months, nine) obl:for(rose, months) punct(rose, ,) nmod:poss(profit, acme) case(acme, 's) "
            + "nsubj(rose, profit) obj(rose, %) nummod(%, 12)";
    /** The length of time as the predicate with its own "within", as the KPI-EDGAR sentence. */
    private static final String WITHIN = "a/DT large/JJ portion/NN of/IN which/WDT will/MD be/VB/_/be due/IN "
            + "within/IN the/DT/DURATION next/JJ/DATE 18/CD/DATE months/NNS/DATE ./.";
    private static final String WITHIN_PARSE = "root(ROOT, months) det(portion, a) amod(portion, large) "
            + "nsubj(months, portion) nmod:of(portion, which) case(which, of) aux(months, will) cop(months, be) "
            + "case(months, due) case(months, within) det(months, the) amod(months, next) nummod(months, 18) "
            + "punct(months, .)";
    /** A bare npmod beside the verb's own figure, as the MEANTIME sentence. */
    private static final String NPMOD = "Shares/NNS/_/share in/IN the/DT bank/NN fell/VBD/_/fall 21/CD/PERCENT "
            + "%/NN/PERCENT ,/, about/RB/DURATION 40/CD/DURATION minutes/NNS/DURATION before/IN the/DT close/NN ./.";
    private static final String NPMOD_PARSE = "root(ROOT, fell) nsubj(fell, Shares) nmod:in(Shares, bank) "
            + "case(bank, in) det(bank, the) obj(fell, %) nummod(%, 21) punct(fell, ,) obl:npmod(fell, minutes) "
            + "advmod(40, about) nummod(minutes, 40) nmod:before(minutes, close) case(close, before) "
            + "det(close, the#2) punct(fell, .)";
    /** Controls: a verb of lasting, with or without "for"; a change verb's own object. */
    private static final String LASTED_FOR = "the/DT strike/NN lasted/VBD/_/last for/IN three/CD/DURATION "
            + "weeks/NNS/DURATION ./.";
    private static final String LASTED_FOR_PARSE = "root(ROOT, lasted) det(strike, the) nsubj(lasted, strike) "
            + "obl:for(lasted, weeks) case(weeks, for) nummod(weeks, three) punct(lasted, .)";
    private static final String LASTED = "the/DT test/NN flight/NN lasted/VBD/_/last four/CD/DURATION "
            + "hours/NNS/DURATION ./.";
    private static final String LASTED_PARSE = "root(ROOT, lasted) det(flight, the) compound(flight, test) "
            + "nsubj(lasted, flight) obl:tmod(lasted, hours) nummod(hours, four) punct(lasted, .)";
    private static final String GREW = "average/JJ waiting/NN times/NNS/_/time grew/VBD/_/grow 12/CD/DURATION "
            + "minutes/NNS/DURATION ./.";
    private static final String GREW_PARSE = "root(ROOT, grew) amod(times, average) compound(times, waiting) "
            + "nsubj(grew, times) obj(grew, minutes) nummod(minutes, 12) punct(grew, .)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "for the nine months, profit rose: the frame | - | nine months | " + FOR_MONTHS + " | " + FOR_MONTHS_PARSE,
            "due within the next 18 months: the frame | - | 18 months | " + WITHIN + " | " + WITHIN_PARSE,
            "fell 21%, about 40 minutes before the close | - | about 40 minutes | " + NPMOD + " | " + NPMOD_PARSE,
            "lasted for three weeks: a verb of lasting | strike | three weeks | " + LASTED_FOR + " | "
                    + LASTED_FOR_PARSE,
            "lasted four hours | test flight | four hours | " + LASTED + " | " + LASTED_PARSE,
            "grew 12 minutes: the change verb's own object | average waiting times | 12 minutes | " + GREW + " | "
                    + GREW_PARSE})
    void measure(String name, String measure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.DURATION, "MON");
        FigureContext.Found found = about.measure();
        String read = found.value() == null ? "-" : found.value() + (found.sure() ? "" : "?");
        assertEquals(measure, read, "measure");
    }
}
