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
import java.util.TreeSet;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Span;
import org.newsgraph.lexicon.Lexicon;
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
 *       "the Acme company": {@link #namedBeside}). When another organisation named before is one by its own name
 *       ("Strand Insurance" for "the insurer": {@code name-trade-words.tsv}) and was the subject of the sentence
 *       before, that one is meant ({@link #namedSoToo}). "The buyer", "the seller" name a party of a sale reported
 *       just before ({@code deal-role}: {@link #saleParty}). A generic noun ("the company") that is the subject of
 *       what an organisation says ("Acme stated that the company would ...") is first that speaker
 *       ({@code same-sentence}: {@link Speakers#speakerAbove}).</li>
 *   <li>{@code conjoined-owner}: "its" opening the second conjunct of a noun phrase after an organisation's name
 *       ("Eisai and its partner Biogen") is that organisation's ({@link #conjoinedOwner}).</li>
 *   <li>{@code same-sentence}: an organisation named as a clause's subject earlier in the same sentence (for a
 *       description, also as the firm at or in which that subject, a thing, is: "a memo at Beta showed the company
 *       ...", "Shares in Beta rose, valuing the company at ..."), by
 *       syntactic salience: the subject of the nearest clause above the word ("Acme said it would ...", "Acme,
 *       which Beta bought, said it ...": Acme), else the only such subject; an earlier "the company" that is such a
 *       subject counts as what it was resolved to. An object pronoun is never its own clause's subject ("Beta bought
 *       it"); two subjects, neither above the word, give none. A description subject of a clause above the word that
 *       stands for no organisation ("The winemaker said its biggest customer is Z", no winemaker named) makes the
 *       word none too, rather than the subject before.</li>
 *   <li>{@code reporting-frame}: the description that speaks in a closing frame stands for the reported clause's
 *       subject or the firm it funds, whichever the noun agrees with ("Aldous Motors will recall 20,000 vans, the
 *       carmaker said": {@link ReportingFrames}); such a frame as the root makes that firm the previous subject.</li>
 *   <li>{@code speech-frame}: the organisation named after the word as the speaker of its clause ("It will cut
 *       500 jobs, Acme said").</li>
 *   <li>{@code industry}: a noun general knowledge gives one organisation of this and the previous sentence and
 *       not the previous subject ("Beta sued Acme Airlines. The airline ...").</li>
 *   <li>{@code previous-subject}: the organisation last named as the subject of a sentence's main clause (or as the
 *       possessor of that subject: "Acme's revenue rose"); after a clause of funding, the firm it funds ("Corrie
 *       Capital invested $15m in Wexley, the start-up said", "X lent $5m to Y": {@link FundedFirms}; a stake
 *       bought keeps the buyer), none when it funds two; a later main-clause subject "the company" or "the
 *       company's shares" resolved to it keeps it so ({@link #continuedBy}). A specific noun ("the airline") takes it only when
 *       the article never described it as something else and general knowledge does not give it another industry. It
 *       is refused when another organisation the word fits is named before it in its sentence ("analysts at Beta
 *       said the company ..."), when the word's clause is spoken by a person no firm is named for and the subject is not
 *       the article's topic ("Beta's shares doubled. Chief executive Jo Lind said the group would ...": Lind may
 *       speak for the topic), or when the subject is more than two sentences back and other organisations were
 *       named since. A subject "it" right after a sentence whose main subject is a singular thing is refused ("The
 *       first model will be the X5. It goes on sale ...": {@link ThingReference#thingBefore}).</li>
 *   <li>{@code topic}: the article's most-mentioned organisation, when no subject came before.</li>
 *   <li>{@code recent-agreeing}: a noun the subjects above do not fit ("the US manufacturer" after the airline's
 *       sentence) takes the one organisation of this and the previous sentence it fits; with two, the one general
 *       knowledge calls so ({@code industry}: "the chipmaker" for the S&amp;P 500's semiconductor company), else
 *       none.</li>
 * </ol>
 * Before these, a description with modifiers ("the Cupertino firm", "the world's largest chipmaker") takes the one
 * organisation the article said all of them about ({@code attribute}: "Cupertino-based Acme", "Acme, the world's
 * largest chipmaker", "Acme is based in Cupertino"); two such candidates give none. A noun must agree with the
 * organisation: a public body ("Government of Canada") is no "company" ({@code public-body-words.txt}). What a merger
 * makes ("the combined company", "the merged group": {@code merger-result-words.txt}) is none of the firms named
 * before, and a noun only general knowledge calls an organisation, with a modifier of its own ("the new fleet", "the
 * foundation of Acme"), stands for one only where the article named or described one so: both are refused, as is
 * "the business" other than as a subject or possessor ({@code line-of-work-nouns.txt}: "the best team in the
 * business").
 * A plural ("these companies", "they") is resolved to organisations named together just before that its noun fits
 * ({@code conjunction}), or, with a number ("the two companies"), to the organisations named nearest before when they
 * are exactly that many ({@code counted}), or, further back, to the organisations named together that many when fewer
 * were named since ({@code counted-back}), or, as a main subject with no group nearer, to the organisations the
 * article's sentences were about when exactly that many were main-clause subjects ({@code article-subjects}); an
 * organisation named only as an aside about another name ("Beta, which supplies Cora", "said Jo Lind, an analyst at
 * Cora": {@link #aside}) is not counted;
 * "themselves" to its clause's subject ({@code reflexive}). "their" with no
 * group stands for the one organisation before it in its sentence when that is the subject and nothing plural comes
 * between ({@code singular-they}: "Acme announced their new phone"), or, for a possessive, the one organisation that is
 * the subject of its own clause with nothing plural or named between ({@code clause-they}: "if Acme can not agree with
 * their unions"); an object plural is never its own clause's subject. "It" under a clause whose subject before it is
 * a thing ("the aircraft was leaving before it was due to fly"; for "its", a named product or place) is refused
 * ({@link ThingReference#thingAbove}). "We", "our" and "us" inside a quotation stand
 * for the organisation its speaker speaks for ({@code quote-speaker}: "We love it," said Acme CEO Jane Marlow);
 * elsewhere first- and second-person pronouns, expletive "it"
 * and indefinite descriptions ("a company") are never resolved: an empty answer beats a wrong one, and
 * {@link #refusal} says why a candidate was refused.
 * <p>
 * Where the rules live: this class holds the order of the steps ({@code decide}) and the steps that read the clause
 * around the word (same-sentence, previous-subject, fronted phrases, "their" for one organisation). What the article
 * called each organisation is read by {@link Descriptions}; whether a noun fits an organisation is {@link Agreement};
 * the organisations a plural stands for are {@link PluralGroups}; who speaks for which organisation (quotes, titled
 * speakers, "Acme said the company ...") is {@link Speakers}; whether "it" stands for a thing instead is
 * {@link ThingReference}; "the city" is {@link PlaceReference}; word lists are {@link CoreferenceWords}.
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

        /**
         * The confidence of a step's reason ("previous-subject"): the level its writer gave it, lowered to what its
         * counted evidence allows ({@link StepEvidence}); WEAK for a reason it does not know.
         */
        public static Confidence of(String reason) {
            Confidence designed = designed(reason);
            Confidence allowed = StepEvidence.bundled().allowedFor(reason == null ? "" : reason);
            return allowed != null && allowed.compareTo(designed) > 0 ? allowed : designed;
        }

        /** The level the step's writer gave it, before its evidence ({@link #of}). */
        public static Confidence designed(String reason) {
            return switch (reason == null ? "" : reason) {
                case "described", "same-sentence", "conjunction", CONJOINED_OWNER -> SURE;
                case "previous-subject", "speech-frame", "reporting-frame", "attribute", "industry", "counted",
                        "reflexive",
                        "quote-speaker", "speaker-organisation", "fronted-phrase", "plural-chain", "counted-back",
                        "named-place", "object-other", "deal-role" -> LIKELY;
                default -> WEAK;
            };
        }

        /** Lower case, as the extraction's JSON writes it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Set<String> PRONOUNS = Set.of("it", "its", "itself");
    /** The step of "its" opening the second conjunct after an organisation ({@link #conjoinedOwner}). */
    static final String CONJOINED_OWNER = "conjoined-owner";
    private static final Set<String> COORDINATORS = Set.of("and", "or");
    /** "we", "our", "us": inside a quotation, the organisation its speaker speaks for ({@link Speakers#quoteSpeaker}). */
    private static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "our", "us", "ours", "ourselves");
    static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them", "themselves");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    /** NER classes of a plural noun that counts time ("for years", "in recent months"), no antecedent of "their". */
    private static final Set<String> TIME_CLASSES = Set.of("DURATION", "DATE", "TIME", "SET");
    /** Relations by which a name hangs on the noun it stands beside ("the sovereign fund Acme Investments"). */
    private static final Set<String> BESIDE = Set.of("appos", "flat", "dep");
    /**
     * How many sentences back the last main-clause subject may be named for "it" or "the company" to take it when other
     * organisations were named since: news refers back to the organisation of the sentence before, or the one before
     * that; beyond, an organisation named in between may be meant.
     */
    private static final int SUBJECT_REACH = 2;
    /**
     * How many sentences back a sale may be reported for "the buyer" or "the seller" to name its party: the noun names
     * the party by its part in the deal, not by salience, so it reaches one sentence further than a pronoun.
     */
    private static final int SALE_REACH = 3;
    /** How many sentences deep {@link #continuedBy} may look back through referring subjects resolved on the way. */
    private static final int MAX_CONTINUATION_DEPTH = 8;
    /** Verbs whose complement says what their subject is ("becomes the largest retailer"). */
    private static final Set<String> LINKING_VERBS = Set.of("become", "remain", "stay");

    private final AnnotatedText doc;
    private final Map<Integer, Entity> entityByToken = new HashMap<>();
    private final Map<Integer, Entity> salientBefore = new HashMap<>();
    /** Referring subjects already resolved, by token: what a later pronoun of their clause leans on. */
    private final Map<Integer, Entity> earlier = new HashMap<>();
    /** How deep {@link #continuedBy} is in its own lookback (a referring subject resolved while resolving another). */
    private int continuationDepth;
    /** For each sentence, the index of the sentence whose main-clause subject {@link #salientBefore} holds, or -1. */
    private final Map<Integer, Integer> salientFrom = new HashMap<>();
    /**
     * Sentences whose main-clause subject is organisations joined by "and" ("Acme and Beta will share the cost"), with
     * those organisations: a later singular word continuing that subject may be either ({@link #jointSubject}).
     */
    private final Map<Integer, List<Entity>> jointSubjects = new HashMap<>();
    /** What the article called each organisation: description nouns and the words said about it. */
    private final Descriptions descriptions;
    /** Whether a noun may stand for an organisation. */
    private final Agreement agreement;
    /** Which organisations a plural stands for. */
    private final PluralGroups plurals;
    /** The buyer and seller of a sale reported before "the buyer", "the seller". */
    private final DealParties deals;
    /** Who speaks for which organisation. */
    private final Speakers speakers;
    /** Whether "it" stands for a thing rather than an organisation. */
    private final ThingReference things;
    /** Whether an object "it" or "it is a ..." stands for a thing named nearer than any organisation. */
    private final NearerThing nearer;
    /** The article's quotations: which tokens each holds, and its attribution. */
    private final Quotations quotes;
    private final Entity topic;
    /** The firm a funding clause funds ("X invested in Y"): what the article is about after it. */
    private final FundedFirms funding;
    /** "X did Y, the carmaker said": whom the frame's description stands for. */
    private final ReportingFrames frames;
    /** The funders of a sentence's funding clause ("the lender" after it), by sentence. */
    private final Map<Integer, List<Entity>> fundersAt = new HashMap<>();
    private final List<Entity> entities;
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
        descriptions = new Descriptions(this::entityAt);
        agreement = new Agreement(descriptions);
        plurals = new PluralGroups(doc, this, agreement);
        deals = new DealParties(doc, this::entityAt, (sentence, pronoun) -> resolve(sentence, pronoun)
                .filter(r -> r.reason().equals("same-sentence")).map(Resolution::entity)
                .filter(Coreference::isOrganisation).orElse(null));
        speakers = new Speakers(doc, this.entities, quotes, this, agreement);
        things = new ThingReference(doc, this);
        funding = new FundedFirms(this::entityAt);
        frames = new ReportingFrames(this::entityAt, agreement, funding);
        nearer = new NearerThing(doc, this);
        topic = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .max(Comparator.comparingInt((Entity e) -> e.mentions().size())
                        .thenComparing(e -> -e.mentions().get(0).start()))
                .orElse(null);
        Entity salient = topic;
        int from = -1;
        for (AnnotatedSentence sentence : doc.sentences()) {
            descriptions.describe(sentence);
            salientBefore.put(sentence.index(), salient);
            salientFrom.put(sentence.index(), from);
            Entity subject = mainSubject(sentence);
            FundedFirms.Funding funds = funding.funding(sentence);
            if (funds != null) {
                // "X invested in Y, the start-up said": the article goes on about Y; two funded firms tie
                salient = funds.funded().size() == 1 ? funds.funded().get(0) : null;
                from = sentence.index();
                fundersAt.put(sentence.index(), funds.funders());
            } else if (subject != null) {
                salient = subject;
                from = sentence.index();
                List<Entity> joint = jointSubject(sentence);
                if (joint.size() > 1) {
                    jointSubjects.put(sentence.index(), joint);
                }
            } else {
                // "Aldous Motors will recall 20,000 vans, the carmaker said": the root's subject is the description
                Entity framed = frames.framedSubject(sentence, noun -> describingWord(sentence, noun));
                if (framed != null) {
                    salient = framed;
                    from = sentence.index();
                }
            }
        }
    }

    /**
     * The organisations a sentence's main clause is about: those its subject names joined by "and" ("Hale Mining and
     * Ostrow Metals merged": both), else its {@link #mainSubject}; empty when none.
     */
    List<Entity> mainSubjects(AnnotatedSentence sentence) {
        List<Entity> joint = jointSubjects.get(sentence.index());
        if (joint != null) {
            return joint;
        }
        Entity subject = mainSubject(sentence);
        return subject == null ? List.of() : List.of(subject);
    }

    /** The word a describing noun agrees as ("the supermarket group": supermarket), or null when it refers to nothing. */
    private String describingWord(AnnotatedSentence sentence, Token noun) {
        if (!isReferring(sentence, noun) || PRONOUNS.contains(noun.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        String kind = Descriptions.kindBefore(sentence, noun);
        return kind != null ? kind : writtenNoun(sentence, noun);
    }

    /**
     * A noun as written, in lower case, with the words the tokenizer split off it at a hyphen ("the start-up": CoreNLP
     * gives "start", "-", "up", the last the head): "start-up", as the noun lists spell it.
     */
    static String writtenNoun(AnnotatedSentence sentence, Token noun) {
        String word = noun.text().toLowerCase(Locale.ROOT);
        int at = noun.index() - sentence.tokens().get(0).index();
        if (at < 2) {
            return word;
        }
        Token hyphen = sentence.tokens().get(at - 1);
        Token first = sentence.tokens().get(at - 2);
        boolean joined = hyphen.text().equals("-") && hyphen.start() == first.end() && noun.start() == hyphen.end()
                && (first.pos().startsWith("NN") || first.pos().startsWith("VB"));
        return joined ? first.text().toLowerCase(Locale.ROOT) + "-" + word : word;
    }

    /** The subject of the sentence's main clause (the root's first {@code nsubj}), or null. */
    static Token mainSubjectToken(AnnotatedSentence sentence) {
        Token root = sentence.root();
        if (root == null) {
            return null;
        }
        Token subject = sentence.children(root).stream()
                .filter(c -> DependencyWalk.relation(sentence, root, c).startsWith("nsubj"))
                .findFirst().orElse(null);
        return subject != null ? subject : nameBeforeItsClause(sentence, root);
    }

    /**
     * "Calder, which is backed by pension funds, already owns 22,000 towers", parsed with the name as the root, the
     * relative clause on it and the real verb hung on that clause (or on the name) by "dep": the name is the subject
     * of the sentence's main clause. Null for any other root.
     */
    private static Token nameBeforeItsClause(AnnotatedSentence sentence, Token root) {
        if (!root.pos().startsWith("NNP")) {
            return null;
        }
        Token clause = sentence.children(root).stream()
                .filter(c -> DependencyWalk.relation(sentence, root, c).equals("acl:relcl")).findFirst().orElse(null);
        if (clause == null) {
            return null;
        }
        boolean strandedVerb = java.util.stream.Stream.concat(sentence.children(root).stream(),
                        sentence.children(clause).stream())
                .anyMatch(c -> c.pos().startsWith("VB") && c.index() > clause.index()
                        && sentence.relationToHead(c).equals("dep"));
        return strandedVerb ? root : null;
    }

    /**
     * The organisations a sentence's main-clause subject names joined by "and" or "or" ("Tamsworth Energy and Kilbride
     * Power will share the cost": both), in the sentence's order; fewer than two when the subject names one
     * organisation ("Acme and its unions").
     */
    private List<Entity> jointSubject(AnnotatedSentence sentence) {
        Token subject = mainSubjectToken(sentence);
        List<Entity> joint = new ArrayList<>();
        if (subject == null) {
            return joint;
        }
        List<Token> parts = new ArrayList<>();
        parts.add(subject);
        for (Token child : sentence.children(subject)) {
            if (DependencyWalk.relation(sentence, subject, child).startsWith("conj")) {
                parts.add(child);
            }
        }
        for (Token part : parts) {
            Entity entity = entityAt(part);
            if (isOrganisation(entity) && !joint.contains(entity)) {
                joint.add(entity);
            }
        }
        return joint;
    }

    /** Whether a describing noun fits an organisation as of a sentence ({@link Agreement#agrees}). */
    boolean fits(Entity organisation, String noun, int sentence) {
        return agreement.agrees(organisation, noun, sentence);
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

    /**
     * Whether the article calls the organisation a maker anywhere ("Airbus, Europe's biggest aircraft manufacturer",
     * "Kessler, the Munich-based carmaker", "the automaker GM"): a description noun of {@link #described} that is a
     * kind of manufacturer; or general knowledge of its industry calls it so ({@link Industries}: General Motors is an
     * automobile manufacturer, a carmaker).
     */
    public boolean describedAsMaker(Entity organisation) {
        return organisation != null && (descriptions.all().stream().anyMatch(d -> d.entity() != null
                && d.entity().id().equals(organisation.id()) && CoreferenceWords.isMakerNoun(d.noun()))
                || Industries.shared().nounsOf(organisation).stream().anyMatch(CoreferenceWords::isMakerNoun));
    }

    /** The organisation "the company" means at the start of a sentence: the last main-clause subject, else the topic. */
    public Entity salient(int sentence) {
        return salientBefore.get(sentence);
    }

    /** The organisation the article last described with this noun up to this sentence, or null. */
    public Entity described(int sentence, String noun) {
        return descriptions.described(sentence, noun);
    }

    /**
     * The organisation a person, a title or a pronoun standing for a person is titled for ("Acme's finance director
     * said", "Jo Lind, Acme's chief financial officer"); null when none or more than one: {@link Speakers#employer}.
     */
    public Entity employer(AnnotatedSentence sentence, Token speaker) {
        return speakers.employer(sentence, speaker);
    }

    /**
     * Whether a token is "it"/"its" or the head of "the company"-like description that coreference reads, or "the
     * dairy" after a firm named so ({@link #tradeNamed}).
     */
    public boolean isReferring(AnnotatedSentence sentence, Token token) {
        String word = writtenNoun(sentence, token);
        if (PRONOUNS.contains(word)) {
            return !sentence.relationToHead(token).equals("expl");
        }
        if (tradeNamed(sentence, token) != null || saleParty(sentence, token) != null) {
            return true;
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

    /**
     * The resolution, a refusal (no entity, the reason) or null when no step applies; an "it" or "its" inside a
     * quotation is never the organisation that speaks in it as "we" ({@link #speaksAsWe}).
     */
    private Resolution decide(AnnotatedSentence sentence, Token token) {
        Resolution decided = elsewhere(sentence, token, steps(sentence, token));
        if (decided == null || decided.entity() == null
                || !PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT))
                || !speaksAsWe(sentence, token, decided.entity())) {
            return decided;
        }
        return new Resolution(null, decided.entity().name() + " speaks as 'we' in this quotation, so its 'it' is"
                + " something else");
    }

    /**
     * "the Cork firm" answered with an organisation the article tied to another town only ("Acme, the Leeds
     * haulier"): refused, whatever step found it; a description's town must agree with where the article placed the
     * firm. A firm the article tied to no town keeps the answer (it may be there), and one tied to the town was the
     * attribute step's answer already.
     */
    private Resolution elsewhere(AnnotatedSentence sentence, Token token, Resolution decided) {
        if (decided == null || decided.entity() == null || plurals.isPlural(sentence, token)) {
            return decided;
        }
        Set<String> wanted = descriptions.towns(sentence, token);
        Set<String> tied = descriptions.townsOf(decided.entity(), sentence.index());
        if (!wanted.isEmpty() && !tied.isEmpty() && tied.stream().noneMatch(wanted::contains)) {
            return new Resolution(null, "'" + token.text() + "' is in " + String.join(", ", new TreeSet<>(wanted))
                    + ", but the article placed " + decided.entity().name() + " in " + String.join(", ",
                    new TreeSet<>(tied)));
        }
        return otherCountry(sentence, token, decided);
    }

    /**
     * "the Stockholm-based company" answered with the firm the article called "its American rival", "the Japanese
     * carmaker" with one it placed in Detroit: refused, as {@link #elsewhere} refuses another town, when the countries
     * of the description's towns and nationalities and those the article placed the firm in (by towns of one country
     * only, nationalities, countries' names) have none in common. A firm placed in no country keeps the answer.
     */
    private Resolution otherCountry(AnnotatedSentence sentence, Token token, Resolution decided) {
        if (DESCRIBING_STEPS.contains(decided.reason())) {
            // a step that matched the description itself outweighs a country read from an apposition, which a
            // coordination's parse may hang on the wrong firm ("Peugeot, the French carmaker, and Fiat, the Italian
            // carmaker": "Italian" tied to Peugeot)
            return decided;
        }
        Set<String> wanted = descriptions.countries(sentence, token);
        Set<String> placed = descriptions.countriesOf(decided.entity(), sentence.index());
        if (wanted.isEmpty() || placed.isEmpty() || placed.stream().anyMatch(wanted::contains)) {
            return decided;
        }
        return new Resolution(null, "'" + token.text() + "' is in " + String.join(", ", new TreeSet<>(wanted))
                + ", but the article placed " + decided.entity().name() + " in " + String.join(", ",
                new TreeSet<>(placed)));
    }

    /**
     * Whether the quotation a token is in holds a "we", "our" or "us" standing for the organisation and neither it nor
     * the quotation it continues (in the same or the next sentence) names the organisation: an organisation that
     * speaks of itself only as "we" calls something else "it" in the same quotation ("We don't know what caused it", a
     * spokeswoman for Procter &amp; Gamble; "We love the Beatles, and it has been painful ...", said Apple Inc.:
     * MEANTIME tuning 180695, 60083). A speaker who names the organisation in the quotation may
     * go on to call it "it" ("... ensures that Ryanair is the number one on-time major airline in Europe. In addition,
     * it has the lowest unit operating cost. [...] enable us ...", 11714).
     */
    private boolean speaksAsWe(AnnotatedSentence sentence, Token token, Entity organisation) {
        Integer quote = quotes.numberOf(token);
        if (quote == null) {
            return false;
        }
        boolean continued = quote > 0 && quotes.firstSentence(quote) - quotes.lastSentence(quote - 1) <= 1;
        int first = quotes.firstSentence(continued ? quote - 1 : quote);
        boolean we = false;
        for (int i = first; i <= quotes.lastSentence(quote) && i < doc.sentences().size(); i++) {
            AnnotatedSentence inside = doc.sentences().get(i);
            for (Token word : inside.tokens()) {
                Integer in = quotes.numberOf(word);
                if (in != null && organisation.equals(entityAt(word))
                        && (in.equals(quote) || continued && in == quote - 1)) {
                    return false;
                }
                if (!quote.equals(in)) {
                    continue;
                }
                we = we || FIRST_PERSON_PLURAL.contains(word.text().toLowerCase(Locale.ROOT))
                        && !word.text().equals("US") && organisation.equals(speakers.quoteSpeaker(inside, word));
            }
        }
        return we;
    }

    private Resolution steps(AnnotatedSentence sentence, Token token) {
        if (FIRST_PERSON_PLURAL.contains(token.text().toLowerCase(Locale.ROOT))) {
            Entity speaker = speakers.quoteSpeaker(sentence, token);
            return speaker == null ? null : new Resolution(speaker, "quote-speaker");
        }
        if (plurals.isPlural(sentence, token)) {
            PluralGroups.Group group = plurals.groupFor(sentence, token);
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
        Entity trade = tradeNamed(sentence, token);
        if (trade != null) {
            return new Resolution(trade, "described");
        }
        Entity party = saleParty(sentence, token);
        if (party != null) {
            return new Resolution(party, "deal-role");
        }
        if (!isReferring(sentence, token)) {
            return null;
        }
        String written = writtenNoun(sentence, token);
        boolean pronoun = PRONOUNS.contains(written);
        String kind = pronoun ? null : Descriptions.kindBefore(sentence, token);
        String word = kind != null ? kind : written; // "the supermarket group" agrees as "the supermarket"
        Entity framed = pronoun ? null : frames.speaker(sentence, token, word);
        if (framed != null) {
            return new Resolution(framed, "reporting-frame");
        }
        String extraposed = word.equals("it") ? ThingReference.extraposedBy(sentence, token) : null;
        if (extraposed != null) {
            return new Resolution(null, "'it' stands for the clause after '" + extraposed + "', no organisation");
        }
        String nearerThing = word.equals("it") ? nearer.objectThing(sentence, token) : null;
        if (nearerThing != null) {
            return new Resolution(null, "the nearer thing before is '" + nearerThing + "', no organisation");
        }
        String predicate = word.equals("it") ? nearer.predicateThing(sentence, token) : null;
        if (predicate != null) {
            return new Resolution(null, "it is said to be a '" + predicate + "', no organisation");
        }
        String introduced = word.equals("it") ? nearer.introducedThing(sentence, token) : null;
        if (introduced != null) {
            return new Resolution(null, "the sentence before brought in '" + introduced
                    + "' and the organisation is named again after it, no organisation");
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
            Token before = nameBefore(sentence, token);
            if (before != null && isOrganisation(entityAt(before))) {
                return new Resolution(entityAt(before), "described");
            }
            if (before != null) {
                return new Resolution(null, "it stands right after '" + before.text() + ",', the name it describes,"
                        + " which is no organisation the article found");
            }
            if (DefinedTerm.is(sentence, token)) {
                return new Resolution(null, "'" + token.text() + "' with a capital is the text's defined term for"
                        + " its own author, whom it does not name");
            }
            String merged = mergerResult(sentence, token);
            if (merged != null) {
                return new Resolution(null, "'" + merged + " " + written + "' is what a merger makes, none of the"
                        + " firms named before");
            }
            if (CoreferenceWords.isLineOfWork(written) && !subjectOrPossessor(sentence, token)) {
                return new Resolution(null, "'" + written + "' names a line of work as often as a firm; a firm only"
                        + " as a subject or possessor");
            }
            Resolution predicated = predicateOf(sentence, token);
            if (predicated != null) {
                return predicated;
            }
            Resolution attributed = attributed(sentence, token);
            if (attributed != null) {
                return attributed;
            }
            Resolution placed = placedIn(sentence, token, word);
            if (placed != null && (placed.entity() == null
                    || !placed.entity().equals(described(sentence.index(), word)))) {
                return placed; // where the noun's own description names the same firm, that surer step answers below
            }
            Resolution speaking = CoreferenceWords.tags(word).contains("generic")
                    ? speakers.speakerAbove(sentence, token, word) : null;
            if (speaking != null) {
                return speaking;
            }
            Entity described = described(sentence.index(), word);
            if (described != null) {
                Resolution tie = namedSoToo(sentence, token, word, described);
                return tie != null ? tie : new Resolution(described, "described");
            }
            Entity named = namedWith(sentence, token, word);
            if (named != null) {
                return new Resolution(named, "described");
            }
            String qualified = qualifiedSenseNoun(sentence, token);
            if (qualified != null) {
                return new Resolution(null, "'" + qualified + "' names an organisation in one sense only, qualified"
                        + " here, and the article called no organisation so");
            }
        }
        Token term = pronoun ? definedTermBefore(sentence, token) : null;
        if (term != null) {
            return new Resolution(null, "it follows '" + term.text() + "', the text's defined term for its own"
                    + " author, whom it does not name");
        }
        Entity conjoined = word.equals("its") ? conjoinedOwner(sentence, token) : null;
        if (conjoined != null) {
            return new Resolution(conjoined, CONJOINED_OWNER);
        }
        Resolution before = subjectBefore(sentence, token, pronoun ? null : word);
        if (before != null) {
            return before;
        }
        Resolution fronted = pronoun ? frontedPhrase(sentence, token) : null;
        if (fronted != null) {
            return fronted;
        }
        Entity speaker = speakers.speakerAfter(sentence, token, pronoun ? null : word);
        if (speaker != null) {
            return new Resolution(speaker, "speech-frame");
        }
        Entity salient = salient(sentence.index());
        List<Entity> funders = fundersAt.getOrDefault(salientFrom.getOrDefault(sentence.index(), -1), List.of());
        if (!pronoun && funders.size() == 1 && FundedFirms.isFunderNoun(word)) {
            salient = funders.get(0); // "Stroud Credit Union lent 2 million pounds to Penhale Farms. The lender ..."
        }
        if (!pronoun && salient != null && !Agreement.knownAs(salient, word)) {
            List<Entity> known = recent(sentence, token, 1).stream().filter(e -> Agreement.knownAs(e, word)).toList();
            if (known.size() == 1) {
                return new Resolution(known.get(0), "industry");
            }
        }
        String thing = word.equals("it") ? things.thingBefore(sentence, token) : null;
        if (thing != null) {
            return new Resolution(null, "the sentence before is about '" + thing + "', no organisation");
        }
        String subjectThing = pronoun ? things.thingAbove(sentence, token) : null;
        if (subjectThing != null) {
            return new Resolution(null, "its clause is about '" + subjectThing + "', no organisation");
        }
        Entity ownSubject = ownClauseSubject(sentence, token);
        if (salient != null && salient.equals(ownSubject)) {
            return otherThanOwnSubject(sentence, token, ownSubject, pronoun ? null : word);
        }
        List<Entity> joint = jointSubjects.getOrDefault(salientFrom.getOrDefault(sentence.index(), -1), List.of());
        if (salient != null && !joint.isEmpty()) {
            List<Entity> fitting = joint.stream()
                    .filter(e -> pronoun || agreement.agrees(e, word, sentence.index())).toList();
            if (fitting.size() > 1) {
                return new Resolution(null, "ambiguous: " + names(fitting) + " were the subject together");
            }
            salient = fitting.isEmpty() ? salient : fitting.get(0);
        }
        if (salient != null && salient == topic && !namedBefore(topic, token)) {
            return new Resolution(null, topic.name() + " is named only after the word; nothing before it says"
                    + " which organisation is meant");
        }
        if (salient != null && (pronoun || agreement.agrees(salient, word, sentence.index()))) {
            boolean fromTopic = salient == topic && descriptions.all().isEmpty() && noSubjectBefore(sentence.index());
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
                    .filter(e -> agreement.agrees(e, word, sentence.index())).toList();
            if (fitting.size() == 1) {
                return new Resolution(fitting.get(0), "recent-agreeing");
            }
            List<Entity> known = fitting.stream().filter(e -> Agreement.knownAs(e, word)).toList();
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
     * The adjective that makes a description the organisation a merger or takeover makes ("the combined company", "the
     * merged group": {@code merger-result-words.txt}), or null. Such an organisation is none of the firms named before
     * it, which are all the steps could give; in the project's own articles and made-up passages of sessions 18 and 19
     * such a description was taken as one of the merging firms or refused as ambiguous, and the MEANTIME tuning half
     * has none.
     */
    private static String mergerResult(AnnotatedSentence sentence, Token noun) {
        for (Token child : sentence.children(noun)) {
            String lemma = (child.lemma() == null ? child.text() : child.lemma()).toLowerCase(Locale.ROOT);
            String written = child.text().toLowerCase(Locale.ROOT);
            if (DependencyWalk.relation(sentence, noun, child).equals("amod")
                    && (CoreferenceWords.isMergerResult(written) || CoreferenceWords.isMergerResult(lemma))) {
                return written;
            }
        }
        return null;
    }

    /**
     * Whether a noun is a clause's subject or a possessor: where "the business" ({@code line-of-work-nouns.txt}) stands
     * for a firm ("the business employs 300 people"), not for a line of work ("the best team in the business", "$1
     * billion a year from this business", "the cost side of the business": MEANTIME tuning 1007169 and 126029, the
     * project's Microsoft article; each was read as the article's firm, none is a subject).
     */
    private static boolean subjectOrPossessor(AnnotatedSentence sentence, Token noun) {
        String relation = sentence.relationToHead(noun);
        return relation.startsWith("nsubj") || relation.equals("nmod:poss");
    }

    /**
     * A noun that only general knowledge calls an organisation, in one of its senses ({@link
     * CoreferenceWords#isDescribingNoun}: "team", "fleet", "foundation"; not one of {@code organisation-nouns.txt}),
     * with a modifier of its own ("the executive management team", "the new fleet", "the foundation of Acme"): such a
     * phrase names a group of people, a set of things or a part of the firm more often than the firm itself, so it is
     * read as an organisation only where the article named or described one so (the steps before this one). Measured
     * on the MEANTIME tuning half and the project's articles: three such nouns taken as the article's firm ("Tim and the
     * rest of the executive management team", "his spirit will forever be the foundation of Apple", "a hangar ... to
     * look after the new fleet"), none right; the bare nouns of the lexicon's passages ("the club", "the orchestra")
     * keep their reading. Returns the noun, or null.
     */
    private static String qualifiedSenseNoun(AnnotatedSentence sentence, Token noun) {
        String word = writtenNoun(sentence, noun);
        if (CoreferenceWords.isOrganisationNoun(word)) {
            return null;
        }
        boolean modified = sentence.children(noun).stream().anyMatch(c -> {
            String relation = DependencyWalk.relation(sentence, noun, c);
            return relation.equals("amod") || relation.equals("compound") || relation.startsWith("nmod")
                    && !relation.equals("nmod:poss");
        });
        return modified ? word : null;
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
        if (descriptions.possessedByOrganisation(sentence, noun)) {
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

    /**
     * The name a description stands right after, by position: "its merger with Zephyr, the mobile network owned by Y"
     * describes Zephyr, not the article's company, even where the parser does not call the phrase an apposition (it
     * may make "network" the subject of "owned"); when the name is no organisation (NER missed "Three UK") the
     * description stands for no organisation either. Only a phrase that opens with "the", "a" or "an" right after a
     * comma and a proper noun; not one that opens a new clause as its subject ("..., the company said", "Based in
     * Paris, the group employs ..."), nor a possessor ("in Leeds, the company's 40th store"). Null when there is none.
     */
    private Token nameBefore(AnnotatedSentence sentence, Token noun) {
        String relation = sentence.relationToHead(noun);
        Token head = sentence.head(noun);
        if (relation.equals("nmod:poss")) {
            return null; // "in Leeds, the company's 40th store": the phrase's head is another noun
        }
        if (relation.startsWith("nsubj") && head != null && (head.pos().matches("VB[DZP]|MD")
                || sentence.children(head).stream().anyMatch(c -> sentence.relationToHead(c).startsWith("aux")))) {
            return null;
        }
        Token first = noun;
        for (Token child : sentence.children(noun)) {
            String childRelation = sentence.relationToHead(child);
            if (child.index() < first.index() && (childRelation.equals("det") || childRelation.equals("amod")
                    || childRelation.equals("compound") || childRelation.equals("advmod"))) {
                first = child;
            }
        }
        if (!first.pos().equals("DT") || !first.text().toLowerCase(Locale.ROOT).matches("the|a|an")) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(first);
        if (at < 2 || !tokens.get(at - 1).text().equals(",")) {
            return null;
        }
        Token name = tokens.get(at - 2);
        return name.pos().startsWith("NNP") ? name : null;
    }

    /** Whether a common noun compounded with the noun stands between the name and it ("Acme insurance company"). */
    private boolean commonNounBetween(AnnotatedSentence sentence, Token name, Token noun) {
        return sentence.children(noun).stream().anyMatch(c -> c.index() > name.index() && c.index() < noun.index()
                && entityAt(c) == null && c.pos().startsWith("NN")
                && DependencyWalk.relation(sentence, noun, c).equals("compound"));
    }

    static boolean isOrganisation(Entity entity) {
        return entity != null && entity.type() == EntityType.ORGANIZATION;
    }

    /**
     * "the Cupertino firm": the one organisation the article said every modifier about; a refusal when several, null
     * when the description has no modifier or no organisation has them all.
     */
    private Resolution attributed(AnnotatedSentence sentence, Token token) {
        Set<String> wanted = Descriptions.modifiers(sentence, token);
        if (wanted.isEmpty()) {
            return null;
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        Map<Entity, Set<String>> said = new java.util.LinkedHashMap<>();
        for (Descriptions.Attribute attribute : descriptions.attributes()) {
            if (attribute.sentence() <= sentence.index()) {
                said.computeIfAbsent(attribute.entity(), e -> new HashSet<>()).add(attribute.word());
            }
        }
        List<Entity> fitting = said.entrySet().stream()
                .filter(e -> e.getValue().containsAll(wanted) && agreement.agrees(e.getKey(), word, sentence.index()))
                .map(Map.Entry::getKey).toList();
        if (fitting.size() > 1) {
            return new Resolution(null, "ambiguous: " + names(fitting) + " all " + wanted);
        }
        return fitting.isEmpty() ? null : new Resolution(fitting.get(0), "attribute");
    }

    /**
     * "the Stockholm-based company" after "Electrolux, the Swedish appliance maker": the one organisation of the noun's
     * kind the article placed in a country of the description's towns and nationalities (a town of one country only,
     * a nationality, a country's name), where no word of the description was said of any firm as such ({@link
     * #attributed}); a refusal when two fit, null when the description places nothing or no firm fits. Weak: a
     * country holds many firms, and the article may name one it did not place.
     */
    /** Steps that answer a description by what the article said of the firm, which {@link #otherCountry} leaves be. */
    private static final Set<String> DESCRIBING_STEPS = Set.of("described", "attribute", "country", "industry");

    private Resolution placedIn(AnnotatedSentence sentence, Token token, String word) {
        Set<String> wanted = descriptions.countries(sentence, token);
        if (wanted.isEmpty()) {
            return null;
        }
        List<Entity> fitting = descriptions.placedIn(wanted, sentence.index()).stream()
                .filter(e -> agreement.agrees(e, word, sentence.index())).toList();
        if (fitting.size() > 1) {
            return new Resolution(null, "ambiguous: " + names(fitting) + " all placed in " + new TreeSet<>(wanted));
        }
        return fitting.isEmpty() ? null : new Resolution(fitting.get(0), "country");
    }

    static String names(List<Entity> entities) {
        return String.join(", ", entities.stream().map(Entity::name).toList());
    }

    /**
     * Distinct organisations named before the token in its sentence and in up to {@code back} sentences before, in
     * text order.
     */
    List<Entity> recent(AnnotatedSentence sentence, Token token, int back) {
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
     * As {@link #recent}, without the organisations named there only as an aside ({@link #aside}): "Wressle Glass,
     * which makes bottles for Danby Drinks", "said Ruth Cole, an analyst at Peel Barton".
     */
    List<Entity> recentInForeground(AnnotatedSentence sentence, Token token, int back) {
        List<Entity> found = new ArrayList<>();
        for (int i = Math.max(0, sentence.index() - back); i <= sentence.index(); i++) {
            AnnotatedSentence earlier = doc.sentences().get(i);
            for (Token candidate : earlier.tokens()) {
                if (i == sentence.index() && candidate.index() >= token.index()) {
                    break;
                }
                Entity entity = entityAt(candidate);
                if (isOrganisation(entity) && !found.contains(entity) && !aside(earlier, candidate)) {
                    found.add(entity);
                }
            }
        }
        return found;
    }

    /** How many heads up {@link #aside} climbs from a name: the phrase around it, never the whole sentence. */
    private static final int ASIDE_STEPS = 8;

    /**
     * Whether a name is said only as an aside about another name: it hangs, through at most {@link #ASIDE_STEPS}
     * heads, on a relative clause, participle or apposition of another organisation's name ("Wressle Glass, which makes
     * bottles for Danby Drinks"; "Halloway Trust, a Bristol group backed by Fenwick Capital") or on the apposition of a
     * person's name that gives a part played beside a firm ({@code side-roles.txt}: "said Ruth Cole, an analyst at
     * Peel Barton"). Such a firm is not what "the two firms" counts; a person's employer in a title ("Jo Lind, the chief
     * executive of Acme") is no aside. (Not used for the stale check of "the company": measured in session 29, it
     * answered s28 B's "The company" after an analyst's firm with the wrong firm, 3 words, where it was refused.)
     */
    boolean aside(AnnotatedSentence sentence, Token name) {
        Entity own = entityAt(name);
        Token current = name;
        for (int step = 0; step < ASIDE_STEPS; step++) {
            Token head = sentence.head(current);
            if (head == null) {
                return false;
            }
            String relation = sentence.relationToHead(current);
            Entity above = entityAt(head);
            if (above != null && !above.equals(own) && (relation.equals("appos") || relation.startsWith("acl"))) {
                if (isOrganisation(above)) {
                    return true;
                }
                return above.type() == EntityType.PERSON && relation.equals("appos")
                        && CoreferenceWords.isSideRole(current);
            }
            current = head;
        }
        return false;
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
                        && agreement.agrees(e, noun, sentence.index())).toList();
        return others.size() == 1 ? new Resolution(others.get(0), "object-other")
                : new Resolution(null, ownSubject.name() + " is the subject of its own clause"
                        + (others.isEmpty() ? "" : "; others: " + names(others)));
    }

    /**
     * The defined term ({@link DefinedTerm}: "the Company") before a pronoun in its sentence with no organisation
     * named between them ("the Company's carrying value of its investment in TCO"), or null: the pronoun continues
     * the term, whose organisation the text does not name.
     */
    private Token definedTermBefore(AnnotatedSentence sentence, Token pronoun) {
        Token term = null;
        for (Token before : sentence.tokens()) {
            if (before.index() >= pronoun.index()) {
                break;
            }
            if (isOrganisation(entityAt(before))) {
                term = null;
            } else if (DefinedTerm.is(sentence, before)) {
                term = before;
            }
        }
        return term;
    }

    /**
     * Whether the organisation is named before the token in the text: the article's most-mentioned organisation
     * (its topic) stands for "the company" only after the article has named it. A lone 10-K sentence ("In 2020, the
     * company acquired, within the Life Sciences Solutions segment, ...": Thermo Fisher; Chevron's "the company's
     * carrying value of its investment in TCO") names only organisations the filer's "company" is not.
     */
    private static boolean namedBefore(Entity entity, Token token) {
        return entity.mentions().stream().anyMatch(m -> m.sentence() < token.sentence()
                || m.sentence() == token.sentence() && m.start() < token.start());
    }

    /** The subject of the clause a word is the object of ("the companies can reinvent themselves"), or null. */
    static Token clauseSubject(AnnotatedSentence sentence, Token token) {
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
        Entity found = singularTheyFrom(sentence, token, quotationStart(sentence, token));
        return found != null && found.equals(own) ? null : found;
    }

    /**
     * The index of the first token of the quotation a word is in, within its sentence ("..., said Acme's chief
     * executive, Jo Lind: 'Beta has been a loyal client, but their new owners ...'": the speaker and the firm of the
     * attribution stand outside what the quotation says); the sentence's first token when the word is quoted nowhere.
     */
    private int quotationStart(AnnotatedSentence sentence, Token token) {
        Integer quote = quotes.numberOf(token);
        int first = sentence.tokens().get(0).index();
        if (quote == null) {
            return first;
        }
        for (int i = token.index(); i > first && quote.equals(quotes.numberOf(sentence.token(i - 1))); i--) {
            token = sentence.token(i - 1);
        }
        return token.index();
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
            if (!isOrganisation(entity) || named.index() >= token.index() || plurals.isPlural(sentence, named)
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
                if ((candidate.pos().startsWith("NNS") || candidate.pos().equals("NNPS"))
                        && !TIME_CLASSES.contains(candidate.ner())) {
                    return null; // "for years" names no one "their" could stand for
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

    /**
     * Every organisation a plural ("these companies", "both", "they") stands for: those named together just before
     * ("Walmart and Intuit"), in the article's order; empty when the token is not such a plural or none were.
     */
    public List<Entity> group(AnnotatedSentence sentence, Token token) {
        return plurals.isPlural(sentence, token) ? plurals.groupFor(sentence, token).entities() : List.of();
    }

    private boolean noSubjectBefore(int sentence) {
        for (int i = 0; i < sentence; i++) {
            if (mainSubject(doc.sentences().get(i)) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The insurer" after "Strand Insurance sold its unit to Pellan Mutual, a rival insurer": the article called one
     * organisation so, but another named before is one by its own name ({@link Agreement#nameKind}), so the noun
     * does not tell them apart, and the subject of the sentence before decides: the named one when it was that
     * subject. Null (the described one keeps its description) otherwise: "Naniwa, Japan's third-largest regional bank,
     * agreed to buy Minato Trust Bank. ... The bank" stays Naniwa.
     */
    private Resolution namedSoToo(AnnotatedSentence sentence, Token token, String noun, Entity described) {
        Set<Entity> namedSo = new java.util.LinkedHashSet<>();
        for (Map.Entry<Integer, Entity> entry : entityByToken.entrySet()) {
            Entity entity = entry.getValue();
            String kind = Agreement.nameKind(entity);
            if (entry.getKey() < token.index() && entity.type() == EntityType.ORGANIZATION
                    && !entity.equals(described) && kind != null && CoreferenceWords.sameKind(kind, noun)) {
                namedSo.add(entity);
            }
        }
        if (namedSo.isEmpty()) {
            return null;
        }
        Entity salient = salient(sentence.index());
        boolean justBefore = sentence.index() - salientFrom.getOrDefault(sentence.index(), -1) <= 1;
        return justBefore && namedSo.size() == 1 && namedSo.contains(salient)
                ? new Resolution(salient, "previous-subject") : null;
    }

    /**
     * "the bank" after "Acme Bank", "the supermarket" or "the supermarket group" after "Holloway Supermarkets": an
     * organisation named before whose name ends in the noun, or in a specific noun of its kind ({@link
     * Agreement#nameKind}).
     */
    private Entity namedWith(AnnotatedSentence sentence, Token token, String noun) {
        Entity found = null;
        for (Map.Entry<Integer, Entity> entry : entityByToken.entrySet()) {
            Entity entity = entry.getValue();
            if (entry.getKey() < token.index() && entity.type() == EntityType.ORGANIZATION
                    && (entity.name().toLowerCase(Locale.ROOT).endsWith(" " + noun)
                            || Agreement.nameKind(entity) != null
                                    && CoreferenceWords.sameKind(Agreement.nameKind(entity), noun))) {
                if (found != null && !found.equals(entity)) {
                    return null;
                }
                found = entity;
            }
        }
        return found;
    }

    /**
     * "Strand Insurance sold its unit to Pellan Mutual. ... The buyer said ...": "the" and a noun of a sale's party
     * ({@code deal-role-nouns.txt}: buyer, acquirer, seller) within {@link #SALE_REACH} sentences of a sale that
     * names both parties ({@link DealParties#saleBefore}): that party. Null otherwise ("the buyer of a house").
     */
    private Entity saleParty(AnnotatedSentence sentence, Token token) {
        String role = CoreferenceWords.dealRole(token.text().toLowerCase(Locale.ROOT));
        if (role == null || !token.pos().equals("NN") || entityAt(token) != null
                || sentence.children(token).stream().noneMatch(c -> c.text().equalsIgnoreCase("the")
                        && DependencyWalk.relation(sentence, token, c).startsWith("det"))) {
            return null;
        }
        List<Entity> parties = deals.saleBefore(sentence, SALE_REACH);
        return parties.size() != 2 ? null : parties.get(role.equals("buyer") ? 0 : 1);
    }

    /**
     * "Ferndown Dairies ... the dairy": "the" and a noun of a trade's place ({@code trade-place-nouns.txt}) that ends,
     * singular or plural, the name of exactly one organisation the article named before: that organisation, whose own
     * name describes it so. Null otherwise: "the brewery" with no such name is a place, left to no step.
     */
    private Entity tradeNamed(AnnotatedSentence sentence, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (!token.pos().equals("NN") || entityAt(token) != null || !CoreferenceWords.isTradePlace(word)
                || sentence.children(token).stream().noneMatch(c -> c.text().equalsIgnoreCase("the")
                        && DependencyWalk.relation(sentence, token, c).startsWith("det"))) {
            return null;
        }
        Entity found = null;
        for (Entity entity : entities) {
            String[] words = entity.name().toLowerCase(Locale.ROOT).split("\\s+");
            String last = words[words.length - 1];
            boolean named = words.length > 1 && (last.equals(word) || last.equals(word + "s")
                    || word.endsWith("y") && last.equals(word.substring(0, word.length() - 1) + "ies"));
            if (isOrganisation(entity) && named
                    && entity.mentions().stream().anyMatch(m -> m.start() < token.start())) {
                if (found != null && !found.equals(entity)) {
                    return null;
                }
                found = entity;
            }
        }
        return found;
    }

    /**
     * "Eisai and its partner Biogen", "Google and its parent Alphabet", "bought Acme and its two subsidiaries": "its"
     * right after "and" (or "or"), opening the second conjunct of a noun phrase whose first conjunct ends with an
     * organisation's name, is that organisation's; a noun phrase's "its" reaches back to the nearer conjunct, not to
     * the clause's subject. The "and" must be the possessed noun's own coordinator, so two clauses joined by "and"
     * ("Acme's sales rose and its shares jumped") are left to the subject steps. Null when not that shape.
     */
    private Entity conjoinedOwner(AnnotatedSentence sentence, Token its) {
        Token owned = sentence.head(its);
        if (owned == null || !sentence.relationToHead(its).equals("nmod:poss") || !owned.pos().startsWith("NN")) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(its);
        if (at < 2) {
            return null;
        }
        Token and = tokens.get(at - 1);
        boolean coordinator = and.pos().equals("CC") && COORDINATORS.contains(and.text().toLowerCase(Locale.ROOT))
                && owned.equals(sentence.head(and)) && sentence.relationToHead(and).equals("cc");
        Entity named = coordinator ? entityAt(tokens.get(at - 2)) : null;
        return named != null && named.type() == EntityType.ORGANIZATION ? named : null;
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
        Token unnamed = null;
        int unnamedDepth = Integer.MAX_VALUE;
        for (Token candidate : sentence.tokens()) {
            if (candidate.index() >= token.index()) {
                break;
            }
            Entity entity = entityAt(candidate) != null ? entityAt(candidate) : referredBy(sentence, candidate);
            Token speechVerb = isOrganisation(entity) ? null : speakers.saidBy(sentence, candidate);
            if (speechVerb != null) {
                entity = speakers.employer(sentence, candidate);
            }
            if (entity == null && candidate.pos().startsWith("NN")
                    && isReferring(sentence, candidate)) {
                // "The winemaker said its biggest customer is Z", no winemaker named: "its" is the winemaker's too
                for (Token clause : clausesOfSubject(sentence, candidate, false)) {
                    int depth = above.indexOf(clause);
                    if (depth >= 0 && depth < unnamedDepth) {
                        unnamedDepth = depth;
                        unnamed = candidate;
                    }
                }
            }
            if (entity == null || entity.type() != EntityType.ORGANIZATION || entity.equals(ownSubject)
                    || apposed.contains(entity) || noun != null && !agreement.agrees(entity, noun, sentence.index())
                    || noun == null && things.makerOfNamedThing(sentence, candidate)) {
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
            for (Token clause : clausesOfSubject(sentence, candidate, noun != null)) {
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
        if (unnamed != null && unnamedDepth < dominatingDepth) {
            return new Resolution(null, "its clause's subject '" + unnamed.text() + "' stands for no organisation"
                    + " named");
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
    static int firstOf(AnnotatedSentence sentence, Token head) {
        int first = head.index();
        for (Token part : DependencyWalk.subtree(sentence, head)) {
            first = Math.min(first, part.index());
        }
        return first;
    }

    /**
     * Whether a relative clause's subject is its relative pronoun ("that counts", "which owns"), or it has none. The
     * enhanced++ graph gives the clause the noun it hangs on as its subject in the pronoun's place ({@code ref} keeps
     * the pronoun: "a firm that counts Acme": nsubj(counts, firm)), which is the same reading.
     */
    private static boolean relativeSubject(AnnotatedSentence sentence, Token clause) {
        Token antecedent = sentence.head(clause);
        for (Token child : sentence.children(clause)) {
            if (DependencyWalk.relation(sentence, clause, child).startsWith("nsubj")) {
                return child.pos().equals("WDT") || child.pos().startsWith("WP")
                        || antecedent != null && child.index() == antecedent.index();
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
        if (clausesOfSubject(sentence, token, false).isEmpty() || plurals.isPlural(sentence, token)
                || !isReferring(sentence, token)) {
            return null;
        }
        return resolvedOnce(sentence, token);
    }

    /** What a referring word stands for, resolved once per token (null while its own resolution is under way). */
    private Entity resolvedOnce(AnnotatedSentence sentence, Token token) {
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

    static boolean isSpeechVerb(Token token) {
        return CoreferenceWords.isSpeechVerb(token);
    }

    /**
     * The heads of the clauses a token is the subject of, or whose subject it possesses or names part of ("Acme's
     * revenue rose": rose); empty when it is no subject. With {@code placeOfThing}, also the clauses whose subject is a
     * thing found at or in it ("a memo at Apple showed the company ...", "Shares in Albion closed higher, valuing the
     * company at ..."): what happens at a firm is that firm's, so a description in such a clause is that firm
     * ({@link #thingAt}); read for descriptions only, which the MEANTIME tuning half and the project's articles showed.
     */
    private List<Token> clausesOfSubject(AnnotatedSentence sentence, Token token, boolean placeOfThing) {
        List<Token> clauses = clausesOfSubject(sentence, token);
        if (placeOfThing) {
            Token thing = sentence.head(token);
            String relation = sentence.relationToHead(token);
            if (thing != null && (relation.equals("nmod:at") || relation.equals("nmod:in")) && thingAt(thing)) {
                for (Token child : clausesOfSubject(sentence, thing)) {
                    if (!clauses.contains(child)) {
                        clauses.add(child);
                    }
                }
            }
        }
        return clauses;
    }

    /**
     * Whether a noun is a thing an organisation may hold or produce: a common noun naming no organisation, person,
     * title or name of its own ("memo", "shares", "sales"); people at a firm ("analysts at Beta said the company ...")
     * speak of others as often as of their firm.
     */
    private boolean thingAt(Token noun) {
        String word = (noun.lemma() == null ? noun.text() : noun.lemma()).toLowerCase(Locale.ROOT);
        return (noun.pos().equals("NN") || noun.pos().equals("NNS")) && "O".equals(noun.ner()) && entityAt(noun) == null
                && !isOrganisationNoun(word) && !PersonCoreference.isTitleNoun(word)
                && !Lexicon.shared().isPerson(word);
    }

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
     * Acme). A referring subject before the word counts as what it was resolved to, also through an infinitive's
     * controller ("The company wants to sell it": not the company).
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
            Entity subject = namedSubject(sentence, owner, word);
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
     * is named earlier in the same sentence ("analysts at Beta said the company ...": Beta or the previous subject;
     * not the subject an object pronoun cannot stand for, nor a name in apposition: "Acme (AC)"), or the subject is
     * more than {@link #SUBJECT_REACH} sentences back and other organisations were named since, unless, for a
     * description, the subject was itself named again within that reach ({@link #namedWithin}).
     */
    private Resolution doubtAboutSalient(AnnotatedSentence sentence, Token token, Entity salient, String noun,
            boolean fromTopic) {
        Entity unplaced = fromTopic || topic == null || salient.equals(topic) ? null
                : speakers.unplacedSpeakerAbove(sentence, token);
        if (unplaced != null) {
            // "Kestrel's shares doubled. Chief executive Jane Marlow said the group would buy back ...": a titled
            // speaker of no named firm may speak for the article's firm as well as for the one just talked about
            return new Resolution(null, "its speaker, " + unplaced.name() + ", works for no organisation the article"
                    + " names, and " + salient.name() + ", the subject before, is not the article's topic, "
                    + topic.name());
        }
        Entity ownSubject = ownClauseSubject(sentence, token);
        Set<Entity> apposed = apposedTo(sentence, token);
        if (apposed.contains(salient)) {
            return new Resolution(null, "its phrase stands beside " + salient.name());
        }
        List<Entity> here = recent(sentence, token, 0).stream()
                .filter(e -> !e.equals(salient) && !e.equals(ownSubject) && !apposed.contains(e)
                        && !inApposition(sentence, e, salient)
                        && (noun == null || agreement.agrees(e, noun, sentence.index()))).toList();
        if (!here.isEmpty()) {
            return new Resolution(null, "ambiguous: " + salient.name() + " (subject before) or " + names(here));
        }
        int from = salientFrom.getOrDefault(sentence.index(), -1);
        if (fromTopic || sentence.index() - from <= SUBJECT_REACH
                || noun != null && namedWithin(salient, sentence.index(), SUBJECT_REACH)) {
            return null;
        }
        from = continuedBy(sentence.index(), from, salient);
        if (sentence.index() - from <= SUBJECT_REACH) {
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
     * The last sentence, after {@code from} and within {@link #SUBJECT_REACH} of this one, whose main-clause subject
     * is "the company" (or "the firm", "the group": {@link #isGenericReference}) standing for the organisation ("Acme
     * bought Beta. The papers are printed by Cora. The company said it would keep them. Its shares rose": "the
     * company" kept Acme the subject, so "Its" is not stale), else {@code from}. The subject's own resolution looks
     * only at words before it, and the lookback is cut at {@link #MAX_CONTINUATION_DEPTH} nested sentences, so this
     * ends.
     */
    private int continuedBy(int sentence, int from, Entity salient) {
        if (salient == null || continuationDepth >= MAX_CONTINUATION_DEPTH) {
            return from;
        }
        continuationDepth++;
        try {
            for (int i = sentence - 1; i > from && i >= sentence - SUBJECT_REACH; i--) {
                AnnotatedSentence earlierSentence = doc.sentences().get(i);
                Token subject = mainSubjectToken(earlierSentence);
                if (subject == null || entityAt(subject) != null) {
                    continue;
                }
                Token referring = isGenericReference(earlierSentence, subject) ? subject : referringPossessor(
                        earlierSentence, subject);
                if (referring != null && !plurals.isPlural(earlierSentence, referring)
                        && salient.equals(resolvedOnce(earlierSentence, referring))) {
                    return i;
                }
            }
            return from;
        } finally {
            continuationDepth--;
        }
    }

    /**
     * Whether a token is "the company", "the firm", "the group": a generic noun ({@code organisation-nouns.txt}) that
     * refers back. Only such a subject renews the firm it stands for ({@link #continuedBy}): a pronoun subject may be
     * the weather's or the time's ("It has been a hard winter for Acme"), and a specific one ("the operator") may have
     * been taken over a firm the article described otherwise (session 21's held-out passages).
     */
    private boolean isGenericReference(AnnotatedSentence sentence, Token token) {
        return CoreferenceWords.tags(token.text().toLowerCase(Locale.ROOT)).contains("generic")
                && isReferring(sentence, token);
    }

    /** "the company's" possessing a subject noun ("The company's shares rose"), or null. */
    private Token referringPossessor(AnnotatedSentence sentence, Token subject) {
        for (Token child : sentence.children(subject)) {
            if (DependencyWalk.relation(sentence, subject, child).equals("nmod:poss")
                    && isGenericReference(sentence, child)) {
                return child;
            }
        }
        return null;
    }

    /**
     * Why "it" or "its" inside a quotation should not take the organisation the article was about before the
     * quotation opened, or null when it may: a quotation starts its speaker's own talk, and a speaker who does not
     * speak for that organisation (an analyst, a politician, a union leader) says "it" of a law, a deal, a test flight
     * ("It clearly stimulates the economy," said the senator). Null when the pronoun is in no quotation, when the
     * organisation was the subject of a sentence inside the quotation or of the sentence that opens it, or when the
     * quotation's speaker speaks for it ({@link Speakers#quoteSpeaker}: "Acme CEO Jane Marlow said: 'It ...'").
     */
    private String quotedAway(AnnotatedSentence sentence, Token token, Entity salient, boolean fromTopic) {
        Integer quote = quotes.numberOf(token);
        if (quote == null) {
            return null;
        }
        int from = fromTopic ? -1 : salientFrom.getOrDefault(sentence.index(), -1);
        if (from >= quotes.firstSentence(quote) || salient.equals(speakers.quoteSpeaker(sentence, token))) {
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
    Entity mainSubject(AnnotatedSentence sentence) {
        Token child = mainSubjectToken(sentence);
        if (child == null) {
            return null;
        }
        Entity entity = entityAt(child);
        if (entity == null) {
            for (Token modifier : sentence.children(child)) {
                String relation = DependencyWalk.relation(sentence, child, modifier);
                // "Acme's revenue rose"; "Shares of Acme fell": the firm whose shares they are
                if ((relation.equals("nmod:poss") || relation.equals("nmod:of") && SHARE_NOUNS.contains(
                        child.text().toLowerCase(Locale.ROOT))) && entityAt(modifier) != null) {
                    entity = entityAt(modifier);
                }
            }
        }
        if (entity == null && !isOrganisationNoun(child.text())) {
            entity = namedBeside(sentence, child, false);
        }
        return entity != null && entity.type() == EntityType.ORGANIZATION ? entity : null;
    }

    /** Nouns for a firm's shares, whose "of" names the firm ("Shares of Acme fell"). */
    private static final Set<String> SHARE_NOUNS = Set.of("shares", "stock", "stocks");

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
