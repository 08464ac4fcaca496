package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.figure.ChangeWords;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.Token;

/**
 * Whether the subject of the verb a figure hangs on is what the figure measures, for a length of time: only when the
 * verb says the subject lasts, measures or changes by it ("the test flight lasted four hours", "counting took nine
 * hours"; {@code measured-subject-verbs.txt}, {@code change-words.tsv}). With another verb the subject is
 * who acts and the figure says for how long ("researchers tracked 2,300 patients for five years", "some rural homes
 * could wait up to three days"): the subject-noun step answers nothing. Physical measurements, money, counts and
 * shares keep the step as it was: a measurement's verb of reaching is right as often ("temperatures reached 33C").
 */
final class MeasuredSubjects {

    private static final Set<String> VERBS = ResourceTable.words(
            "/org/newsgraph/extract/measured-subject-verbs.txt");

    private MeasuredSubjects() {
    }

    /** False when {@code verb} is a verb whose subject acts, and the figure a length of time. */
    static boolean measuresSubject(FigureKind kind, Token verb) {
        if (kind != FigureKind.DURATION || !verb.pos().startsWith("VB")) {
            return true;
        }
        String lemma = verb.lemma() == null ? verb.text() : verb.lemma();
        return VERBS.contains(lemma.toLowerCase(Locale.ROOT)) || ChangeWords.isVerb(verb.text());
    }
}
