package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Whether the subject chain's climb passes from a forecast's object up to the verb of forecasting ({@code
 * forecast-verbs.txt}): "Acme expects a market for robots worth $40 billion by 2030", "Dunmore published a report
 * predicting sales of $90 billion". The figure then measures the thing forecast (a market, an industry's sales), and
 * the forecaster, the verb's subject, is not sure to be whose it is. The object must not be one of the figure's own
 * nouns ("Acme expects revenue of $5 billion" is Acme's forecast of its own revenue) unless the verb is a participle
 * describing a noun ({@code acl}: "a report predicting sales of $90 billion"): the forecast is then the report's,
 * and the subject the climb goes on to (the report's publisher) did not make it.
 *
 * <p>It also reads whose figure a forecast is about when a verb sets a forecast to the figure ({@link #about}: "Mellor
 * cut its forecast for Beta's profit to 80 million euros"): the figure is Beta's, forecast, not the forecaster's.
 */
final class ForecastObjects {

    private static final Set<String> VERBS = ResourceTable.words("/org/newsgraph/extract/forecast-verbs.txt");
    private static final Set<String> NOUNS = ResourceTable.words("/org/newsgraph/extract/forecast-nouns.txt");
    /** Edges by which a forecast noun takes what it is about: "forecast for", "target on", "estimate of". */
    private static final Set<String> ABOUT_EDGES = Set.of("nmod:for", "nmod:on", "nmod:of");
    /** Edges by which a noun names its owner: "Beta's profit", "Beta profit". */
    private static final Set<String> OWNER_EDGES = Set.of("nmod:poss", "compound");

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

    /**
     * The organisation a verb's object forecasts a figure for, or null: the object is a forecast noun ({@code
     * forecast-nouns.txt}) that takes by for/on/of an organisation ("its price target on Beta") or a noun that
     * organisation owns ("its forecast for Beta's profit"). A figure that the verb sets that forecast to ("to 80
     * million euros") is then that organisation's, as forecast.
     *
     * @param entityAt the named entity a token belongs to, or null
     */
    static Entity about(AnnotatedSentence sentence, Token verb, Function<Token, Entity> entityAt) {
        if (!verb.pos().startsWith("VB")) {
            return null;
        }
        for (Token object : sentence.children(verb)) {
            if (!DependencyWalk.relation(sentence, verb, object).equals("obj") || !NOUNS.contains(lemma(object))) {
                continue;
            }
            for (Token topic : sentence.children(object)) {
                if (!ABOUT_EDGES.contains(DependencyWalk.relation(sentence, object, topic))) {
                    continue;
                }
                Entity named = organisation(entityAt.apply(topic));
                if (named != null) {
                    return named;
                }
                for (Token owner : sentence.children(topic)) {
                    Entity owning = organisation(entityAt.apply(owner));
                    if (owning != null && OWNER_EDGES.contains(DependencyWalk.relation(sentence, topic, owner))) {
                        return owning;
                    }
                }
            }
        }
        return null;
    }

    private static Entity organisation(Entity entity) {
        return entity != null && entity.type() == EntityType.ORGANIZATION ? entity : null;
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? "" : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
