package org.newsgraph.extract.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Which organisation "it", "its", "the company", "the automaker" stand for in an article. Resolution reads the
 * dependency parse and the article's named entities, never CoreNLP's coref annotators (measured: ~20 s to load and
 * all of "the company" put in one chain). The order, first answer wins:
 * <ol>
 *   <li>{@code described}: a description noun ("the automaker") means the organisation the article last described
 *       with it before: "GM, the Detroit automaker", "the automaker GM", "GM is an automaker", "Acme Bank" for
 *       "the bank".</li>
 *   <li>{@code same-sentence}: an organisation named as a clause's subject earlier in the same sentence ("Acme
 *       said it would ...", "Acme said the company ...").</li>
 *   <li>{@code previous-subject}: the organisation last named as the subject of a sentence's main clause (or as the
 *       possessor of that subject: "Acme's revenue rose"). A specific noun ("the airline") takes it only when the
 *       article never described it as something else.</li>
 *   <li>{@code topic}: the article's most-mentioned organisation, when no subject came before.</li>
 * </ol>
 * A plural ("these companies", "they") is resolved only to organisations named together just before ({@code
 * conjunction}). First- and second-person pronouns, expletive "it" and indefinite descriptions ("a company") are never
 * resolved: an empty answer beats a wrong one.
 */
public final class Coreference {

    /** The entity a referring expression stands for, and which step of the order above said so. */
    public record Resolution(Entity entity, String reason) {
    }

    private record Description(int sentence, String noun, Entity entity) {
    }

    private static final Set<String> PRONOUNS = Set.of("it", "its", "itself");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them", "themselves");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    private static final Set<String> PLURAL_DETERMINERS = Set.of("the", "these", "those", "both");
    /** How far back a plural looks for the organisations it stands for. */
    private static final int PLURAL_REACH = 2;
    private static final Map<String, Boolean> NOUNS = readNouns();

    private final AnnotatedText doc;
    private final Map<Integer, Entity> entityByToken = new HashMap<>();
    private final Map<Integer, Entity> salientBefore = new HashMap<>();
    private final List<Description> descriptions = new ArrayList<>();
    private final Entity topic;

    public Coreference(AnnotatedText doc, List<Entity> entities) {
        this.doc = doc;
        for (Entity entity : entities) {
            for (Span mention : entity.mentions()) {
                if (mention.sentence() < 0 || mention.sentence() >= doc.sentences().size()) {
                    continue;
                }
                for (Token token : doc.sentences().get(mention.sentence()).tokensIn(mention.start(), mention.end())) {
                    entityByToken.put(token.index(), entity);
                }
            }
        }
        topic = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .max(Comparator.comparingInt((Entity e) -> e.mentions().size())
                        .thenComparing(e -> -e.mentions().get(0).start()))
                .orElse(null);
        Entity salient = topic;
        for (AnnotatedSentence sentence : doc.sentences()) {
            describe(sentence);
            salientBefore.put(sentence.index(), salient);
            Entity subject = mainSubject(sentence);
            if (subject != null) {
                salient = subject;
            }
        }
    }

    /** Whether a noun may stand for an organisation ("company", "automaker"). */
    public static boolean isOrganisationNoun(String word) {
        return NOUNS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The entity a token is part of the name of, or null. */
    public Entity entityAt(Token token) {
        return entityByToken.get(token.index());
    }

    /** The article's most-mentioned organisation, or null. */
    public Entity topic() {
        return topic;
    }

    /** The organisation "the company" means at the start of a sentence: the last main-clause subject, else the topic. */
    public Entity salient(int sentence) {
        return salientBefore.get(sentence);
    }

    /** The organisation the article last described with this noun up to this sentence, or null. */
    public Entity described(int sentence, String noun) {
        Entity found = null;
        for (Description description : descriptions) {
            if (description.sentence() <= sentence && description.noun().equals(noun)) {
                found = description.entity();
            }
        }
        return found;
    }

    /** Whether a token is "it"/"its" or the head of "the company"-like description that coreference reads. */
    public boolean isReferring(AnnotatedSentence sentence, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(word)) {
            return !sentence.relationToHead(token).equals("expl");
        }
        return isOrganisationNoun(word) && entityAt(token) == null && sentence.children(token).stream()
                .anyMatch(c -> DETERMINERS.contains(c.text().toLowerCase(Locale.ROOT))
                        && DependencyWalk.relation(sentence, token, c).startsWith("det"));
    }

