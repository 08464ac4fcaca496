package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * "X ships the Y in May", "X sources its batteries from Y": a verb in the third person that is also a plural noun is
 * sometimes tagged as that noun, heading the sentence with the company's name as its compound and what it ships as a
 * loose {@code dep}. A sentence root tagged as a plural noun, right after a name that is its compound, with no
 * determiner or possessor of its own and a {@code dep} noun after it that has one ("the Y", "its batteries"), is read
 * as that verb: the name its subject, the noun its object, the noun's prepositional phrases (but "of") the verb's.
 * <p>
 * The one reading of such a sentence for every step: the entity step types "the Y" as what is shipped, and the
 * relation rules ({@code SentenceGraph}) read the same verb. Applying it twice changes nothing.
 */
public final class VerbsTaggedAsNouns {

    private VerbsTaggedAsNouns() {
    }

    /** The text with every sentence {@link #repair(AnnotatedSentence) repaired}. */
    public static AnnotatedText repair(AnnotatedText text) {
        List<AnnotatedSentence> sentences = new ArrayList<>(text.sentences().size());
        boolean changed = false;
        for (AnnotatedSentence sentence : text.sentences()) {
            AnnotatedSentence repaired = repair(sentence);
            changed |= repaired != sentence;
            sentences.add(repaired);
        }
        return changed ? new AnnotatedText(text.text(), sentences) : text;
    }

    /** The sentence read with its verb as a verb, or the same sentence when it has no such misread root. */
    public static AnnotatedSentence repair(AnnotatedSentence sentence) {
        for (Dependency root : sentence.dependencies()) {
            if (root.governor() >= 0) {
                continue;
            }
            Token verb = sentence.token(root.dependent());
            if (!"NNS".equals(verb.pos()) || child(sentence, verb, "det") != null
                    || child(sentence, verb, "nmod:poss") != null) {
                continue;
            }
            Token name = child(sentence, verb, "compound");
            Token object = child(sentence, verb, "dep");
            if (name == null || object == null || name.pos() == null || !name.pos().startsWith("NNP")
                    || name.index() != verb.index() - 1 || object.index() < verb.index()
                    || object.pos() == null || !object.pos().startsWith("NN")
                    || child(sentence, object, "det") == null && child(sentence, object, "nmod:poss") == null) {
                continue;
            }
            return asVerb(sentence, verb, name, object);
        }
        return sentence;
    }

    private static AnnotatedSentence asVerb(AnnotatedSentence sentence, Token verb, Token name, Token object) {
        List<Token> tokens = new ArrayList<>(sentence.tokens());
        tokens.set(verb.index() - tokens.get(0).index(), new Token(verb.index(), verb.sentence(), verb.start(),
                verb.end(), verb.text(), verb.lemma(), "VBZ", verb.ner(), verb.normalized()));
        List<Dependency> dependencies = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() == verb.index() && d.dependent() == name.index() && d.relation().equals("compound")) {
                dependencies.add(new Dependency(verb.index(), name.index(), "nsubj"));
            } else if (d.governor() == verb.index() && d.dependent() == object.index() && d.relation().equals("dep")) {
                dependencies.add(new Dependency(verb.index(), object.index(), "obj"));
            } else if (d.governor() == object.index() && d.relation().startsWith("nmod:")
                    && !d.relation().matches("nmod:(of|poss)")) {
                dependencies.add(new Dependency(verb.index(), d.dependent(), "obl:" + d.relation().substring(5)));
            } else {
                dependencies.add(d);
            }
        }
        return new AnnotatedSentence(sentence.index(), sentence.start(), sentence.end(), tokens, dependencies);
    }

    private static Token child(AnnotatedSentence sentence, Token token, String relation) {
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() == token.index() && d.relation().equals(relation)) {
                return sentence.token(d.dependent());
            }
        }
        return null;
    }
}
