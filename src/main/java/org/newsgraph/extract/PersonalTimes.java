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
    /** How "aged 88" (or the bare age) hangs on the verb of a clause: an adverbial clause, a complement, an adverbial. */
    private static final Set<String> AGED_CLAUSES = Set.of("advcl", "xcomp", "obl:npmod", "nmod:npmod", "obj", "dobj",
            "obl:tmod", "nmod:tmod");

    private PersonalTimes() {
    }

    /**
     * The word of the subject of the clause an age's or a tenure's figure hangs on, or null: the figure's head (or the
     * noun "age" it is "of") must hang on a verb or a predicate by a preposition of time ({@link #TIME_RELATIONS}),
     * and that clause must have a subject; a relative pronoun gives the noun it stands for.
     */
    static Token holder(AnnotatedSentence sentence, Token head) {
        Token aged = agedHolder(sentence, head);
        if (aged != null) {
            return aged;
        }
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
        return subjectOf(sentence, verb);
    }

    /**
     * The holder of a bare age written with "aged" ("Jo Lind has died aged 88", "who died aged 79 on Tuesday"): the
     * number hangs on "aged" or "aged" on the number; whichever of the two is the higher hangs on a verb as an adverbial
     * clause or a complement ({@link #AGED_CLAUSES}), whose subject is the holder. Null otherwise (an "aged" hung on a
     * noun, "a man aged 72", is read by the steps that read ages beside a name; a bare {@code dep} is no clause).
     */
    private static Token agedHolder(AnnotatedSentence sentence, Token head) {
        Token governor = sentence.head(head);
        Token top;
        if (governor != null && isAged(governor)) {
            top = governor;
        } else if (sentence.children(head).stream().anyMatch(PersonalTimes::isAged)) {
            top = head;
        } else {
            return null;
        }
        Token verb = sentence.head(top);
        if (verb == null || !verb.pos().startsWith("VB") || !AGED_CLAUSES.contains(sentence.relationToHead(top))) {
            return null;
        }
        return subjectOf(sentence, verb);
    }

    private static boolean isAged(Token token) {
        return token.text().equalsIgnoreCase("aged");
    }

    /** The subject word of a verb's clause, a relative pronoun read as the noun it stands for; else null. */
    private static Token subjectOf(AnnotatedSentence sentence, Token verb) {
        for (Token child : sentence.children(verb)) {
            if (SUBJECTS.contains(DependencyWalk.relation(sentence, verb, child))) {
                Token noun = RelativePronouns.antecedent(sentence, child);
                return noun != null ? noun : child;
            }
        }
        return null;
    }
}
