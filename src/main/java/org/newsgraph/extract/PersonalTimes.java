package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Where a person's own length of time stands: a figure the measure chain read as an age ("died at the age of 56") or
 * a tenure ("has worked at Acme for 25 years", "has been with Acme for 33 years") is about whoever lived or worked that
 * long, the subject of the clause the figure hangs on, not about the employer or the article's company. This class
 * finds that subject's word (a name, "he", "she", or the noun a relative pronoun stands for); whether it is a person
 * is the caller's question. One step up from the figure (two through "the age of"), one down to the subject: bounded.
 */
final class PersonalTimes {

    /** The clause relations by which a figure of time hangs on its verb: "for 25 years", "at the age of 56". */
    private static final Set<String> TIME_RELATIONS = Set.of("nmod:for", "obl:for", "nmod:at", "obl:at",
            "nmod:after", "obl:after", "nmod:tmod", "obl:tmod");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    private static final Set<String> AGE_NOUNS = Set.of("age");

    private PersonalTimes() {
    }

    /**
     * The word of the subject of the clause an age's or a tenure's figure hangs on, or null: the figure's head (or the
     * noun "age" it is "of") must hang on a verb or a predicate by a preposition of time ({@link #TIME_RELATIONS}),
     * and that clause must have a subject; a relative pronoun gives the noun it stands for.
     */
    static Token holder(AnnotatedSentence sentence, Token head) {
        Token time = head;
        Token up = sentence.head(time);
        if (up != null && AGE_NOUNS.contains(up.text().toLowerCase(Locale.ROOT))
                && sentence.relationToHead(time).equals("nmod:of")) {
            time = up;
        }
        Token verb = sentence.head(time);
        if (verb == null || !TIME_RELATIONS.contains(sentence.relationToHead(time))) {
            return null;
        }
        for (Token child : sentence.children(verb)) {
            if (SUBJECTS.contains(DependencyWalk.relation(sentence, verb, child))) {
                Token noun = RelativePronouns.antecedent(sentence, child);
                return noun != null ? noun : child;
            }
        }
        return null;
    }
}
