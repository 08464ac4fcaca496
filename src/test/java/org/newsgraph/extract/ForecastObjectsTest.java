package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.Token;

/** When the subject chain's climb passes from a forecast's object to the verb of forecasting. */
class ForecastObjectsTest {

    @ParameterizedTest(name = "{0} {1} ({2}, {3}, {4} of {5}), own noun {6}: {7}")
    @CsvSource({
            // "Acme expects a market for robots worth $40 billion": the market is forecast
            "market, expects, expect, VBZ, obj, root, false, true",
            // "a report predicting sales of $90 billion": the figure's own noun, but the forecast is the report's
            "sales, predicting, predict, VBG, obj, acl, true, true",
            // "Acme expects revenue of $5 billion": the object is the figure's own noun
            "revenue, expects, expect, VBZ, obj, root, true, false",
            // "Acme operates a fleet consisting of 30 aircraft": not a verb of forecasting
            "fleet, operates, operate, VBZ, obj, root, false, false",
            // "the forecast of a market worth $4 billion": a noun, not the verb
            "market, forecast, forecast, NN, nmod:of, root, false, false",
            // the climb reaches the verb from its subject, not its object
            "analysts, expect, expect, VBP, nsubj, root, false, false",
            // "Acme expects to sell cars worth $4 billion": an open complement, the forecaster's own
            "cars, sell, sell, VB, obj, xcomp, false, false"})
    void aForecastsObjectIsNotTheForecastersOwn(String object, String verb, String lemma, String pos, String relation,
                                                String verbRelation, boolean ownNoun, boolean passes) {
        Token below = new Token(1, 0, 0, 1, object, object, "NN", "O", null);
        Token current = new Token(0, 0, 0, 1, verb, lemma, pos, "O", null);
        assertEquals(passes, ForecastObjects.passes(below, current, relation, verbRelation, ownNoun ? List.of(below) : List.of()));
    }
}
