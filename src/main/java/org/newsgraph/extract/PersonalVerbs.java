package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.Token;

/**
 * Verbs whose person subject a figure is about ({@code person-figure-verbs.txt}): a person's own money or holdings
 * ("Smith earned $5m") and what a person wins or scores ("Reed scored 21 goals"). The subject chain answers with a
 * person subject only after such a verb; after any other ("chief executive Jo Lind cut 400 jobs") the figure is not
 * the person's, and the chain stops with no answer.
 */
final class PersonalVerbs {

    private static final Set<String> VERBS = ResourceTable.words("/org/newsgraph/extract/person-figure-verbs.txt");

    private PersonalVerbs() {
    }

    /** Whether a figure whose verb this is may be its person subject's. */
    static boolean ofThePerson(Token verb) {
        return verb.lemma() != null && VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }
}
