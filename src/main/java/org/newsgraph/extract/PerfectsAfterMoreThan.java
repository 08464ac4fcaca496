package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * "Spot rates have more than tripled", "its profit has more than doubled": CoreNLP reads "have" before "more than" as
 * the main verb (having more) and the participle as a clause it governs (ccomp), so the subject belongs to "have" and
 * the verb of change has none; every step that asks the verb for its subject (what moved, who moved it) finds nothing.
 * A sentence whose "have" has a subject and, as its clause, a past participle with no subject of its own, written
 * after it with only words of degree between ("more than", "almost", "nearly"), is read as the perfect it is (the
 * tagger may tag that participle as a past tense: "has more than doubled/VBD"): the
 * participle takes "have"'s place and its dependents, "have" becomes its auxiliary. Applying it twice changes nothing.
 */
public final class PerfectsAfterMoreThan {

    /** The words that may stand between "have" and the participle: "more than", "less than", "almost", "nearly". */
    private static final Set<String> DEGREE_WORDS = Set.of("more", "less", "than", "almost", "nearly", "roughly",
            "about", "well");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp", "dep");

    private PerfectsAfterMoreThan() {
    }

    /** The text with every such sentence read as a perfect. */
    public static AnnotatedText repair(AnnotatedText text) {
        return SentenceRepairs.each(text, PerfectsAfterMoreThan::repair);
    }

    /** The sentence with its misread perfect repaired, or the same sentence when it has none. */
    public static AnnotatedSentence repair(AnnotatedSentence sentence) {
        for (Dependency clause : sentence.dependencies()) {
            if (!CLAUSE_RELATIONS.contains(clause.relation()) || clause.governor() < 0) {
                continue;
            }
            Token have = sentence.token(clause.governor());
            Token participle = sentence.token(clause.dependent());
            if (isMisreadPerfect(sentence, have, participle)) {
                return asPerfect(sentence, have, participle);
            }
        }
        return sentence;
    }

    private static boolean isMisreadPerfect(AnnotatedSentence sentence, Token have, Token participle) {
        if (!"have".equalsIgnoreCase(have.lemma()) || have.pos() == null || !have.pos().matches("VB[DPZ]")
                || participle.pos() == null || !participle.pos().matches("VB[ND]")
                || participle.index() <= have.index() + 1
                || participle.index() - have.index() > 4) {
            return false;
        }
        for (int i = have.index() + 1; i < participle.index(); i++) {
            if (!DEGREE_WORDS.contains(sentence.token(i).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        boolean haveSubject = sentence.dependencies().stream().anyMatch(d -> d.governor() == have.index()
                && d.relation().startsWith("nsubj") && d.dependent() < have.index());
        boolean ownSubject = sentence.dependencies().stream().anyMatch(d -> d.governor() == participle.index()
                && d.relation().startsWith("nsubj"));
        return haveSubject && !ownSubject;
    }

    private static AnnotatedSentence asPerfect(AnnotatedSentence sentence, Token have, Token participle) {
        List<Dependency> dependencies = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() == participle.index() && d.governor() == have.index()) {
                continue; // the participle takes "have"'s own place below
            }
            if (d.dependent() == have.index()) {
                dependencies.add(new Dependency(d.governor(), participle.index(), d.relation()));
                dependencies.add(new Dependency(participle.index(), have.index(), "aux"));
            } else if (d.governor() == have.index()) {
                dependencies.add(new Dependency(participle.index(), d.dependent(), d.relation()));
            } else {
                dependencies.add(d);
            }
        }
        return new AnnotatedSentence(sentence.index(), sentence.start(), sentence.end(), sentence.tokens(),
                dependencies);
    }
}
