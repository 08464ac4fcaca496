package org.newsgraph.extract.coref;

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
 *       "the bank"; nouns of one kind ({@code organisation-noun-kinds.txt}: carmaker, automaker) count as one. A
 *       possessed noun ("its parent company, Beta") names a role, not a kind, and describes nothing. First of all,
 *       a description naming its organisation in its own phrase is that one ("the sovereign fund Beta Investments",
 *       "the Acme company": {@link #namedBeside}). A generic noun ("the company") that is the subject of what an
 *       organisation says ("Acme stated that the company would ...") is first that speaker ({@code same-sentence}:
 *       {@link #speakerAbove}).</li>
 *   <li>{@code same-sentence}: an organisation named as a clause's subject earlier in the same sentence, by
 *       syntactic salience: the subject of the nearest clause above the word ("Acme said it would ...", "Acme,
 *       which Beta bought, said it ...": Acme), else the only such subject; an earlier "the company" that is such a
 *       subject counts as what it was resolved to. An object pronoun is never its own clause's subject ("Beta bought
 *       it"); two subjects, neither above the word, give none.</li>
 *   <li>{@code speech-frame}: the organisation named after the word as the speaker of its clause ("It will cut
 *       500 jobs, Acme said").</li>
 *   <li>{@code industry}: a noun general knowledge gives one organisation of this and the previous sentence and
 *       not the previous subject ("Beta sued Acme Airlines. The airline ...").</li>
 *   <li>{@code previous-subject}: the organisation last named as the subject of a sentence's main clause (or as the
 *       possessor of that subject: "Acme's revenue rose"). A specific noun ("the airline") takes it only when the
 *       article never described it as something else and general knowledge does not give it another industry. It
 *       is refused when another organisation the word fits is named before it in its sentence ("a memo at Beta
 *       showed the company ...") or when the subject is more than two sentences back and other organisations were
 *       named since. A subject "it" right after a sentence whose main subject is a singular thing is refused ("The
 *       first model will be the X5. It goes on sale ...": {@link #thingBefore}).</li>
 *   <li>{@code topic}: the article's most-mentioned organisation, when no subject came before.</li>
 *   <li>{@code recent-agreeing}: a noun the subjects above do not fit ("the US manufacturer" after the airline's
 *       sentence) takes the one organisation of this and the previous sentence it fits; with two, the one general
 *       knowledge calls so ({@code industry}: "the chipmaker" for the S&amp;P 500's semiconductor company), else
 *       none.</li>
 * </ol>
 * Before these, a description with modifiers ("the Cupertino firm", "the world's largest chipmaker") takes the one
 * organisation the article said all of them about ({@code attribute}: "Cupertino-based Acme", "Acme, the world's
 * largest chipmaker", "Acme is based in Cupertino"); two such candidates give none. A noun must agree with the
 * organisation: a public body ("Government of Canada") is no "company" ({@code public-body-words.txt}).
 * A plural ("these companies", "they") is resolved to organisations named together just before that its noun fits
 * ({@code conjunction}), or, with a number ("the two companies"), to the organisations named nearest before when they
 * are exactly that many ({@code counted}); "themselves" to its clause's subject ({@code reflexive}). "their" with no
 * group stands for the one organisation before it in its sentence when that is the subject and nothing plural comes
 * between ({@code singular-they}: "Acme announced their new phone"), or, for a possessive, the one organisation that is
 * the subject of its own clause with nothing plural or named between ({@code clause-they}: "if Acme can not agree with
 * their unions"); an object plural is never its own clause's subject. "It" under a clause whose subject before it is
 * a thing ("the aircraft was leaving before it was due to fly"; for "its", a named product or place) is refused
 * ({@link #thingAbove}). "We", "our" and "us" inside a quotation stand
 * for the organisation its speaker speaks for ({@code quote-speaker}: "We love it," said Acme CEO Jane Marlow);
 * elsewhere first- and second-person pronouns, expletive "it"
 * and indefinite descriptions ("a company") are never resolved: an empty answer beats a wrong one, and
 * {@link #refusal} says why a candidate was refused.
 */
public final class Coreference {

    /** The entity a referring expression stands for, and which step of the order above said so. */
    public record Resolution(Entity entity, String reason) {

        /** How far the step that found this may be trusted: {@link Confidence#of} its reason. */
        public Confidence confidence() {
            return Confidence.of(reason);
        }
    }

    /**
     * How sure a resolution is, by how it was found, so that figures and relations can assert, propose or drop what
     * rests on it. {@code SURE}: the sentence's syntax or the article's own words say who is meant (a description
     * naming the organisation, a subject of a clause above the word, a group named together); {@code LIKELY}: the
     * discourse points to one organisation and nothing the article says speaks against it (the previous main-clause
     * subject, the speaker of a reported clause, the one organisation with the attributes or industry a description
     * names, a count of organisations named just before, a reflexive plural); {@code WEAK}: a fallback with no
     * direct evidence (the article's most-mentioned organisation, the one recent organisation a noun fits, "their"
     * for a singular organisation, also as its own clause's subject: {@code clause-they}). Measured on the MEANTIME
     * tuning half with {@code eval --coref --verbose} ("coref confidence" lines).
     */
    public enum Confidence {
        SURE, LIKELY, WEAK;

        /** The confidence of a step's reason ("previous-subject"); WEAK for a reason it does not know. */
        public static Confidence of(String reason) {
            return switch (reason == null ? "" : reason) {
                case "described", "same-sentence", "conjunction" -> SURE;
                case "previous-subject", "speech-frame", "attribute", "industry", "counted", "reflexive",
                        "quote-speaker", "speaker-organisation", "fronted-phrase", "plural-chain",
                        "named-place", "object-other" -> LIKELY;
                default -> WEAK;
            };
        }

        /** Lower case, as the extraction's JSON writes it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private record Description(int sentence, String noun, Entity entity) {
    }

    /** A word the article said about an organisation ("cupertino", "largest") in a sentence. */
    private record Attribute(int sentence, String word, Entity entity) {
    }

    /** Organisations a plural stands for and the step that found them. */
    private record Group(List<Entity> entities, String reason) {
        static final Group NONE = new Group(List.of(), "");
    }

    private static final Set<String> PRONOUNS = Set.of("it", "its", "itself");
    /** "we", "our", "us": inside a quotation, the organisation its speaker speaks for ({@link #quoteSpeaker}). */
    private static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "our", "us", "ours", "ourselves");
    /** Relations by which an organisation hangs on a speaker or its title ("Acme CEO Jane Marlow", "a spokesman for Acme"). */
    private static final Set<String> SPEAKS_FOR = Set.of("compound", "nmod:poss", "nmod:for", "nmod:at", "nmod:of",
            "appos");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them", "themselves");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    /** Relations by which a name hangs on the noun it stands beside ("the sovereign fund Acme Investments"). */
    private static final Set<String> BESIDE = Set.of("appos", "flat", "dep");
    /** Tags of a singular common noun: the thing a sentence may be about instead of an organisation. */
    private static final Set<String> THING_TAGS = Set.of("NN");
    private static final Set<String> PLURAL_DETERMINERS = Set.of("the", "these", "those", "both");
    /**
     * How many sentences back the last main-clause subject may be named for "it" or "the company" to take it when other
     * organisations were named since: news refers back to the organisation of the sentence before, or the one before
     * that; beyond, an organisation named in between may be meant.
     */
    private static final int SUBJECT_REACH = 2;
    /** How far back a plural looks for the organisations it stands for. */
    private static final int PLURAL_REACH = 2;
    private static final Industries INDUSTRIES = Industries.standard();
    /** Verbs whose complement says what their subject is ("becomes the largest retailer"). */
    private static final Set<String> LINKING_VERBS = Set.of("become", "remain", "stay");
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "both", 2, "2", 2,
            "3", 3, "4", 4);

    private final AnnotatedText doc;
    private final Map<Integer, Entity> entityByToken = new HashMap<>();
    private final Map<Integer, Entity> salientBefore = new HashMap<>();
    /** Referring subjects already resolved, by token: what a later pronoun of their clause leans on. */
    private final Map<Integer, Entity> earlier = new HashMap<>();
    /** For each sentence, the index of the sentence whose main-clause subject {@link #salientBefore} holds, or -1. */
    private final Map<Integer, Integer> salientFrom = new HashMap<>();
    private final List<Description> descriptions = new ArrayList<>();
    private final List<Attribute> attributes = new ArrayList<>();
    /** The article's quotations: which tokens each holds, and its attribution. */
    private final Quotations quotes;
    private final Entity topic;
    private final List<Entity> entities;
    /** Who "he" or "the chief executive" is, for the organisation a quoted speaker speaks for; made when first asked. */
    private PersonCoreference people;
    /** Set while {@link #addOrganisation} resolves a referring word of a title's phrase, so that it does not nest. */
    private boolean resolvingTitleOwner;
    /** Which named place "the city" or "the country" stands for. */
    private final PlaceReference places;

    public Coreference(AnnotatedText doc, List<Entity> entities) {
        this.doc = doc;
        this.entities = List.copyOf(entities);
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
        quotes = new Quotations(doc);
        places = new PlaceReference(doc, this::entityAt);
        topic = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .max(Comparator.comparingInt((Entity e) -> e.mentions().size())
                        .thenComparing(e -> -e.mentions().get(0).start()))
                .orElse(null);
        Entity salient = topic;
        int from = -1;
        for (AnnotatedSentence sentence : doc.sentences()) {
            describe(sentence);
            salientBefore.put(sentence.index(), salient);
            salientFrom.put(sentence.index(), from);
            Entity subject = mainSubject(sentence);
            if (subject != null) {
                salient = subject;
                from = sentence.index();
            }
        }
    }

    /** Whether a noun may stand for an organisation ("company", "automaker"; "the orchestra" by the lexicon). */
    public static boolean isOrganisationNoun(String word) {
        return CoreferenceWords.isOrganisationNoun(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun is one of organisation-nouns.txt, without the lexicon's general nouns ("its fleet" is no firm). */
    public static boolean isListedOrganisationNoun(String word) {
        return CoreferenceWords.organisationNouns().contains(word.toLowerCase(Locale.ROOT));
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
            if (description.sentence() <= sentence && CoreferenceWords.sameKind(description.noun(), noun)) {
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
        return CoreferenceWords.isDescribingNoun(word.toLowerCase(Locale.ROOT)) && entityAt(token) == null
                && (sentence.children(token).stream()
                .anyMatch(c -> DETERMINERS.contains(c.text().toLowerCase(Locale.ROOT))
                        && DependencyWalk.relation(sentence, token, c).startsWith("det"))
                || definitePossessor(sentence, token));
    }

    /**
     * "the world's largest chipmaker", "the country's biggest bank": a noun whose possessor is a definite common noun
     * that is no organisation is as definite as "the chipmaker"; "the company's largest customer" is a role towards
     * the company, not a reference to it.
     */
    private boolean definitePossessor(AnnotatedSentence sentence, Token noun) {
        for (Token owner : sentence.children(noun)) {
            if (DependencyWalk.relation(sentence, noun, owner).equals("nmod:poss") && owner.pos().equals("NN")
                    && entityAt(owner) == null && !isOrganisationNoun(owner.text())) {
                return sentence.children(owner).stream().anyMatch(c -> c.text().equalsIgnoreCase("the")
                        && DependencyWalk.relation(sentence, owner, c).startsWith("det"));
            }
        }
        return false;
    }

    /**
     * The organisation a pronoun or description stands for, with the step that found it; empty when unsure. A plural
     * ("these companies", "they") stands for organisations named together just before ("Walmart and Intuit"): the
     * first of them is returned, with the reason {@code conjunction}.
     */
    public Optional<Resolution> resolve(AnnotatedSentence sentence, Token token) {
        Resolution decided = decide(sentence, token);
        return decided == null || decided.entity() == null ? Optional.empty() : Optional.of(decided);
    }

    /**
     * The named place "the city", "the country" or "the capital" stands for ({@link PlaceReference}), with the step
     * that found it ({@code named-place}, {@code described}); empty when unsure or when the word is no such noun.
     * Organisations are {@link #resolve}'s: a place is no answer for "it" or "the company".
     */
    public Optional<Resolution> place(AnnotatedSentence sentence, Token token) {
        Resolution decided = places.resolve(sentence, token);
        return decided == null || decided.entity() == null ? Optional.empty() : Optional.of(decided);
    }

    /** Whether a word is a noun that may stand for a named place ("the city", "the country", "the capital"). */
    public static boolean isPlaceNoun(String word) {
        return PlaceReference.isPlaceNoun(word);
    }

    /**
     * Why a referring word was left unresolved when a step found candidates but refused them ("ambiguous: A, B"), or
     * empty when it was resolved or no step had a candidate.
     */
    public Optional<String> refusal(AnnotatedSentence sentence, Token token) {
        Resolution decided = decide(sentence, token);
        if (decided == null) {
            decided = places.resolve(sentence, token);
        }
        return decided != null && decided.entity() == null ? Optional.of(decided.reason()) : Optional.empty();
    }

    /** The resolution, a refusal (no entity, the reason) or null when no step applies. */
    private Resolution decide(AnnotatedSentence sentence, Token token) {
        if (FIRST_PERSON_PLURAL.contains(token.text().toLowerCase(Locale.ROOT))) {
            Entity speaker = quoteSpeaker(sentence, token);
            return speaker == null ? null : new Resolution(speaker, "quote-speaker");
        }
        if (isPlural(sentence, token)) {
            Group group = groupFor(sentence, token);
            if (!group.entities().isEmpty()) {
                return new Resolution(group.entities().get(0), group.reason());
            }
            if (!group.reason().isEmpty()) {
                return new Resolution(null, group.reason());
            }
            if (!PLURAL_PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT))) {
                return null;
            }
            Entity single = singularThey(sentence, token);
            if (single != null) {
                return new Resolution(single, "singular-they");
            }
            Entity owner = clauseThey(sentence, token);
            return owner == null ? null : new Resolution(owner, "clause-they");
        }
        if (!isReferring(sentence, token)) {
            return null;
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        boolean pronoun = PRONOUNS.contains(word);
        String extraposed = word.equals("it") ? extraposedBy(sentence, token) : null;
        if (extraposed != null) {
            return new Resolution(null, "'it' stands for the clause after '" + extraposed + "', no organisation");
        }
        if (word.equals("itself")) {
            Token subject = clauseSubject(sentence, token);
            if (subject != null && subject.index() != token.index()) {
                Entity entity = entityAt(subject);
                if (entity != null && entity.type() == EntityType.ORGANIZATION) {
                    return new Resolution(entity, "reflexive");
                }
            }
        }
        if (!pronoun) {
            Entity beside = namedBeside(sentence, token, true);
            if (beside != null) {
                return new Resolution(beside, "described");
            }
            Resolution predicated = predicateOf(sentence, token);
            if (predicated != null) {
                return predicated;
            }
            Resolution attributed = attributed(sentence, token);
            if (attributed != null) {
                return attributed;
            }
            Resolution speaking = CoreferenceWords.tags(word).contains("generic")
                    ? speakerAbove(sentence, token, word) : null;
            if (speaking != null) {
                return speaking;
            }
            Entity described = described(sentence.index(), word);
            if (described != null) {
                return new Resolution(described, "described");
            }
            Entity named = namedWith(sentence, token, word);
            if (named != null) {
                return new Resolution(named, "described");
            }
        }
        Resolution before = subjectBefore(sentence, token, pronoun ? null : word);
        if (before != null) {
            return before;
        }
        Resolution fronted = pronoun ? frontedPhrase(sentence, token) : null;
        if (fronted != null) {
            return fronted;
        }
        Entity speaker = speakerAfter(sentence, token, pronoun ? null : word);
        if (speaker != null) {
            return new Resolution(speaker, "speech-frame");
        }
        Entity salient = salient(sentence.index());
        if (!pronoun && salient != null && !knownAs(salient, word)) {
            List<Entity> known = recent(sentence, token, 1).stream().filter(e -> knownAs(e, word)).toList();
            if (known.size() == 1) {
                return new Resolution(known.get(0), "industry");
            }
        }
        String thing = word.equals("it") ? thingBefore(sentence, token) : null;
        if (thing != null) {
            return new Resolution(null, "the sentence before is about '" + thing + "', no organisation");
        }
        String subjectThing = pronoun ? thingAbove(sentence, token) : null;
        if (subjectThing != null) {
            return new Resolution(null, "its clause is about '" + subjectThing + "', no organisation");
        }
        Entity ownSubject = ownClauseSubject(sentence, token);
        if (salient != null && salient.equals(ownSubject)) {
            return otherThanOwnSubject(sentence, token, ownSubject, pronoun ? null : word);
        }
        if (salient != null && (pronoun || agrees(salient, word, sentence.index()))) {
            boolean fromTopic = salient == topic && descriptions.isEmpty() && noSubjectBefore(sentence.index());
            Resolution doubt = doubtAboutSalient(sentence, token, salient, pronoun ? null : word, fromTopic);
            if (doubt != null) {
                return doubt;
            }
            String quoted = pronoun ? quotedAway(sentence, token, salient, fromTopic) : null;
            if (quoted != null) {
                return new Resolution(null, quoted);
            }
            return new Resolution(salient, fromTopic ? "topic" : "previous-subject");
        }
        if (!pronoun) {
            List<Entity> fitting = recent(sentence, token, 1).stream()
                    .filter(e -> agrees(e, word, sentence.index())).toList();
            if (fitting.size() == 1) {
                return new Resolution(fitting.get(0), "recent-agreeing");
            }
            List<Entity> known = fitting.stream().filter(e -> knownAs(e, word)).toList();
            if (known.size() == 1) {
                return new Resolution(known.get(0), "industry");
            }
            if (fitting.size() > 1) {
                return new Resolution(null, "ambiguous: " + names(fitting));
            }
        }
        return null;
    }

    /**
     * "Acme is the largest carmaker", "if the store becomes the dominant retailer": a description that is the
     * predicate of a copula or of "become", "remain" says what its subject is, so it stands for what the subject
     * stands for: a named organisation ({@code described}; for a relative pronoun, the name the clause hangs on), or
     * what a referring subject was resolved to ("It remains the largest car manufacturer"). A subject that is another
     * name ("iTunes is the biggest online retailer") gives a refusal; null when the description is no such predicate
     * or its subject a common noun ("The best performer was the company", left to the other steps) or a pronoun
     * coreference does not read.
     */
    private Resolution predicateOf(AnnotatedSentence sentence, Token noun) {
        Token clause = noun;
        boolean copula = sentence.children(noun).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, noun, c).equals("cop"));
        if (!copula) {
            Token verb = sentence.head(noun);
            String lemma = verb == null || verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
            if (!sentence.relationToHead(noun).equals("xcomp") || !LINKING_VERBS.contains(lemma)) {
                return null;
            }
            clause = verb;
        }
        Token subject = null;
        for (Token child : sentence.children(clause)) {
            if (subject == null && DependencyWalk.relation(sentence, clause, child).startsWith("nsubj")) {
                subject = child;
            }
        }
        if (subject != null && subject.pos().equals("WDT") && sentence.relationToHead(clause).startsWith("acl")) {
            subject = sentence.head(clause);
        }
        if (subject == null || subject.index() == noun.index()) {
            return null;
        }
        Entity named = entityAt(subject);
        if (isOrganisation(named)) {
            return new Resolution(named, "described");
        }
        if (named == null && isReferring(sentence, subject)) {
            return resolve(sentence, subject).orElse(null);
        }
        return named != null || subject.pos().startsWith("NNP") ? new Resolution(null, "it says what '"
                + subject.text() + "' is, no organisation") : null;
    }

    /**
     * The organisation a description names in its own phrase: the name the noun stands in apposition to ("Acme, the
     * main Beta union": Acme), else a name hanging on the noun by apposition, flat or the parser's unlabelled
     * {@code dep} ("the sovereign fund Acme Investments"), else a name compounded with it when the noun is generic
     * or a common noun stands between ("the Acme company", "the Acme insurance company"; but "the Beta union" is a
     * union at Beta); null when none, or when two names qualify. A possessed noun names a role ("its parent company,
     * Beta") and is left to the other steps. The phrase says who is meant, so this is as sure as the name.
     * {@code withCompounds} false leaves the compounds out.
     */
    private Entity namedBeside(AnnotatedSentence sentence, Token noun, boolean withCompounds) {
        if (possessedByOrganisation(sentence, noun)) {
            return null;
        }
        Token head = sentence.head(noun);
        if (head != null && sentence.relationToHead(noun).equals("appos") && isOrganisation(entityAt(head))) {
            return entityAt(head);
        }
        boolean generic = CoreferenceWords.tags(noun.text().toLowerCase(Locale.ROOT)).contains("generic");
        Entity found = null;
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            boolean compound = relation.equals("compound");
            if (!isOrganisation(entityAt(child)) || !BESIDE.contains(relation) && !compound
                    || compound && !(withCompounds && (generic || commonNounBetween(sentence, child, noun)))) {
                continue;
            }
            if (found != null && !found.equals(entityAt(child))) {
                return null;
            }
            found = entityAt(child);
        }
        return found;
    }

    /** Whether a common noun compounded with the noun stands between the name and it ("Acme insurance company"). */
    private boolean commonNounBetween(AnnotatedSentence sentence, Token name, Token noun) {
        return sentence.children(noun).stream().anyMatch(c -> c.index() > name.index() && c.index() < noun.index()
                && entityAt(c) == null && c.pos().startsWith("NN")
                && DependencyWalk.relation(sentence, noun, c).equals("compound"));
    }

    private static boolean isOrganisation(Entity entity) {
        return entity != null && entity.type() == EntityType.ORGANIZATION;
    }

    /**
     * "the Cupertino firm": the one organisation the article said every modifier about; a refusal when several, null
     * when the description has no modifier or no organisation has them all.
     */
    private Resolution attributed(AnnotatedSentence sentence, Token token) {
        Set<String> wanted = modifiers(sentence, token);
        if (wanted.isEmpty()) {
            return null;
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        Map<Entity, Set<String>> said = new java.util.LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            if (attribute.sentence() <= sentence.index()) {
                said.computeIfAbsent(attribute.entity(), e -> new HashSet<>()).add(attribute.word());
            }
        }
        List<Entity> fitting = said.entrySet().stream()
                .filter(e -> e.getValue().containsAll(wanted) && agrees(e.getKey(), word, sentence.index()))
                .map(Map.Entry::getKey).toList();
        if (fitting.size() > 1) {
            return new Resolution(null, "ambiguous: " + names(fitting) + " all " + wanted);
        }
        return fitting.isEmpty() ? null : new Resolution(fitting.get(0), "attribute");
    }

    /**
     * The words modifying a noun that say something about what it stands for: adjectives, compounds and possessors
     * ("the Cupertino firm", "the world's largest chipmaker"), "-based" taken off; pronouns and numbers left out.
     */
    private static Set<String> modifiers(AnnotatedSentence sentence, Token noun) {
        Set<String> words = new java.util.TreeSet<>();
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if (relation.equals("amod") || relation.equals("compound") || relation.equals("nmod:poss")) {
                addWord(words, child);
                for (Token part : sentence.children(child)) {
                    if (DependencyWalk.relation(sentence, child, part).equals("compound")) {
                        addWord(words, part);
                    }
                }
            }
        }
        return words;
    }

    /**
     * "the largest maker of accounting software": the words of what a description noun makes or does ("software",
     * "accounting"), which a later description puts before the noun ("the largest accounting software maker").
     */
    private Set<String> industryWords(AnnotatedSentence sentence, Token noun) {
        Set<String> words = new HashSet<>();
        for (Token child : sentence.children(noun)) {
            if (DependencyWalk.relation(sentence, noun, child).equals("nmod:of") && entityAt(child) == null) {
                addWord(words, child);
                for (Token part : sentence.children(child)) {
                    if (DependencyWalk.relation(sentence, child, part).equals("compound")) {
                        addWord(words, part);
                    }
                }
            }
        }
        return words;
    }

    private static void addWord(Set<String> words, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT).replaceFirst("-(?:based|headquartered)$", "");
        if (!token.pos().startsWith("PRP") && !token.pos().equals("CD") && word.chars().anyMatch(Character::isLetter)
                && !CoreferenceWords.isOrganisationNoun(word)) {
            words.add(word);
        }
    }

    private static String names(List<Entity> entities) {
        return String.join(", ", entities.stream().map(Entity::name).toList());
    }

    /**
     * Distinct organisations named before the token in its sentence and in up to {@code back} sentences before, in
     * text order.
     */
    private List<Entity> recent(AnnotatedSentence sentence, Token token, int back) {
        List<Entity> found = new ArrayList<>();
        for (int i = Math.max(0, sentence.index() - back); i <= sentence.index(); i++) {
            for (Token candidate : doc.sentences().get(i).tokens()) {
                if (i == sentence.index() && candidate.index() >= token.index()) {
                    break;
                }
                Entity entity = entityAt(candidate);
                if (entity != null && entity.type() == EntityType.ORGANIZATION && !found.contains(entity)) {
                    found.add(entity);
                }
            }
        }
        return found;
    }

    /**
     * When the organisation the article was about is the subject of the very clause an object word is in ("Acme rents
     * servers to Beta, allowing the startup to ...", "Acme sued the company"), the word is not that organisation: a
     * description (not a pronoun: "Acme signed with Beta to sell it" may mean a unit) stands for the one other
     * organisation named before it in its sentence that it fits ({@code object-other}); else a refusal.
     */
    private Resolution otherThanOwnSubject(AnnotatedSentence sentence, Token token, Entity ownSubject, String noun) {
        Set<Entity> apposed = apposedTo(sentence, token);
        List<Entity> others = noun == null ? List.of() : recent(sentence, token, 0).stream()
                .filter(e -> !e.equals(ownSubject) && !apposed.contains(e) && !inApposition(sentence, e, ownSubject)
                        && agrees(e, noun, sentence.index())).toList();
        return others.size() == 1 ? new Resolution(others.get(0), "object-other")
                : new Resolution(null, ownSubject.name() + " is the subject of its own clause"
                        + (others.isEmpty() ? "" : "; others: " + names(others)));
    }

    /** The subject of the clause a word is the object of ("the companies can reinvent themselves"), or null. */
    private static Token clauseSubject(AnnotatedSentence sentence, Token token) {
        Token head = sentence.head(token);
        if (head == null) {
            return null;
        }
        for (Token child : sentence.children(head)) {
            if (DependencyWalk.relation(sentence, head, child).startsWith("nsubj")) {
                return child;
            }
        }
        return null;
    }

    /**
     * "Acme announced their new phone": the one organisation named before a plural pronoun in its sentence, when it is
     * a subject and no person or plural noun comes before the pronoun that it could stand for; else null. An object
     * pronoun never stands for its own clause's subject ("Acme offered them at a discount": the planes, not Acme), as
     * for "it".
     */
    private Entity singularThey(AnnotatedSentence sentence, Token token) {
        Entity own = ownClauseSubject(sentence, token);
        Entity found = singularTheyFrom(sentence, token, 0);
        return found != null && found.equals(own) ? null : found;
    }

    /**
     * "After the talks, Acme will renegotiate their contract": a possessive "their" whose own clause (the nearest
     * clause above it with a subject) has a named organisation as its subject, before it, with no other name and no
     * plural noun between that subject and the pronoun: that organisation. People or plural nouns earlier in the
     * sentence, outside that stretch, do not stand in the way (singular-they's condition is on the whole sentence).
     * Null when the clause's subject is no named organisation ("users control it with their voice") or a plural
     * (left to the group steps).
     */
    private Entity clauseThey(AnnotatedSentence sentence, Token token) {
        if (!sentence.relationToHead(token).startsWith("nmod:poss")) {
            return null;
        }
        for (Token above : DependencyWalk.ancestors(sentence, token)) {
            Token subject = null;
            for (Token child : sentence.children(above)) {
                if (DependencyWalk.relation(sentence, above, child).startsWith("nsubj")) {
                    subject = child;
                }
            }
            if (subject == null) {
                continue;
            }
            Token named = subject;
            Entity entity = entityAt(named);
            if (!isOrganisation(entity) || named.index() >= token.index() || isPlural(sentence, named)
                    || sentence.children(named).stream().anyMatch(c ->
                            DependencyWalk.relation(sentence, named, c).startsWith("conj"))) {
                return null;
            }
            int from = named.index();
            while (from > sentence.tokens().get(0).index() && entity.equals(entityAt(sentence.token(from - 1)))) {
                from--;
            }
            return singularTheyFrom(sentence, token, from) == entity ? entity : null;
        }
        return null;
    }

    /** {@link #singularThey}'s scan over the tokens from {@code from} up to the pronoun. */
    private Entity singularTheyFrom(AnnotatedSentence sentence, Token token, int from) {
        Entity found = null;
        boolean subject = false;
        for (Token candidate : sentence.tokens()) {
            if (candidate.index() < from) {
                continue;
            }
            if (candidate.index() >= token.index()) {
                break;
            }
            Entity entity = entityAt(candidate);
            if (entity == null) {
                if (candidate.pos().startsWith("NNS") || candidate.pos().equals("NNPS")) {
                    return null;
                }
                continue;
            }
            if (entity.type() != EntityType.ORGANIZATION || found != null && !found.equals(entity)) {
                return null;
            }
            found = entity;
            subject |= isSubject(sentence, candidate);
        }
        return subject ? found : null;
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
        return isPlural(sentence, token) ? groupFor(sentence, token).entities() : List.of();
    }

    /**
     * The organisations a plural stands for: for "themselves" its clause's subject's; else the nearest conjunction
     * its noun fits, unless a number ("the two companies") asks for another count: then the organisations named
     * nearest before, when exactly that many (a refusal when more).
     */
    private Group groupFor(AnnotatedSentence sentence, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (word.equals("themselves")) {
            Token subject = clauseSubject(sentence, token);
            if (subject != null && subject.index() != token.index() && !PLURAL_PRONOUNS.contains(
                    subject.text().toLowerCase(Locale.ROOT)) && isPlural(sentence, subject)) {
                Group group = groupFor(sentence, subject);
                return group.entities().isEmpty() ? group : new Group(group.entities(), "reflexive");
            }
        }
        String noun = PLURAL_PRONOUNS.contains(word) ? null : singular(word);
        Integer count = null;
        for (Token child : sentence.children(token)) {
            String relation = DependencyWalk.relation(sentence, token, child);
            if (relation.equals("nummod") || relation.startsWith("det")) {
                count = COUNTS.getOrDefault(child.text().toLowerCase(Locale.ROOT), count);
            }
        }
        List<Entity> joined = conjunctionBefore(sentence, token).stream().toList();
        if (noun != null && !joined.stream().allMatch(e -> agrees(e, noun, sentence.index()))) {
            joined = conjunctionBefore(sentence, token, e -> agrees(e, noun, sentence.index()));
        }
        if (count == null || joined.size() == count) {
            String other = noun == null && !joined.isEmpty() ? otherPeople(sentence, token, joined) : null;
            if (other != null) {
                return new Group(List.of(), other);
            }
            return joined.isEmpty() ? chained(sentence, token, noun) : new Group(joined, "conjunction");
        }
        for (int back = 0; back <= PLURAL_REACH; back++) {
            List<Entity> named = recent(sentence, token, back).stream()
                    .filter(e -> noun == null || agrees(e, noun, sentence.index())).toList();
            if (named.size() == count) {
                return new Group(named, "counted");
            }
            if (named.size() > count) {
                return new Group(List.of(), "ambiguous: " + count + " of " + names(named));
            }
        }
        return Group.NONE;
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

    /**
     * Whether a noun fits an organisation: a public body takes only nouns tagged "public"; a generic noun fits any
     * other; a noun of a body of members ("union") only one named or described so; a specific one only an organisation the article never described otherwise and whose industry, when
     * general knowledge has it ({@link Industries}), is called so.
     */
    private boolean agrees(Entity entity, String noun, int sentence) {
        Set<String> tags = CoreferenceWords.tags(noun);
        if (isPublicBody(entity) && !tags.contains("public")) {
            return false;
        }
        if (tags.contains("generic")) {
            return true;
        }
        if (tags.contains("members") && !namedOrDescribedAs(entity, noun, sentence)) {
            return false; // "the union" is not the company the article named, unless its name or a description says so
        }
        if (!fitsIndustry(entity, noun)) {
            return false;
        }
        return descriptions.stream().noneMatch(d -> d.sentence() <= sentence && d.entity().equals(entity)
                && !CoreferenceWords.tags(d.noun()).contains("generic") && !CoreferenceWords.compatible(d.noun(), noun));
    }

    /** Whether the organisation's name has the noun as a word ("Harbour Workers Union") or the article called it so. */
    private boolean namedOrDescribedAs(Entity entity, String noun, int sentence) {
        String name = spacedWords(entity);
        return name.contains(" " + noun + " ") || descriptions.stream().anyMatch(d -> d.sentence() <= sentence
                && d.entity().equals(entity) && d.noun().equals(noun));
    }

    /**
     * Whether general knowledge allows the noun for the organisation: an industry noun ("airline") fits one whose
     * industry is known only when that industry is called so (an automobile manufacturer is no airline); any other
     * noun, or an organisation of unknown industry, fits.
     */
    private static boolean fitsIndustry(Entity entity, String noun) {
        Set<String> known = INDUSTRIES.nounsOf(entity);
        String kind = CoreferenceWords.kindOf(noun);
        if (known.isEmpty() || !INDUSTRIES.isTyped(kind) && !INDUSTRIES.isTyped(noun)) {
            return true;
        }
        return known.stream().anyMatch(n -> CoreferenceWords.sameKind(n, noun));
    }

    /** Whether general knowledge says the organisation is called by the noun ("the chipmaker" for a chip company). */
    private static boolean knownAs(Entity entity, String noun) {
        return INDUSTRIES.nounsOf(entity).stream().anyMatch(n -> CoreferenceWords.sameKind(n, noun));
    }

    /** An organisation's name in lower case, its words between single spaces and a space at each end. */
    private static String spacedWords(Entity entity) {
        return " " + entity.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    }

    /** Whether an organisation's name says it is a public body ("Government of Canada", "US Air Force"). */
    private static boolean isPublicBody(Entity entity) {
        String name = spacedWords(entity);
        return CoreferenceWords.publicBodyWords().stream().anyMatch(w -> name.contains(" " + w + " "));
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

    /**
     * An organisation named before the token in its sentence as a clause's subject (or its possessor) that the noun
     * (null for a pronoun) fits, by syntactic salience: the subject of the nearest clause above the token ("Acme said
     * it would", "Acme, which Beta bought, said it would": Acme; "Acme said Beta would cut its prices": Beta), else
     * the only such organisation ("After Acme reported a loss, its shares fell"). An object pronoun never stands for
     * its own clause's subject ("Beta bought it" is not Beta). Two subjects, none above the token: a refusal. Null
     * when no subject came before.
     */
    private Resolution subjectBefore(AnnotatedSentence sentence, Token token, String noun) {
        Entity ownSubject = ownClauseSubject(sentence, token);
        Set<Entity> apposed = apposedTo(sentence, token);
        List<Token> above = DependencyWalk.ancestors(sentence, token);
        Entity dominating = null;
        int dominatingDepth = Integer.MAX_VALUE;
        boolean dominatingRole = false;
        boolean dominatingSpeaker = false;
        List<Entity> others = new ArrayList<>();
        Set<Entity> roles = new HashSet<>();
        for (Token candidate : sentence.tokens()) {
            if (candidate.index() >= token.index()) {
                break;
            }
            Entity entity = entityAt(candidate) != null ? entityAt(candidate) : referredBy(sentence, candidate);
            Token speechVerb = isOrganisation(entity) ? null : saidBy(sentence, candidate);
            if (speechVerb != null) {
                entity = employer(sentence, candidate);
            }
            if (entity == null || entity.type() != EntityType.ORGANIZATION || entity.equals(ownSubject)
                    || apposed.contains(entity) || noun != null && !agrees(entity, noun, sentence.index())
                    || noun == null && makerOfNamedThing(sentence, candidate)) {
                continue;
            }
            if (speechVerb != null) {
                // "Jo Lind, the president of Acme, announced that it ...": only what the speaker says is Acme's
                int depth = above.indexOf(speechVerb);
                if (depth >= 0 && depth <= dominatingDepth) {
                    dominating = entity;
                    dominatingDepth = depth;
                    dominatingRole = false;
                    dominatingSpeaker = true;
                }
                continue;
            }
            boolean role = entityAt(candidate) != null && namedAsRole(sentence, candidate);
            for (Token clause : clausesOfSubject(sentence, candidate)) {
                int depth = above.indexOf(clause);
                if (depth >= 0 && depth <= dominatingDepth) {
                    dominating = entity;
                    dominatingDepth = depth;
                    // "its parent company, Beta, said it ...": what Beta says is Beta's; elsewhere the sentence
                    // holds two organisations
                    dominatingRole = role && !isSpeechVerb(clause);
                    dominatingSpeaker = false;
                } else if (depth < 0 && !others.contains(entity)) {
                    others.add(entity);
                }
                if (role) {
                    roles.add(entity);
                }
            }
        }
        if (dominating != null) {
            return dominatingRole ? new Resolution(null, roleRefusal(dominating))
                    : new Resolution(dominating, dominatingSpeaker ? "speaker-organisation" : "same-sentence");
        }
        if (others.size() == 1) {
            return roles.contains(others.get(0)) ? new Resolution(null, roleRefusal(others.get(0)))
                    : new Resolution(others.get(0), "same-sentence");
        }
        return others.isEmpty() ? null : new Resolution(null, "ambiguous subjects: " + names(others));
    }

    /**
     * The verb of saying a person or a title is the subject of ("Jo Lind, the president of Acme, announced that
     * ..."), when that verb reports a clause ({@code ccomp}); null for any other token and for a named organisation,
     * which speaks for itself.
     */
    private Token saidBy(AnnotatedSentence sentence, Token speaker) {
        Token verb = sentence.head(speaker);
        if (verb == null || !sentence.relationToHead(speaker).startsWith("nsubj") || !isSpeechVerb(verb)
                || isOrganisation(entityAt(speaker))) {
            return null;
        }
        return sentence.children(verb).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, verb, c).startsWith("ccomp")) ? verb : null;
    }

    /**
     * "On its website, Acme released ...", "When it reported its results, Acme said ...": a pronoun in a phrase or
     * clause put before the subject of the clause it modifies speaks of that subject, which comes after it. An
     * organisation named as that subject is the answer ({@code fronted-phrase}); a named product or place, or a thing
     * an organisation possesses ("Five years after its launch, Acme's music service passed ..."), is what the pronoun
     * stands for: a refusal. Null when the pronoun is in no such phrase, an organisation is named between it and the
     * subject, or the subject is something else (a person, a common noun), left to the other steps.
     */
    private Resolution frontedPhrase(AnnotatedSentence sentence, Token pronoun) {
        Token from = pronoun;
        for (Token clause : DependencyWalk.ancestors(sentence, pronoun)) {
            Token subject = sentence.children(clause).stream()
                    .filter(c -> DependencyWalk.relation(sentence, clause, c).startsWith("nsubj")).findFirst()
                    .orElse(null);
            if (subject == null || subject.index() == pronoun.index()) {
                from = clause;
                continue;
            }
            String relation = DependencyWalk.relation(sentence, clause, from);
            if (subject.index() < pronoun.index() || !(relation.startsWith("obl") || relation.startsWith("advcl"))
                    || DependencyWalk.subtree(sentence, from).stream().anyMatch(t -> t.index() >= subject.index())) {
                return null;
            }
            int first = firstOf(sentence, subject);
            for (Token between : sentence.tokens()) {
                if (between.index() > pronoun.index() && between.index() < first
                        && isOrganisation(entityAt(between))) {
                    return null;
                }
            }
            Entity named = entityAt(subject) != null ? entityAt(subject) : referredBy(sentence, subject);
            if (isOrganisation(named)) {
                return new Resolution(named, "fronted-phrase");
            }
            Entity possessor = sentence.children(subject).stream()
                    .filter(c -> DependencyWalk.relation(sentence, subject, c).equals("nmod:poss"))
                    .map(this::entityAt).filter(Coreference::isOrganisation).findFirst().orElse(null);
            boolean thing = named != null && (named.type() == EntityType.PRODUCT || named.type() == EntityType.PLACE)
                    || named == null && possessor != null && subject.pos().startsWith("NN");
            return thing ? new Resolution(null, "it comes before its clause's subject '" + subject.text()
                    + "', no organisation") : null;
        }
        return null;
    }

    /** The first token of a word's phrase (its subtree), for what stands between a pronoun and that phrase. */
    private static int firstOf(AnnotatedSentence sentence, Token head) {
        int first = head.index();
        for (Token part : DependencyWalk.subtree(sentence, head)) {
            first = Math.min(first, part.index());
        }
        return first;
    }

    /** Whether a relative clause's subject is its relative pronoun ("that counts", "which owns"), or it has none. */
    private static boolean relativeSubject(AnnotatedSentence sentence, Token clause) {
        for (Token child : sentence.children(clause)) {
            if (DependencyWalk.relation(sentence, clause, child).startsWith("nsubj")) {
                return child.pos().equals("WDT") || child.pos().startsWith("WP");
            }
        }
        return true;
    }

    private static String roleRefusal(Entity entity) {
        return "two organisations: " + entity.name() + " is named as another organisation's parent, rival or partner";
    }

    /**
     * Whether a name is given as a role towards another organisation: in apposition to a noun that "its" or another
     * organisation possesses ("its parent company, Beta", "Beta, Acme's owner"), also where the parser hangs the
     * name's clause on that noun ("as its parent company, Beta starts ...": Beta the subject of a clause that is a
     * {@code dep} of "company", only a comma between). Such a sentence is about two organisations, so a later "the
     * company" or "it" in it may be either.
     */
    private boolean namedAsRole(AnnotatedSentence sentence, Token name) {
        Entity entity = entityAt(name);
        Token head = sentence.head(name);
        String relation = sentence.relationToHead(name);
        if (head != null && relation.equals("appos") && possessedByOther(sentence, head, entity)) {
            return true;
        }
        for (Token child : sentence.children(name)) {
            if (DependencyWalk.relation(sentence, name, child).equals("appos")
                    && possessedByOther(sentence, child, entity)) {
                return true;
            }
        }
        if (head == null || !relation.startsWith("nsubj") || !sentence.relationToHead(head).equals("dep")) {
            return false;
        }
        Token role = sentence.head(head);
        if (role == null || !possessedByOther(sentence, role, entity)) {
            return false;
        }
        int first = name.index();
        while (first > sentence.tokens().get(0).index() && entity.equals(entityAt(sentence.token(first - 1)))) {
            first--;
        }
        for (int i = role.index() + 1; i < first; i++) {
            if (!sentence.token(i).text().equals(",")) {
                return false;
            }
        }
        return role.index() < first;
    }

    /** Whether a noun is possessed by a pronoun or by an organisation other than the one given ("its parent"). */
    private boolean possessedByOther(AnnotatedSentence sentence, Token noun, Entity entity) {
        for (Token child : sentence.children(noun)) {
            if (DependencyWalk.relation(sentence, noun, child).equals("nmod:poss")) {
                Entity owner = entityAt(child);
                if (child.pos().startsWith("PRP") || isOrganisation(owner) && !owner.equals(entity)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The organisations whose name the word's phrase stands in apposition to ("Beta, its main supplier": Beta; "Beta, a
     * unit Acme said it would sell": Beta), at any depth above the word. A phrase beside a name describes that name,
     * so a word inside it cannot stand for it (Beta is not its own supplier); but a relative clause whose subject is
     * its relative pronoun speaks of that name again ("Beta, a firm that counts Acme among its clients"), so the walk
     * stops there. Empty when the word is in no such phrase.
     */
    private Set<Entity> apposedTo(AnnotatedSentence sentence, Token token) {
        Set<Entity> apposed = new HashSet<>();
        Token from = token;
        for (Token above : DependencyWalk.ancestors(sentence, token)) {
            String relation = DependencyWalk.relation(sentence, above, from);
            if (relation.startsWith("acl") && relativeSubject(sentence, from)) {
                break; // "Beta, a firm that counts Acme among its clients": the clause is about the firm, Beta
            }
            if (relation.equals("appos") && isOrganisation(entityAt(above))) {
                apposed.add(entityAt(above));
            }
            from = above;
        }
        return apposed;
    }

    /**
     * The organisation an earlier "it" or "the company" that is a clause's subject stands for ("the company has told
     * the regulator that it intends ...": "it" is what "the company" is); null for any other token. Each token is
     * resolved once; a referring word only looks at words before it, so this ends.
     */
    private Entity referredBy(AnnotatedSentence sentence, Token token) {
        if (clausesOfSubject(sentence, token).isEmpty() || isPlural(sentence, token)
                || !isReferring(sentence, token)) {
            return null;
        }
        if (!earlier.containsKey(token.index())) {
            earlier.put(token.index(), null);
            Resolution resolution = decide(sentence, token);
            earlier.put(token.index(), resolution == null ? null : resolution.entity());
        }
        return earlier.get(token.index());
    }

    /** Whether two organisations are named in apposition in the sentence ("Singapore Airlines (SIA)"): one. */
    private boolean inApposition(AnnotatedSentence sentence, Entity a, Entity b) {
        for (Dependency edge : sentence.dependencies()) {
            if (edge.relation().equals("appos") && edge.governor() >= 0) {
                Entity left = entityAt(sentence.token(edge.governor()));
                Entity right = entityAt(sentence.token(edge.dependent()));
                if (a.equals(left) && b.equals(right) || b.equals(left) && a.equals(right)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The organisation named after the word as the subject of a verb of saying that reports the word's clause ("It
     * will cut 500 jobs, Acme said": Acme; "The company expects a loss, Acme announced"), that the noun (null for a
     * pronoun) fits; else null. The reported clause is the verb's {@code ccomp}, or the verb hangs on it as
     * {@code parataxis}, as the parser gives the speaker after the quote.
     */
    private Entity speakerAfter(AnnotatedSentence sentence, Token token, String noun) {
        List<Token> above = new ArrayList<>(DependencyWalk.ancestors(sentence, token));
        for (Token clause : above) {
            Token governor = sentence.head(clause);
            String relation = sentence.relationToHead(clause);
            if (governor != null && relation.startsWith("ccomp") && isSpeechVerb(governor)) {
                return speakerOf(sentence, governor, token, noun);
            }
            for (Token child : sentence.children(clause)) {
                if (DependencyWalk.relation(sentence, clause, child).startsWith("parataxis") && isSpeechVerb(child)) {
                    return speakerOf(sentence, child, token, noun);
                }
            }
        }
        return null;
    }

    /**
     * "We love the Beatles," said Acme CEO Jane Marlow: a first-person plural inside quotation marks stands for the
     * organisation the quote's speaker speaks for. The speaker is the subject of the verb of saying the quoted clause
     * hangs on (the walk of {@link #speakerAfter}, the speaker before or after the quote): an organisation itself, or a
     * person or a title noun ("a spokesman for Acme") whose phrase names exactly one organisation beside a title
     * ("Acme CEO Jane Marlow", "Jane Marlow, Acme's chief executive"), or a pronoun or bare title ("he said", "the
     * chief executive said") that person coreference resolves to someone the article titled for exactly one
     * organisation. A person with no title ("said Jane Marlow"),
     * a union leader or an analyst gives none: "we" may be the speaker's team, union or country.
     */
    private Entity quoteSpeaker(AnnotatedSentence sentence, Token token) {
        Integer quote = quotes.numberOf(token);
        if (quote == null) {
            return null;
        }
        for (Token clause : DependencyWalk.ancestors(sentence, token)) {
            Token governor = sentence.head(clause);
            if (governor != null && sentence.relationToHead(clause).startsWith("ccomp") && isSpeechVerb(governor)) {
                return speaksFor(sentence, governor);
            }
            for (Token child : sentence.children(clause)) {
                if (DependencyWalk.relation(sentence, clause, child).startsWith("parataxis") && isSpeechVerb(child)) {
                    return speaksFor(sentence, child);
                }
            }
        }
        // a quotation of several sentences, or one continuing the quotation before it: its attribution is elsewhere
        for (int q = quote; q >= 0 && q >= quote - 1; q--) {
            Token verb = quotes.attribution(q);
            if (verb != null) {
                return speaksFor(doc.sentences().get(verb.sentence()), verb);
            }
            if (q > 0 && quotes.firstSentence(q) - quotes.lastSentence(q - 1) > 1) {
                break;
            }
        }
        return null;
    }

    /**
     * The organisation the subject of a verb of saying speaks for (see {@link #quoteSpeaker}), or null: an
     * organisation named or referred to ("the company said"); a titled speaker's organisation in its own phrase; else,
     * for a person, the one organisation the article tied them to by a title where it named them before ("Acme CEO
     * Jane Marlow ... Marlow said").
     */
    private Entity speaksFor(AnnotatedSentence sentence, Token verb) {
        for (Token speaker : sentence.children(verb)) {
            if (!DependencyWalk.relation(sentence, verb, speaker).startsWith("nsubj")) {
                continue;
            }
            Entity named = entityAt(speaker);
            if (isOrganisation(named)) {
                return named;
            }
            if (named == null && isReferring(sentence, speaker)) {
                return resolve(sentence, speaker).map(Resolution::entity).filter(Coreference::isOrganisation)
                        .orElse(null);
            }
            Entity employer = employer(sentence, speaker);
            return employer != null ? employer : possessor(sentence, speaker);
        }
        return null;
    }

    /**
     * "Brack Capital's Peter Lowe said": the one organisation possessing a named person, whose "we" it is. Only for
     * the speaker of a quotation: what such a speaker says of "the company" is as often another organisation's (an
     * analyst's bank), so {@link #employer} does not take it.
     */
    private Entity possessor(AnnotatedSentence sentence, Token speaker) {
        Entity person = entityAt(speaker);
        if (person == null || person.type() != EntityType.PERSON) {
            return null;
        }
        List<Entity> owners = sentence.children(speaker).stream()
                .filter(c -> DependencyWalk.relation(sentence, speaker, c).equals("nmod:poss"))
                .map(this::entityAt).filter(Coreference::isOrganisation).distinct().toList();
        return owners.size() == 1 ? owners.get(0) : null;
    }

    /**
     * The organisation a person, a title or a pronoun standing for a person is titled for: "Acme's finance director
     * said", "Jo Lind, Acme's chief financial officer", "finance director Jo Lind" after the article called her Acme's,
     * "she" resolved to such a person; null when the token is none of these, or the article ties the person to no
     * organisation or to more than one. The figure such a person reports is that organisation's (a candidate: whose
     * it is, the parse does not say).
     */
    public Entity employer(AnnotatedSentence sentence, Token speaker) {
        Entity named = entityAt(speaker);
        if (named == null && PersonCoreference.isTitleNoun(speaker.text())) {
            Entity own = titledOrganisation(sentence, speaker, true);
            return own != null ? own : referredPersonOrganisation(sentence, speaker);
        }
        if (named == null && PersonCoreference.isPersonPronoun(speaker.text())) {
            return referredPersonOrganisation(sentence, speaker);
        }
        if (named == null || named.type() != EntityType.PERSON) {
            return null;
        }
        Entity own = titledOrganisation(sentence, speaker, false);
        return own != null ? own : personOrganisation(named, sentence.index());
    }

    /**
     * The one organisation a person's or title's phrase names beside a title ("Acme CEO Jane Marlow", "Jane Marlow,
     * Acme's chief executive", "a spokesman for Acme"); null when none, two, or no title ({@code titled}: the head is
     * a title itself).
     */
    private Entity titledOrganisation(AnnotatedSentence sentence, Token head, boolean titled) {
        Set<Entity> organisations = new java.util.LinkedHashSet<>();
        for (Token part : sentence.children(head)) {
            if (!SPEAKS_FOR.contains(DependencyWalk.relation(sentence, head, part))) {
                continue;
            }
            if (PersonCoreference.isTitleNoun(part.text()) && entityAt(part) == null) {
                titled = true;
                for (Token inner : sentence.children(part)) {
                    if (SPEAKS_FOR.contains(DependencyWalk.relation(sentence, part, inner))) {
                        addOrganisation(organisations, sentence, inner);
                    }
                }
            } else {
                addOrganisation(organisations, sentence, part);
            }
        }
        return titled && organisations.size() == 1 ? organisations.iterator().next() : null;
    }

    /**
     * Adds the organisation a part of a title's phrase names, or stands for when it is a referring word ("Jo Lind,
     * its chief executive", "a spokesman for the company", "the group's finance director": what "its", "the company"
     * or "the group" resolves to). A referring word met while such a word is being resolved adds nothing: the walk
     * does not nest.
     */
    private void addOrganisation(Set<Entity> organisations, AnnotatedSentence sentence, Token part) {
        Entity named = entityAt(part);
        if (isOrganisation(named)) {
            organisations.add(named);
        } else if (named == null && !resolvingTitleOwner && isReferring(sentence, part)) {
            resolvingTitleOwner = true;
            try {
                resolve(sentence, part).map(Resolution::entity).filter(Coreference::isOrganisation)
                        .ifPresent(organisations::add);
            } finally {
                resolvingTitleOwner = false;
            }
        }
    }

    /**
     * "he said", "the chief executive said": the person coreference resolves the speaker to, and the one organisation
     * the article tied that person to by a title ({@link #personOrganisation}); null when either is unknown.
     */
    private Entity referredPersonOrganisation(AnnotatedSentence sentence, Token speaker) {
        if (people == null) {
            people = new PersonCoreference(doc, entities);
        }
        return people.resolve(sentence, speaker).map(Resolution::entity)
                .map(person -> personOrganisation(person, sentence.index())).orElse(null);
    }

    /** The one organisation the article tied a person to by a title, in a sentence up to this one; else null. */
    private Entity personOrganisation(Entity person, int upTo) {
        Set<Entity> organisations = new java.util.LinkedHashSet<>();
        for (int i = 0; i <= upTo && i < doc.sentences().size(); i++) {
            AnnotatedSentence sentence = doc.sentences().get(i);
            for (Token token : sentence.tokens()) {
                Token head = sentence.head(token);
                if (person.equals(entityAt(token)) && (head == null || !person.equals(entityAt(head)))) {
                    Entity organisation = titledOrganisation(sentence, token, false);
                    if (organisation == null) {
                        organisation = givenTitleOrganisation(sentence, token);
                    }
                    if (organisation != null) {
                        organisations.add(organisation);
                    }
                }
            }
        }
        return organisations.size() == 1 ? organisations.iterator().next() : null;
    }

    /**
     * The organisation a verb gives a person a title at: "Acme named Jane Marlow as its chief executive", "Beta hired
     * Marlow as chief executive of Acme", "Marlow became chairman of Acme". The title is the verb's {@code obl:as} or
     * open complement; its phrase names the organisation, or "its" stands for the verb's subject organisation. Null
     * when the person's name is not so placed or no single organisation is named.
     */
    private Entity givenTitleOrganisation(AnnotatedSentence sentence, Token name) {
        Token verb = sentence.head(name);
        String relation = sentence.relationToHead(name);
        if (verb == null || !(relation.equals("obj") || relation.startsWith("nsubj"))) {
            return null;
        }
        Entity subject = null;
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj")) {
                subject = entityAt(child);
            }
        }
        for (Token title : sentence.children(verb)) {
            String titleRelation = DependencyWalk.relation(sentence, verb, title);
            if (!(titleRelation.equals("obl:as") || titleRelation.equals("xcomp"))
                    || !PersonCoreference.isTitleNoun(title.text()) || entityAt(title) != null) {
                continue;
            }
            Set<Entity> organisations = new java.util.LinkedHashSet<>();
            for (Token part : sentence.children(title)) {
                String partRelation = DependencyWalk.relation(sentence, title, part);
                if (SPEAKS_FOR.contains(partRelation) && isOrganisation(entityAt(part))) {
                    organisations.add(entityAt(part));
                } else if (partRelation.equals("nmod:poss") && part.text().equalsIgnoreCase("its")
                        && isOrganisation(subject)) {
                    organisations.add(subject);
                }
            }
            return organisations.size() == 1 ? organisations.iterator().next() : null;
        }
        return null;
    }

    private static boolean isSpeechVerb(Token token) {
        return CoreferenceWords.isSpeechVerb(token);
    }

    /**
     * "Acme stated that the company would cut 30%": a generic description ("the company", "the firm", "the group")
     * that is the subject of the clause a verb of saying takes as its complement stands for that verb's subject when
     * the subject is an organisation the noun fits; news says so of the speaker itself. A person or title speaking for
     * one organisation ("Jo Lind, Acme's chief executive, said the company ...": {@link #employer}) gives that
     * organisation, as {@code speaker-organisation}. Read before the article's
     * descriptions, which may give the noun to another organisation ("Beta Motor Company" named earlier); a specific
     * noun ("the automaker") keeps the description the article gave. Null when the word is not so placed.
     */
    private Resolution speakerAbove(AnnotatedSentence sentence, Token token, String noun) {
        Token clause = sentence.head(token);
        if (clause == null || !sentence.relationToHead(token).startsWith("nsubj")
                || !sentence.relationToHead(clause).startsWith("ccomp")) {
            return null;
        }
        Token verb = sentence.head(clause);
        if (verb == null || !isSpeechVerb(verb)) {
            return null;
        }
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj") && child.index() < token.index()) {
                Entity entity = entityAt(child);
                if (!isOrganisation(entity)) {
                    Entity employer = employer(sentence, child);
                    return isOrganisation(employer) && agrees(employer, noun, sentence.index())
                            ? new Resolution(employer, "speaker-organisation") : null;
                }
                return isOrganisation(entity) && agrees(entity, noun, sentence.index())
                        ? new Resolution(entity, "same-sentence") : null;
            }
        }
        return null;
    }

    /** The organisation a verb of saying has as its subject after the word, when the noun fits it; else null. */
    private Entity speakerOf(AnnotatedSentence sentence, Token verb, Token word, String noun) {
        for (Token child : sentence.children(verb)) {
            if (child.index() > word.index() && DependencyWalk.relation(sentence, verb, child).startsWith("nsubj")) {
                Entity entity = entityAt(child);
                if (entity == null) {
                    for (Token part : sentence.children(child)) {
                        String relation = DependencyWalk.relation(sentence, child, part);
                        if ((relation.equals("nmod:poss") || relation.equals("compound")) && entityAt(part) != null) {
                            entity = entityAt(part);
                        }
                    }
                }
                if (entity == null || entity.type() == EntityType.PERSON) {
                    entity = employer(sentence, child); // "..., said Jo Lind, the chief executive of Acme"
                }
                return entity != null && entity.type() == EntityType.ORGANIZATION
                        && (noun == null || agrees(entity, noun, sentence.index())) ? entity : null;
            }
        }
        return null;
    }

    /**
     * The heads of the clauses a token is the subject of, or whose subject it possesses or names part of ("Acme's
     * revenue rose": rose); empty when it is no subject.
     */
    private static List<Token> clausesOfSubject(AnnotatedSentence sentence, Token token) {
        List<Token> clauses = new ArrayList<>();
        for (Dependency edge : sentence.dependencies()) {
            if (edge.dependent() != token.index() || edge.governor() < 0) {
                continue;
            }
            String relation = edge.relation();
            Token head = sentence.token(edge.governor());
            if (relation.startsWith("nsubj")) {
                clauses.add(head);
            } else if (relation.equals("nmod:poss") || relation.equals("compound") || relation.equals("flat")) {
                for (Dependency up : sentence.dependencies()) {
                    if (up.dependent() == head.index() && up.governor() >= 0 && up.relation().startsWith("nsubj")) {
                        clauses.add(sentence.token(up.governor()));
                    }
                }
            }
        }
        return clauses;
    }

    /**
     * The organisation named as the subject of the clause an object pronoun or description belongs to, which the
     * word cannot stand for ("Beta bought it", "Beta sued the company"); null for a subject or possessive ("Acme cut
     * its prices" may be Acme's). A participle clause with no subject of its own takes the subject of the clause it
     * hangs on ({@link #controller}: "Acme rents servers to Beta, allowing the startup to ...": the startup is not
     * Acme).
     */
    private Entity ownClauseSubject(AnnotatedSentence sentence, Token word) {
        String relation = sentence.relationToHead(word);
        Token head = sentence.head(word);
        if (head == null || relation.startsWith("nmod:poss") || relation.startsWith("nsubj")
                || relation.equals("expl")) {
            return null;
        }
        Token clause = relation.startsWith("nmod") ? sentence.head(head) : head;
        for (Token owner : java.util.Arrays.asList(head, clause)) {
            if (owner == null) {
                continue;
            }
            Entity subject = namedSubject(sentence, owner, null);
            Token governing = owner == head && !hasSubject(sentence, owner) ? controller(sentence, owner) : null;
            if (subject == null && governing != null) {
                subject = namedSubject(sentence, governing, word);
            }
            if (subject != null) {
                return subject;
            }
        }
        return null;
    }

    /**
     * The entity named by a subject of a clause's head, or null; with a word given, also what a referring subject
     * before that word was resolved to ("The company earns ..., allowing the startup to ...").
     */
    private Entity namedSubject(AnnotatedSentence sentence, Token clause, Token word) {
        for (Token child : sentence.children(clause)) {
            if (!DependencyWalk.relation(sentence, clause, child).startsWith("nsubj")) {
                continue;
            }
            if (entityAt(child) != null) {
                return entityAt(child);
            }
            Entity referred = word != null && child.index() < word.index() ? referredBy(sentence, child) : null;
            if (referred != null) {
                return referred;
            }
        }
        return null;
    }

    private static boolean hasSubject(AnnotatedSentence sentence, Token clause) {
        return sentence.children(clause).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, clause, c).startsWith("nsubj"));
    }

    /**
     * The clause whose subject a subjectless participle ("..., allowing the startup to operate", "..., giving it a
     * foothold") shares: the head it hangs on as an adverbial clause or loose dependent; null for any other word.
     */
    private static Token controller(AnnotatedSentence sentence, Token participle) {
        String relation = sentence.relationToHead(participle);
        if (!participle.pos().equals("VBG") || !(relation.equals("dep") || relation.startsWith("advcl"))) {
            return null;
        }
        Token head = sentence.head(participle);
        return head != null && head.pos().startsWith("VB") ? head : null;
    }

    /**
     * Why the last main-clause subject should not be taken, or null when it may: another organisation the word fits
     * is named earlier in the same sentence ("a memo at Beta showed the company ...": Beta or the previous subject;
     * not the subject an object pronoun cannot stand for, nor a name in apposition: "Acme (AC)"), or the subject is
     * more than {@link #SUBJECT_REACH} sentences back and other organisations were named since, unless, for a
     * description, the subject was itself named again within that reach ({@link #namedWithin}).
     */
    private Resolution doubtAboutSalient(AnnotatedSentence sentence, Token token, Entity salient, String noun,
            boolean fromTopic) {
        Entity ownSubject = ownClauseSubject(sentence, token);
        Set<Entity> apposed = apposedTo(sentence, token);
        if (apposed.contains(salient)) {
            return new Resolution(null, "its phrase stands beside " + salient.name());
        }
        List<Entity> here = recent(sentence, token, 0).stream()
                .filter(e -> !e.equals(salient) && !e.equals(ownSubject) && !apposed.contains(e)
                        && !inApposition(sentence, e, salient)
                        && (noun == null || agrees(e, noun, sentence.index()))).toList();
        if (!here.isEmpty()) {
            return new Resolution(null, "ambiguous: " + salient.name() + " (subject before) or " + names(here));
        }
        int from = salientFrom.getOrDefault(sentence.index(), -1);
        if (fromTopic || sentence.index() - from <= SUBJECT_REACH
                || noun != null && namedWithin(salient, sentence.index(), SUBJECT_REACH)) {
            return null;
        }
        List<Entity> since = new ArrayList<>();
        for (int i = from + 1; i < sentence.index(); i++) {
            for (Token candidate : doc.sentences().get(i).tokens()) {
                Entity entity = entityAt(candidate);
                if (entity != null && entity.type() == EntityType.ORGANIZATION && !entity.equals(salient)
                        && !since.contains(entity)) {
                    since.add(entity);
                }
            }
        }
        return since.isEmpty() ? null : new Resolution(null, "stale: " + salient.name() + " was the subject "
                + (sentence.index() - from) + " sentences back; named since: " + names(since));
    }

    /**
     * Why "it" or "its" inside a quotation should not take the organisation the article was about before the
     * quotation opened, or null when it may: a quotation starts its speaker's own talk, and a speaker who does not
     * speak for that organisation (an analyst, a politician, a union leader) says "it" of a law, a deal, a test flight
     * ("It clearly stimulates the economy," said the senator). Null when the pronoun is in no quotation, when the
     * organisation was the subject of a sentence inside the quotation or of the sentence that opens it, or when the
     * quotation's speaker speaks for it ({@link #quoteSpeaker}: "Acme CEO Jane Marlow said: 'It ...'").
     */
    private String quotedAway(AnnotatedSentence sentence, Token token, Entity salient, boolean fromTopic) {
        Integer quote = quotes.numberOf(token);
        if (quote == null) {
            return null;
        }
        int from = fromTopic ? -1 : salientFrom.getOrDefault(sentence.index(), -1);
        if (from >= quotes.firstSentence(quote) || salient.equals(quoteSpeaker(sentence, token))) {
            return null;
        }
        return "inside a quotation whose speaker does not speak for " + salient.name()
                + ", named before the quotation";
    }

    /**
     * Whether the organisation is named in one of the {@code reach} sentences before this one ("The Wall Street
     * Journal reported that he was pushed out over Apple's culture. ... the company wanted"): named again that
     * recently, the organisation last named as a subject is still what a description ("the company") is about, though
     * other organisations, such as the newspaper reporting it, were named since. Not for "it", which as readily
     * stands for a thing or a clause.
     */
    private boolean namedWithin(Entity entity, int sentence, int reach) {
        return entity.mentions().stream().anyMatch(m -> m.sentence() < sentence && m.sentence() >= sentence - reach);
    }

    /**
     * What "it" as a clause's subject stands for when the sentence before has a thing as the subject of its main
     * clause ("The first model will be the X5. It goes on sale in May."): a subject pronoun continues the previous
     * sentence's subject, so when that is a singular noun naming no organisation or person, "it" is most likely that
     * thing, not the organisation named further back. Returns the thing's words, or null when the pronoun is no
     * subject, speaks (things do not say: "It said"), comes after another subject in its sentence, or the subject
     * before is an organisation, a person, a title, a pronoun or a plural.
     */
    private String thingBefore(AnnotatedSentence sentence, Token pronoun) {
        Token verb = sentence.head(pronoun);
        if (sentence.index() == 0 || verb == null || !sentence.relationToHead(pronoun).startsWith("nsubj")
                || isSpeechVerb(verb)) {
            return null;
        }
        for (Token before : sentence.tokens()) {
            if (before.index() < pronoun.index() && sentence.relationToHead(before).startsWith("nsubj")) {
                return null;
            }
        }
        AnnotatedSentence previous = doc.sentences().get(sentence.index() - 1);
        Token subject = null;
        for (Token root : previous.tokens()) {
            if (previous.relationToHead(root).equals("root")) {
                for (Token child : previous.children(root)) {
                    if (subject == null && DependencyWalk.relation(previous, root, child).startsWith("nsubj")) {
                        subject = child;
                    }
                }
                break;
            }
        }
        if (subject == null || !THING_TAGS.contains(subject.pos()) || !"O".equals(subject.ner())
                || mainSubject(previous) != null || isOrganisationNoun(subject.text())
                || previous.children(subject).stream().anyMatch(c -> entityAt(c) != null
                        || c.pos().startsWith("PRP"))) {
            return null;
        }
        return subject.text();
    }

    /**
     * What "it" or "its" stands for when the nearest clause above it has a thing as its subject before it ("The plane
     * left an hour after its scheduled departure", "The A380 will be the largest airliner when it enters service", "the
     * airport, which has had incidents since it opened"): that thing, most likely, not the organisation of an earlier
     * sentence. Returns the thing's words, or null when that subject is an organisation or its possessor is one, a
     * person, a title, a pronoun or a plural, when an organisation is named in its phrase or between it and the
     * pronoun ("The deal gives Acme its first plant"), when the pronoun is part of the subject of its own clause ("The
     * news comes as its parent company ...": the subject of a clause above is no longer what the pronoun is in), or
     * when no clause above has a subject before the pronoun. A thing is a product or place named ("The A380 ... its
     * development", "Japan raised its rates"), or for "it" (not "its") a singular common noun naming nothing (as {@link
     * #thingBefore}): measured on the MEANTIME tuning half, a possessive under an abstract subject is often the
     * organisation ("This move comes after delays to its airliner").
     */
    private String thingAbove(AnnotatedSentence sentence, Token pronoun) {
        List<Token> above = DependencyWalk.ancestors(sentence, pronoun);
        for (Token clause : above) {
            Token subject = null;
            for (Token child : sentence.children(clause)) {
                if (DependencyWalk.relation(sentence, clause, child).startsWith("nsubj")
                        && child.index() != pronoun.index()) {
                    subject = child;
                }
            }
            if (subject != null && above.contains(subject)) {
                // "The A380, known during its development as ...": a named thing's own modifier speaks of it
                return namedThing(sentence, subject)
                        && noOrganisationBetween(sentence, subject.index() + 1, pronoun) ? subject.text() : null;
            }
            if (subject == null || subject.index() > pronoun.index()) {
                continue;
            }
            if (subject.pos().equals("WDT") && sentence.relationToHead(clause).startsWith("acl")) {
                subject = sentence.head(clause);
            }
            Token thing = subject;
            Entity named = entityAt(thing);
            boolean namedThing = namedThing(sentence, thing);
            boolean commonThing = named == null && !namedThing && THING_TAGS.contains(thing.pos()) && "O".equals(thing.ner())
                    && !isOrganisationNoun(thing.text()) && !PersonCoreference.isTitleNoun(thing.text())
                    && sentence.children(thing).stream().noneMatch(c -> entityAt(c) != null
                            || c.pos().startsWith("PRP"));
            boolean possessive = sentence.relationToHead(pronoun).startsWith("nmod:poss");
            if (!namedThing && !(commonThing && !possessive)) {
                return null;
            }
            // a named product's maker in its own phrase is not what the pronoun is about ("Boeing's 787 made its ...")
            int from = namedThing ? thing.index() + 1 : firstOf(sentence, thing);
            return noOrganisationBetween(sentence, from, pronoun) ? thing.text() : null;
        }
        return null;
    }

    /**
     * Whether an organisation possesses or modifies a subject that is a named product ("Boeing's newest aircraft, the
     * 787, made its first flight"): the product, not its maker, is what the clause and its pronouns are about.
     */
    private boolean makerOfNamedThing(AnnotatedSentence sentence, Token name) {
        Token head = sentence.head(name);
        String relation = sentence.relationToHead(name);
        return head != null && (relation.equals("nmod:poss") || relation.equals("compound"))
                && entityAt(head) != entityAt(name) && sentence.relationToHead(head).startsWith("nsubj")
                && namedThing(sentence, head);
    }

    /**
     * Whether a noun is, or stands in apposition to, a named product or place ("The A380", "the world's largest
     * airliner, the A380"): a thing that "it" and "its" may stand for.
     */
    private boolean namedThing(AnnotatedSentence sentence, Token noun) {
        Entity named = entityAt(noun);
        if (named == null) {
            named = sentence.children(noun).stream()
                    .filter(c -> DependencyWalk.relation(sentence, noun, c).equals("appos"))
                    .map(this::entityAt).filter(e -> e != null).findFirst().orElse(null);
        }
        return named != null && (named.type() == EntityType.PRODUCT || named.type() == EntityType.PLACE);
    }

    /**
     * Whether no organisation is named from a token on up to the pronoun ("The deal gives Acme its first plant" names
     * one), leaving aside an organisation that only modifies another name ("the Acme X5").
     */
    private boolean noOrganisationBetween(AnnotatedSentence sentence, int from, Token pronoun) {
        for (Token between : sentence.tokens()) {
            if (between.index() >= from && between.index() < pronoun.index() && isOrganisation(entityAt(between))
                    && !modifiesName(sentence, between)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token is a compound modifier of a proper name that is no organisation ("the Airbus A3XX"). */
    private boolean modifiesName(AnnotatedSentence sentence, Token token) {
        Token head = sentence.head(token);
        return head != null && sentence.relationToHead(token).equals("compound") && head.pos().startsWith("NNP")
                && !isOrganisation(entityAt(head));
    }

    /**
     * The predicate an empty subject "it" stands in front of ("It is clear that ...", "It is expected that ...", "when
     * it became clear that ..."): the pronoun is the subject of an adjective or participle of {@code
     * extraposition-predicates.txt}, or of a verb with such an adjective as its complement, and that predicate has a
     * finite clause ({@code ccomp}) after the pronoun. Returns the predicate's word, or null.
     */
    private static String extraposedBy(AnnotatedSentence sentence, Token pronoun) {
        Token head = sentence.head(pronoun);
        if (head == null || !sentence.relationToHead(pronoun).startsWith("nsubj")) {
            return null;
        }
        List<Token> predicates = new ArrayList<>();
        predicates.add(head);
        for (Token child : sentence.children(head)) {
            if (DependencyWalk.relation(sentence, head, child).equals("xcomp") && child.pos().startsWith("JJ")) {
                predicates.add(child); // "it became clear that ..."
            }
        }
        for (Token predicate : predicates) {
            String lemma = (predicate.lemma() == null ? predicate.text() : predicate.lemma()).toLowerCase(Locale.ROOT);
            boolean fits = predicate.pos().startsWith("JJ") || predicate.pos().equals("VBN");
            // the list holds participles as written ("expected"), whose lemma is the verb
            if (!fits || !CoreferenceWords.isExtraposing(lemma)
                    && !CoreferenceWords.isExtraposing(predicate.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Token child : sentence.children(predicate)) {
                if (child.index() > pronoun.index()
                        && DependencyWalk.relation(sentence, predicate, child).equals("ccomp")) {
                    return predicate.text();
                }
            }
        }
        return null;
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

    /**
     * The organisation named as the subject of the main clause, as that subject's possessor, or beside a subject that
     * is no organisation noun ("the primary UK index, the FTSE 100, rose": {@link #namedBeside}). "The sovereign fund
     * Acme" is left out on purpose: a fund or holding named once beside its noun is seldom what the article goes on
     * about, and taking it made "the company" of the next sentence the fund.
     */
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
                if (entity == null && !isOrganisationNoun(child.text())) {
                    entity = namedBeside(sentence, child, false);
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
            if (named != null && named.type() == EntityType.ORGANIZATION && !possessedByOrganisation(sentence, token)) {
                descriptions.add(new Description(sentence.index(), noun, named));
                Set<String> words = modifiers(sentence, token);
                words.addAll(industryWords(sentence, token));
                for (String word : words) {
                    attributes.add(new Attribute(sentence.index(), word, named));
                }
            }
        }
        for (Token token : sentence.tokens()) {
            Entity entity = entityAt(token);
            if (entity != null && entity.type() == EntityType.ORGANIZATION) {
                for (Token child : sentence.children(token)) {
                    if (entityAt(child) == null
                            && DependencyWalk.relation(sentence, token, child).equals("amod")) {
                        Set<String> words = new HashSet<>();
                        addWord(words, child);
                        words.forEach(w -> attributes.add(new Attribute(sentence.index(), w, entity)));
                    }
                }
            }
            String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
            if (lemma.equals("base") || lemma.equals("headquarter")) {
                basedIn(sentence, token);
            }
        }
    }

    /** "Acme is based in Cupertino", "Acme, headquartered in Cupertino": the place's words said about Acme. */
    private void basedIn(AnnotatedSentence sentence, Token verb) {
        Entity entity = null;
        Token head = sentence.head(verb);
        String relation = sentence.relationToHead(verb);
        if (head != null && (relation.startsWith("acl") || relation.equals("amod"))) {
            entity = entityAt(head); // "Acme, headquartered in ...", "Seattle - based Acme" (the hyphen split off)
        }
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj") && entityAt(child) != null) {
                entity = entityAt(child);
            }
        }
        if (entity == null || entity.type() != EntityType.ORGANIZATION) {
            return;
        }
        for (Token child : sentence.children(verb)) {
            String place = DependencyWalk.relation(sentence, verb, child);
            if (place.equals("obl:in") || place.equals("nmod:in") || place.equals("obl") && child.index() < verb.index()
                    && "LOCATION".equals(child.ner())) {
                Set<String> words = new HashSet<>();
                addWord(words, child);
                for (Token part : sentence.children(child)) {
                    if (DependencyWalk.relation(sentence, child, part).equals("compound")) {
                        addWord(words, part);
                    }
                }
                for (String word : words) {
                    attributes.add(new Attribute(sentence.index(), word, entity));
                }
            }
        }
    }

    /** "its parent company", "Acme's rival firm": a role towards an organisation, not what kind of organisation. */
    private boolean possessedByOrganisation(AnnotatedSentence sentence, Token noun) {
        for (Token child : sentence.children(noun)) {
            if (DependencyWalk.relation(sentence, noun, child).equals("nmod:poss")) {
                Entity owner = entityAt(child);
                if (child.pos().startsWith("PRP") || owner != null && owner.type() == EntityType.ORGANIZATION) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The nouns that describe an organisation ("company", "carmaker"...), from {@code organisation-nouns.txt}. */
    public static Set<String> organisationNouns() {
        return CoreferenceWords.organisationNouns();
    }

    /** The lemmas of verbs of saying ({@code speech-verbs.txt}): "said", "told", "announced". */
    public static Set<String> speechVerbs() {
        return CoreferenceWords.speechVerbs();
    }

    /**
     * Whether two nouns may describe one organisation: the same kind, or one a kind of the other ("automaker" and
     * "manufacturer"; not "airline" and "bank").
     */
    static boolean compatible(String a, String b) {
        return CoreferenceWords.compatible(a, b);
    }
}
