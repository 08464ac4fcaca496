package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The features of a subject the chain proposed but did not assert, for the learned promotion ({@link
 * LearnedSubjects}). They are read from the chain's provenance and from the parse, not from word lists: which step
 * proposed it and what it went through (its case's parts and group in {@link SubjectCases}), the candidate's entity
 * type and whether it is the article's topic or the organisation salient at the sentence, how often the article named
 * it before the sentence; where the sentence names it, the dependency path from the figure's head to its nearest
 * mention (relations up to the lowest common ancestor and down, coarse, and its length), the mention's own relation
 * and whether it is the subject of the sentence's main clause, its side; how many organisations the sentence names
 * and whether another is named between the figure and the candidate; the figure's kind. Every walk is bounded
 * ({@link MeasureCandidates#MAX_CLIMB}) and cycle-safe.
 */
final class SubjectFeatures {

    private static final int MAX_PATH = 5;

    private final DocumentContext context;
    private final Map<String, Entity> byId;
    private final SubjectCases cases;

    SubjectFeatures(DocumentContext context, Map<String, Entity> byId, SubjectCases cases) {
        this.context = context;
        this.byId = byId;
        this.cases = cases;
    }

    /** The features of the proposed subject {@code found} of the figure whose head is {@code head}. */
    List<String> of(AnnotatedSentence sentence, Token head, FigureContext.Found found, FigureKind kind) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        f.add("step=" + found.step());
        f.add("group=" + cases.group(found.key()));
        if (!found.detail().isEmpty()) {
            for (String part : found.detail().split("/")) {
                f.add("detail=" + part);
                f.add("step|detail=" + found.step() + "|" + part);
            }
        }
        f.add("kind=" + kind.name());
        Entity entity = byId.get(found.value());
        f.add("type=" + (entity == null ? "none" : entity.type().name()));
        f.add("others=" + !found.others().isEmpty());
        f.add("topic=" + found.value().equals(context.topic()));
        f.add("salient=" + found.value().equals(context.company(sentence.index())));
        int before = 0;
        if (entity != null) {
            for (Span mention : entity.mentions()) {
                if (mention.sentence() < sentence.index()) {
                    before++;
                }
            }
        }
        f.add("mentions-before=" + (before == 0 ? "0" : before == 1 ? "1" : before <= 3 ? "2-3" : "4+"));
        Entity topic = byId.get(context.topic());
        f.add("topic-mentions=" + (topic == null ? "0" : bucket(topic.mentions().size())));
        f.add("article-organisations=" + bucket((int) byId.values().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).count()));
        f.add("clause-subject=" + clauseSubject(sentence, head));
        Set<String> people = new java.util.HashSet<>();
        Set<String> places = new java.util.HashSet<>();
        Set<String> products = new java.util.HashSet<>();
        for (Token token : sentence.tokens()) {
            Entity at = context.entityAt(token);
            if (at != null && at.type() == EntityType.PRODUCT) {
                products.add(at.id());
            } else if (at != null && at.type() == EntityType.PERSON) {
                people.add(at.id());
            } else if (at != null && at.type() == EntityType.PLACE) {
                places.add(at.id());
            }
        }
        f.add("people-in-sentence=" + Math.min(people.size(), 2));
        f.add("places-in-sentence=" + Math.min(places.size(), 2));
        f.add("products-in-sentence=" + Math.min(products.size(), 2));
        f.add("article-products=" + bucket((int) byId.values().stream()
                .filter(e -> e.type() == EntityType.PRODUCT).count()));
        // the organisations the sentence names, in order, and the candidate's nearest mention by the parse
        List<String> organisations = new ArrayList<>();
        Token nearest = null;
        MeasureCandidates.Path nearestPath = null;
        for (Token token : sentence.tokens()) {
            Entity at = context.entityAt(token);
            if (at == null) {
                continue;
            }
            if (at.type() == EntityType.ORGANIZATION && !organisations.contains(at.id())) {
                organisations.add(at.id());
            }
            if (at.id().equals(found.value())) {
                MeasureCandidates.Path path = MeasureCandidates.path(sentence, head, token);
                if (nearest == null || path != null && (nearestPath == null || length(path) < length(nearestPath))) {
                    nearest = token;
                    nearestPath = path;
                }
            }
        }
        int rivals = (int) organisations.stream().filter(id -> !id.equals(found.value())).count();
        f.add("rival-organisations=" + Math.min(rivals, 3));
        f.add("first-organisation=" + (!organisations.isEmpty() && organisations.get(0).equals(found.value())));
        if (nearest == null) {
            f.add("in-sentence=false");
            return List.copyOf(f);
        }
        f.add("in-sentence=true");
        f.add("side=" + (nearest.index() < head.index() ? "before" : "after"));
        String relation = MeasureCandidates.coarse(sentence.relationToHead(nearest));
        f.add("mention-rel=" + relation);
        Token governor = sentence.head(nearest);
        boolean mainSubject = relation.startsWith("nsubj") && governor != null && sentence.head(governor) == null;
        f.add("main-subject=" + mainSubject);
        f.add("between=" + namedBetween(sentence, head, nearest, found.value()));
        if (nearestPath == null) {
            f.add("path=none");
        } else {
            int length = length(nearestPath);
            f.add("plen=" + Math.min(length, MAX_PATH + 1));
            f.add("up=" + Math.min(nearestPath.up().size(), 3) + "|down=" + Math.min(nearestPath.down().size(), 3));
            f.add("cpath=" + (length <= MAX_PATH ? MeasureCandidates.spell(nearestPath, true) : "far"));
        }
        return List.copyOf(f);
    }

    private static String bucket(int count) {
        return count <= 1 ? String.valueOf(count) : count <= 3 ? "2-3" : count <= 6 ? "4-6" : "7+";
    }

    /**
     * What the subject of the figure's nearest governing verb (or copula's predicate) is: the type of the entity it
     * names, "pronoun", "noun" for a common noun, "none" when the climb finds no subject.
     */
    private String clauseSubject(AnnotatedSentence sentence, Token head) {
        List<Token> climb = new ArrayList<>();
        climb.add(head);
        climb.addAll(org.newsgraph.nlp.DependencyWalk.ancestors(sentence, head));
        for (int i = 0; i < climb.size() && i <= MeasureCandidates.MAX_CLIMB; i++) {
            for (Token child : sentence.children(climb.get(i))) {
                if (sentence.relationToHead(child).startsWith("nsubj")) {
                    Entity named = context.entityAt(child);
                    return named != null ? named.type().name() : child.pos().startsWith("PRP") ? "pronoun" : "noun";
                }
            }
        }
        return "none";
    }

    private static int length(MeasureCandidates.Path path) {
        return path.up().size() + path.down().size();
    }

    /** Whether another organisation is named between the figure and the candidate's mention. */
    private boolean namedBetween(AnnotatedSentence sentence, Token head, Token mention, String candidate) {
        int from = Math.min(head.index(), mention.index());
        int to = Math.max(head.index(), mention.index());
        for (Token token : sentence.tokens()) {
            if (token.index() > from && token.index() < to) {
                Entity at = context.entityAt(token);
                if (at != null && at.type() == EntityType.ORGANIZATION && !at.id().equals(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }
}
