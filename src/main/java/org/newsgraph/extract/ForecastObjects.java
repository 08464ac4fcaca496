package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.Token;

/**
 * Whether the subject chain's climb passes from a forecast's object up to the verb of forecasting ({@code
 * forecast-verbs.txt}): "Acme expects a market for robots worth $40 billion by 2030", "Dunmore published a report
 * predicting sales of $90 billion". The figure then measures the thing forecast (a market, an industry's sales), and
 * the forecaster, the verb's subject, is not sure to be whose it is. The object must not be one of the figure's own
 * nouns ("Acme expects revenue of $5 billion" is Acme's forecast of its own revenue) unless the verb is a participle
 * describing a noun ({@code acl}: "a report predicting sales of $90 billion"): the forecast is then the report's,
 * and the subject the climb goes on to (the report's publisher) did not make it.
 */
final class ForecastObjects {

    private static final Set<String> VERBS = ResourceTable.words("/org/newsgraph/extract/forecast-verbs.txt");

    private ForecastObjects() {
    }

    /**
     * Whether {@code below}, reached on the climb from the figure, is the object of the verb of forecasting {@code
     * current} (which hangs on its head by {@code verbRelation}), and is not one of the figure's own {@code nouns}
     * unless the verb is a participle describing a noun.
     */
    static boolean passes(Token below, Token current, String relation, String verbRelation, List<Token> nouns) {
        return relation.equals("obj") && current.pos().startsWith("VB") && VERBS.contains(lemma(current))
                && (!nouns.contains(below) || verbRelation.startsWith("acl"));
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? "" : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
