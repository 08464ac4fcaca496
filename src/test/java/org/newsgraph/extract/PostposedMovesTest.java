package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.testing.ParsedText;

/**
 * A move written after a comma behind the figure it changes measures what that figure measures
 * ({@link PostposedMoves}). Sentences of the sample articles (own gold) as CoreNLP parsed them, the clauses after the
 * move left out, and a made-up one where a verb stands between the two figures.
 */
class PostposedMovesTest {

    /** "Up" on the amount: advmod($, up) obl:npmod(up, %). */
    private static final String REVENUE = "Brightlane/NNP/_/Brightlane reported/VBD/_/report first/JJ/DATE "
            + "~-/HYPH/DATE ~quarter/NN/DATE revenue/NN of/IN $/$/MONEY ~1.14/CD/MONEY billion/CD/MONEY ~,/, up/RB "
            + "9/CD/PERCENT ~%/NN/PERCENT ~./.";
    private static final String REVENUE_PARSE = "root(ROOT, reported) nsubj(reported, Brightlane) "
            + "obj(reported, revenue) punct(reported, .) amod(quarter, first) punct(quarter, -) "
            + "compound(revenue, quarter) acl(revenue, of) dep(of, $) nummod($, billion) punct($, ,) advmod($, up) "
            + "compound(billion, 1.14) obl:npmod(up, %) nummod(%, 9)";
    /** The move on the verb of the counted noun: advmod(has, %) beside obj(has, users). */
    private static final String USERS = "It/PRP has/VBZ/_/have more/JJR than/IN 1.8/CD/NUMBER million/CD/NUMBER "
            + "paying/VBG/_/pay users/NNS/_/user ~,/, up/IN 38/CD/PERCENT ~%/NN/PERCENT from/IN a/DT/DATE "
            + "year/NN/DATE earlier/RBR/DATE/early ~./.";
    private static final String USERS_PARSE = "root(ROOT, has) nsubj(has, It) obj(has, users) punct(has, ,) "
            + "advmod(has, %) advmod(million, more) compound(million, 1.8) fixed(more, than) nummod(users, million) "
            + "amod(users, paying) case(%, up) nummod(%, 38) advcl:from(%, earlier) case(earlier, from) "
            + "obl:npmod(earlier, year) det(year, a) punct(has, .)";
    /** A time between the count and the comma: "in the year to December 31". */
    private static final String PASSENGERS = "The/DT airline/NN carried/VBD/_/carry 21.4/CD/NUMBER "
            + "million/CD/NUMBER passengers/NNS/_/passenger in/IN the/DT/DATE year/NN/DATE to/IN "
            + "December/NNP/DATE/December 31/CD/DATE ~,/, up/RB 11/CD/PERCENT ~%/NN/PERCENT ~./.";
    private static final String PASSENGERS_PARSE = "root(ROOT, carried) det(airline, The) nsubj(carried, airline) "
            + "obj(carried, passengers) obl:in(carried, year) obl:to(carried, December) punct(carried, ,) "
            + "advmod(carried, up) punct(carried, .) compound(million, 21.4) nummod(passengers, million) "
            + "case(year, in) det(year, the) case(December, to) nummod(December, 31) obl:npmod(up, %) "
            + "nummod(%, 11)";
    /** A verb of saying between the count and the move: the move is not the count's. */
    private static final String SAID = "Acme/NNP/ORGANIZATION sold/VBD/_/sell 300/CD/NUMBER cars/NNS/_/car "
            + "~,/, analysts/NNS/_/analyst said/VBD/_/say ~,/, up/RB 4/CD/PERCENT ~%/NN/PERCENT ~./.";
    private static final String SAID_PARSE = "root(ROOT, sold) nsubj(sold, Acme) obj(sold, cars) nummod(cars, 300) "
            + "punct(sold, ,) parataxis(sold, said) nsubj(said, analysts) punct(sold, ,#2) advmod(sold, up) "
            + "obl:npmod(up, %) nummod(%, 4) punct(sold, .)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an amount's move, 'up' on the amount | revenue | $1.14 billion | AMOUNT | USD | up 9% | "
                    + REVENUE + " | " + REVENUE_PARSE,
            "a count's move on the count's verb | paying users | 1.8 million paying users | COUNT | user | up 38% | "
                    + USERS + " | " + USERS_PARSE,
            "a time between the count and the comma | passengers | 21.4 million passengers | COUNT | passenger | "
                    + "up 11% | " + PASSENGERS + " | " + PASSENGERS_PARSE,
            "a verb between the two figures | - | 300 cars | COUNT | car | up 4% | " + SAID + " | " + SAID_PARSE})
    void theMoveMeasuresTheFigureBeforeIt(String name, String measure, String before, String kind, String unit,
                                          String move, String tokens, String dependencies) {
        ParsedText parsed = new ParsedText().sentence(tokens, dependencies);
        AnnotatedText text = parsed.text();
        Map<String, Entity> byId = new LinkedHashMap<>();
        parsed.entities().forEach(e -> byId.put(e.id(), e));
        FigureContext context = new FigureContext(new DocumentContext(text, parsed.entities()), byId);
        AnnotatedSentence sentence = text.sentences().get(0);
        int first = text.text().indexOf(before);
        context.about(sentence, first, first + before.length(), new FigureCandidate(0, before.length(),
                FigureKind.valueOf(kind), BigDecimal.ONE, null, null, unit, null, null, null, null, null, null));
        int at = text.text().indexOf(move);
        FigureContext.About about = context.about(sentence, at, at + move.length(), new FigureCandidate(0,
                move.length(), FigureKind.CHANGE, BigDecimal.ONE, null, null, "percent", null, null, null, "increase",
                null, null));
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(List.of(measure.equals("-") ? "none" : FigureContext.POSTPOSED_MOVE).get(0),
                about.measure().step() == null ? "none" : about.measure().step(), "step");
    }
}
