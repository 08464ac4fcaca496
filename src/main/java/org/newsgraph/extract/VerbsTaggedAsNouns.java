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
 * The same verb inside the compound its object heads ("X ships steel coils to Y") is read so too.
 * <p>
 * The one reading of such a sentence for every step: the entity step types "the Y" as what is shipped, and the
 * relation rules ({@code SentenceGraph}) read the same verb. Applying it twice changes nothing.
 */
public final class VerbsTaggedAsNouns {

    private VerbsTaggedAsNouns() {
    }

    /** The text with every sentence {@link #repair(AnnotatedSentence) repaired}. */
    public static AnnotatedText repair(AnnotatedText text) {
        return SentenceRepairs.each(text, VerbsTaggedAsNouns::repair);
    }

    /** The sentence read with its verb as a verb, or the same sentence when it has no such misread root. */
    public static AnnotatedSentence repair(AnnotatedSentence sentence) {
        for (Dependency root : sentence.dependencies()) {
            if (root.governor() >= 0) {
                continue;
            }
            Token verb = sentence.token(root.dependent());
            AnnotatedSentence inCompound = verbInCompound(sentence, verb);
            if (inCompound != null) {
                return inCompound;
            }
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

    /**
     * "X ships steel coils to Y": the verb read as a plural noun inside the compound its own object heads ("Paints ships
     * pigments", "Motors ships car parts"), right after the name, in a sentence with no verb at all. A plural noun does
     * not modify another noun in English compounds ("ship pigments", not "ships pigments"), so the plural there is the
     * verb: the name before it its subject, the head noun its object (the nouns between its compounds), the noun's
     * prepositional phrases (but "of") the verb's. Only when every word from the name to the head is tied to the rest
     * by "compound" (the parser read them as one noun phrase) and the noun has a "to" phrase (where the goods go): a
     * verbless line of nouns ("X sales figures for May") is no sentence with a verb. Null when not that shape.
     */
    private static AnnotatedSentence verbInCompound(AnnotatedSentence sentence, Token head) {
        if (head.pos() == null || !head.pos().startsWith("NN") || head.pos().startsWith("NNP")
                || child(sentence, head, "det") != null || child(sentence, head, "nmod:poss") != null
                || child(sentence, head, "nmod:to") == null
                || sentence.tokens().stream().anyMatch(t -> t.pos() != null && t.pos().startsWith("VB"))) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int base = tokens.get(0).index();
        int at = head.index() - base;
        int first = at;
        while (first > 0 && inCompound(sentence, tokens.get(first - 1), tokens.get(0).index(), head.index())) {
            first--;
        }
        int verbAt = -1;
        for (int i = first + 1; i < at; i++) {
            Token t = tokens.get(i);
            if ("NNS".equals(t.pos()) && tokens.get(i - 1).pos() != null && tokens.get(i - 1).pos().startsWith("NNP")
                    && tokens.get(i + 1).pos() != null && tokens.get(i + 1).pos().startsWith("NN")
                    && !tokens.get(i + 1).pos().startsWith("NNP")) {
                verbAt = i;
                break;
            }
        }
        if (verbAt < 0) {
            return null;
        }
        Token verb = tokens.get(verbAt);
        Token name = tokens.get(verbAt - 1);
        List<Token> repaired = new ArrayList<>(tokens);
        repaired.set(verbAt, new Token(verb.index(), verb.sentence(), verb.start(), verb.end(), verb.text(),
                verb.lemma(), "VBZ", verb.ner(), verb.normalized()));
        int from = tokens.get(first).index();
        List<Dependency> dependencies = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            boolean inSpan = d.dependent() >= from && d.dependent() < head.index() && d.relation().equals("compound");
            if (inSpan) {
                continue;
            }
            if (d.governor() < 0 && d.dependent() == head.index()) {
                dependencies.add(new Dependency(d.governor(), verb.index(), d.relation()));
                dependencies.add(new Dependency(verb.index(), head.index(), "obj"));
            } else if (d.governor() == head.index() && d.relation().startsWith("nmod:")
                    && !d.relation().matches("nmod:(of|poss)")) {
                dependencies.add(new Dependency(verb.index(), d.dependent(), "obl:" + d.relation().substring(5)));
            } else {
                dependencies.add(d);
            }
        }
        for (int i = from; i < name.index(); i++) {
            dependencies.add(new Dependency(name.index(), i, "compound"));
        }
        dependencies.add(new Dependency(verb.index(), name.index(), "nsubj"));
        for (int i = verb.index() + 1; i < head.index(); i++) {
            dependencies.add(new Dependency(head.index(), i, "compound"));
        }
        return new AnnotatedSentence(sentence.index(), sentence.start(), sentence.end(), repaired, dependencies);
    }

    /** Whether the token is a compound of a word in [from, to]: one of the noun phrase the parser read. */
    private static boolean inCompound(AnnotatedSentence sentence, Token token, int from, int to) {
        return sentence.dependencies().stream().anyMatch(d -> d.dependent() == token.index()
                && d.relation().equals("compound") && d.governor() >= from && d.governor() <= to);
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

    /** The token's first dependent by that relation (by any, when null), or null. */
    private static Token child(AnnotatedSentence sentence, Token token, String relation) {
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() == token.index() && (relation == null || d.relation().equals(relation))) {
                return sentence.token(d.dependent());
            }
        }
        return null;
    }
}
