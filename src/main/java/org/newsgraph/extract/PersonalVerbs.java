package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Verbs whose person subject a figure is about ({@code person-figure-verbs.txt}): a person's own money or holdings
 * ("Smith earned $5m") and what a person wins or scores ("Reed scored 21 goals"). The subject chain answers with a
 * person subject only after such a verb; after any other ("chief executive Jo Lind cut 400 jobs") the figure is not
 * the person's, and the chain stops with no answer. A person who is the passive subject of a verb of pay ({@code
 * person-paid-verbs.txt}: "chief operating officer Tim Cook was paid $800,000", "she was awarded a bonus of $2m") is
 * who the money went to (session 41).
 */
final class PersonalVerbs {

    private static final Set<String> VERBS = ResourceTable.words("/org/newsgraph/extract/person-figure-verbs.txt");
    private static final Set<String> PAID_VERBS = ResourceTable.words("/org/newsgraph/extract/person-paid-verbs.txt");

    private PersonalVerbs() {
    }

    /** Whether a figure whose verb this is may be its person subject's. */
    static boolean ofThePerson(Token verb) {
        return verb.lemma() != null && VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a figure whose verb this is may be the person who is its subject: a verb of {@link #ofThePerson(Token)},
     * or a verb of pay the person is the passive subject of ("was paid $800,000").
     */
    static boolean ofThePerson(AnnotatedSentence sentence, Token verb, Token subject) {
        return ofThePerson(verb) || verb.lemma() != null
                && PAID_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
                && DependencyWalk.relation(sentence, verb, subject).equals("nsubj:pass");
    }
}
