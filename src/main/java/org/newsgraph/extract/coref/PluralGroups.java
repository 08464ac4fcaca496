package org.newsgraph.extract.coref;

import static org.newsgraph.extract.coref.Coreference.PLURAL_PRONOUNS;
import static org.newsgraph.extract.coref.Coreference.isOrganisationNoun;
import static org.newsgraph.extract.coref.Coreference.clauseSubject;
import static org.newsgraph.extract.coref.Coreference.isOrganisation;
import static org.newsgraph.extract.coref.Coreference.isSpeechVerb;
import static org.newsgraph.extract.coref.Coreference.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Which organisations a plural stands for ("they", "these companies", "the two automakers", "both", "themselves"):
 * those named together just before ({@code conjunction}), the ones counted ({@code counted}), the group of the plural
 * before ({@code plural-chain}) or the clause's subject ({@code reflexive}); people are left to themselves
 * ({@link #otherPeople}).
 */
final class PluralGroups {

    /** Organisations a plural stands for and the step that found them. */
    record Group(List<Entity> entities, String reason) {
        static final Group NONE = new Group(List.of(), "");
    }

    private static final Set<String> PLURAL_DETERMINERS = Set.of("the", "these", "those", "both");

    /** How far back a plural looks for the organisations it stands for. */
    private static final int PLURAL_REACH = 2;

    /**
     * How far back a counted plural ("the two companies") looks for the organisations named together when none are
     * within {@link #PLURAL_REACH}: a count names its group more surely than "they" does, across a paragraph of other
     * matter.
     */
    private static final int COUNTED_REACH = 5;

    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "both", 2, "2", 2,
            "3", 3, "4", 4);

    private final AnnotatedText doc;
    private final Coreference coreference;
    private final Agreement agreement;
    private final DealParties dealParties;

    PluralGroups(AnnotatedText doc, Coreference coreference, Agreement agreement) {
        this.doc = doc;
        this.coreference = coreference;
        this.agreement = agreement;
        this.dealParties = new DealParties(doc, coreference::entityAt, (sentence, pronoun) -> coreference
                .resolve(sentence, pronoun).filter(r -> r.reason().equals("same-sentence"))
                .map(Coreference.Resolution::entity).filter(Coreference::isOrganisation).orElse(null));
    }

    private Entity entityAt(Token token) {
        return coreference.entityAt(token);
    }

    private boolean agrees(Entity entity, String noun, int sentence) {
        return agreement.agrees(entity, noun, sentence);
    }

    private List<Entity> recent(AnnotatedSentence sentence, Token token, int back) {
        return coreference.recent(sentence, token, back);
    }

    boolean isPlural(AnnotatedSentence sentence, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (PLURAL_PRONOUNS.contains(word) || isBothAlone(sentence, token)) {
            return true;
        }
        String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.endsWith("s") ? word.substring(0, word.length() - 1) : null;
        return singular != null && isOrganisationNoun(singular) && sentence.children(token).stream()
                .anyMatch(c -> PLURAL_DETERMINERS.contains(c.text().toLowerCase(Locale.ROOT))
                        && DependencyWalk.relation(sentence, token, c).startsWith("det"));
    }

    /**
     * The organisations a plural stands for ({@link #namedGroup}), except that a plural organisation noun ("the
     * companies", "the two groups", "both firms") after a deal between two organisations ({@link DealParties}) stands
     * for the deal's parties when its own sentence speaks of a deal ("The companies expect the deal to close", after
     * "Intuit and Xero" were named as rivals): the last deal the article reported ({@code deal-parties}). A count
     * other than two, or a noun that does not fit both parties, keeps the named group.
     */
    Group groupFor(AnnotatedSentence sentence, Token token) {
        Group named = namedGroup(sentence, token);
        String word = token.text().toLowerCase(Locale.ROOT);
        if (PLURAL_PRONOUNS.contains(word) || isBothAlone(sentence, token)) {
            return named;
        }
        Integer count = count(sentence, token);
        String noun = singular(word);
        if (count != null && count != 2 || !DealParties.speaksOfDeal(sentence)) {
            return named;
        }
        List<Entity> deal = dealParties.before(sentence, sentence.index());
        if (deal.isEmpty() || !deal.stream().allMatch(e -> agrees(e, noun, sentence.index()))
                || Set.copyOf(named.entities()).equals(Set.copyOf(deal))) {
            return named;
        }
        return new Group(deal, "deal-parties");
    }

    /**
     * "Both said they had been in talks": "both" standing alone as a clause's subject or object, with no noun or
     * phrase of its own ("both companies" and "both of them" are read by their nouns), a pronoun for exactly two
     * ({@link #namedGroup} counts it as "the two"); not "both" before a coordination ("both Acme and Beta").
     */
    static boolean isBothAlone(AnnotatedSentence sentence, Token token) {
        if (!token.text().equalsIgnoreCase("both")) {
            return false;
        }
        String relation = sentence.relationToHead(token);
        return (relation.startsWith("nsubj") || relation.equals("obj") || relation.equals("iobj"))
                && sentence.children(token).stream()
                        .allMatch(c -> DependencyWalk.relation(sentence, token, c).equals("punct"));
    }

    private static Integer count(AnnotatedSentence sentence, Token token) {
        Integer count = null;
        for (Token child : sentence.children(token)) {
            String relation = DependencyWalk.relation(sentence, token, child);
            if (relation.equals("nummod") || relation.startsWith("det")) {
                count = COUNTS.getOrDefault(child.text().toLowerCase(Locale.ROOT), count);
            }
        }
        return count;
    }

    /**
     * The organisations a plural stands for by what was named: for "themselves" its clause's subject's; else the
     * nearest conjunction its noun fits, unless a number ("the two companies") asks for another count: then the
     * organisations named nearest before, when exactly that many (a refusal when more); an organisation named only as
     * an aside about another name ("Wressle Glass, which makes bottles for Danby Drinks": {@link Coreference#aside})
     * is not counted.
     */
    private Group namedGroup(AnnotatedSentence sentence, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (word.equals("themselves")) {
            Token subject = clauseSubject(sentence, token);
            if (subject != null && subject.index() != token.index() && !PLURAL_PRONOUNS.contains(
                    subject.text().toLowerCase(Locale.ROOT)) && isPlural(sentence, subject)) {
                Group group = groupFor(sentence, subject);
                return group.entities().isEmpty() ? group : new Group(group.entities(), "reflexive");
            }
        }
        boolean both = isBothAlone(sentence, token);
        String noun = PLURAL_PRONOUNS.contains(word) || both ? null : singular(word);
        Integer count = both ? Integer.valueOf(2) : count(sentence, token);
        List<Entity> joined = conjunctionBefore(sentence, token).stream().toList();
        if (noun != null && !joined.stream().allMatch(e -> agrees(e, noun, sentence.index()))) {
            joined = conjunctionBefore(sentence, token, e -> agrees(e, noun, sentence.index()));
        }
        if (count == null || joined.size() == count) {
            String other = noun == null && !joined.isEmpty() ? otherPeople(sentence, token, joined) : null;
            if (other != null) {
                return new Group(List.of(), other);
            }
            if (!joined.isEmpty()) {
                return new Group(joined, "conjunction");
            }
            Group chain = chained(sentence, token, noun);
            return chain.entities().isEmpty() ? subjectChain(sentence, token, noun, null) : chain;
        }
        if (joined.isEmpty()) {
            Group chain = subjectChain(sentence, token, noun, count);
            if (chain.entities().isEmpty()) {
                chain = conjoinedSubject(sentence, token);
            }
            if (!chain.entities().isEmpty() && chain.entities().size() == count) {
                return chain;
            }
        }
        for (int back = 0; back <= PLURAL_REACH; back++) {
            List<Entity> named = coreference.recentInForeground(sentence, token, back).stream()
                    .filter(e -> noun == null || agrees(e, noun, sentence.index())).toList();
            if (named.size() == count) {
                return new Group(named, "counted");
            }
            if (named.size() > count) {
                return new Group(List.of(), "ambiguous: " + count + " of " + names(named));
            }
        }
        if (!joined.isEmpty()) {
            return Group.NONE;
        }
        Group back = countedBack(sentence, token, noun, count);
        return back.entities().isEmpty() ? articleSubjects(sentence, token, noun, count) : back;
    }

    /**
     * "Hensall Plastics opened a factory in Goole. (...) In May, Wressle Glass moved its head office to the town. (...)
     * The two firms now employ 700 people": a counted plural that is its sentence's main subject, with no group
     * nearer, stands for the organisations the article's sentences were about: those named as a main-clause subject
     * ({@link Coreference#mainSubject}) in any sentence before, when they are exactly as many as it counts and its
     * noun fits each ({@code article-subjects}, weak: a fallback for what no step before answered). A firm named
     * only as an object, in a relative clause or beside a person was never such a subject; one more subject, or
     * one fewer, gives none, and so does an article with a joint subject ("Hale Mining and Ostrow Metals merged ...
     * Last month Brightwater Capital bought a stake in Tavish Copper ... Both companies": the counting step's own
     * passages, p35; and which pair is meant after "Acme and Beta merged. Acme sued Cora." counting cannot say).
     */
    private Group articleSubjects(AnnotatedSentence sentence, Token token, String noun, int count) {
        if (!token.equals(Coreference.mainSubjectToken(sentence))) {
            return Group.NONE;
        }
        List<Entity> subjects = new ArrayList<>();
        for (int i = 0; i < sentence.index(); i++) {
            List<Entity> main = coreference.mainSubjects(doc.sentences().get(i));
            if (main.size() > 1) {
                return Group.NONE; // a pair named together as a subject: which two are meant, counting cannot say
            }
            for (Entity subject : main) {
                if (!subjects.contains(subject)) {
                    subjects.add(subject);
                }
            }
        }
        boolean fits = noun == null || subjects.stream().allMatch(e -> agrees(e, noun, sentence.index()));
        return subjects.size() == count && fits ? new Group(subjects, "article-subjects") : Group.NONE;
    }

    /**
     * "The two firms employ 700 people, and both want to expand": a plural subject of a clause conjoined to the main
     * clause, with no group of its own, is the main clause's plural subject ({@code plural-chain}); null when the
     * token is no such subject or the main subject stands for no group.
     */
    private Group conjoinedSubject(AnnotatedSentence sentence, Token token) {
        Token verb = sentence.head(token);
        Token main = Coreference.mainSubjectToken(sentence);
        if (verb == null || main == null || main.index() >= token.index()
                || !sentence.relationToHead(token).startsWith("nsubj")
                || !sentence.relationToHead(verb).startsWith("conj") || !isPlural(sentence, main)
                || !sentence.head(verb).equals(sentence.head(main))) {
            return Group.NONE;
        }
        List<Entity> group = groupFor(sentence, main).entities();
        return group.size() < 2 ? Group.NONE : new Group(group, "plural-chain");
    }

    /**
     * "Volterra Airlines and Sandhurst Aviation agreed ... (regulators, agents) ... The two airlines will ...": a
     * counted plural ("the two companies", "both lenders") with no group within {@link #PLURAL_REACH} stands for the
     * organisations named together further back, up to {@link #COUNTED_REACH} sentences, when they are exactly that
     * many and its noun fits each, unless that many organisations, one of them outside the group, were named since
     * ("Redcliff and Amberly ended their partnership. Since then Redcliff has signed with Castor ... The two
     * companies": another pair may be meant) ({@code counted-back}); else none.
     */
    private Group countedBack(AnnotatedSentence sentence, Token token, String noun, int count) {
        for (int back = PLURAL_REACH + 1; back <= COUNTED_REACH && sentence.index() - back >= 0; back++) {
            List<Entity> group = lastConjunction(doc.sentences().get(sentence.index() - back));
            if (group.isEmpty()) {
                continue;
            }
            List<Entity> since = recent(sentence, token, back - 1);
            boolean other = since.size() >= count && !group.containsAll(since);
            boolean fits = noun == null || group.stream().allMatch(e -> agrees(e, noun, sentence.index()));
            return group.size() == count && fits && !other ? new Group(group, "counted-back") : Group.NONE;
        }
        return Group.NONE;
    }

    /** The organisations of the last conjunction of two or more organisations in a sentence, in text order. */
    private List<Entity> lastConjunction(AnnotatedSentence sentence) {
        List<Entity> found = List.of();
        for (Dependency edge : sentence.dependencies()) {
            if (!edge.relation().startsWith("conj") || edge.governor() < 0) {
                continue;
            }
            Entity left = entityAt(sentence.token(edge.governor()));
            Entity right = entityAt(sentence.token(edge.dependent()));
            if (isOrganisation(left) && isOrganisation(right) && !left.equals(right)) {
                found = conjuncts(sentence, edge.governor(), Integer.MAX_VALUE);
            }
        }
        return found;
    }

    /**
     * "the deal is good for both companies ... the environment that they face": a plural with no group of its own
     * stands for the group of the plural nearest before it, within {@link #PLURAL_REACH} sentences, when nothing that
     * could be meant instead stands between them (an organisation, another plural noun) and its noun fits every
     * organisation of that group ({@code plural-chain}).
     */
    private Group chained(AnnotatedSentence sentence, Token token, String noun) {
        for (int i = sentence.index(); i >= 0 && i >= sentence.index() - PLURAL_REACH; i--) {
            AnnotatedSentence earlier = doc.sentences().get(i);
            List<Token> tokens = earlier.tokens();
            for (int k = tokens.size() - 1; k >= 0; k--) {
                Token candidate = tokens.get(k);
                if (candidate.index() >= token.index()) {
                    continue;
                }
                if (isPlural(earlier, candidate)) {
                    List<Entity> group = groupFor(earlier, candidate).entities();
                    return group.isEmpty() || noun != null && !group.stream().allMatch(e -> agrees(e, noun,
                            sentence.index())) ? Group.NONE : new Group(group, "plural-chain");
                }
                if (isOrganisation(entityAt(candidate)) || candidate.pos().equals("NNS")
                        || candidate.pos().equals("NNPS")) {
                    return Group.NONE;
                }
            }
        }
        return Group.NONE;
    }

    /**
     * "The two companies expect the deal to close, pending approval by regulators. Both said they ...": a plural that
     * is the subject of its sentence's main clause, with no group of its own, continues the main-clause subject of the
     * sentence before when that was a plural standing for a group (of {@code count} organisations, when counted) its
     * noun fits, and no organisation is named between them; plural nouns outside that subject ("regulators") are not
     * meant, as a singular subject continues the subject before ({@code plural-chain}). Else none.
     */
    private Group subjectChain(AnnotatedSentence sentence, Token token, String noun, Integer count) {
        if (sentence.index() == 0 || !token.equals(Coreference.mainSubjectToken(sentence))) {
            return Group.NONE;
        }
        AnnotatedSentence before = doc.sentences().get(sentence.index() - 1);
        Token subject = Coreference.mainSubjectToken(before);
        if (subject == null || !isPlural(before, subject)) {
            return Group.NONE;
        }
        for (AnnotatedSentence between : List.of(before, sentence)) {
            for (Token other : between.tokens()) {
                boolean after = between == before ? other.index() > subject.index() : other.index() < token.index();
                if (after && isOrganisation(entityAt(other))) {
                    return Group.NONE;
                }
            }
        }
        List<Entity> group = groupFor(before, subject).entities();
        boolean fits = noun == null || group.stream().allMatch(e -> agrees(e, noun, sentence.index()));
        return group.size() < 2 || count != null && group.size() != count || !fits ? Group.NONE
                : new Group(group, "plural-chain");
    }

    /**
     * Why a plural pronoun may stand for people rather than the organisations named together before it, or null: it
     * is in what a speaker who is none of them says ("The union said they would strike"), or a plural noun that is no
     * organisation noun is the subject of a clause between them ("..., analysts said. They expect ...").
     */
    private String otherPeople(AnnotatedSentence sentence, Token pronoun, List<Entity> group) {
        for (Token clause : DependencyWalk.ancestors(sentence, pronoun)) {
            Token verb = sentence.head(clause);
            if (verb == null || !sentence.relationToHead(clause).startsWith("ccomp") || !isSpeechVerb(verb)) {
                continue;
            }
            for (Token speaker : sentence.children(verb)) {
                if (DependencyWalk.relation(sentence, verb, speaker).startsWith("nsubj")
                        && !group.contains(entityAt(speaker)) && !isPlural(sentence, speaker)) {
                    return "'" + pronoun.text() + "' is in what '" + speaker.text() + "' says, none of "
                            + names(group);
                }
            }
            break;
        }
        int last = -1;
        List<Token> between = new ArrayList<>();
        for (int i = Math.max(0, sentence.index() - PLURAL_REACH); i <= sentence.index(); i++) {
            AnnotatedSentence earlier = doc.sentences().get(i);
            for (Token candidate : earlier.tokens()) {
                if (candidate.index() >= pronoun.index()) {
                    break;
                }
                if (group.contains(entityAt(candidate))) {
                    last = candidate.index();
                    between.clear();
                } else if (last >= 0 && (candidate.pos().equals("NNS") || candidate.pos().equals("NNPS"))
                        && entityAt(candidate) == null && !isPlural(earlier, candidate)
                        && earlier.relationToHead(candidate).startsWith("nsubj")) {
                    between.add(candidate);
                }
            }
        }
        return between.isEmpty() ? null : "'" + between.get(between.size() - 1).text() + "' come between "
                + names(group) + " and '" + pronoun.text() + "'";
    }

    private static String singular(String word) {
        return word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * The last group of two or more organisations joined by "and"/"or", nearest before the token, within reach: the
     * conjuncts of one head, in text order.
     */
    private List<Entity> conjunctionBefore(AnnotatedSentence sentence, Token token) {
        return conjunctionBefore(sentence, token, e -> true);
    }

    /** As above, among groups whose every organisation passes the test ("the companies" are no governments). */
    private List<Entity> conjunctionBefore(AnnotatedSentence sentence, Token token,
            java.util.function.Predicate<Entity> fits) {
        for (int back = 0; back <= PLURAL_REACH && sentence.index() - back >= 0; back++) {
            AnnotatedSentence candidate = doc.sentences().get(sentence.index() - back);
            List<Entity> found = List.of();
            for (Dependency edge : candidate.dependencies()) {
                if (!edge.relation().startsWith("conj") || edge.governor() < 0
                        || back == 0 && edge.dependent() >= token.index()) {
                    continue;
                }
                Entity left = entityAt(candidate.token(edge.governor()));
                Entity right = entityAt(candidate.token(edge.dependent()));
                if (left != null && right != null && !left.equals(right) && left.type() == EntityType.ORGANIZATION
                        && right.type() == EntityType.ORGANIZATION) {
                    List<Entity> group = conjuncts(candidate, edge.governor(),
                            back == 0 ? token.index() : Integer.MAX_VALUE);
                    if (group.stream().allMatch(fits)) {
                        found = group;
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The organisation at a conjunction's head and those conjoined with it before a limit, in text order, once each. */
    private List<Entity> conjuncts(AnnotatedSentence sentence, int head, int before) {
        List<Integer> tokens = new ArrayList<>();
        tokens.add(head);
        for (Dependency edge : sentence.dependencies()) {
            if (edge.governor() == head && edge.relation().startsWith("conj") && edge.dependent() < before) {
                tokens.add(edge.dependent());
            }
        }
        tokens.sort(Integer::compare);
        List<Entity> out = new ArrayList<>();
        for (int index : tokens) {
            Entity entity = entityAt(sentence.token(index));
            if (entity != null && entity.type() == EntityType.ORGANIZATION && !out.contains(entity)) {
                out.add(entity);
            }
        }
        return out;
    }
}
