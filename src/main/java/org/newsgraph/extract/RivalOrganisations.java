package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * What competes with a figure's answer in its sentence: the other organisations the sentence names (the other people,
 * for a person's own figure: an age, their pay), and whether the syntax sets each apart from the figure. The answer is then {@link #SOLE} (no other organisation is named, or only
 * those the answer holds: coordinated subjects), {@link #APART} (every other organisation stands where the figure
 * cannot be its: inside an apposition, as the quoted source of another clause ("X said", "according to X"), in a
 * phrase with a side role ("analysts at X", "supplier X", "X, an investor"; {@code side-roles.txt}), or as the object
 * of a preposition in another clause than the figure's ("helped by parts from X", "which is backed by X")),
 * {@link #BESIDE} (another organisation stands in the figure's clause or sentence, outside the figure's own noun
 * phrase, with nothing that sets it apart: "Acme bought 12 jets from Beta", "X fell 3% and Y 2%"), or {@link #RIVALS}
 * (another organisation inside the figure's own noun phrase, "a premium of 62% to Beta's price", or the answer
 * itself plays a side role for another, or is named only as the one an observer works for: "said Jane Holt, an
 * analyst at Beta"). These
 * are details of the figure's attribution case; {@link SubjectCases} groups answers by them, so each class of sentence
 * proves itself on its own evidence: the sentences with one organisation, which most of the tuning evidence is, say
 * nothing about the risk of a sentence that names several.
 */
final class RivalOrganisations {

    static final String SOLE = "sole";
    static final String APART = "apart";
    static final String RIVALS = "rivals";
    static final String BESIDE = "beside";

    /** Nouns of the part an organisation plays beside the figure's ({@code side-roles.txt}). */
    static final Set<String> SIDE_ROLES = Set.copyOf(ResourceTable.rows("/org/newsgraph/extract/side-roles.txt", 1,
            "one noun a line").stream().map(row -> row.columns()[0].strip()).toList());
    /** Side roles whose holders state other companies' figures ({@code observer-roles.txt}): "an analyst at Beta". */
    private static final Set<String> OBSERVER_ROLES = Set.copyOf(ResourceTable.rows(
            "/org/newsgraph/extract/observer-roles.txt", 1, "one noun a line").stream()
            .map(row -> row.columns()[0].strip()).toList());
    /** Whether a lemma is a role whose holders state other companies' figures ({@code observer-roles.txt}). */
    static boolean isObserverRole(String lemma) {
        return OBSERVER_ROLES.contains(lemma);
    }

    /** Edges by which a name belongs to a role noun's phrase: "Beta analysts", "analysts at Beta", "supplier Beta". */
    private static final Set<String> ROLE_EDGES = Set.of("compound", "appos", "nmod:at");
    /** Edges by which a role noun is a name's own: "supplier Beta", "Beta, a supplier", "its supplier, Beta". */
    private static final Set<String> OWN_ROLE_EDGES = Set.of("compound", "appos", "amod");
    /** Edges by which a name is said to be the source of what is reported: "according to X". */
    private static final Set<String> SOURCE_EDGES = Set.of("obl:according_to", "nmod:according_to");
    /** Verbs of saying and reporting: their subject is a quoted source. */
    private static final Set<String> SOURCE_VERBS;

    static {
        Set<String> verbs = new HashSet<>(FigureContext.SPEECH_VERBS);
        verbs.addAll(Set.of("report", "show", "indicate", "suggest", "reveal", "forecast", "expect", "predict"));
        SOURCE_VERBS = Set.copyOf(verbs);
    }

    private RivalOrganisations() {
    }

    /**
     * The standing of an answer in its sentence: {@link #SOLE}, {@link #APART} or {@link #RIVALS}.
     *
     * @param answers  the entity ids the figure is credited to (the answer and the subjects coordinated with it)
     * @param nouns    the figure's head and the nouns it measures, as the chain climbed from them
     * @param rivals   the type of entity that competes: organisations, or people for a person's own figure
     * @param wholes    the entity ids the figure is a part of ("a 25% stake in Beta"): set apart by the syntax
     * @param entityAt the named entity a token belongs to, or null
     */
    static String standing(AnnotatedSentence sentence, Set<String> answers, List<Token> nouns, EntityType rivals,
                           Set<String> wholes, Function<Token, Entity> entityAt) {
        Map<String, List<Token>> heads = new LinkedHashMap<>();
        for (Token token : sentence.tokens()) {
            Entity entity = entityAt.apply(token);
            if (entity == null || entity.type() != rivals || answers.contains(entity.id())) {
                continue;
            }
            Token head = sentence.head(token);
            Entity above = head == null ? null : entityAt.apply(head);
            if (above == null || !above.id().equals(entity.id())) {
                heads.computeIfAbsent(entity.id(), k -> new ArrayList<>()).add(token);
            }
        }
        if (answerOnlyEmploysSideRole(sentence, answers, entityAt)) {
            return RIVALS;
        }
        if (heads.isEmpty()) {
            return SOLE;
        }
        if (answerPlaysSideRole(sentence, answers, entityAt)) {
            // "Beta, an investor in Acme, set a savings target of $200 million": the answer is itself the investor
            // (or supplier, analyst) of another organisation the sentence names, whose figure it may be stating
            return RIVALS;
        }
        if (nameApposedToAnswer(sentence, answers, heads, entityAt)) {
            // "Backed by the fund Beta, Acme plans to build 1,500 flats" parsed as appos(Beta, Acme), Beta the subject
            return RIVALS;
        }
        Set<Token> figurePhrase = figurePhrase(sentence, nouns);
        boolean beside = false;
        for (Map.Entry<String, List<Token>> other : heads.entrySet()) {
            if (wholes.contains(other.getKey())) {
                // "Acme owns a 25% stake in Beta": Beta is what the stake is of, its role set by the figure's phrase
                continue;
            }
            for (Token mention : other.getValue()) {
                if (setApart(sentence, mention, figurePhrase)) {
                    continue;
                }
                if (inNounPhrase(sentence, mention, nouns)) {
                    // "a premium of 62% to Beta's closing price": Beta is in the figure's own noun phrase
                    return RIVALS;
                }
                beside = true;
            }
        }
        return beside ? BESIDE : APART;
    }

    /**
     * Whether a mention hangs under one of the figure's own nouns before any clause: "a premium of 62% to Beta's
     * price", "12 new Beta aircraft". Such an organisation is what the figure is measured against or made by, and the
     * parse alone cannot tell it from the figure's owner.
     */
    private static boolean inNounPhrase(AnnotatedSentence sentence, Token mention, List<Token> nouns) {
        if (nouns.contains(mention)) {
            // "Acme sued three Betas": the figure counts the organisation itself
            return true;
        }
        Token below = mention;
        for (Token above : DependencyWalk.ancestors(sentence, mention)) {
            if (nouns.contains(above)) {
                // "Acme will pay $41 a share, a premium of 62% to Beta's closing price": Beta is in the premium's
                // phrase, an apposition holding a figure of its own, not in the price's (s22-subjects)
                return !(DependencyWalk.relation(sentence, above, below).equals("appos") && !nouns.contains(below)
                        && holdsFigure(sentence, below));
            }
            if (isClause(sentence, above)) {
                return false;
            }
            below = above;
        }
        return false;
    }

    /** Whether a noun has a number of its own in its phrase ("a premium of 62%"): a figure besides the one judged. */
    private static boolean holdsFigure(AnnotatedSentence sentence, Token noun) {
        for (Token token : DependencyWalk.subtree(sentence, noun)) {
            if (token.pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figure's own phrase up to its clause: its nouns and the tokens above the last of them, the clause's verb (or
     * predicate) included. An organisation attached to any of them is in the figure's own phrase or clause.
     */
    private static Set<Token> figurePhrase(AnnotatedSentence sentence, List<Token> nouns) {
        Set<Token> phrase = new HashSet<>(nouns);
        Token last = nouns.get(nouns.size() - 1);
        if (!isClause(sentence, last)) {
            for (Token above : DependencyWalk.ancestors(sentence, last)) {
                phrase.add(above);
                if (isClause(sentence, above)) {
                    break;
                }
            }
        }
        return phrase;
    }

    /**
     * Whether the syntax sets one mention of another organisation apart from the figure: never when the mention hangs
     * on the figure's own phrase or clause ("a premium of 62% to Beta's closing price", in an apposition that is the
     * figure's own, is Beta's to compete for).
     */
    static boolean setApart(AnnotatedSentence sentence, Token mention, Set<Token> figurePhrase) {
        if (sideRole(sentence, mention)) {
            return true;
        }
        Token below = mention;
        for (Token above : DependencyWalk.ancestors(sentence, mention)) {
            if (figurePhrase.contains(above)) {
                return false;
            }
            String relation = DependencyWalk.relation(sentence, above, below);
            if (relation.equals("appos") || SOURCE_EDGES.contains(relation)) {
                // "Acme, a unit of Beta, ..."; "according to Beta"
                return true;
            }
            if (isClause(sentence, above)) {
                // another clause than the figure's: its quoted source ("Beta said ..."), or the object of a
                // preposition there ("helped by parts from Beta", "which is backed by Beta")
                return relation.startsWith("nsubj") && SOURCE_VERBS.contains(lemma(above))
                        || relation.startsWith("obl") || relation.startsWith("nmod") && !relation.equals("nmod:poss");
            }
            below = above;
        }
        return false;
    }

    /**
     * A role noun that is the mention's own ("supplier Beta", "Beta, a supplier", "its supplier, Beta"), or the
     * mention as the one a role noun works for ("analysts at Beta", "Beta analysts"). Not the organisation a role is
     * relative to ("an investor in Acme", "a supplier to Acme", "Acme's supplier"): that one may be whose the figure is.
     */
    private static boolean sideRole(AnnotatedSentence sentence, Token mention) {
        if (ownRole(sentence, mention)) {
            return true;
        }
        Token head = sentence.head(mention);
        return head != null && ROLE_EDGES.contains(DependencyWalk.relation(sentence, head, mention))
                && SIDE_ROLES.contains(lemma(head));
    }

    private static boolean ownRole(AnnotatedSentence sentence, Token mention) {
        for (Token child : sentence.children(mention)) {
            if (OWN_ROLE_EDGES.contains(DependencyWalk.relation(sentence, mention, child))
                    && SIDE_ROLES.contains(lemma(child))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention of the answer has a role noun of its own: the answer is someone else's investor or supplier. */
    private static boolean answerPlaysSideRole(AnnotatedSentence sentence, Set<String> answers,
                                               Function<Token, Entity> entityAt) {
        for (Token token : sentence.tokens()) {
            Entity entity = entityAt.apply(token);
            if (entity != null && answers.contains(entity.id()) && ownRole(sentence, token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence names the answer only as the one an observer works for ({@code observer-roles.txt}): "Net
     * profit will rise 8%, said Jane Holt, an analyst at Beta" (Beta's analyst states a figure of the company the
     * article is about, even where Beta is the only organisation the sentence names).
     */
    private static boolean answerOnlyEmploysSideRole(AnnotatedSentence sentence, Set<String> answers,
                                                     Function<Token, Entity> entityAt) {
        boolean named = false;
        for (Token token : sentence.tokens()) {
            Entity entity = entityAt.apply(token);
            if (entity == null || !answers.contains(entity.id())) {
                continue;
            }
            Token head = sentence.head(token);
            Entity above = head == null ? null : entityAt.apply(head);
            if (above != null && above.id().equals(entity.id())) {
                continue; // a word inside the name: its head word speaks for it
            }
            Token role = sentence.head(token);
            boolean observed = role != null && ROLE_EDGES.contains(DependencyWalk.relation(sentence, role, token))
                    && OBSERVER_ROLES.contains(lemma(role));
            if (!observed) {
                return false;
            }
            named = true;
        }
        return named;
    }

    /**
     * Whether another organisation's name stands in apposition to the answer's name, or the answer's to it, name to
     * name: an apposition describes a name with a common noun ("Beta, a unit of Acme", "its parent, Acme"), while two
     * names of different organisations side by side are a list or a fronted phrase the parser joined to the subject
     * ("Backed by the pension fund Beta, Acme plans ..." read as appos(Beta, Acme)): which of them is whose the figure
     * is, the parse does not say, so the other name is not set apart (a name and its own short form are one entity and
     * never compete).
     */
    private static boolean nameApposedToAnswer(AnnotatedSentence sentence, Set<String> answers,
                                               Map<String, List<Token>> others, Function<Token, Entity> entityAt) {
        for (Token name : sentence.tokens()) {
            Token head = sentence.head(name);
            if (head == null || !name.pos().startsWith("NNP") || !head.pos().startsWith("NNP")
                    || !DependencyWalk.relation(sentence, head, name).equals("appos")) {
                continue;
            }
            Entity below = entityAt.apply(name);
            Entity above = entityAt.apply(head);
            if (below != null && above != null && (answers.contains(above.id()) && others.containsKey(below.id())
                    || answers.contains(below.id()) && others.containsKey(above.id()))) {
                return true;
            }
        }
        return false;
    }

    /** A verb, a predicate with a copula, or the root: what a clause hangs on. */
    private static boolean isClause(AnnotatedSentence sentence, Token token) {
        return token.pos().startsWith("VB") || sentence.head(token) == null
                || sentence.children(token).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, token, c).equals("cop"));
    }

    private static String lemma(Token token) {
        String lemma = token.lemma() == null ? token.text() : token.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
