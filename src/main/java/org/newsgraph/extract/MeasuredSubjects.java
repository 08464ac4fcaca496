package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.figure.ChangeWords;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Whether the subject of the verb a figure hangs on is what the figure measures. For a figure the verb takes as its
 * object, or by a bare oblique, only when the verb is one of change, of a market move or of reaching and amounting
 * ({@code figure-carrying-verbs.txt}: "sales topped $5bn", "obligations totaled $1.8 billion"); the subject of any
 * other verb acts on the figure ("the fettuccine costs $8.50", "was asked to accept $300,000", "loaned EUR 2 million")
 * and is only proposed. A passive subject that a level reaches ("the pact was valued at $98 a share", "damage estimated
 * at $600 million") is what is valued. For a length of time: only when the
 * verb says the subject lasts, measures or changes by it ("the test flight lasted four hours", "counting took nine
 * hours"; {@code measured-subject-verbs.txt}, {@code change-words.tsv}). With another verb the subject is
 * who acts and the figure says for how long ("researchers tracked 2,300 patients for five years", "some rural homes
 * could wait up to three days"): the subject-noun step answers nothing. Physical measurements, money, counts and
 * shares keep the step as it was: a measurement's verb of reaching is right as often ("temperatures reached 33C").
 */
final class MeasuredSubjects {

    private static final Set<String> VERBS = ResourceTable.words(
            "/org/newsgraph/extract/measured-subject-verbs.txt");

    /** How an infinitive of purpose hangs on its verb: "took nine minutes to arrive" as xcomp or advcl:to. */
    private static final Set<String> ACTS = Set.of("xcomp", "advcl", "advcl:to");

    private static final Set<String> CARRYING = ResourceTable.words(
            "/org/newsgraph/extract/figure-carrying-verbs.txt");
    /** The relations by which a verb's level hangs on it: "valued at", "raised by", "cut to", "up from". */
    private static final Set<String> LEVELS = Set.of("obl:at", "obl:to", "obl:by", "obl:from", "nmod:at", "nmod:to",
            "nmod:by", "nmod:from");

    /** The prepositions that set a length of time as the frame of a clause: "for the nine months", "within the
     *  next 12 months", "over five years". */
    private static final Set<String> TIME_FRAMES = Set.of("for", "within", "over", "during", "in", "after", "since",
            "before", "throughout");

    private MeasuredSubjects() {
    }

    /**
     * Whether a length of time is the frame a clause holds in rather than a measure of its subject, whatever the verb
     * of change: "for the nine months, net rose 15%" (obl:for), "a majority of which will be due within the next 12
     * months" (the length of time is the predicate, with its own "within"), "fell 37% during the sell-off, about 75
     * minutes to the closing bell" (a bare npmod beside the verb's own figure). A verb of lasting keeps its subject
     * ("the strike lasted for three weeks").
     *
     * @param verb         the word the figure's subject belongs to
     * @param figure       how the figure's phrase hangs on the verb ("obl:for", "obl:npmod", ...; "" when the figure
     *                     is that word)
     * @param prepositions the prepositions of the figure's own head noun
     * @param figureObject whether the verb has another figure as its object (the change the clause reports)
     */
    static boolean isTimeFrame(FigureKind kind, Token verb, String figure, List<String> prepositions,
                               boolean figureObject) {
        if (kind != FigureKind.DURATION) {
            return false;
        }
        String lemma = (verb.lemma() == null ? verb.text() : verb.lemma()).toLowerCase(Locale.ROOT);
        if (VERBS.contains(lemma) && verb.pos().startsWith("VB")) {
            return false;
        }
        String marker = figure.contains(":") ? figure.substring(figure.indexOf(':') + 1) : "";
        return prepositions.stream().anyMatch(p -> TIME_FRAMES.contains(p.toLowerCase(Locale.ROOT)))
                || figure.matches("(obl|nmod):.*") && TIME_FRAMES.contains(marker)
                || figureObject && figure.matches("obl:(npmod|tmod)");
    }

    /** False when {@code verb} is a verb whose subject acts, and the figure a length of time. */
    static boolean measuresSubject(FigureKind kind, Token verb) {
        if (kind != FigureKind.DURATION || !verb.pos().startsWith("VB")) {
            return true;
        }
        String lemma = verb.lemma() == null ? verb.text() : verb.lemma();
        return VERBS.contains(lemma.toLowerCase(Locale.ROOT)) || ChangeWords.isVerb(verb.text());
    }

    /**
     * Whether a length of time on a verb of lasting times an act its infinitive names, which the subject does:
     * "firefighters took nine minutes to arrive", "ambulances took an average of 42 minutes to reach patients". The
     * time is how long the act took, not a measure of the firefighters; nothing is answered ("counting took nine
     * hours", with no infinitive, keeps its subject).
     */
    static boolean timesAnAct(AnnotatedSentence sentence, FigureKind kind, Token verb) {
        if (kind != FigureKind.DURATION || !VERBS.contains(lemma(verb)) || !verb.pos().startsWith("VB")) {
            return false;
        }
        return sentence.children(verb).stream().anyMatch(c -> ACTS.contains(DependencyWalk.relation(sentence, verb, c))
                && c.pos().equals("VB") && sentence.children(c).stream().anyMatch(m -> m.pos().equals("TO")
                && DependencyWalk.relation(sentence, c, m).equals("mark")));
    }

    private static String lemma(Token verb) {
        return (verb.lemma() == null ? verb.text() : verb.lemma()).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the subject of {@code verb} is what a figure the verb takes measures. A noun with a copula ("this baby is
     * over two pounds") keeps its subject. A level ("rose to $5bn", "was valued at $98 a share") is the subject's
     * unless the verb has an object of its own, which is then what was set or moved ("to reduce all-in costs by CA$19
     * per hour": the contract reduces, the costs move). A figure taken as the object or by a bare oblique is the
     * subject's only for a verb of change, market move, reaching or amounting.
     *
     * @param figure      how the figure's phrase hangs on the verb ("obj", "obl:at", ...)
     * @param otherObject whether the verb has a direct object that is not the figure
     */
    static boolean carriesFigure(Token verb, String figure, boolean otherObject) {
        if (!verb.pos().startsWith("VB")) {
            return true;
        }
        if (LEVELS.contains(figure)) {
            return !otherObject;
        }
        boolean taken = figure.equals("obj") || figure.equals("iobj") || figure.equals("dep")
                || figure.equals("obl") || figure.equals("obl:npmod") || figure.equals("obl:tmod");
        String lemma = (verb.lemma() == null ? verb.text() : verb.lemma()).toLowerCase(Locale.ROOT);
        return !taken || ChangeWords.isVerb(verb.text()) || MarketMoves.isMoveVerb(verb) || CARRYING.contains(lemma);
    }
}