    /**
     * The organisation a pronoun or description stands for, with the step that found it; empty when unsure. A plural
     * ("these companies", "they") stands for organisations named together just before ("Walmart and Intuit"): the
     * first of them is returned, with the reason {@code conjunction}.
     */
    public Optional<Resolution> resolve(AnnotatedSentence sentence, Token token) {
        if (isPlural(sentence, token)) {
            List<Entity> group = conjunctionBefore(sentence, token);
            return group.isEmpty() ? Optional.empty() : Optional.of(new Resolution(group.get(0), "conjunction"));
        }
        if (!isReferring(sentence, token)) {
            return Optional.empty();
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        boolean pronoun = PRONOUNS.contains(word);
        if (!pronoun) {
            Entity described = described(sentence.index(), word);
            if (described != null) {
                return Optional.of(new Resolution(described, "described"));
            }
            Entity named = namedWith(sentence, token, word);
            if (named != null) {
                return Optional.of(new Resolution(named, "described"));
            }
        }
        Entity before = subjectBefore(sentence, token);
        if (before != null && (pronoun || agrees(before, word, sentence.index()))) {
            return Optional.of(new Resolution(before, "same-sentence"));
        }
        Entity salient = salient(sentence.index());
        if (salient != null && (pronoun || agrees(salient, word, sentence.index()))) {
            boolean fromTopic = salient == topic && descriptions.isEmpty() && noSubjectBefore(sentence.index());
            return Optional.of(new Resolution(salient, fromTopic ? "topic" : "previous-subject"));
        }
        return Optional.empty();
    }

    private boolean isPlural(AnnotatedSentence sentence, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (PLURAL_PRONOUNS.contains(word)) {
            return true;
        }
        String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.endsWith("s") ? word.substring(0, word.length() - 1) : null;
        return singular != null && isOrganisationNoun(singular) && sentence.children(token).stream()
                .anyMatch(c -> PLURAL_DETERMINERS.contains(c.text().toLowerCase(Locale.ROOT))
                        && DependencyWalk.relation(sentence, token, c).startsWith("det"));
    }

    /**
     * Every organisation a plural ("these companies", "both", "they") stands for: those named together just before
     * ("Walmart and Intuit"), in the article's order; empty when the token is not such a plural or none were.
     */
    public List<Entity> group(AnnotatedSentence sentence, Token token) {
        return isPlural(sentence, token) ? conjunctionBefore(sentence, token) : List.of();
    }

    /**
     * The last group of two or more organisations joined by "and"/"or", nearest before the token, within reach: the
     * conjuncts of one head, in text order.
     */
    private List<Entity> conjunctionBefore(AnnotatedSentence sentence, Token token) {
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
                    found = conjuncts(candidate, edge.governor(), back == 0 ? token.index() : Integer.MAX_VALUE);
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

    /** A generic noun fits any organisation; a specific one only one the article never described otherwise. */
    private boolean agrees(Entity entity, String noun, int sentence) {
        if (Boolean.TRUE.equals(NOUNS.get(noun))) {
            return true;
        }
        return descriptions.stream().noneMatch(d -> d.sentence() <= sentence && d.entity().equals(entity)
                && !Boolean.TRUE.equals(NOUNS.get(d.noun())) && !d.noun().equals(noun));
    }

    private boolean noSubjectBefore(int sentence) {
        for (int i = 0; i < sentence; i++) {
            if (mainSubject(doc.sentences().get(i)) != null) {
                return false;
            }
        }
        return true;
    }

    /** "the bank" after "Acme Bank": an organisation named before whose name ends in the noun. */
    private Entity namedWith(AnnotatedSentence sentence, Token token, String noun) {
        Entity found = null;
        for (Map.Entry<Integer, Entity> entry : entityByToken.entrySet()) {
            Entity entity = entry.getValue();
            if (entry.getKey() < token.index() && entity.type() == EntityType.ORGANIZATION
                    && entity.name().toLowerCase(Locale.ROOT).endsWith(" " + noun)) {
                if (found != null && !found.equals(entity)) {
                    return null;
                }
                found = entity;
            }
        }
        return found;
    }

    /** The nearest organisation before the token in its sentence that is a clause's subject or its possessor. */
    private Entity subjectBefore(AnnotatedSentence sentence, Token token) {
        Entity found = null;
        for (Token candidate : sentence.tokens()) {
            if (candidate.index() >= token.index()) {
                break;
            }
            Entity entity = entityAt(candidate);
            if (entity != null && entity.type() == EntityType.ORGANIZATION && isSubject(sentence, candidate)) {
                found = entity;
            }
        }
        return found;
    }

    /** Whether a token is a subject, or the possessor or part of the name of one, by any of its governors. */
    private static boolean isSubject(AnnotatedSentence sentence, Token token) {
        for (Dependency edge : sentence.dependencies()) {
            if (edge.dependent() != token.index() || edge.governor() < 0) {
                continue;
            }
            String relation = edge.relation();
            if (relation.startsWith("nsubj")) {
                return true;
            }
            Token head = sentence.token(edge.governor());
            if ((relation.equals("nmod:poss") || relation.equals("compound") || relation.equals("flat"))
                    && sentence.relationToHead(head).startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** The organisation named as the subject of the main clause, or as that subject's possessor. */
    private Entity mainSubject(AnnotatedSentence sentence) {
        for (Token root : sentence.tokens()) {
            if (!sentence.relationToHead(root).equals("root")) {
                continue;
            }
            for (Token child : sentence.children(root)) {
                if (!DependencyWalk.relation(sentence, root, child).startsWith("nsubj")) {
                    continue;
                }
                Entity entity = entityAt(child);
                if (entity == null) {
                    for (Token modifier : sentence.children(child)) {
                        if (DependencyWalk.relation(sentence, child, modifier).equals("nmod:poss")
                                && entityAt(modifier) != null) {
                            entity = entityAt(modifier);
                        }
                    }
                }
                return entity != null && entity.type() == EntityType.ORGANIZATION ? entity : null;
            }
            return null;
        }
        return null;
    }

    /** Description nouns beside an organisation's name: apposition, compound, copula. */
    private void describe(AnnotatedSentence sentence) {
        for (Token token : sentence.tokens()) {
            String noun = token.text().toLowerCase(Locale.ROOT);
            if (!isOrganisationNoun(noun) || entityAt(token) != null) {
                continue;
            }
            Entity named = null;
            Token governor = sentence.head(token);
            String relation = sentence.relationToHead(token);
            if (governor != null && (relation.equals("appos") || relation.equals("compound"))) {
                named = entityAt(governor);
            }
            for (Token child : sentence.children(token)) {
                String childRelation = DependencyWalk.relation(sentence, token, child);
                boolean copula = childRelation.startsWith("nsubj") && sentence.children(token).stream()
                        .anyMatch(c -> DependencyWalk.relation(sentence, token, c).equals("cop"));
                if (named == null && (childRelation.equals("appos") || copula)) {
                    named = entityAt(child);
                }
            }
            if (named != null && named.type() == EntityType.ORGANIZATION) {
                descriptions.add(new Description(sentence.index(), noun, named));
            }
        }
    }

    /** The nouns that describe an organisation ("company", "carmaker"...), from {@code organisation-nouns.txt}. */
    public static Set<String> organisationNouns() {
        return java.util.Collections.unmodifiableSet(NOUNS.keySet());
    }

    private static Map<String, Boolean> readNouns() {
        Map<String, Boolean> nouns = new HashMap<>();
        Set<String> seen = new HashSet<>();
        String resource = "/org/newsgraph/extract/coref/organisation-nouns.txt";
        try (InputStream in = Coreference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                if (parts.length > 2 || parts.length == 2 && !parts[1].equals("generic") || !seen.add(parts[0])) {
                    throw new IllegalStateException(resource + " line " + number + ": expected 'noun' or 'noun generic', once each: " + text);
                }
                nouns.put(parts[0], parts.length == 2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(nouns);
    }
}
