package org.newsgraph.extract.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.extract.DocumentContext;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Reads a sentence's relations: every rule's pattern over the sentence's graph, each match's nodes turned into
 * entities (a name's own token; "it", "its", "the company" through the document's context; the conjuncts of a
 * coordinated node as well), kept when the two ends have the types the predicate needs.
 */
public final class RelationReader {

    /** How far up the tree a pronoun looks for the subject it stands for: deeper is not one clause's reach. */
    private static final int PRONOUN_REACH = 8;
    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "them");

    private final List<RelationRule> rules;
    private final DocumentContext context;
    private final Map<String, Entity> byId;
    private final java.util.function.UnaryOperator<Entity> modelMaker;
    /**
     * How sure the coreference was that gave an end of the match being read, by entity id: only ends that came
     * through "it", "its", "the company", "he"... have one (a {@link Coreference.Confidence#label()}).
     */
    private final Map<String, String> endLevels = new java.util.HashMap<>();
    /** The roleAt relations read so far in the article: what a successor takes over ("X was replaced by Y"). */
    private final List<Relation> rolesRead = new ArrayList<>();
    /** Rules whose object is the article's topic only for want of one in the sentence: any other reading outranks them. */
    private final Set<String> fallbacks;
    /** The sentence read last and the one read now: "Ninety of them are leased from Y" looks back one sentence. */
    private AnnotatedSentence lastRead;
    private AnnotatedSentence before;

    public RelationReader(List<RelationRule> rules, DocumentContext context, Map<String, Entity> byId) {
        this(rules, context, byId, product -> null);
    }

    /**
     * @param modelMaker the maker a product is named after ("Airbus" of "Airbus A350"), or null: the end of a rule
     *                   with {@code object model-maker} ({@link NamedMakers#makerOfModel})
     */
    public RelationReader(List<RelationRule> rules, DocumentContext context, Map<String, Entity> byId,
                          java.util.function.UnaryOperator<Entity> modelMaker) {
        this.modelMaker = Objects.requireNonNull(modelMaker, "modelMaker");
        this.rules = List.copyOf(rules);
        this.fallbacks = rules.stream().filter(r -> "salient-topic".equals(r.otherwise())).map(RelationRule::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.context = Objects.requireNonNull(context, "context");
        this.byId = Objects.requireNonNull(byId, "byId");
    }

    private record Key(String subject, String predicate, String object, String role) {
    }

    /**
     * A token's named-entity class as the rules see it: a proper noun that CoreNLP's tagger left O inside a name the
     * article's names type an organisation ("the Dutch packaging group Vandermolen Verpakking", "agreed to buy Selkirk
     * Smokehouse from Y") is an ORGANIZATION, so that the rules' fences on firms ("the buyer is a firm", "a firm
     * bought is no goods") see the firm the names found (s30-relations). So is a capitalised common noun the tagger
     * left O at the end of such a name ("agreed to buy Pellow Snacks", "bought Corvel Materials": the plural is the
     * firm's name, not goods bought from it).
     */
    private String recognised(Token token) {
        Entity named = context.entityAt(token);
        boolean nameWord = token.pos() != null && (token.pos().startsWith("NNP")
                || token.pos().startsWith("NN") && !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0)));
        boolean untaggedFirm = "O".equals(token.ner()) && nameWord
                && named != null && named.type() == EntityType.ORGANIZATION;
        return untaggedFirm ? "ORGANIZATION" : token.ner();
    }

    /** The relations the sentence states, each with the surest rule that found it. */
    public List<Relation> read(AnnotatedSentence sentence, Span evidence) {
        if (sentence.tokens().isEmpty()) {
            return List.of();
        }
        before = lastRead != null && lastRead.index() == sentence.index() - 1 ? lastRead : null;
        lastRead = sentence;
        SentenceGraph graph = new SentenceGraph(MistaggedProductParses.repair(sentence, context::entityAt),
                this::recognised);
        if (graph.graph().getRoots().isEmpty()) {
            return List.of(); // no parse (an annotator without one): Semgrex has nothing to walk
        }
        Map<Key, Relation> found = new LinkedHashMap<>();
        Map<Key, String> foundLevels = new java.util.HashMap<>();
        Map<Key, Boolean> hedgedKeys = new java.util.HashMap<>();
        List<Succession> successions = new ArrayList<>();
        Set<String> lemmas = lemmas(graph);
        Set<String> relationNames = relationNames(graph);
        for (RelationRule rule : rules) {
            if (!rule.required().mayMatch(lemmas, relationNames)) {
                continue; // a word or a dependency the pattern cannot match without is not in the sentence
            }
            SemgrexMatcher match = rule.pattern().matcher(graph.graph());
            while (match.find()) {
                endLevels.clear();
                if (Negation.denies(graph.graph(), match.getNode("subject"), match.getNode("object"),
                        rule.predicate())) {
                    continue; // "X did not buy Y", "X called off its bid for Y", "X stopped supplying Y"
                }
                if (Condition.conditional(graph.graph(), match.getNode("subject"), match.getNode("object"))) {
                    continue; // "if X bought Y, prices would rise"
                }
                boolean hedged = Hedge.hedges(graph.graph(), match.getNode("subject"), match.getNode("object"))
                        || Hedge.hedgesTitle(graph.graph(), match.getNode("role"));
                if (INHERITED.equals(rule.role())) {
                    IndexedWord title = match.getNode("role");
                    for (Entity successor : entities(graph, match.getNode("subject"))) {
                        for (Entity predecessor : entities(graph, match.getNode("object"))) {
                            successions.add(new Succession(rule, successor, predecessor,
                                    title == null ? null : RoleTitle.of(graph, title)));
                        }
                    }
                    continue;
                }
                IndexedWord objectNode = match.getNode("object");
                IndexedWord subjectNode = match.getNode("subject");
                List<Entity> subjects = entities(graph, subjectNode, objectNode);
                List<Entity> objects = objectNode != null ? entities(graph, objectNode, subjectNode)
                        : otherwise(rule, sentence, subjectNode == null ? null : graph.token(subjectNode));
                if (objectNode == null && objects.stream().anyMatch(listed(graph, match.getNode("subject"))::contains)) {
                    continue; // "clients like A or B" where A is the company the sentence would fall back on
                }
                if (rule.modelMaker()) {
                    // "ordered twelve Airbus A350-1000 jets": the maker the model is named after, no other end
                    objects = objects.stream().filter(e -> e.type() == EntityType.PRODUCT).map(modelMaker)
                            .filter(Objects::nonNull).distinct().toList();
                }
                IndexedWord roleNode = match.getNode("role");
                Set<String> formerTitles = new java.util.HashSet<>();
                List<String> roles = roleNode == null ? java.util.Collections.singletonList(rule.role())
                        : titles(graph, roleNode, formerTitles);
                for (Entity subject : subjects) {
                    for (Entity object : objects) {
                        Entity from = rule.inverse() ? object : subject;
                        Entity to = rule.inverse() ? subject : object;
                        if (!fits(rule.predicate(), from, to) || rule.localPlace() && Places.isWide(to)) {
                            continue;
                        }
                        for (String role : roles) {
                            Key key = new Key(from.id(), rule.predicate(), to.id(), role);
                            // stated plainly once is stated; a coordinated title hedged on its own ("co-founder and
                            // former chief executive") is weak even when the title the rule read is not
                            hedgedKeys.merge(key, hedged || formerTitles.contains(role), Boolean::logicalAnd);
                            Relation old = found.get(key);
                            Relation reading = new Relation(from.id(), rule.predicate(), to.id(), role, evidence,
                                    rule.id(), rule.confidence());
                            String level = Relation.weakerResolution(endLevels.get(from.id()), endLevels.get(to.id()));
                            // two rules reading the same fact: the surer once its ends' resolution is counted, so a
                            // reading through a weakly resolved "their" does not outrank one that names both ends
                            // ("announced its latest iteration of their popular iPhone", session 42)
                            if (old == null || old.withEndResolution(foundLevels.get(key)).confidence()
                                    < reading.withEndResolution(level).confidence()) {
                                found.put(key, reading);
                                foundLevels.put(key, level);
                            }
                        }
                    }
                }
            }
        }
        for (Succession succession : successions) {
            for (Relation held : succession.takenOver(found.values(), rolesRead)) {
                Relation relation = new Relation(succession.successor().id(), "roleAt", held.object(), held.role(),
                        evidence, succession.rule().id(), Math.min(succession.rule().confidence(), held.confidence()));
                found.putIfAbsent(new Key(relation.subject(), "roleAt", relation.object(), relation.role()), relation);
            }
        }
        // A weak reading yields to a sure one of the same kind about the same subject ("Danish" vs "based in Oslo").
        List<Relation> relations = new ArrayList<>();
        for (Relation relation : found.values()) {
            // Another title at the same organisation is no rival reading ("current director Y, to replace X as chair").
            boolean outranked = relation.weak() && found.values().stream().anyMatch(r -> !r.weak()
                    && r.subject().equals(relation.subject()) && r.predicate().equals(relation.predicate())
                    && !(r.object().equals(relation.object()) && !Objects.equals(r.role(), relation.role())));
            // "Ledgerly founder Priya Raman ...": a title the sentence gives at a named company is not the topic's
            outranked |= fallbacks.contains(relation.rule()) && found.values().stream().anyMatch(r -> r != relation
                    && r.subject().equals(relation.subject()) && r.predicate().equals(relation.predicate())
                    && !r.object().equals(relation.object()));
            if (!outranked) {
                // outranking goes by the rule's confidence; an end's resolution and a hedge ("plans to buy")
                // lower it afterwards
                Key key = new Key(relation.subject(), relation.predicate(), relation.object(), relation.role());
                Relation kept = relation.withEndResolution(foundLevels.get(key));
                relations.add(hedgedKeys.getOrDefault(key, false) ? kept.withConfidenceAtMost(Hedge.CAP) : kept);
            }
        }
        relations.stream().filter(r -> r.predicate().equals("roleAt")).forEach(rolesRead::add);
        return relations;
    }

    /** The lemmas of the sentence's words, in lower case (what {@link RequiredLemmas} asks for). */
    private static Set<String> lemmas(SentenceGraph graph) {
        Set<String> lemmas = new java.util.HashSet<>();
        for (IndexedWord word : graph.graph().vertexSet()) {
            if (word.lemma() != null) {
                lemmas.add(word.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return lemmas;
    }

    /** The names of the relations of the sentence graph's edges, Newsgraph's own included (what the rules ask for). */
    private static Set<String> relationNames(SentenceGraph graph) {
        Set<String> names = new java.util.HashSet<>();
        for (SemanticGraphEdge edge : graph.graph().edgeIterable()) {
            names.add(edge.getRelation().toString());
        }
        return names;
    }

    /**
     * The titles a role node says: its own, and a newsroom title coordinated with it ("chairman and chief executive":
     * chair and CEO); a coordinated word that is no known title (CEO, CFO, chair...) adds nothing. A coordinated title
     * that its own words say has ended or is to come ("the co-founder and former chief executive of X") goes into
     * {@code hedgedOnTheirOwn} too, so that its reading is weak though the title the rule read is not.
     */
    private static List<String> titles(SentenceGraph graph, IndexedWord node, Set<String> hedgedOnTheirOwn) {
        List<String> titles = new ArrayList<>();
        titles.add(RoleTitle.of(graph, node));
        List<IndexedWord> coordinated = new ArrayList<>();
        for (SemanticGraphEdge edge : graph.graph().outgoingEdgeList(node)) {
            if (edge.getRelation().toString().startsWith("conj")) {
                coordinated.add(edge.getDependent());
            }
        }
        for (SemanticGraphEdge edge : graph.graph().incomingEdgeList(node)) {
            if (edge.getRelation().toString().startsWith("conj")) {
                coordinated.add(edge.getGovernor());
                if (edge.getGovernor().index() < node.index() && Hedge.hedgesTitle(graph.graph(), edge.getGovernor())
                        && !determined(graph, node) && !possessed(graph, node)) {
                    // "the former chairman and chief executive of X": the first title's "former" is the whole
                    // phrase's, as its "the" is; a later title with a determiner of its own is a phrase of its own
                    hedgedOnTheirOwn.add(titles.get(0));
                }
            }
        }
        for (IndexedWord other : coordinated) {
            if (hasApposition(graph, other)) {
                continue; // "X's chairman, A, and its chief executive, B": a title with a holder of its own is theirs
            }
            String title = RoleTitle.of(graph, other);
            if (RoleTitle.isShortForm(title) && !titles.contains(title)) {
                titles.add(title);
                if (Hedge.hedgesTitle(graph.graph(), other)) {
                    hedgedOnTheirOwn.add(title); // "the co-founder and former chief executive of X": no CEO now
                }
            }
        }
        return titles;
    }

    /** Whether a word has a phrase in apposition of its own ("its chief executive, B"; "B, its chairman"). */
    private static boolean hasApposition(SentenceGraph graph, IndexedWord word) {
        return graph.graph().outgoingEdgeList(word).stream()
                .anyMatch(edge -> edge.getRelation().toString().equals("appos"));
    }

    /** The role value of a rule whose =subject takes over the titles =object held ("X was replaced by Y"). */
    static final String INHERITED = "inherited";

    /**
     * A successor and the person they replace, and the title when the sentence names it ("replaced her as chair").
     */
    private record Succession(RelationRule rule, Entity successor, Entity predecessor, String title) {

        /** The predecessor's titles read in this sentence or before it, each at most once. */
        List<Relation> takenOver(java.util.Collection<Relation> sentence, List<Relation> before) {
            if (successor.type() != EntityType.PERSON || predecessor.type() != EntityType.PERSON
                    || successor.equals(predecessor)) {
                return List.of();
            }
            // a successor an earlier sentence gave a title at an organisation takes that one there, no other
            // ("X named Y its chief executive. Y replaces Z, CEO and chair": Y is not chair); a title in the same
            // sentence is the one held before ("replaced with Y, the chief operating officer")
            Set<String> alreadyAt = before.stream()
                    .filter(r -> r.predicate().equals("roleAt") && r.subject().equals(successor.id()))
                    .map(Relation::object).collect(java.util.stream.Collectors.toSet());
            Map<String, Relation> held = new LinkedHashMap<>();
            java.util.stream.Stream.concat(sentence.stream(), before.stream())
                    .filter(r -> r.predicate().equals("roleAt") && r.subject().equals(predecessor.id())
                            && (title != null || !alreadyAt.contains(r.object()))
                            && r.role() != null && (title == null || title.equals(r.role())))
                    .forEach(r -> held.putIfAbsent(r.object() + " " + r.role(), r));
            return List.copyOf(held.values());
        }
    }

    /**
     * The other end of a rule whose object the sentence leaves unsaid: the article's topic, or the organisation the
     * sentence is about at that point ("Microsoft is working to attract clients like A": the subject of a clause
     * above the match), else "the company" of the sentence.
     */
    private List<Entity> otherwise(RelationRule rule, AnnotatedSentence sentence, Token at) {
        if (rule.otherwise() == null) {
            return List.of();
        }
        if (rule.otherwise().equals("topic")) {
            return context.topic() == null || byId.get(context.topic()) == null ? List.of()
                    : List.of(byId.get(context.topic()));
        }
        if (rule.otherwise().equals("goods-holder")) {
            // "X runs 420 vans. Ninety of them are leased from Y": the one whose counted goods "them" are
            AnnotatedSentence previous = before;
            Entity holder = GoodsHolder.of(previous, token -> context.entityAt(token) != null ? context.entityAt(token)
                    : PRONOUNS.contains(word(token)) ? context.referent(previous, token).map(r -> r.entity()).orElse(null)
                    : null);
            return holder == null ? List.of() : List.of(holder);
        }
        if (rule.otherwise().equals("goods-maker")) {
            // "The trams are built by X. Their bogies are supplied by Y": the one who makes the goods "their" are
            AnnotatedSentence previous = before;
            Entity maker = GoodsMaker.of(previous, token -> context.entityAt(token) != null ? context.entityAt(token)
                    : PRONOUNS.contains(word(token)) ? context.referent(previous, token).map(r -> r.entity()).orElse(null)
                    : null);
            return maker == null ? List.of() : List.of(maker);
        }
        if (rule.otherwise().equals("salient-topic")) {
            String topic = context.topic();
            return topic == null || byId.get(topic) == null || !topic.equals(context.company(sentence.index()))
                    ? List.of() : List.of(byId.get(topic));
        }
        Entity above = at == null ? null : subjectAbove(sentence, at);
        List<Entity> fallback = above != null ? List.of(above) : company(sentence);
        if (rule.otherwise().equals("undealt-company") && !fallback.isEmpty()) {
            // "X agreed to sell its unit Y to Z. W will also take a stake": in Y or Z, not in X
            AnnotatedSentence previous = before;
            if (DealBefore.dealsInAnother(previous, token -> context.entityAt(token) != null ? context.entityAt(token)
                    : PRONOUNS.contains(word(token)) ? context.referent(previous, token).map(r -> r.entity()).orElse(null)
                    : null, fallback.get(0))) {
                return List.of();
            }
        }
        return fallback;
    }

    private List<Entity> company(AnnotatedSentence sentence) {
        String id = context.company(sentence.index());
        return id == null || byId.get(id) == null ? List.of() : List.of(byId.get(id));
    }

    /** Keeps how an end came through coreference, for the relation's record; the weakest level when told twice. */
    private Entity resolved(Entity entity, Coreference.Confidence level) {
        if (entity != null && level != null) {
            endLevels.merge(entity.id(), level.label(), Relation::weakerResolution);
        }
        return entity;
    }

    /** The entities a node names: its own, and those of the nodes coordinated with it ("A and B"). */
    private List<Entity> entities(SentenceGraph graph, IndexedWord node) {
        return entities(graph, node, null);
    }

    /**
     * The entities a node names, read against the match's other end: where that end is the node's possessor, a
     * conjunct with a determiner of its own is outside the possessive ("Tesla's Model Y and the Kia EV9": a noun
     * phrase has one determiner, and the possessive is the first conjunct's).
     */
    private List<Entity> entities(SentenceGraph graph, IndexedWord node, IndexedWord otherEnd) {
        if (node == null) {
            return List.of();
        }
        List<Entity> entities = new ArrayList<>();
        add(entities, entity(graph, node));
        if (PRONOUNS.contains(word(graph.token(node))) && !entities.isEmpty()) {
            // "A and B said they would merge": every organisation of the group the plural stands for, as sure as
            // the first
            Coreference.Confidence level = context.referent(graph.sentence(), graph.token(node))
                    .map(Coreference.Resolution::confidence).orElse(null);
            context.group(graph.sentence(), graph.token(node)).forEach(e -> add(entities, resolved(e, level)));
        }
        if (entities.isEmpty()) {
            examples(graph, node).forEach(e -> add(entities, e));
        }
        boolean owned = possessed(graph, node);
        boolean apposed = hasApposition(graph, node) && !entities.isEmpty()
                && entities.get(0).type() == EntityType.PERSON; // people's titles: "A, X's chief executive, and B, ..."
        for (SemanticGraphEdge edge : graph.graph().outgoingEdgeList(node)) {
            // "A's X and B's Y": a conjunct with an owner of its own is not the first one's; "A, X's chief executive,
            // and B, its chairman": nor one with an apposition of its own, when the node has one
            if (edge.getRelation().toString().startsWith("conj") && !(owned && possessed(graph, edge.getDependent()))
                    && !(apposed && hasApposition(graph, edge.getDependent()))
                    && !(otherEnd != null && possessor(graph, node, otherEnd) && determined(graph, edge.getDependent()))) {
                add(entities, entity(graph, edge.getDependent()));
            }
        }
        if (!entities.isEmpty() && entities.get(0).type() == EntityType.PRODUCT && context.entityAt(graph.token(node)) == null) {
            // "Ford's Falcon and Territory vehicles": every product name that classifies the noun
            for (SemanticGraphEdge edge : graph.graph().outgoingEdgeList(node)) {
                Entity named = context.entityAt(graph.token(edge.getDependent()));
                if (edge.getRelation().toString().equals("compound") && named != null
                        && named.type() == EntityType.PRODUCT) {
                    add(entities, named);
                }
            }
        }
        return entities;
    }

    /** How news gives examples of a kind: "carmakers such as A and B", "retailers including A", "banks like A". */
    private static final java.util.regex.Pattern EXAMPLE_OF_KIND = java.util.regex.Pattern.compile(
            "nmod:(such_as|including|like)");

    /**
     * The entities a plural common noun stands for by the examples it gives ("supplies batteries to carmakers such as
     * A and B": A and B), so that every rule reads an end given as a kind with examples; empty for any other node.
     */
    private List<Entity> examples(SentenceGraph graph, IndexedWord node) {
        if (!"NNS".equals(node.tag())) {
            return List.of();
        }
        List<Entity> examples = new ArrayList<>();
        for (SemanticGraphEdge edge : graph.graph().outgoingEdgeList(node)) {
            if (EXAMPLE_OF_KIND.matcher(edge.getRelation().toString()).matches()) {
                add(examples, entity(graph, edge.getDependent()));
            }
        }
        return examples;
    }

    /**
     * Whether a company noun belongs to an organisation the sentence names ("the sensor business of X", "X's
     * business"): such a noun is a part of X, not X itself nor the organisation the article is about.
     */
    private boolean ownedByNamed(AnnotatedSentence sentence, Token noun) {
        for (Token child : sentence.children(noun)) {
            String relation = sentence.relationToHead(child);
            Entity named = context.entityAt(child);
            if ((relation.equals("nmod:of") || relation.equals("nmod:poss")) && named != null
                    && named.type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nouns of a part of a company, which a name before them may name: "its Brindle Software unit"; and a marque the
     * names read as a firm ("agreed to sell its Hummer brand to X", s41-relations).
     */
    private static final Set<String> UNIT_NOUNS = Set.of("unit", "subsidiary", "division", "arm", "affiliate", "brand");

    /**
     * The organisation a unit noun with an owner names ("its Brindle Software unit", "X's Y subsidiary"); without an
     * owner the name before it is the owner ("the Korvath unit"), so nothing.
     */
    private Entity namedUnit(AnnotatedSentence sentence, Token noun, String word) {
        if (!UNIT_NOUNS.contains(word)) {
            return null;
        }
        Entity named = null;
        boolean owner = false;
        for (Token child : sentence.children(noun)) {
            String relation = sentence.relationToHead(child);
            owner |= relation.equals("nmod:poss");
            Entity entity = context.entityAt(child);
            if (relation.equals("compound") && entity != null && entity.type() == EntityType.ORGANIZATION) {
                named = entity;
            }
        }
        return owner ? named : null;
    }

    /** Whether {@code owner} is the node's possessor ("Tesla" of "Tesla's Model Y"). */
    private static boolean possessor(SentenceGraph graph, IndexedWord node, IndexedWord owner) {
        return graph.graph().outgoingEdgeList(node).stream()
                .anyMatch(e -> e.getRelation().toString().equals("nmod:poss") && e.getDependent().equals(owner));
    }

    /** Whether a noun has a determiner of its own ("the" of "the Kia EV9"). */
    private static boolean determined(SentenceGraph graph, IndexedWord node) {
        return graph.graph().outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals("det"));
    }

    private static boolean possessed(SentenceGraph graph, IndexedWord node) {
        return graph.graph().outgoingEdgeList(node).stream()
                .anyMatch(e -> e.getRelation().toString().equals("nmod:poss"));
    }

    /** The entities of a node and of its siblings in the same slot: all of "clients like A or B". */
    private List<Entity> listed(SentenceGraph graph, IndexedWord node) {
        List<Entity> listed = new ArrayList<>(entities(graph, node));
        for (SemanticGraphEdge in : graph.graph().incomingEdgeList(node)) {
            for (SemanticGraphEdge sibling : graph.graph().outgoingEdgeList(in.getGovernor())) {
                if (sibling.getRelation().toString().equals(in.getRelation().toString())) {
                    entities(graph, sibling.getDependent()).forEach(e -> add(listed, e));
                }
            }
        }
        return listed;
    }

    private static void add(List<Entity> entities, Entity entity) {
        if (entity != null && !entities.contains(entity)) {
            entities.add(entity);
        }
    }

    private Entity entity(SentenceGraph graph, IndexedWord node) {
        AnnotatedSentence sentence = graph.sentence();
        Token token = graph.token(node);
        Entity own = context.entityAt(token);
        if (own != null) {
            return pluralOwner(own);
        }
        String word = word(token);
        Entity person = context.person(sentence, token);
        if (person != null) {
            // "he", "her", "the chief executive": the person the article means
            return resolved(person, context.personLevel(sentence, token));
        }
        if (PRONOUNS.contains(word)) {
            // one resolver: the article's coreference, the same answer figure subjects get ("X said it would buy Y",
            // "It owns Y, X said", the previous subject); where it refuses, the end stays empty
            return context.referent(sentence, token)
                    .map(r -> resolved(r.entity(), r.confidence())).orElse(null);
        }
        for (Token child : sentence.children(token)) {
            // "its card business, Naniwa Card, ...": a noun stands for the name in apposition to it
            Entity named = context.entityAt(child);
            if (named != null && named.type() != EntityType.PLACE && sentence.relationToHead(child).equals("appos")) {
                return named;
            }
            if (named != null && named.type() == EntityType.ORGANIZATION && describedName(sentence, token, child)) {
                return named; // "bought the Italian coffee roaster Torre Bruni": the noun stands for the firm it names
            }
        }
        Entity unit = namedUnit(sentence, token, word);
        if (unit != null) {
            return unit; // "sold its Brindle Software unit to X": the unit is the organisation it names
        }
        if (DocumentContext.COMPANY_WORDS.contains(word)) {
            if (ownedByNamed(sentence, token)) {
                return null; // "the Oslo-based business of Korvath Motors": a part of the named owner, not a company
            }
            // "... to Beta, allowing the startup to ...": coreference's answer (object-other), as for every noun
            return resolved(context.entityOfPhrase(sentence, token, byId), context.phraseLevel(sentence, token));
        }
        Token governor = sentence.head(token);
        if (governor != null && sentence.relationToHead(token).equals("appos") && context.entityAt(governor) != null) {
            return context.entityAt(governor);
        }
        // "the iPod music player", "its A380 super-jumbo airliner": a common noun that a product's name classifies
        return productClassifying(sentence, token, 0);
    }

    /**
     * Whether a common noun is followed at once by the name the parser hung on it as {@code dep} ("the Dutch tray maker
     * Kloet Trays": a firm described by its trade before its name): the words between are the name's own compounds.
     */
    private static boolean describedName(AnnotatedSentence sentence, Token noun, Token name) {
        if (!sentence.relationToHead(name).equals("dep") || !noun.pos().matches("NNS?")
                || !name.pos().startsWith("NNP") || name.index() <= noun.index()) {
            return false;
        }
        for (Token between : sentence.tokens()) {
            if (between.index() > noun.index() && between.index() < name.index()
                    && (!name.equals(sentence.head(between)) || !sentence.relationToHead(between).equals("compound"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An organisation whose name lost its final "s" to a misplaced possessive ("General Motor's chief") stands for the
     * organisation of the article named with it ("General Motors"), when there is one.
     */
    private Entity pluralOwner(Entity entity) {
        if (entity.type() != EntityType.ORGANIZATION || entity.name().endsWith("s")) {
            return entity;
        }
        String plural = entity.name() + "s";
        return byId.values().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION
                        && (e.name().equals(plural) || e.aliases().contains(plural)))
                .findFirst().orElse(entity);
    }

    /** How many compounds deep a product's name may sit in the noun it classifies. */
    private static final int COMPOUND_REACH = 3;

    private Entity productClassifying(AnnotatedSentence sentence, Token noun, int depth) {
        for (Token child : sentence.children(noun)) {
            String relation = sentence.relationToHead(child);
            // the parse may hang a code's number, split at its hyphen, on the noun as a count ("20 BR-220 aircraft":
            // "220" a nummod of "aircraft"): a number that is a product's token classifies the noun as a compound does
            boolean codeNumber = relation.equals("nummod") && context.entityAt(child) != null;
            if (!relation.equals("compound") && !codeNumber) {
                continue;
            }
            Entity named = context.entityAt(child);
            if (named != null && named.type() == EntityType.PRODUCT) {
                return named;
            }
            Entity deeper = depth + 1 < COMPOUND_REACH && named == null ? productClassifying(sentence, child, depth + 1) : null;
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    private static String word(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    /**
     * The organisation a pronoun (or an unsaid end) stands for when its own sentence names it, before it, as the
     * subject of a clause above it: "X said it would buy Y", "X raised its stake".
     */
    private Entity subjectAbove(AnnotatedSentence sentence, Token pronoun) {
        Token from = pronoun;
        Token at = sentence.head(pronoun);
        for (int step = 0; step < PRONOUN_REACH && at != null; step++) {
            for (Token child : sentence.children(at)) {
                // the branch the pronoun is in is no antecedent of it: "X, its supplier, ..." is not X's own
                if (child != from && child.index() < pronoun.index()
                        && sentence.relationToHead(child).startsWith("nsubj")) {
                    Entity subject = context.entityAt(child);
                    if (subject != null && subject.type() == EntityType.ORGANIZATION) {
                        return subject;
                    }
                }
            }
            from = at;
            at = sentence.head(at);
        }
        return null;
    }

    /** Whether the two ends have the types the predicate relates. */
    static boolean fits(String predicate, Entity subject, Entity object) {
        if (subject.id().equals(object.id())) {
            return false;
        }
        return switch (predicate) {
            case "roleAt" -> subject.type() == EntityType.PERSON && object.type() == EntityType.ORGANIZATION;
            case "basedIn" -> subject.type() == EntityType.ORGANIZATION && object.type() == EntityType.PLACE;
            case "productOf" -> subject.type() == EntityType.PRODUCT && object.type() == EntityType.ORGANIZATION;
            // people buy and invest in companies: "he bought Acme", "the largest shareholder of Acme"
            case "acquires", "investsIn" -> (subject.type() == EntityType.ORGANIZATION
                    || subject.type() == EntityType.PERSON) && object.type() == EntityType.ORGANIZATION;
            // products compete too: "the new B (the A's major competitor)"; a company and a product do not
            case "competitorOf" -> subject.type() == object.type()
                    && (subject.type() == EntityType.ORGANIZATION || subject.type() == EntityType.PRODUCT);
            default -> subject.type() == EntityType.ORGANIZATION && object.type() == EntityType.ORGANIZATION;
        };
    }
}
