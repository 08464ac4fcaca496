package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * "X unveiled the Trail Climb/VB 5", "X will launch the Galaxy Fold/VB 7", "it would release the Switch/VB 2": a
 * product's name holding a word the tagger reads as a verb is parsed as a clause ("Trail" the subject of "Climb", "5"
 * its object, the clause a {@code ccomp} of "unveiled"), so the rules see no product where the name stands. Where the
 * entity step found the name ({@code MistaggedModelNames}), the name is read as one noun phrase again: its last word
 * the head, the others its compounds, the determiner before it its determiner; what hung on the name from outside
 * hangs on the head (a clausal complement becomes the object: "unveiled the Trail Climb 5"), and what the mistagged
 * verb governed goes back to the verb above it when it modifies a clause ("on Thursday", "in June"), to the head
 * otherwise ("an electric mountain bike" in apposition). A name that heads the sentence is left as it is: its clause
 * is no clause of the sentence to repair.
 */
final class MistaggedProductParses {

    /** Determiners that open such a name's noun phrase; the parser sometimes makes them its head. */
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "a", "an");
    /** Relations by which a word modifies a clause, not a noun: they belong to the verb the name hangs on. */
    private static final Set<String> CLAUSAL_MODIFIERS = Set.of("advmod", "advcl", "aux", "aux:pass", "mark", "cc",
            "punct", "obl:tmod", "nmod:tmod");
    /** Clausal complements: the name read as a clause is the object of the verb above it. */
    private static final Set<String> CLAUSAL_COMPLEMENTS = Set.of("ccomp", "xcomp");

    private MistaggedProductParses() {
    }

    /** The sentence with each product name that holds a word tagged as a verb read as one noun phrase. */
    static AnnotatedSentence repair(AnnotatedSentence sentence, Function<Token, Entity> entityAt) {
        AnnotatedSentence repaired = sentence;
        for (List<Token> name : mistaggedNames(sentence, entityAt)) {
            repaired = asNounPhrase(repaired, name);
        }
        return repaired;
    }

    /** The runs of two tokens or more of one product's name, one of them tagged as a verb. */
    private static List<List<Token>> mistaggedNames(AnnotatedSentence sentence, Function<Token, Entity> entityAt) {
        List<List<Token>> names = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        Entity runOf = null;
        for (Token token : sentence.tokens()) {
            Entity entity = entityAt.apply(token);
            if (entity == null || entity.type() != EntityType.PRODUCT || !entity.equals(runOf)) {
                addIfMistagged(names, run);
                run = new ArrayList<>();
            }
            runOf = entity != null && entity.type() == EntityType.PRODUCT ? entity : null;
            if (runOf != null) {
                run.add(token);
            }
        }
        addIfMistagged(names, run);
        return names;
    }

    private static void addIfMistagged(List<List<Token>> names, List<Token> run) {
        if (run.size() >= 2 && run.stream().anyMatch(MistaggedProductParses::verb)) {
            names.add(run);
        }
    }

    private static boolean verb(Token token) {
        return token.pos() != null && token.pos().startsWith("VB");
    }

    private static AnnotatedSentence asNounPhrase(AnnotatedSentence sentence, List<Token> name) {
        Token head = name.get(name.size() - 1);
        Set<Integer> phrase = new HashSet<>();
        name.forEach(t -> phrase.add(t.index()));
        boolean opensSentence = name.get(0).index() == sentence.tokens().get(0).index();
        Token determiner = opensSentence ? null : sentence.token(name.get(0).index() - 1);
        if (determiner != null && DETERMINERS.contains(determiner.text().toLowerCase(Locale.ROOT))) {
            phrase.add(determiner.index());
        } else {
            determiner = null;
        }
        Integer above = null;
        for (Dependency d : sentence.dependencies()) {
            if (phrase.contains(d.dependent()) && !phrase.contains(d.governor())) {
                if (d.governor() < 0) {
                    return sentence; // the name heads the sentence: no clause above it to hang it on
                }
                if (above == null) {
                    above = d.governor();
                }
            }
        }
        if (above == null) {
            return sentence;
        }
        Set<Dependency> dependencies = new LinkedHashSet<>();
        for (Dependency d : sentence.dependencies()) {
            boolean governorIn = phrase.contains(d.governor());
            boolean dependentIn = phrase.contains(d.dependent());
            if (governorIn && dependentIn) {
                continue;
            }
            if (dependentIn) {
                boolean clause = verb(sentence.token(d.dependent())) && CLAUSAL_COMPLEMENTS.contains(d.relation());
                dependencies.add(new Dependency(d.governor(), head.index(), clause ? "obj" : d.relation()));
            } else if (governorIn) {
                Token from = sentence.token(d.governor());
                boolean clausal = (verb(from) || from == determiner)
                        && (d.relation().startsWith("obl") || CLAUSAL_MODIFIERS.contains(d.relation()));
                dependencies.add(new Dependency(clausal ? above : head.index(), d.dependent(), d.relation()));
            } else {
                dependencies.add(d);
            }
        }
        if (determiner != null) {
            dependencies.add(new Dependency(head.index(), determiner.index(), "det"));
        }
        for (Token word : name) {
            if (word != head) {
                dependencies.add(new Dependency(head.index(), word.index(), "compound"));
            }
        }
        List<Token> tokens = new ArrayList<>(sentence.tokens());
        for (Token word : name) {
            if (verb(word) || word == head && "CD".equals(word.pos())) {
                tokens.set(word.index() - tokens.get(0).index(), new Token(word.index(), word.sentence(), word.start(),
                        word.end(), word.text(), word.text(), "NNP", word.ner(), word.normalized()));
            }
        }
        return new AnnotatedSentence(sentence.index(), sentence.start(), sentence.end(), tokens,
                new ArrayList<>(dependencies));
    }
}
