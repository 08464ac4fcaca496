package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.DefinedTerm;
import org.newsgraph.extract.figure.GappedRemnants;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Reads from the dependency parse what a figure is about: its subject entity, the measure in the article's words,
 * the whole of a share, and when it holds. Reads only the candidate's kind and whole ({@code of}).
 *
 * <p>The subject comes from the first step of this chain that answers (the step is recorded with the figure):
 * <ol>
 *   <li>{@code possessor}: the figure's own noun phrase, or the noun it measures, has an organisation as possessor or
 *       name modifier ("Acme's operating margin of 12%", "Acme revenue of $5bn").</li>
 *   <li>{@code of-attachment}: an organisation attached by of/at ("12% of Acme", "sales at Acme of $5bn").</li>
 *   <li>the same two steps for the noun a change noun of the figure takes by "in" ({@link ChangedNouns}, detail
 *       "changed"): "a 7% drop in Acme's stock price", "a 16% slide in the share price of Acme".</li>
 *   <li>{@code nsubj}: the subject of the verb (or copula) that governs the figure, or that subject's possessor
 *       ("Acme posted revenue of $5bn", "Acme's revenue rose 12%"). Climbing from a clause that is said, the
 *       speaker is only a candidate ({@code speaker}), and a person speaker's is the organisation the article
 *       titles them for ({@code employer}, a candidate: "Acme's finance director Jo Lind said revenue rose 4%"); a
 *       person only when the verb is about the person's own money ("Smith earned $5m").</li>
 *   <li>{@code round-up}: in a round-up's "with Acme at 15%", "followed by Acme at 13%", the organisation beside the
 *       figure on the same verb.</li>
 *   <li>{@code relative-clause} and {@code apposition}: the organisation a clause or apposition describes ("Acme,
 *       which employs 5,000 people", "Acme, a firm with 5,000 staff", "Barra, 51"); and before the climb, the
 *       figure's own relative clause ("the 6% of Acme that Beta owns": Beta). What a giving verb gives is its indirect
 *       object's ("gave Beta a 52% stake").</li>
 *   <li>{@code main-clause}: the organisation that is the subject of the sentence's main clause, a candidate only.</li>
 *   <li>{@code implicit}: "Net profit rose 21%" names no owner; the organisation the article is about at that point
 *       ({@link Coreference#salient}), a candidate only.</li>
 *   <li>{@code product}: a physical measurement without a sure answer is the one product its sentence names, not its
 *       maker's ({@link #productMeasured}), a candidate only. And a stock's move is never an index's
 *       ({@link #notAnIndexOfAStock}).</li>
 * </ol>
 * An answer is sure only when the syntax says whose the figure is: the climb to it stays in the figure's clause (it
 * does not leave a clause that has a subject of its own through advcl, parataxis, conj or dep, nor pass a bare
 * {@code dep} the parser hung the figure on), and an organisation above the figure is reached by an attachment
 * (apposition, relative clause, of/at/with/for). A climb out of a clause describing a name ("the A380-800, able to
 * carry 555 passengers") is not sure either: the figure is that name's. Under a verb of acting or holding, the name
 * modifier of a common-noun subject is only a candidate ("G42, a Microsoft client, spends"). Coordinated subjects ("Walmart and Intuit spend millions") make a
 * figure about each ({@link Found#others()}); coordinated subjects and figures pair up only with "respectively". A
 * share's "6% of Acme" is its whole ({@code of}), not its holder.
 *
 * <p>Whether an answer is asserted is not decided here but by {@link SubjectCases}: each answer has a case, its step
 * with what it went through ({@link Found#key()}: "nsubj/organization/far", "coreference/previous-subject",
 * "possessor/name-modifier/strayed" for one the syntax refused), and only a case whose group was measured right often
 * enough on the tuning half asserts; the others stay candidates.
 *
 * <p>Where the chain only proposes a subject, the learned promotion ({@link LearnedSubjects}; off unless the extractor
 * is given a model) may assert it when its probability reaches the model's threshold: the step and case stay the
 * chain's, the figure shows {@code learned-subject} as its step and the probability as its confidence. It never
 * asserts what the fences refused or set among rivals, and never answers where the chain gave nothing.
 *
 * <p>"It", "its", "the company", "the automaker" at any step stand for the organisation {@link Coreference} finds; the
 * step is then {@code coreference} with the reason coreference gives (a description, the same sentence, an earlier
 * subject). "The city" and "the country" stand for the place {@link Coreference#place} reads them as, an answer of
 * the place group ({@link #PLACE_ANSWER}). Investors, suppliers and analysts named elsewhere in the sentence are
 * never reached: the chain only follows the figure's own dependencies.
 *
 * <p>The measure comes from {@link FigureMeasures}, whose javadoc lists its ordered steps ("revenue of $5bn", "350
 * stores", "lost $6 billion", "revenue rose 12%", ...); this class hands it the figure's head and the nouns it measures.
 * In company filings ({@link Extractor#forFilings}), where the chain asserts no measure, the learned measure
 * ({@link LearnedMeasures}, step {@code learned-measure}) asserts the candidate phrase it is sure of, with its
 * probability, and where the chain has no answer at all it proposes its best candidate; news keeps the chain alone
 * (on MEANTIME's tuning half an asserting model added a wrong measure and no right one, a proposing one proposed 9
 * right and 15 wrong measures).
 *
 * <p>The time comes from {@link FigureTime}: the date the figure's own words give it, never the base of a
 * change ("from a year earlier") nor a founding date; fiscal periods keep the article's words.
 */
final class FigureContext {

    static final String POSSESSOR = "possessor";
    /** Adjectives that rank like a superlative: "the country's top bank", "its leading carmaker". */
    private static final Set<String> RANKING_WORDS = Set.of("top", "leading", "second-largest", "third-largest",
            "second-biggest", "dominant");
    static final String OF_ATTACHMENT = "of-attachment";
    static final String NSUBJ = "nsubj";
    static final String RELATIVE_CLAUSE = "relative-clause";
    static final String APPOSITION = "apposition";
    static final String SPEAKER = "speaker";
    static final String MAIN_CLAUSE = "main-clause";
    static final String COREFERENCE = "coreference";
    static final String CHANGE_OF = "change-of";
    static final String SHARE_OF = "share-of";
    static final String HEAD_NOUN = "head-noun";
    static final String SUBJECT_NOUN = "subject-noun";
    static final String COUNTED_NOUN = "counted-noun";
    static final String IMPLICIT = "implicit";
    static final String ROUND_UP = "round-up";
    /** The step of a figure after a gapped list's remnant that names an organisation ({@link GappedRemnants}). */
    static final String GAPPED = "gapped";
    static final String VERB_NOUN = "verb-noun";
    static final String IN_NOUN = "in-noun";
    static final String OBJECT_NOUN = "object-noun";
    static final String POSTPOSED_MOVE = "postposed-move";
    static final String STAKE = "stake";
    static final String AGE = "age";
    static final String PRODUCT = "product";
    static final String EMPLOYER = "employer";
    /**
     * The detail of an answer that is a place (a country, a city) whose own figure it is: "Germany's economy grew
     * 1.8%", "Chicago lost 80,000 residents". A group of its own (subject-case-groups.tsv), proposed until measured.
     */
    static final String PLACE_ANSWER = "place";
    /** The case details of an index's or a stock's own move ({@link #moverOfItsOwnMove}). */
    static final String INDEX_MOVE = "index-move";
    static final String STOCK_MOVE = "stock-move";
    /**
     * The case detail of a maker reached for a figure of its product whose name the entity step did not type a
     * product ("its Aria folding e-bike": {@link #notTheMakers}); a group of its own, which proposes.
     */
    static final String PRODUCT_MAKER = "product-maker";
    /** The kinds of name a common noun may be given in apposition ({@link #namedBy}). */
    private static final Set<EntityType> NAMING = Set.of(EntityType.PRODUCT, EntityType.ORGANIZATION,
            EntityType.PERSON);





    /**
     * Steps whose answers are kept as candidates only: measured on the tuning half to be wrong too often. The product
     * steps' answers are decided by their own group's evidence since session 39 ({@link #productDecided}).
     */
    private static final Set<String> UNSURE = Set.of(SPEAKER, MAIN_CLAUSE, IMPLICIT, PRODUCT, EMPLOYER);

    /** Verbs whose subject is who acts ("companies spend"), not what is measured ("revenue rose"). */
    static final Set<String> AGENT_VERBS = Set.of("spend", "earn", "generate", "pay", "invest", "raise",
            "sell", "buy", "make", "receive", "charge", "borrow", "lend", "order", "hire", "employ", "operate",
            "carry", "serve", "plan", "expect", "book", "post", "report", "record", "forecast", "target", "win",
            "sign", "offer", "agree", "spent", "lose", "save", "open", "close", "build", "acquire", "have");
    static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "announce", "add", "note", "explain",
            "estimate", "predict", "warn", "argue", "write", "claim", "confirm", "state", "believe", "think",
            "according");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "parataxis");
    /** Verbs whose clausal complement is a report of what someone else says: "Reuters reports that ...". */
    private static final Set<String> REPORTING_VERBS = Set.of("report", "show", "indicate", "suggest", "reveal");
    /** Verbs of giving: the figure given ("give Acme a 52% stake") belongs to the indirect object. */
    private static final Set<String> GIVING_VERBS = Set.of("give", "grant", "award", "hand", "leave", "earn", "win",
            "bring");
    /** Edges between clauses: climbing one from a clause with its own subject leaves the figure's clause. */
    private static final Set<String> CLAUSE_EDGES = Set.of("advcl", "parataxis", "conj", "dep");
    /** Edges into a clause with a subject of its own (and {@code acl:relcl}): see {@link #crossesClause}. */
    private static final Set<String> CROSSING_EDGES = Set.of("advcl", "ccomp", "csubj", "parataxis");
    /** Edges into a clause that may share the outer subject: they cross only when the clause has another. */
    private static final Set<String> SHARING_EDGES = Set.of("conj", "xcomp", "dep");
    /** Edges by which an organisation on the climb is the figure's owner: "sales at Acme", "Acme, a firm with". */
    private static final Set<String> ATTACHMENTS = Set.of("appos", "nmod:of", "nmod:at", "nmod:poss", "compound",
            "nmod:for", "nmod:with", "ref");
    private static final Set<String> ROUND_UP_RELATIONS = Set.of("obl:with", "obl:by", "obl:agent", "nmod:with",
            "nmod:by", "nmod:agent");
    static final Set<String> AMOUNT_OR_DATE = Set.of("DATE", "MONEY", "DURATION", "TIME");
    static final int MAX_CLIMB = 8;

    private final DocumentContext context;
    private final FigureTime times;
    private final Map<String, Entity> byId;
    private final FigureMeasures measures;
    private final MarketMoves markets;
    private final SubjectCases cases;
    private final LearnedMeasures learned;
    private final MeasureCandidates candidates;
    private final LearnedSubjects promotion;
    private final SubjectFeatures subjectFeatures;
    /** What each figure read so far measures, by the index of each of its words: {@link #postposed} reads it. */
    private final Map<Integer, Found> measuredAt = new HashMap<>();

    FigureContext(DocumentContext context, Map<String, Entity> byId) {
        this(context, byId, SubjectCases.bundled());
    }

    /** The measure chain alone, as for news ({@link Extractor#forFilings} adds the learned measure). */
    FigureContext(DocumentContext context, Map<String, Entity> byId, SubjectCases cases) {
        this(context, byId, cases, LearnedMeasures.none());
    }

    /** @param learned the learned measure, asked where the chain asserts none ({@link LearnedMeasures}) */
    FigureContext(DocumentContext context, Map<String, Entity> byId, SubjectCases cases, LearnedMeasures learned) {
        this(context, byId, cases, learned, LearnedSubjects.none());
    }

    /**
     * @param learned   the learned measure, asked where the chain asserts none ({@link LearnedMeasures})
     * @param promotion the learned promotion, asked where the chain only proposes a subject ({@link LearnedSubjects})
     */
    FigureContext(DocumentContext context, Map<String, Entity> byId, SubjectCases cases, LearnedMeasures learned,
                  LearnedSubjects promotion) {
        this.promotion = promotion;
        this.subjectFeatures = new SubjectFeatures(context, byId, cases);
        this.context = context;
        this.times = new FigureTime(context.doc().text());
        this.byId = byId;
        this.measures = new FigureMeasures(context, learned.readsNews());
        this.markets = new MarketMoves(context);
        this.cases = cases;
        this.learned = learned;
        this.candidates = new MeasureCandidates(context, measures);
    }

    /**
     * An answer of the chain: the entity id or words, the step, and whether it may be asserted. For a subject,
     * {@code sure} is first what the syntax says (false after a refusal, whose reason {@code detail} names);
     * {@link #about} then lets the answer assert only when {@link SubjectCases} says its case ({@link #key()}) does.
     *
     * @param detail what the step went through, "/"-separated ("organization", "described", "strayed"); empty if
     *               nothing
     */
    record Found(String value, String step, boolean sure, List<String> others, String detail, Double confidence) {

        static final Found NONE = new Found(null, null, false);

        Found {
            others = List.copyOf(others);
            detail = detail == null ? "" : detail;
        }

        /** An answer of a rule, which has no probability of its own. */
        Found(String value, String step, boolean sure, List<String> others, String detail) {
            this(value, step, sure, others, detail, null);
        }

        Found(String value, String step, boolean sure) {
            this(value, step, sure, List.of(), "");
        }

        Found(String value, String step, boolean sure, List<String> others) {
            this(value, step, sure, others, "");
        }

        /**
         * Whether a subject was asserted by the learned promotion rather than by its step's case ({@link
         * LearnedSubjects}): a sure answer that carries a probability.
         */
        boolean promoted() {
            return sure && confidence != null;
        }

        /** The case of {@link SubjectCases} this answer falls in: the step and its detail; null when none. */
        String key() {
            return step == null ? null : detail.isEmpty() ? step : step + "/" + detail;
        }

        /** The same with one more detail ("strayed", "far"); a detail already there is not repeated. */
        Found with(String more) {
            if (value == null || more == null || more.isEmpty() || SPEAKER.equals(step)
                    || List.of(detail.split("/")).contains(more)) {
                return this;
            }
            return new Found(value, step, sure, others, detail.isEmpty() ? more : detail + "/" + more);
        }

        /** The same, refused by the syntax for the given reason. */
        Found refused(String reason) {
            return value == null ? this : new Found(value, step, false, others, detail).with(reason);
        }

        /** The same under another step name, keeping the detail. */
        Found as(String otherStep) {
            return new Found(value, otherStep, sure, others, detail);
        }
    }

    record About(Found subject, Found measure, String of, String time) {

        /** The subject when sure, else null. */
        String sureSubject() {
            return subject.sure() ? subject.value() : null;
        }
    }

    About about(AnnotatedSentence sentence, int start, int end, FigureCandidate candidate) {
        List<Token> span = sentence.tokensIn(start, end);
        if (span.isEmpty()) {
            return new About(Found.NONE, Found.NONE, candidate.of(), null);
        }
        Token head = FigureMeasures.headOf(sentence, span);
        List<Token> nouns = FigureMeasures.measuredNouns(sentence, head, span);
        String of = candidate.of();
        if (candidate.kind() == FigureKind.SHARE) {
            Token whole = child(sentence, head, "nmod:of");
            if (whole == null && FigureMeasures.STAKES.contains(word(head))) {
                whole = child(sentence, head, "nmod:in");
            }
            if (whole != null) {
                Entity owner = context.entityOfPhrase(sentence, whole, byId);
                of = owner != null ? owner.id() : measures.phrase(sentence, whole);
            }
        } else if (sharesCounted(candidate, nouns)) {
            // "holds 3 million shares of Acme": the shares are Acme's, the holding is the clause's subject's
            Token whole = child(sentence, nouns.get(0), "nmod:of");
            Entity company = whole == null ? null : context.entityOfPhrase(sentence, whole, byId);
            of = company != null && company.type() == EntityType.ORGANIZATION ? company.id() : of;
        }
        Token aged = agedName(sentence, head, span, candidate);
        if (aged != null) {
            // "Barra, 51, will lead", "Jobs, aged 55": a bare age beside a name is that person's age
            Entity person = context.entityAt(aged);
            Found whose = person != null && person.type() == EntityType.PERSON
                    ? decided(placed(sentence, List.of(head), new Found(person.id(), APPOSITION, true).with("age")))
                    : Found.NONE;
            return new About(whose, new Found("age", AGE, true), of, times.of(sentence, head, span));
        }
        if (writtenAsAge(span, candidate)) {
            // "the 38-year-old founder of Acme", "he is 54 years old": an age is a person's, never the company's
            // the sentence names; the person only when the age describes a name ("Reed, a 54-year-old")
            Token described = sentence.head(head);
            Entity person = described == null || !sentence.relationToHead(head).equals("amod") ? null
                    : context.entityAt(described);
            Found whose = person != null && person.type() == EntityType.PERSON
                    ? decided(placed(sentence, List.of(head), new Found(person.id(), APPOSITION, true).with("age")))
                    : Found.NONE;
            return new About(whose, new Found("age", AGE, true), of, times.of(sentence, head, span));
        }
        if (agedInParse(sentence, head, span, candidate)) {
            // "a man aged 72", "who has died aged 88": the parse ties the bare number to "aged"; the measure is age,
            // the person is the subject of the clause "aged" hangs on (PersonalTimes), named or resolved, else none
            Found age = new Found("age", AGE, true);
            return new About(personalTime(sentence, head, age, Found.NONE), age, of, times.of(sentence, head, span));
        }
        Token aging = candidate.kind() == FigureKind.DURATION && "YR".equals(candidate.unit())
                ? ParsedAges.person(sentence, head, candidate.value()) : null;
        if (aging != null) {
            // "She is 34", "At 29, Tomas Reyes becomes": the parse makes the number a person's age (ParsedAges); the
            // person is the subject only when named
            Entity person = context.entityAt(aging);
            Found whose = person != null && person.type() == EntityType.PERSON
                    ? decided(placed(sentence, List.of(head), new Found(person.id(), ParsedAges.COPULA_AGE, true)
                    .with("age")))
                    : Found.NONE;
            return new About(whose, new Found("age", AGE, true), of, times.of(sentence, head, span));
        }
        Found subject = countsOrganisations(candidate) || countsItsSubjects(sentence, nouns, candidate) ? Found.NONE
                : decided(placed(sentence, nouns, subject(sentence, nouns, span, candidate.kind(),
                sharesCounted(candidate, nouns)), wholes(sentence, head, nouns)));
        // the booked line item answers after the learned measure, which is trained on the chain's answers alone
        Found measure = MeasuredThings.fenced(candidate.kind(), measures.booked(sentence, span,
                learned(sentence, span, head, nouns, candidate.kind(),
                        postposed(sentence, span, head, measures.measure(sentence, span, head, nouns, candidate)))),
                sentence, head);
        for (Token token : span) {
            measuredAt.put(token.index(), measure);
        }
        Found proposed = moverOfItsOwnMove(notAPlaceOfAnIndex(notAnIndexOfAStock(resultImplied(sentence, span, head,
                onlyTheTopicImplied(productDecided(notALinesOwn(sentence, span, head,
                productClause(sentence, span, head, productMeasured(sentence, span, head, candidate, notASourcesOwn(
                        notTheMakers(sentence, span, head, measure,
                                personalTime(sentence, head, measure, subject)))))))),
                measure), measure), measure), measure);
        return new About(promoted(sentence, span, head, candidate.kind(), proposed), measure, of,
                times.of(sentence, head, span));
    }

    /**
     * A subject the chain only proposed, asserted when the learned promotion ({@link LearnedSubjects}) is sure of it,
     * with its probability as confidence; the step and case stay the chain's (the provenance shown is {@link
     * LearnedSubjects#STEP}: {@link Found#promoted()}). A proposal the fences refused or set among rivals ({@link
     * LearnedSubjects#FENCED}) is never promoted; a sure answer or none is left as it is.
     */
    private Found promoted(AnnotatedSentence sentence, List<Token> span, Token head, FigureKind kind, Found subject) {
        if (promotion.idle() || subject.value() == null || subject.sure() || pluralCoreferent(subject)
                || LearnedSubjects.FENCED.contains(cases.group(subject.key()))) {
            return subject;
        }
        Double p = promotion.promotes(subject.value(), subjectFeatures.of(sentence, head, subject, kind),
                span.get(0).start(), span.get(span.size() - 1).end());
        return p == null ? subject
                : new Found(subject.value(), subject.step(), true, subject.others(), subject.detail(), p);
    }

    /**
     * Where the chain asserted no measure, the learned measure's best candidate when its probability reaches the
     * model's threshold (step {@link LearnedMeasures#STEP}, the probability as confidence); where the chain has no
     * answer at all, its best candidate proposed when it reaches {@link LearnedMeasures#PROPOSE}; where the chain only
     * proposed, its best proposed instead when it differs and reaches {@link LearnedMeasures#REPLACE_PROPOSAL}; else the
     * chain's answer (a proposal stays one).
     */
    private Found learned(AnnotatedSentence sentence, List<Token> span, Token head, List<Token> nouns, FigureKind kind,
                          Found chain) {
        boolean asserted = chain.sure() && chain.value() != null;
        if ((asserted || learned.never()) && !learned.listens()) {
            return chain;
        }
        LearnedMeasures.Scored best = learned.best(candidates.of(sentence, span, head, nouns, kind, chain),
                span.get(0).start(), span.get(span.size() - 1).end(), chain);
        if (asserted) {
            return chain;
        }
        if (learned.asserts(best)) {
            return new Found(best.phrase(), LearnedMeasures.STEP, true, List.of(), "", best.probability());
        }
        if (chain.value() == null && learned.proposes(best) || learned.replacesProposal(best, chain.value())) {
            return new Found(best.phrase(), LearnedMeasures.STEP, false, List.of(), "", best.probability());
        }
        return chain;
    }

    /**
     * A move written after a comma behind a figure read before it ("1.8 million paying users, up 38% from a year
     * earlier": {@link PostposedMoves}) measures what that figure measures, as surely, when the chain found nothing.
     */
    private Found postposed(AnnotatedSentence sentence, List<Token> span, Token head, Found measure) {
        if (measure.value() != null) {
            return measure;
        }
        Token before = PostposedMoves.figureBefore(sentence, span, head);
        Found earlier = before == null ? null : measuredAt.get(before.index());
        // the learned measure's proposal for the earlier figure is its guess, not a reading to pass on
        return earlier == null || earlier.value() == null
                || !earlier.sure() && LearnedMeasures.STEP.equals(earlier.step()) ? measure
                : new Found(earlier.value(), POSTPOSED_MOVE, earlier.sure());
    }

    /**
     * A person's own length of time: a figure the measure chain read as an age or a tenure ({@link PersonalTimes}) is
     * about the person who is the subject of the clause it hangs on, named ("Steve Jobs died at the age of 56": case
     * {@code nsubj/person/age}; "the novelist Jo Lind died at the age of 91" through the name beside the noun) or
     * "he"/"she" resolved by {@link org.newsgraph.extract.coref.PersonCoreference} ("She has been with General Motors
     * for 33 years": {@code coreference/<reason>/person/tenure}), whatever the chain answered (the employer of "with
     * General Motors", the company a relative clause hangs on). Its case is decided like any other (a resolution from
     * another sentence falls in a group that proposes). An age whose subject is no person is no organisation's either
     * ("A man died at the age of 82 after a fire at Acme's warehouse"): an empty field beats a wrong one. MEANTIME
     * tuning half: 3 figures of the class (2 tenures, 1 age), none right before.
     */
    private Found personalTime(AnnotatedSentence sentence, Token head, Found measure, Found chain) {
        boolean age = AGE.equals(measure.step());
        if (measure.value() == null || !age && !FigureMeasures.TENURE.equals(measure.step())) {
            return chain;
        }
        Token holder = PersonalTimes.holder(sentence, head);
        Entity named = holder == null ? null : context.entityAt(holder);
        if (named == null && holder != null) {
            // "The novelist Jo Lind died at the age of 91": the noun is the subject, its name beside it
            named = namedBy(sentence, holder);
        }
        Found person = null;
        if (named != null && named.type() == EntityType.PERSON) {
            person = new Found(named.id(), NSUBJ, true).with("person").with(measure.step());
        } else if (named == null && holder != null) {
            person = context.personReferent(sentence, holder)
                    .map(r -> new Found(r.entity().id(), COREFERENCE, true).with(r.reason()).with("person")
                            .with(measure.step()))
                    .orElse(null);
        }
        if (person != null) {
            return decided(placed(sentence, List.of(head), person));
        }
        Entity answered = chain.value() == null ? null : byId.get(chain.value());
        return age && answered != null && answered.type() != EntityType.PERSON ? Found.NONE : chain;
    }

    /**
     * An implied subject of a figure that measures the company's results ("Net profit rose 21% to ¥109.6 billion",
     * "Pre-tax profit more than doubled" in an article about the company) carries the detail "result": the article's
     * company is whose results they are far more often than for a figure of anything else (spectators, a test flight,
     * an order's value), so such answers are counted apart. A share of results ("almost 25% of revenue") is not: whose
     * share it is is another question (MEANTIME tuning's one wrong answer of the kind, a customer's share of a
     * supplier's revenue), nor an organisation the sentence itself names in another place ({@link #namedIn}: KPI-EDGAR
     * train, one filing sentence at a time, "a translation loss of $2.0 billion upon sale of the majority stake in
     * Walmart Brazil", found in session 39's merge), nor a whole market's figure ({@link MarketWideFigures}: "Home
     * sales across the country dropped 12%", "Industry revenue rose 7%", session 40), nor a figure after a sentence
     * whose subject is another organisation ({@link #anotherBefore}), which stay candidates. The
     * answer is decided again with the detail ({@link #decided}): the group its case now
     * falls in ({@code implicit-result}) is the one whose evidence says whether it asserts.
     */
    private Found resultImplied(AnnotatedSentence sentence, List<Token> span, Token head, Found subject,
                               Found measure) {
        if (!IMPLICIT.equals(subject.step()) || subject.value() == null || measure.value() == null
                || !measure.sure() || SHARE_OF.equals(measure.step()) || STAKE.equals(measure.step())
                || namedIn(sentence, subject.value())
                || MarketWideFigures.measured(sentence, span, head, context::entityAt)
                || anotherBefore(sentence, subject.value())
                || VERB_NOUN.equals(measure.step()) && actedByCommonNoun(sentence, head)) {
            return subject;
        }
        String[] words = measure.value().toLowerCase(Locale.ROOT).split(" ");
        return ReportedResults.isResultWord(words[words.length - 1]) ? decided(subject.with("result")) : subject;
    }

    /**
     * Whether the verb a figure's measure was read from has a plural common noun as its subject, neither a name nor a
     * noun of results ("Patients on the highest dose lost about 27 pounds", "Investors lost $2 billion"): the act, and
     * so the loss or gain, is that subject's, not a result of the article's company.
     */
    private boolean actedByCommonNoun(AnnotatedSentence sentence, Token head) {
        Token verb = head;
        for (int step = 0; step < 3 && verb != null && !verb.pos().startsWith("VB"); step++) {
            verb = sentence.head(verb);
        }
        if (verb == null || !verb.pos().startsWith("VB")) {
            return false;
        }
        for (Token child : sentence.children(verb)) {
            if (sentence.relationToHead(child).equals("nsubj") && child.pos().equals("NNS")
                    && context.entityAt(child) == null && !ReportedResults.isResultWord(lemma(child))
                    && !ReportedResults.isResultWord(child.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence before has another organisation as its main clause's subject ({@link OthersBefore}: "Its
     * main supplier, Glenholt Farms, warned on prices. Profit fell 7%."): the implied result is as readily that
     * organisation's, and stays a candidate (session 40).
     */
    private boolean anotherBefore(AnnotatedSentence sentence, String id) {
        Entity before = OthersBefore.subject(context.doc().sentences(), sentence.index(), context::entityAt);
        return before != null && !before.id().equals(id);
    }

    /**
     * Whether the sentence names the organisation itself: then the syntax set it somewhere else than as the figure's
     * owner ("a loss of $2.0 billion upon sale of the majority stake in Beta", "said Jane Holt, an analyst at Beta"),
     * and an implied answer for it is no company's result the article implies.
     */
    private boolean namedIn(AnnotatedSentence sentence, String id) {
        for (Token token : sentence.tokens()) {
            Entity entity = context.entityAt(token);
            if (entity != null && entity.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure whose sentence names no owner ({@code implicit}) is proposed for the organisation the article is
     * about ("Net profit rose 21%" in an article about Acme), not for another organisation that was the subject of a
     * sentence before it: in a story about Acme, "Beta, its supplier, said on Monday ...", then "The insurance limit
     * rose to $250,000" is not Beta's. On the tuning half such proposals of an organisation other than the topic were
     * right 1 time of 4 on fold a (where this was seen) and 1 of 11 on fold b, the topic's 56 of 72. A person's report
     * ({@code implicit/person-speaker}) keeps its answer: fold a has no such case to judge it by. An empty field beats
     * a wrong one, a proposed one included.
     */
    private Found onlyTheTopicImplied(Found subject) {
        if (!IMPLICIT.equals(subject.step()) || subject.value() == null || subject.value().equals(context.topic())
                || List.of(subject.detail().split("/")).contains("person-speaker")) {
            return subject;
        }
        return Found.NONE;
    }

    /**
     * A figure in what a reporting source says ({@link ReportingSources}: a research firm, a news agency, a pollster
     * the article names as such) is not the source's own: "The firm said more than 4 billion songs had been downloaded
     * from the iTunes store" (NPD Group, "a market research firm"), "The Reuters news agency reports that ... equity
     * values lose $1 trillion" (MEANTIME tuning, two articles). The speaker ({@code speaker}, a candidate only) is not
     * proposed there: an empty field beats a wrong one.
     */
    private Found notASourcesOwn(Found subject) {
        if (!SPEAKER.equals(subject.step()) || subject.value() == null) {
            return subject;
        }
        Entity speaker = byId.get(subject.value());
        return speaker != null && ReportingSources.isSource(context.doc(), speaker, context::entityAt) ? Found.NONE
                : subject;
    }

    /**
     * A physical measurement (length, range, weight, speed, capacity) is a product's, not its maker's: "the A380's
     * range of 15,000 km", "The freighter will carry 150 tons". When the chain's answer for a measurement is only the
     * organisation the article or the main clause is about ({@code implicit}, {@code main-clause}) and the sentence
     * names exactly one product, that product is proposed instead ({@code product}, a candidate only: which thing the
     * sentence measures is not read from the parse). A sure answer (the product as the verb's subject, "the A380 can
     * fly 8,000 miles") and a climb's answer stay; a measurement with no answer gets none (tried: proposing the product
     * there too added one wrong asserted subject on the reported half, through figures merged by their subject). A
     * measurement of another thing the product only describes keeps the chain's answer ({@link
     * ProductClauses#describesAnother}: "The factory that builds the Kite 400 covers 85,000 square metres", session
     * 40).
     */
    private Found productMeasured(AnnotatedSentence sentence, List<Token> span, Token head,
                                  FigureCandidate candidate, Found subject) {
        if (candidate.kind() != FigureKind.MEASUREMENT || subject.sure()
                || !IMPLICIT.equals(subject.step()) && !MAIN_CLAUSE.equals(subject.step())) {
            return subject;
        }
        Entity answered = byId.get(subject.value());
        if (answered == null || answered.type() != EntityType.ORGANIZATION) {
            return subject;
        }
        Set<String> products = new java.util.LinkedHashSet<>();
        for (Token token : sentence.tokens()) {
            Entity entity = context.entityAt(token);
            if (entity != null && entity.type() == EntityType.PRODUCT) {
                products.add(entity.id());
            }
        }
        if (products.size() != 1) {
            return subject;
        }
        String product = products.iterator().next();
        for (Token token : sentence.tokens()) {
            Entity entity = context.entityAt(token);
            if (entity != null && entity.id().equals(product)
                    && ProductClauses.describesAnother(sentence, span, head, token, context::entityAt)) {
                // "The factory that builds the Kite 400 covers 85,000 square metres": the factory's measurement
                return subject;
            }
        }
        return new Found(product, PRODUCT, false);
    }

    /**
     * A figure whose own clause is about a product that the answer is the maker of ("Corvin's Mistral 7 business jet,
     * launched two years ago, has won only nine orders": Corvin reached as the possessor of the clause's subject;
     * "its Kestrel engine had logged 1.2 million flight hours": "its" for the engine's maker) is the product's, not
     * the maker's, whatever step reached the maker and however sure ({@link ProductClauses#madeBy}: the maker hangs
     * on the product word by a possessive, a name modifier, "of" or "from"). The product named is proposed instead
     * ({@code product/maker}, a candidate); a product noun with no name leaves the field empty. Real text: MEANTIME
     * tuning "Apple's iTunes held 19 percent" and "Boeing's upcoming new design, the 7e7, ... at 200-250 seats" (the
     * gold credits the product both times); session 22's held-out B ("Corvin's Mistral 7 business jet", "its Kestrel
     * engine"), where sure steps asserted the maker. A buyer's figure is untouched: the buyer does not hang on the
     * product word ("Aer Lingus ordered six A330s": the order is the subject's). Nor are the maker's results that the
     * product drove ({@link MakersResults}: "its Ridge drill sold 80,000 units, lifting group revenue 9%", session 40).
     */
    private Found notTheMakers(AnnotatedSentence sentence, List<Token> span, Token head, Found measure,
                               Found subject) {
        if (subject.value() == null) {
            return subject;
        }
        Entity answered = byId.get(subject.value());
        if (answered == null || answered.type() != EntityType.ORGANIZATION) {
            return subject;
        }
        ProductClauses.Owner owner = ProductClauses.of(sentence, span, head, context::entityAt);
        if (!madeBy(sentence, owner, answered)) {
            owner = ProductClauses.onTheClimb(sentence, span, head, context::entityAt).stream()
                    .filter(met -> madeBy(sentence, met, answered)).findFirst().orElse(null);
            if (owner == null) {
                return subject;
            }
        }
        if (MakersResults.measured(sentence, span, head, measure.value(), owner.at())) {
            // "its Ridge drill sold 80,000 units, lifting group revenue 9%": the maker's results, which the product
            // only drove
            return subject;
        }
        if (owner.product() != null) {
            return new Found(owner.product().id(), PRODUCT, false).with("maker");
        }
        // "its Aria folding e-bike" with Aria typed an organisation: whose the figure is, the parse does not say for
        // sure; the maker is proposed in a group of its own (product-maker), not the group the climb reached
        return named(sentence, owner.at()) ? subject.refused(PRODUCT_MAKER) : Found.NONE;
    }

    private boolean madeBy(AnnotatedSentence sentence, ProductClauses.Owner owner, Entity answered) {
        return owner.found() && ProductClauses.madeBy(sentence, owner, answered, context::entityAt,
                token -> standsFor(sentence, token));
    }

    /** Whether a product word has a name before it ("its Aria folding e-bike"), of whatever type the name was read. */
    private boolean named(AnnotatedSentence sentence, Token word) {
        for (Token child : sentence.children(word)) {
            if (child.index() < word.index() && (context.entityAt(child) != null || ProductClauses.isName(child))
                    && DependencyWalk.relation(sentence, word, child).equals("compound")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation a possessive pronoun stands for: the subject of the verb whose object the pronoun's noun is
     * ("Aldane's engine supplier, Haldor Propulsion, said its Kestrel engine ... had logged 1.2 million flight hours":
     * "its" is the supplier's, named beside it; {@link #boundBy}), else {@link Coreference}'s answer, or null.
     */
    private Entity standsFor(AnnotatedSentence sentence, Token pronoun) {
        Entity bound = boundBy(sentence, pronoun);
        if (bound != null) {
            return bound;
        }
        Found found = coreferent(sentence, pronoun);
        return found == null || found.value() == null ? null : byId.get(found.value());
    }

    /**
     * The organisation that is the subject of the verb whose object a possessive pronoun's noun is ("Haldor said its
     * engine ...", "Aldane's engine supplier, Haldor Propulsion, said its Kestrel engine ..."): an object's "its" is
     * its own verb's subject's, named or named beside a common noun ({@link #namedBy}); null for any other pronoun or
     * shape (coreference then answers). Session 38: coreference had taken that "its" for the article's company.
     */
    private Entity boundBy(AnnotatedSentence sentence, Token pronoun) {
        if (!word(pronoun).equals("its")) {
            return null;
        }
        Token noun = sentence.head(pronoun);
        Token verb = noun == null || !sentence.relationToHead(noun).equals("obj") ? null : sentence.head(noun);
        if (verb == null || !verb.pos().startsWith("VB")) {
            return null;
        }
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).equals("nsubj")) {
                Entity subject = context.entityAt(child);
                if (subject == null) {
                    subject = namedBy(sentence, child);
                }
                return subject != null && subject.type() == EntityType.ORGANIZATION ? subject : null;
            }
        }
        return null;
    }

    /**
     * A figure whose own clause is about a product ({@link ProductClauses}: "The aircraft is thought to have attracted
     * 840 orders", "the new 290+ seat jetliner is more fuel efficient") is not its maker's: where the chain's answer is
     * only the organisation the article, the main clause or the speaker is about ({@code implicit}, {@code
     * main-clause}, {@code speaker}), the product the clause names is proposed instead ({@code product/clause}), or,
     * when the clause has only a product noun, the one product its sentence names; with none, nothing (an empty field
     * beats the maker). Sure answers and other steps stay.
     */
    private Found productClause(AnnotatedSentence sentence, List<Token> span, Token head, Found subject) {
        if (subject.value() == null) {
            return productTakenUp(sentence, span, head, subject);
        }
        if (subject.sure() || !IMPLICIT.equals(subject.step())
                && !MAIN_CLAUSE.equals(subject.step()) && !SPEAKER.equals(subject.step())) {
            return subject;
        }
        Entity answered = byId.get(subject.value());
        if (answered == null || answered.type() != EntityType.ORGANIZATION) {
            return subject;
        }
        ProductClauses.Owner owner = ProductClauses.of(sentence, span, head, context::entityAt);
        if (!owner.found()) {
            return subject;
        }
        if (owner.product() != null) {
            return new Found(owner.product().id(), PRODUCT, false).with("clause");
        }
        Set<String> products = new java.util.LinkedHashSet<>();
        for (Token token : sentence.tokens()) {
            Entity entity = context.entityAt(token);
            if (entity != null && entity.type() == EntityType.PRODUCT) {
                products.add(entity.id());
            }
        }
        return products.size() == 1 ? new Found(products.iterator().next(), PRODUCT, false).with("clause")
                : products.isEmpty() ? productTakenUp(sentence, span, head, Found.NONE) : Found.NONE;
    }

    /**
     * A product the product steps answered with ({@code product}: the one product a measurement's sentence names, the
     * product a figure's own clause is about, a named line's results, the product an earlier sentence named for "the
     * aircraft", a product reached instead of its maker) is decided by its group's evidence ({@code product} in
     * subject-case-groups.tsv, split out of candidate-step in session 39): the steps find the product by the
     * structure of the figure's clause, not by guessing whom the article is about, so their answers are counted apart.
     */
    private Found productDecided(Found subject) {
        return PRODUCT.equals(subject.step()) && !subject.sure() ? decided(subject) : subject;
    }

    /**
     * A company's results said of a named product or line of its ({@link NamedLines}: "Sales of the Sentra line
     * reached $205 million", "Sales of its migraine drug Calmira rose 27%") are the product's or the line's: where the
     * chain's answer is only the organisation the article, the main clause or the speaker is about ({@code implicit},
     * {@code main-clause}, {@code speaker}), the product named is proposed instead ({@code product/line}); a line the
     * entity step left untyped leaves the field empty (an empty field beats the company). Held-out sets of sessions 23
     * and 38 had such results asserted or proposed for the company ({@code implicit-result}).
     */
    private Found notALinesOwn(AnnotatedSentence sentence, List<Token> span, Token head, Found subject) {
        if (subject.value() == null || subject.sure() || !IMPLICIT.equals(subject.step())
                && !MAIN_CLAUSE.equals(subject.step()) && !SPEAKER.equals(subject.step())) {
            return subject;
        }
        Token line = NamedLines.of(sentence, span, head, context::entityAt);
        if (line == null) {
            return subject;
        }
        Entity product = NamedLines.product(sentence, line, context::entityAt);
        return product != null ? new Found(product.id(), PRODUCT, false).with("line") : Found.NONE;
    }

    /**
     * A figure whose own clause is about a definite product noun in a sentence that names no product ("The aircraft
     * flew with a flight crew of six", "The plane left four hours late, carrying 150 passengers"): the product an
     * earlier sentence named is proposed ({@code product/previous}: {@link ProductsNamedBefore}); else the answer the
     * chain had (none). The noun must not be the figure's own ("144 planes have been ordered" counts planes).
     */
    private Found productTakenUp(AnnotatedSentence sentence, List<Token> span, Token head, Found subject) {
        ProductClauses.Owner owner = ProductClauses.of(sentence, span, head, context::entityAt);
        if (owner.product() != null || !owner.productNoun() || span.contains(owner.at())
                || !ProductsNamedBefore.definite(sentence, owner.at())
                || ProductsNamedBefore.agentOfPassive(sentence, head)) {
            return subject;
        }
        for (Token token : sentence.tokens()) {
            Entity entity = context.entityAt(token);
            if (entity != null && entity.type() == EntityType.PRODUCT) {
                return subject;
            }
        }
        Entity product = ProductsNamedBefore.before(context.doc().sentences(), sentence.index(), context::entityAt);
        return product == null ? subject : new Found(product.id(), PRODUCT, false).with("previous");
    }

    /**
     * A market round-up's company move ("Shares gained 4.6%" after "The FTSE 100 index rose 48 points") is no stock
     * index's: an index is the subject only of its own level or move ({@link MarketMoves}). When the measure says a
     * stock moved and the chain answered with an organisation the article names as an index (the topic, the main
     * clause's subject, a climb past the mover), the answer is dropped: an empty subject beats the index.
     */
    private Found notAnIndexOfAStock(Found subject, Found measure) {
        if (subject.value() == null || !MarketMoves.STOCK_PRICE.equals(measure.step())) {
            return subject;
        }
        Entity entity = byId.get(subject.value());
        return entity != null && markets.isIndex(entity) ? Found.NONE : subject;
    }

    /**
     * An index's level or move is the index's, never a country's or a city's: "South Korea's Kospi lost 1.2%", "Germany's
     * DAX was up by a fifth of a percent" reach the place through the possessor of an index's name the entity reader
     * did not take for a name. When the measure says an index moved ({@link MarketMoves#movesAnIndex}) and the chain
     * answered with a place, the answer is dropped: an empty subject beats the country.
     */
    private Found notAPlaceOfAnIndex(Found subject, Found measure) {
        if (subject.value() == null || !MarketMoves.movesAnIndex(measure)) {
            return subject;
        }
        Entity entity = byId.get(subject.value());
        return entity != null && entity.type() == EntityType.PLACE ? Found.NONE : subject;
    }

    /**
     * A market move's own mover: where the measure says an index moved ({@link MarketMoves}: "The FTSE 100 rose 48
     * points to 5,210", "It went up by 0.16% (16.03 points)" after a sentence about the FTSE 100) and the answer the
     * syntax gave (the move verb's subject, its pronoun, its relative clause, a name modifier) is an organisation the
     * article names as an index, or where it says a company's shares moved ("shares in Acme fell 5%", "Acme's shares
     * rose 3%") and the answer is an organisation (an index never is: {@link #notAnIndexOfAStock}), the answer is the
     * mover itself, whatever else the sentence names. Such answers are cases of their own ({@code index-move},
     * {@code stock-move}, after the refusals and the climbs out of the clause in {@code subject-case-groups.tsv});
     * {@link SubjectCases} decides from their evidence whether they assert. An answer the chain only guessed
     * ({@code implicit}, {@code speaker}, {@code main-clause}) is left as it is.
     */
    private Found moverOfItsOwnMove(Found subject, Found measure) {
        if (subject.value() == null || UNSURE.contains(subject.step()) || pluralCoreferent(subject)
                || subject.promoted()) {
            return subject;
        }
        Entity entity = byId.get(subject.value());
        if (entity == null) {
            return subject;
        }
        if (MarketMoves.movesAnIndex(measure) && entity.type() != EntityType.PERSON
                && entity.type() != EntityType.PLACE && markets.isIndex(entity)) {
            return decided(subject.with(INDEX_MOVE));
        }
        if (MarketMoves.movesAStock(measure) && entity.type() == EntityType.ORGANIZATION) {
            return decided(subject.with(STOCK_MOVE));
        }
        return subject;
    }

    /**
     * The name or noun a bare age is set beside, or null: a number read as years of age ({@code Ages.age}: "Barra,
     * 51,", "aged 55", "a man, 45,") that the parser hangs on a noun as a modifier or an apposition. News gives a
     * person's age so, right after the name; the figure is then about that person, whatever the clause says.
     */
    private static Token agedName(AnnotatedSentence sentence, Token head, List<Token> span,
                                  FigureCandidate candidate) {
        if (candidate.kind() != FigureKind.DURATION || !"YR".equals(candidate.unit()) || !head.pos().equals("CD")
                || span.stream().anyMatch(t -> !t.pos().equals("CD") && !t.pos().equals("JJ")
                && !t.pos().equals("VBN"))) {
            return null;
        }
        Token name = sentence.head(head);
        String relation = sentence.relationToHead(head);
        // a common noun too ("a man, 45,", "the driver, 62,"): the figure parser reads a bare number there as years
        // of age only after a noun for a person (Ages); the person is then the subject only if it is a name
        return name != null && name.pos().startsWith("NN") && (relation.equals("amod") || relation.equals("appos"))
                ? name : null;
    }

    /**
     * A bare number of years the parse ties to the word "aged", as its governor ("died aged 88": dep(aged, 88)) or as
     * its modifier ("a man aged 72": amod(72, aged)): an age, whatever the parser made of the phrase around it.
     */
    private static boolean agedInParse(AnnotatedSentence sentence, Token head, List<Token> span,
                                       FigureCandidate candidate) {
        if (candidate.kind() != FigureKind.DURATION || !"YR".equals(candidate.unit()) || !head.pos().equals("CD")
                || span.stream().anyMatch(t -> !t.pos().equals("CD"))) {
            return false;
        }
        Token governor = sentence.head(head);
        return governor != null && word(governor).equals("aged")
                || sentence.children(head).stream().anyMatch(child -> word(child).equals("aged"));
    }

    /** A length of time written as an age: "54 years old", "a 38-year-old", "18 months of age". */
    private static boolean writtenAsAge(List<Token> span, FigureCandidate candidate) {
        if (candidate.kind() != FigureKind.DURATION) {
            return false;
        }
        String last = word(span.get(span.size() - 1));
        return last.equals("old") || last.endsWith("-old") || last.equals("age");
    }

    /** A count of shares ("3 million shares of Acme"): whose shares they are is their whole, not their holder. */
    private static boolean sharesCounted(FigureCandidate candidate, List<Token> nouns) {
        return candidate.kind() == FigureKind.COUNT && MarketMoves.isShareNoun(word(nouns.get(0)));
    }

    /**
     * The organisations the figure is a part of: the whole of its stake or share ("a 25 percent share in Acme", "6%
     * of Acme", "3 million shares of Acme"). Named in the figure's own phrase, they are what the figure is of, not a
     * rival for whose it is ({@link RivalOrganisations}).
     */
    private Set<String> wholes(AnnotatedSentence sentence, Token head, List<Token> nouns) {
        Set<String> wholes = new HashSet<>();
        List<Token> parts = new ArrayList<>(nouns);
        parts.add(0, head);
        for (Token part : parts) {
            boolean stake = FigureMeasures.STAKES.contains(lemma(part)) || MarketMoves.isShareNoun(word(part));
            boolean percent = word(part).equals("%") || word(part).equals("percent");
            for (Token child : sentence.children(part)) {
                String relation = DependencyWalk.relation(sentence, part, child);
                if (relation.equals("nmod:of") && (stake || percent) || relation.equals("nmod:in") && stake) {
                    Entity whole = context.entityOfPhrase(sentence, child, byId);
                    if (whole != null && whole.type() == EntityType.ORGANIZATION) {
                        wholes.add(whole.id());
                    }
                }
            }
        }
        return wholes;
    }

    /**
     * Whether a count counts organisations ("two investment banks", "three large auto companies"): the figure is then
     * about the organisations it counts, not about whoever the clause's subject is ("Fiat will pay the average of the
     * estimates of two investment banks"), so it gets no subject.
     */
    private static boolean countsOrganisations(FigureCandidate candidate) {
        return candidate.kind() == FigureKind.COUNT && candidate.unit() != null
                && Coreference.isOrganisationNoun(candidate.unit());
    }

    /**
     * Whether a count is the predicate of conjoined subjects that it counts ("Acme's Alpha and Beta's Gamma are two
     * types of rocket", "Acme and Beta are the two largest lenders"): the number is how many subjects there are, not
     * a figure about either of them, so it gets no subject.
     */
    private static boolean countsItsSubjects(AnnotatedSentence sentence, List<Token> nouns, FigureCandidate candidate) {
        if (candidate.kind() != FigureKind.COUNT || candidate.value() == null) {
            return false;
        }
        for (Token noun : nouns) {
            List<Token> children = sentence.children(noun);
            long subjects = children.stream()
                    .filter(c -> DependencyWalk.relation(sentence, noun, c).startsWith("nsubj")).distinct().count();
            if (subjects >= 2 && children.stream().anyMatch(c -> DependencyWalk.relation(sentence, noun, c)
                    .equals("cop")) && candidate.value().compareTo(java.math.BigDecimal.valueOf(subjects)) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer with where its entity stands in the article, as further details of its case: "topic" when it is the
     * article's most-mentioned organisation; then what competes with it in the sentence ({@link RivalOrganisations}):
     * "sole" when no other organisation is named (the subjects coordinated with it aside), "apart" when the syntax
     * sets every other one apart from the figure (an apposition, a quoted source, a side role such as an analyst's or a
     * supplier's, a preposition's object in another clause), "rivals" otherwise. They say how much there was to
     * confuse it with; {@link SubjectCases} groups cases by them.
     */
    private Found placed(AnnotatedSentence sentence, List<Token> nouns, Found found) {
        return placed(sentence, nouns, found, Set.of());
    }

    /** The same, where {@code wholes} are the organisations the figure is a part of (see {@link #wholes}). */
    private Found placed(AnnotatedSentence sentence, List<Token> nouns, Found found, Set<String> wholes) {
        if (found.value() == null || SPEAKER.equals(found.step())) {
            return found;
        }
        Set<String> answers = new HashSet<>(found.others());
        answers.add(found.value());
        Found placed = found.value().equals(context.topic()) ? found.with("topic") : found;
        // a person's figure (an age, their pay) competes with the other people the sentence names, not with its
        // companies; any other answer with the organisations
        Entity answer = byId.get(found.value());
        EntityType rivals = answer != null && answer.type() == EntityType.PERSON ? EntityType.PERSON
                : EntityType.ORGANIZATION;
        return placed.with(RivalOrganisations.standing(sentence, answers, nouns, rivals, wholes,
                context::entityAt));
    }

    /**
     * The answer, asserting only when its case may: {@link SubjectCases} decides from the measured evidence. A plural
     * that coreference read as several organisations ("The companies expect the $2.3 billion deal to close") is a
     * candidate only: one figure, two companies, and which of them it is the text does not say.
     */
    private Found decided(Found found) {
        if (found.value() == null) {
            return found;
        }
        return new Found(found.value(), found.step(), !pluralCoreferent(found) && cases.asserts(found.key()),
                found.others(), found.detail());
    }

    private static boolean pluralCoreferent(Found found) {
        return COREFERENCE.equals(found.step()) && !found.others().isEmpty();
    }

    private Found subject(AnnotatedSentence sentence, List<Token> nouns, List<Token> span, FigureKind kind,
                          boolean sharesCounted) {
        Found gapped = gapped(sentence, span);
        if (gapped != null) {
            return gapped;
        }
        Found whole = null;
        for (Token noun : nouns) {
            Found owner = owner(sentence, noun, span);
            if (owner != null && (kind == FigureKind.SHARE || sharesCounted) && attachedWhole(owner)
                    && noun == nouns.get(0)) {
                // "6% of Acme", "3 million shares of Acme", "12% of the carmaker": Acme is the whole the figure is
                // of; who holds it is said by the clause
                whole = owner.as(OF_ATTACHMENT).refused("whole");
                continue;
            }
            if (owner != null) {
                return owner;
            }
        }
        Token changed = ChangedNouns.changed(sentence, span, nouns, context::entityAt);
        Found changedOwner = changed == null ? null : owner(sentence, changed, span);
        if (changedOwner != null) {
            // "a 16% slide in the share price of Acme": the figure is the price's move, and the price is Acme's
            return changedOwner.with("changed");
        }
        Found holder = ownClause(sentence, nouns, span);
        if (holder != null) {
            return holder;
        }
        Found found = clauseSubject(sentence, nouns, span);
        if (whole != null && (found == Found.NONE || !found.sure())) {
            return whole;
        }
        return found;
    }

    /**
     * Whether an owner the figure's own noun gave is attached to it, not its possessor: an organisation by of/at
     * ("6% of Acme"), or one a word attached by "of" stands for ("61% of the firm", "12% of the carmaker": the
     * coreference answer carries the detail "of"). For a share that is the whole, not the holder.
     */
    private static boolean attachedWhole(Found owner) {
        return owner.step().equals(OF_ATTACHMENT)
                || owner.step().equals(COREFERENCE) && List.of(owner.detail().split("/")).contains("of");
    }

    private Found clauseSubject(AnnotatedSentence sentence, List<Token> nouns, List<Token> span) {
        Token previous = nouns.get(nouns.size() - 1);
        List<Token> path = new ArrayList<>();
        path.add(previous);
        path.addAll(DependencyWalk.ancestors(sentence, previous));
        boolean said = false;
        // the climb left the figure's own clause through an edge that does not say whose the figure is
        boolean strayed = false;
        // the climb passed from one clause into another (whose subject need not be the figure's clause's)
        boolean crossed = false;
        // the figure's phrase is a "with" phrase the parser hung on a verb after a modified object, which it may as
        // well describe (see withAfterObject)
        boolean objectWith = false;
        // the climb passed from a forecast's object to the verb of forecasting (ForecastObjects)
        boolean forecast = false;
        for (int step = 0; step < path.size() && step < MAX_CLIMB; step++) {
            Token current = path.get(step);
            if (step > 0) {
                Token below = path.get(step - 1);
                String relation = sentence.relationToHead(below);
                said = said || CLAUSE_RELATIONS.contains(relation)
                        && (SPEECH_VERBS.contains(lemma(current)) || REPORTING_VERBS.contains(lemma(current)));
                strayed = strayed || looseAttachment(below, current, relation, nouns)
                        || leavesClause(sentence, below, relation, nouns) || describesNoun(current, relation, nouns);
                crossed = crossed || crossesClause(sentence, below, current, relation, nouns);
                objectWith = objectWith || withAfterObject(sentence, below, current, relation);
                forecast = forecast || ForecastObjects.passes(below, current, relation,
                        sentence.relationToHead(current), nouns);
                Entity named = context.entityAt(current);
                if (named != null && named.type() != EntityType.PLACE && !nouns.contains(current)) {
                    if (named.type() == EntityType.PERSON && !relation.equals("appos")) {
                        return Found.NONE;
                    }
                    boolean attached = ATTACHMENTS.contains(relation) || relation.startsWith("acl");
                    return sure(named.id(), relation.equals("appos") ? APPOSITION
                            : relation.startsWith("acl") ? RELATIVE_CLAUSE : OF_ATTACHMENT, said,
                            strayed ? "strayed" : attached ? null : "unattached").with("climb");
                }
                Entity possessor = possessorOnClimb(sentence, current, nouns);
                if (possessor != null) {
                    // "Acme backed Beta's bid for a licence costing $40 million": the noun the climb passes is Beta's,
                    // and so is what hangs on it; not the subject of the verb above
                    return sure(possessor.id(), POSSESSOR, said, strayed ? "strayed" : null).with("climb");
                }
                if (relation.startsWith("acl") && MarketMoves.isShareNoun(word(current))) {
                    // "with shares in Acme falling 9%": the shares the participle describes are Acme's
                    Found owner = owner(sentence, current, span);
                    if (owner != null) {
                        return said ? new Found(owner.value(), SPEAKER, false)
                                : (strayed ? owner.refused("strayed") : owner).with("shares");
                    }
                }
                if (step == 1) {
                    Entity beside = roundUp(sentence, current, below, relation);
                    if (beside != null) {
                        return sure(beside.id(), ROUND_UP, said, strayed ? "strayed" : null);
                    }
                }
            }
            if (step > 0 && GIVING_VERBS.contains(lemma(current))
                    && sentence.relationToHead(path.get(step - 1)).equals("obj")) {
                Token recipient = child(sentence, current, "iobj");
                Found given = recipient == null ? null : subjectPhrase(sentence, current, recipient, span);
                if (given != null && given != Found.NONE) {
                    return said ? new Found(given.value(), SPEAKER, false)
                            : (strayed ? given.refused("strayed") : given).with("recipient");
                }
            }
            Found found = verbSubject(sentence, current, span, nouns);
            if (said && (found == Found.NONE || found == null)) {
                // "Acme's finance director said net debt fell to $1bn": the organisation the reporting person is
                // titled for (a candidate: the parse says who reports the figure, not whose it is)
                Found employer = employer(sentence, current, span, nouns);
                if (employer != null) {
                    return employer;
                }
            }
            if (found == Found.NONE) {
                // a person reporting ("Finance director Smith said net debt fell to $1bn") is not whose the figure
                // is, and the syntax does not say whose it is: at most the organisation the article is about
                return said ? implicit(sentence, "person-speaker") : found;
            }
            if (found != null) {
                boolean relative = sentence.relationToHead(current).startsWith("acl");
                Found named = relative && found.step().equals(NSUBJ) ? found.as(RELATIVE_CLAUSE) : found;
                // a climb inside the figure's clause that ends at the subject of the sentence's main verb ("Acme
                // operates a fleet consisting of 30 aircraft") is "deep/main"; one ending at a subordinate verb's
                // subject ("... under a contract worth up to EUR 2bn over five years" inside a complement) "deep"
                String depth = step <= 1 ? null : crossed ? "far" : "deep";
                // "Mellor cut its forecast for Beta's profit to 80 million euros": the figure is Beta's, forecast
                Entity forecastFor = step == 0 || sentence.relationToHead(path.get(step - 1)).equals("obj") ? null
                        : ForecastObjects.about(sentence, current, context::entityAt);
                boolean forecastOf = forecastFor != null && !forecastFor.id().equals(found.value())
                        && !found.others().contains(forecastFor.id());
                return said ? new Found(found.value(), SPEAKER, false)
                        : (strayed ? named.refused("strayed") : objectWith ? named.refused("object-with")
                        : forecast ? named.refused("forecast") : forecastOf ? named.refused("forecast-of") : named)
                        .with(depth)
                        .with("deep".equals(depth) && sentence.relationToHead(current).equals("root") ? "main" : null);
            }
            Entity unlabelled = unlabelledSubject(sentence, current);
            if (unlabelled != null) {
                return sure(unlabelled.id(), NSUBJ, said, strayed ? "strayed" : null).with("unlabelled");
            }
        }
        Entity main = mainSubject(sentence);
        if (main != null) {
            return new Found(main.id(), MAIN_CLAUSE, false);
        }
        Found implied = implicit(sentence, null);
        return implied.value() != null && namesAnother(sentence, path, span, nouns, byId.get(implied.value()))
                ? Found.NONE : implied;
    }

    /**
     * Whether a verb on the climb has a subject written as a name the entity step left untyped and that is no word of
     * the implied organisation's name ("Brightmere, owned by a private equity group, reported a 9% rise in sales" in a
     * story about Calloway Home; "Vantor, a Spanish carmaker, reported a 12% increase in deliveries"): the sentence
     * says who acts, so the article's company is not implied; an empty field beats it. An all-capital word
     * ("EBITDA") and a word of results are no such name.
     */
    private boolean namesAnother(AnnotatedSentence sentence, List<Token> path, List<Token> span, List<Token> nouns,
                                 Entity implied) {
        if (implied == null) {
            return false;
        }
        List<String> names = new ArrayList<>(List.of(implied.name()));
        if (implied.aliases() != null) {
            names.addAll(implied.aliases());
        }
        Set<String> own = new HashSet<>();
        for (String name : names) {
            for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                own.add(part);
            }
        }
        for (int step = 0; step < path.size() && step < MAX_CLIMB; step++) {
            Token verb = path.get(step);
            if (!verb.pos().startsWith("VB")) {
                continue;
            }
            for (Token child : sentence.children(verb)) {
                String text = child.text();
                if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj") && !span.contains(child)
                        && !nouns.contains(child) && child.pos().startsWith("NNP") && context.entityAt(child) == null
                        && ProductClauses.isName(child) && !text.equals(text.toUpperCase(Locale.ROOT))
                        && !ReportedResults.isResultWord(text.toLowerCase(Locale.ROOT))
                        && !own.contains(text.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The organisation a common noun on the climb belongs to by a possessive ("Beta's bid for a licence costing $40
     * million"), when that noun is not one the figure measures; null otherwise (places and people own no such noun
     * here: "Britain's biggest bid").
     */
    private Entity possessorOnClimb(AnnotatedSentence sentence, Token noun, List<Token> nouns) {
        if (!noun.pos().startsWith("NN") || noun.pos().startsWith("NNP") || nouns.contains(noun)) {
            return null;
        }
        for (Token child : sentence.children(noun)) {
            if (DependencyWalk.relation(sentence, noun, child).equals("nmod:poss")) {
                Entity entity = context.entityAt(child);
                return entity != null && entity.type() == EntityType.ORGANIZATION ? entity : null;
            }
        }
        return null;
    }

    /**
     * The organisation the person who says or reports the figure is titled for ({@link Coreference#employer}: "Acme's
     * finance director Jo Lind said revenue rose 4%"), a candidate only ({@code employer}); null when the verb's
     * subject is no titled person.
     */
    private Found employer(AnnotatedSentence sentence, Token verb, List<Token> span, List<Token> nouns) {
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj") && !span.contains(child)
                    && !nouns.contains(child)) {
                Entity organisation = context.coreference().employer(sentence, child);
                if (organisation != null && organisation.type() == EntityType.ORGANIZATION) {
                    return new Found(organisation.id(), EMPLOYER, false).with("person-speaker");
                }
            }
        }
        return null;
    }

    /** The organisation the article is about at this sentence, a candidate only ({@code implicit}); else nothing. */
    private Found implicit(AnnotatedSentence sentence, String detail) {
        Entity salient = context.coreference().salient(sentence.index());
        return salient == null ? Found.NONE : new Found(salient.id(), IMPLICIT, false).with(detail);
    }

    /**
     * What the subjects of a verb say the figure is about; null when it has none that names an owner. Coordinated
     * subjects ("Walmart and Intuit spend millions each month") are each the figure's subject; coordinated subjects
     * with coordinated figures ("A and B rose 3% and 5% respectively") pair up in order, and without "respectively"
     * no pairing is sure.
     */
    private Found verbSubject(AnnotatedSentence sentence, Token verb, List<Token> span, List<Token> nouns) {
        List<Token> subjects = new ArrayList<>();
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj") && !span.contains(child)
                    && !nouns.contains(child) && !subjects.contains(child)
                    && !strayInfinitiveSubject(sentence, verb, child)) {
                subjects.add(child);
            }
        }
        if (subjects.isEmpty()) {
            return null;
        }
        subjects.sort(Comparator.comparingInt(Token::index));
        if (subjects.size() > 1) {
            Token own = nouns.get(nouns.size() - 1);
            List<Token> figures = coordinated(sentence, verb, own);
            if (figures.size() < 2 && respectively(sentence)) {
                // "Ford and GM posted sales declines of 20% and 33% respectively": the figures are coordinated under
                // the noun the verb takes, not on the verb itself; they pair up with the subjects all the same
                // (only named subjects, as many as the figures: "Shipping and handling costs were $1.0 billion, $1.0
                // billion and $1.1 billion in 2020, 2019 and 2018, respectively" pairs the amounts with the years)
                List<Token> listed = RespectiveLists.listed(sentence, nouns.get(0));
                if (listed.size() == subjects.size() && subjects.stream().allMatch(t -> context.entityAt(t) != null)) {
                    own = nouns.get(0);
                    figures = listed;
                }
            }
            if (figures.size() > 1) {
                if (figures.size() != subjects.size() || !respectively(sentence)) {
                    Found first = subjectPhrase(sentence, verb, subjects.get(0), span);
                    return first == null || first == Found.NONE ? Found.NONE : first.refused("unpaired");
                }
                Found paired = subjectPhrase(sentence, verb, subjects.get(figures.indexOf(own)), span);
                return paired == null ? Found.NONE : paired;
            }
            Found first = null;
            List<String> others = new ArrayList<>();
            for (Token subject : subjects) {
                Found found = subjectPhrase(sentence, verb, subject, span);
                if (found == null || found == Found.NONE) {
                    return first == null ? found : first.refused("partly-named");
                }
                if (first == null) {
                    first = found;
                } else if (!found.value().equals(first.value()) && !others.contains(found.value())) {
                    others.add(found.value());
                }
            }
            return new Found(first.value(), first.step(), first.sure(), others, first.detail()).with("coordinated");
        }
        return subjectPhrase(sentence, verb, subjects.get(0), span);
    }

    /**
     * Whether a verb's subject is one a "to" infinitive cannot have: such a clause states a subject of its own only
     * after "for" ("for Acme to be given $5m"); its understood subject comes as {@code nsubj:xsubj}. A plain subject
     * of a "to" infinitive without "for" is a misparse ("pleaded before Congress to be given $14 billion", with
     * Congress read as the subject of "given"), and the climb goes on to the verb the infinitive depends on.
     */
    private static boolean strayInfinitiveSubject(AnnotatedSentence sentence, Token verb, Token subject) {
        String relation = DependencyWalk.relation(sentence, verb, subject);
        if (relation.contains("xsubj") || !verb.pos().startsWith("VB")) {
            return false;
        }
        boolean to = false;
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).equals("mark")) {
                if (word(child).equals("for")) {
                    return false;
                }
                to = to || word(child).equals("to") && child.index() > subject.index();
            }
        }
        return to;
    }

    /** The figure and the figures coordinated with it under the same verb by the same relation, in text order. */
    private static List<Token> coordinated(AnnotatedSentence sentence, Token verb, Token figure) {
        String relation = DependencyWalk.relation(sentence, verb, figure);
        List<Token> out = new ArrayList<>();
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).equals(relation) && !out.contains(child)
                    && (child == figure || conjoined(sentence, child, figure))) {
                out.add(child);
            }
        }
        out.sort(Comparator.comparingInt(Token::index));
        return out;
    }

    private static boolean conjoined(AnnotatedSentence sentence, Token a, Token b) {
        return sentence.children(a).contains(b) && DependencyWalk.relation(sentence, a, b).startsWith("conj")
                || sentence.children(b).contains(a) && DependencyWalk.relation(sentence, b, a).startsWith("conj")
                || sentence.head(a) != null && sentence.head(a).equals(sentence.head(b))
                && sentence.relationToHead(a).startsWith("conj") && sentence.relationToHead(b).startsWith("conj");
    }

    private static boolean respectively(AnnotatedSentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> word(t).equals("respectively"));
    }

    /**
     * "The 6% of Acme that the government owns", "the $5bn that Acme spent": a clause describing the figure's own noun,
     * of which the figure is the object, says whose it is: that clause's subject; null when there is none.
     */
    private Found ownClause(AnnotatedSentence sentence, List<Token> nouns, List<Token> span) {
        for (Token noun : nouns) {
            for (Token verb : sentence.children(noun)) {
                String relation = DependencyWalk.relation(sentence, noun, verb);
                boolean relative = relation.startsWith("acl:relcl") || relation.equals("dep")
                        && sentence.children(verb).stream().anyMatch(c -> word(c).matches("that|which")
                        && DependencyWalk.relation(sentence, verb, c).matches("mark|ref|obj"));
                // "roles where the businesses overlap" is not a clause with the figure as its object
                if (!relative || !verb.pos().startsWith("VB") || verb.index() < noun.index()
                        || sentence.children(verb).stream().anyMatch(c -> c.pos().equals("WRB")
                        || !word(c).matches("that|which") && DependencyWalk.relation(sentence, verb, c).equals("obj"))) {
                    continue;
                }
                for (Token subject : sentence.children(verb)) {
                    if (DependencyWalk.relation(sentence, verb, subject).startsWith("nsubj") && !span.contains(subject)
                            && !word(subject).matches("that|which")) {
                        Found holder = organisation(sentence, subject, context.entityOfPhrase(sentence, subject, byId),
                                RELATIVE_CLAUSE);
                        if (holder != null) {
                            return holder.with("own-clause");
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the climb passes from a modifier clause into the name it describes ("the A380-800, able to carry 555
     * passengers", "the Dow Jones Industrial Average losing 900 points"): the figure is then about that named thing,
     * not about the subject of the clause the name is in. A common noun ("a fleet consisting of 30 aircraft", "a plan
     * which would close five plants") is the clause's own, and an organisation so described is read by the caller.
     */
    private boolean describesNoun(Token current, String relation, List<Token> nouns) {
        return (relation.startsWith("acl") || relation.equals("amod")) && !nouns.contains(current)
                && context.entityAt(current) == null && isName(current);
    }

    /** A name the entity recogniser did not take: a proper noun, or a noun with a digit ("A380"). */
    private static boolean isName(Token token) {
        return token.pos().startsWith("NNP") || token.pos().startsWith("NN") && token.text().chars()
                .anyMatch(Character::isDigit);
    }

    /**
     * A number or noun the parser hung on a verb as a bare {@code dep} ("... at discounts, US$2.4 billion, Airbus had
     * offered"): the parse does not say what it is to that verb. ("revenue of $5bn", where the amount is a {@code dep}
     * of "of", is not this.)
     */
    private static boolean looseAttachment(Token below, Token governor, String relation, List<Token> nouns) {
        return relation.equals("dep") && !below.pos().startsWith("VB") && (governor.pos().startsWith("VB")
                || governor.pos().startsWith("NN") && nouns.contains(below) && !isAmountOrDate(governor));
    }

    /**
     * Whether the climb reaches a verb through a "with" phrase that follows the verb's object, when that object is a
     * common noun carrying a phrase of its own ("agreed to buy a unit of Beta with sales of $300 million", "lost a bid
     * for a hotel chain with 90 hotels"): the parser hangs such a phrase on the verb, but it may as well describe the
     * object, which need not be the verb's subject's. The subject of the verb is then only proposed. An object without
     * such a phrase ("ended the year with sales of $3 billion", "beat forecasts with a profit of $2 billion") leaves
     * the "with" phrase the subject's.
     */
    private static boolean withAfterObject(AnnotatedSentence sentence, Token below, Token verb, String relation) {
        if (!relation.equals("obl:with") || !verb.pos().startsWith("VB")) {
            return false;
        }
        for (Token object : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, object).equals("obj") && object.pos().startsWith("NN")
                    && !object.pos().startsWith("NNP") && object.index() < below.index()
                    && sentence.children(object).stream().anyMatch(c -> {
                        String edge = DependencyWalk.relation(sentence, object, c);
                        return c.index() > object.index() && c.index() < below.index()
                                && (edge.startsWith("nmod") && !edge.equals("nmod:poss") || edge.startsWith("acl"));
                    })) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun that is a time or an amount ("earlier this year", "rubles (US$2.6 billion)"): an amount or a conversion the
     * parser hung on it by a bare dep still belongs with what that noun belongs to; it is not what the figure measures.
     */
    private static boolean isAmountOrDate(Token token) {
        return AMOUNT_OR_DATE.contains(token.ner());
    }

    /**
     * Whether climbing from a clause's head leaves a clause that has a subject of its own: "Citigroup fell 14%, and
     * Acme, which dropped 9% ..." parsed with the second clause under the first; what the outer clause says is not
     * about the inner clause's figure.
     */
    private boolean leavesClause(AnnotatedSentence sentence, Token below, String relation, List<Token> nouns) {
        String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
        List<Token> subjects = sentence.children(below).stream().filter(c -> !nouns.contains(c)
                && (DependencyWalk.relation(sentence, below, c).startsWith("nsubj")
                || DependencyWalk.relation(sentence, below, c).startsWith("csubj"))).toList();
        if (!CLAUSE_EDGES.contains(base) || subjects.isEmpty()) {
            return false;
        }
        // "The airline carried 21m passengers, and revenue climbed to £3.2bn": a conjoined clause whose subject is a
        // plain measure (not an actor: "and the airport earned") is about the first clause's subject
        return !base.equals("conj") || AGENT_VERBS.contains(lemma(below))
                || subjects.stream().anyMatch(c -> !isPlainMeasure(sentence, c));
    }

    /**
     * Whether a climbing edge passes into a clause with a subject of its own: an adverbial, complement or subject
     * clause ("Acme agreed to buy Beta, adding 48 branches"; "Acme said the closures would save $5m"), a relative
     * clause, whose subject is the noun it describes ("the plant, which will employ 2,500 people"), or a conjoined or
     * open clause whose subject is not the outer verb's ("Acme carried 21m passengers, and revenue climbed 5%";
     * "Acme expects revenue to rise 12%"). The subject above such an edge is another clause's, often not whose the
     * figure is. A conjoined verb or open complement that shares the outer subject ("Acme bought Beta and cut 300
     * jobs", "Acme agreed to pay $5m") and an edge from a noun ("a fleet consisting of 30 aircraft") stay in the
     * clause.
     */
    private static boolean crossesClause(AnnotatedSentence sentence, Token below, Token above, String relation,
                                         List<Token> nouns) {
        String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
        if (CROSSING_EDGES.contains(base) || relation.equals("acl:relcl")) {
            return true;
        }
        if (!SHARING_EDGES.contains(base)) {
            return false;
        }
        for (Token child : sentence.children(below)) {
            String childRelation = DependencyWalk.relation(sentence, below, child);
            if ((childRelation.startsWith("nsubj") || childRelation.startsWith("csubj")) && !nouns.contains(child)
                    && !(sentence.children(above).contains(child)
                    && DependencyWalk.relation(sentence, above, child).startsWith("nsubj"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure after the remnant of a list that leaves its verb out ({@link GappedRemnants}: "Ford cut 3,000 jobs,
     * General Motors 5,000", "the Dow rose 1.2%, the S&amp;P 500 0.9%") is of the organisation the remnant names (step
     * {@code gapped}; {@link SubjectCases} decides whether it asserts), and of nothing else of the sentence where the
     * remnant names none ("the liberals 11": the first clause's subject is not theirs). A remnant of place ("in France
     * 2%") says where, not whose: the chain goes on. Null when the figure is in no gapped list.
     */
    private Found gapped(AnnotatedSentence sentence, List<Token> span) {
        GappedRemnants.Remnant remnant = GappedRemnants.of(sentence, span);
        if (remnant == null || remnant.words().get(0).text().equalsIgnoreCase("in")) {
            return null;
        }
        for (Token word : remnant.words()) {
            Entity entity = context.entityAt(word);
            if (entity != null && entity.type() == EntityType.ORGANIZATION) {
                return new Found(entity.id(), GAPPED, true);
            }
        }
        return Found.NONE;
    }

    /**
     * A market round-up's "with Acme at 15%", "followed by Acme at 13%": the figure attached to a verb by "at", and
     * beside it on the same verb an organisation attached by with/by: the figure is that organisation's.
     */
    private Entity roundUp(AnnotatedSentence sentence, Token verb, Token figure, String relation) {
        if (!relation.equals("obl:at") && !relation.equals("nmod:at")) {
            return null;
        }
        Entity found = null;
        for (Token child : sentence.children(verb)) {
            String childRelation = DependencyWalk.relation(sentence, verb, child);
            Entity entity = context.entityAt(child);
            if (entity != null && entity.type() == EntityType.ORGANIZATION && child.index() < figure.index()
                    && ROUND_UP_RELATIONS.contains(childRelation)) {
                found = entity;
            }
        }
        return found;
    }

    /** An answer of the climb: the speaker's when the figure is said, else the step's, refused for a reason if any. */
    private Found sure(String id, String step, boolean said, String refusal) {
        if (said) {
            return new Found(id, SPEAKER, false);
        }
        Found found = new Found(id, step, !UNSURE.contains(step));
        return refusal == null ? found : found.refused(refusal);
    }

    /**
     * The subject the parser left unlabelled: "TikTok, owned by ByteDance, was spending ..." can come out with the
     * name and the verb both as {@code dep} of "owned". A finite verb (it has an auxiliary) without a subject, itself
     * a {@code dep}, takes the organisation that is a {@code dep} of the same word before it.
     */
    private Entity unlabelledSubject(AnnotatedSentence sentence, Token verb) {
        Token governor = sentence.head(verb);
        if (governor == null || !verb.pos().startsWith("VB") || !sentence.relationToHead(verb).equals("dep")
                || hasSubject(sentence, verb) || sentence.children(verb).stream()
                .noneMatch(c -> DependencyWalk.relation(sentence, verb, c).startsWith("aux"))) {
            return null;
        }
        Entity found = null;
        for (Token sibling : sentence.children(governor)) {
            Entity entity = context.entityAt(sibling);
            if (sibling.index() < verb.index() && entity != null && entity.type() == EntityType.ORGANIZATION
                    && DependencyWalk.relation(sentence, governor, sibling).equals("dep")) {
                found = entity;
            }
        }
        return found;
    }

    /**
     * What a verb's subject says the figure is about: an organisation, its possessor, or a resolved "it"; {@link
     * Found#NONE} to stop (a person the figure is not about), null when the subject is a plain noun ("revenue").
     */
    private Found subjectPhrase(AnnotatedSentence sentence, Token verb, Token subject, List<Token> span) {
        Entity entity = context.entityAt(subject);
        if (entity != null) {
            if (entity.type() == EntityType.PLACE) {
                Entity apposed = apposedOrganisation(sentence, subject);
                if (apposed != null) {
                    // "TAIPEI, June 4 - Luxen Optics said ...": a wire dateline's place parsed as the subject, the
                    // company that acts in apposition to it; the company is the subject, not the city
                    return new Found(apposed.id(), NSUBJ, true).with("organization").with("apposed");
                }
                // "Chicago lost 80,000 residents": a country's or a city's own figure, its own group (place)
                return new Found(entity.id(), NSUBJ, true).with(PLACE_ANSWER);
            }
            if (entity.type() == EntityType.PERSON && !PersonalVerbs.ofThePerson(sentence, verb, subject)) {
                return Found.NONE;
            }
            return new Found(entity.id(), NSUBJ, true).with(entity.type().name().toLowerCase(Locale.ROOT));
        }
        Entity named = namedBy(sentence, subject);
        if (named != null) {
            // "its unit Brindle Software cut 400 jobs", "the striker Tom Reed scored 21 goals": the name says who
            return named.type() == EntityType.PERSON && !PersonalVerbs.ofThePerson(sentence, verb, subject) ? Found.NONE
                    : new Found(named.id(), NSUBJ, true).with("named-noun");
        }
        Found coreferent = coreferent(sentence, subject);
        if (coreferent != null) {
            return coreferent;
        }
        Found owned = owner(sentence, subject, span);
        if (owned != null && owned.sure() && acts(verb) && !subject.pos().startsWith("NNP")
                && !MarketMoves.isShareNoun(word(subject)) && !namedIndex(subject, owned)) {
            // "G42, a Microsoft client, spends millions": the client spends, not Microsoft; "Acme's trusts hold 15%";
            // but "the Nasdaq Composite lost 1.7%": a proper noun's name modifier is part of its name
            return owned.refused("acting-modifier");
        }
        // "The city will spend $120 million" after naming the city: the subject itself stands for a place
        return owned != null ? owned : placeReferent(sentence, subject);
    }

    /**
     * The organisation a place's name has in apposition, name to name, after it: CoreNLP reads a wire dateline
     * ("MILAN, Nov 3 (Newsgraph) - Italian drugmaker Tessaro Pharma said", "GOTHENBURG, Sept 15 - Marrow Motors
     * unveiled") as the place being the verb's subject with the company apposed to it. Null when the place has no
     * organisation in apposition ("Chicago, the third-largest city, lost ...").
     */
    private Entity apposedOrganisation(AnnotatedSentence sentence, Token place) {
        for (Token child : sentence.children(place)) {
            Entity entity = context.entityAt(child);
            if (child.index() > place.index() && entity != null && entity.type() == EntityType.ORGANIZATION
                    && DependencyWalk.relation(sentence, place, child).equals("appos")) {
                return entity;
            }
        }
        return null;
    }

    /**
     * The name a common noun is given right after it, in apposition: a product ("Acme's weight-loss drug Zenthra",
     * "its new model, the Vela"), an organisation ("its unit Brindle Software") or a person ("the striker Tom Reed";
     * CoreNLP often hangs such a name on the noun by a bare {@code dep}): the figure is about the one named, not about
     * the possessor of the noun; null when the noun has no such name.
     */
    private Entity namedBy(AnnotatedSentence sentence, Token noun) {
        if (!noun.pos().startsWith("NN") || noun.pos().startsWith("NNP")) {
            return null;
        }
        for (Token child : sentence.children(noun)) {
            Entity entity = context.entityAt(child);
            String relation = DependencyWalk.relation(sentence, noun, child);
            boolean apposed = relation.equals("appos") || relation.equals("dep") && child.pos().startsWith("NNP")
                    && entity != null && entity.type() != EntityType.PRODUCT;
            if (entity != null && NAMING.contains(entity.type()) && child.index() > noun.index() && apposed) {
                return entity;
            }
        }
        return null;
    }

    /**
     * Whether a verb's subject is an index noun and its name modifier the index it names: "Germany's DAX index lost
     * 1.4%", "the FTSE 100 index closed 54 points higher". The name is the index's own, not another's who acts (as
     * "the Nasdaq Composite" is one name): a move verb of an index ("lose", "close") is no act of the name's owner.
     */
    private boolean namedIndex(Token subject, Found owned) {
        if (!MarketMoves.isIndexNoun(subject) || !POSSESSOR.equals(owned.step())
                || !owned.detail().equals("name-modifier")) {
            return false;
        }
        Entity entity = byId.get(owned.value());
        return entity != null && entity.type() != EntityType.PERSON && entity.type() != EntityType.PLACE
                && markets.isIndex(entity);
    }

    /** Whether a verb's subject is who acts or holds ("clients spend", "trusts hold"), not what is measured. */
    private static boolean acts(Token verb) {
        String lemma = lemma(verb);
        return AGENT_VERBS.contains(lemma) || lemma.equals("hold") || lemma.equals("own") || lemma.equals("control");
    }

    /**
     * Whether the number right before a word counts it ("the 20,000 TEU ship"); "iPhone 15" numbers the name after it,
     * a year before a name ("the 2024 Acme budget") is a date, and the figure's own number before a name ("the $7.6
     * billion Comcast credit facility", a 10-K sentence of KPI-EDGAR train) is the figure's, not a count of the name.
     */
    private static boolean countedBefore(AnnotatedSentence sentence, Token word, List<Token> span) {
        int at = sentence.tokens().indexOf(word);
        Token before = at > 0 ? sentence.tokens().get(at - 1) : null;
        return before != null && before.pos().equals("CD") && !"DATE".equals(before.ner()) && !span.contains(before);
    }

    /** Whether a noun is ranked by a superlative ("largest airline", "biggest carmaker", "No. 2 lender", "top bank"). */
    private static boolean ranked(AnnotatedSentence sentence, Token noun) {
        return sentence.children(noun).stream().anyMatch(c -> sentence.relationToHead(c).equals("amod")
                && (c.pos().equals("JJS") || RANKING_WORDS.contains(word(c))));
    }

    /** A noun's possessor or name modifier, or an organisation attached by of/at; null when it has none. */
    private Found owner(AnnotatedSentence sentence, Token noun, List<Token> span) {
        Found place = null;
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if (span.contains(child)) {
                continue;
            }
            if (relation.equals("nmod:poss") && word(child).equals("whose")) {
                Found antecedent = whoseAntecedent(sentence, child);
                if (antecedent != null) {
                    return antecedent;
                }
                continue;
            }
            if (relation.equals("compound") && countedBefore(sentence, child, span)) {
                continue; // "the 20,000 TEU ship": a unit a number counts is another figure, no owner of the noun
            }
            if (relation.equals("nmod:poss") || relation.equals("compound") || relation.equals("det:poss")) {
                Entity entity = context.entityAt(child);
                if (entity != null && entity.type() != EntityType.PLACE && entity.type() != EntityType.PERSON) {
                    return new Found(entity.id(), POSSESSOR, true).with(relation.equals("compound") ? "name-modifier"
                            : "possessive");
                }
                if (entity != null && entity.type() == EntityType.PLACE && relation.equals("nmod:poss")
                        && Coreference.isListedOrganisationNoun(word(noun)) && ranked(sentence, noun)) {
                    // "Germany's largest airline cancelled 800 flights": the place ranks the firm the noun describes;
                    // what the firm does is not the place's ("Norway's sovereign fund" is the country's own)
                    continue;
                }
                if (entity != null && entity.type() == EntityType.PLACE && relation.equals("nmod:poss")
                        && place == null) {
                    // "Germany's economy grew 1.8%": the place's own, unless an organisation owns the noun too
                    place = new Found(entity.id(), POSSESSOR, true).with("possessive").with(PLACE_ANSWER);
                    continue;
                }
                Found coreferent = coreferent(sentence, child);
                if (coreferent != null) {
                    return coreferent;
                }
                Found referent = relation.equals("nmod:poss") && place == null ? placeReferent(sentence, child) : null;
                if (referent != null) {
                    place = referent; // "the country's economy": the place's own, unless an organisation owns it too
                }
            }
        }
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            // "shares in Acme fell": Acme's shares; but "a 25% share in Acme" is a stake whose whole is Acme
            boolean sharesIn = relation.equals("nmod:in") && MarketMoves.isShareNoun(word(noun))
                    && !span.contains(noun) && sentence.children(noun).stream().noneMatch(span::contains);
            if ((relation.equals("nmod:of") || relation.equals("nmod:at") || sharesIn) && !span.contains(child)) {
                Entity named = context.entityAt(child) == null ? namedBy(sentence, child) : null;
                if (named != null && named.type() == EntityType.ORGANIZATION) {
                    // "sales at its snacks unit, Oakridge Snacks, rose 8%": the unit named in apposition, not the
                    // owner of "its" (as for a verb's subject: "its unit Brindle Software cut 400 jobs")
                    return new Found(named.id(), OF_ATTACHMENT, true).with("named-noun")
                            .with(relation.substring("nmod:".length()));
                }
                Found attached = organisation(sentence, child, context.entityAt(child), OF_ATTACHMENT);
                if (attached != null) {
                    return attached.with(sharesIn ? "shares-in" : relation.substring("nmod:".length()));
                }
                Entity entity = context.entityAt(child);
                if (place == null && relation.equals("nmod:of") && entity != null
                        && entity.type() == EntityType.PLACE) {
                    // "the city of Denver will spend $120 million", "the economy of France"
                    place = new Found(entity.id(), OF_ATTACHMENT, true).with("of").with(PLACE_ANSWER);
                }
            }
        }
        return place;
    }

    /**
     * The organisation "whose" stands for: the noun its relative clause describes ("Beta, whose sales rose 11%": Beta),
     * the token the parse links to it by {@code ref}, else the noun the clause's verb hangs on by {@code acl:relcl}
     * (or a bare {@code dep}, as CoreNLP often leaves such a clause), reached from the possessed noun without leaving
     * its clause; null when that is no organisation. Step {@code relative-clause}, detail "whose": a group of its own.
     */
    private Found whoseAntecedent(AnnotatedSentence sentence, Token whose) {
        Token antecedent = null;
        for (Token token : sentence.tokens()) {
            if (sentence.children(token).contains(whose)
                    && DependencyWalk.relation(sentence, token, whose).equals("ref")) {
                antecedent = token;
            }
        }
        Token current = sentence.head(whose);
        for (int step = 0; antecedent == null && current != null && step < MAX_CLIMB; step++) {
            Token head = sentence.head(current);
            String relation = sentence.relationToHead(current);
            if (head == null || CROSSING_EDGES.contains(relation) || relation.startsWith("conj")) {
                return null;
            }
            if (current.pos().startsWith("VB") && (relation.equals("acl:relcl") || relation.equals("dep"))
                    && head.pos().startsWith("NN")) {
                antecedent = head;
            }
            current = head;
        }
        if (antecedent == null) {
            return null;
        }
        Entity entity = context.entityOfPhrase(sentence, antecedent, byId);
        return entity == null || entity.type() != EntityType.ORGANIZATION ? null
                : new Found(entity.id(), RELATIVE_CLAUSE, true).with("whose");
    }

    /** The organisation a token names (found by the step), or the one it stands for by coreference; else null. */
    private Found organisation(AnnotatedSentence sentence, Token token, Entity entity, String step) {
        if (entity != null && entity.type() == EntityType.ORGANIZATION) {
            return new Found(entity.id(), step, true);
        }
        return coreferent(sentence, token);
    }

    /**
     * What "it", "the company" or "these companies" stands for: every organisation of a plural, the first first. A
     * filing's "the Company" ({@link DefinedTerm}) stands for the filer, which the text does not name: no answer, and no
     * later step of the chain either (not the other organisation the sentence names).
     */
    private Found coreferent(AnnotatedSentence sentence, Token token) {
        if (DefinedTerm.is(sentence, token)) {
            return Found.NONE;
        }
        Optional<Coreference.Resolution> resolution = context.coreference().resolve(sentence, token);
        if (resolution.isEmpty()) {
            return null;
        }
        Coreference.Resolution r = resolution.get();
        List<String> others = context.coreference().group(sentence, token).stream().map(Entity::id)
                .filter(id -> !id.equals(r.entity().id())).toList();
        // the word's kind and what else is in reach split the coreference groups ("coreference/previous-subject/noun")
        return new Found(r.entity().id(), COREFERENCE, r.confidence() == Coreference.Confidence.SURE, others,
                r.reason()).with(ResolvedWord.details(token, sentence.index(), byId.values()));
    }

    /**
     * The named place "the city" or "the country" stands for ({@link Coreference#place}: "Ghana borrowed $3 billion.
     * The country owes a further $11 billion", "the city's budget"): a place's own figure, step {@code coreference}
     * with the reason coreference gives and the detail {@link #PLACE_ANSWER}, so that it falls in the place group
     * (which proposes); null when the word is no such noun or coreference is unsure.
     */
    private Found placeReferent(AnnotatedSentence sentence, Token token) {
        return context.coreference().place(sentence, token)
                .map(r -> new Found(r.entity().id(), COREFERENCE, true).with(r.reason()).with(PLACE_ANSWER))
                .orElse(null);
    }

    private Entity mainSubject(AnnotatedSentence sentence) {
        Token root = sentence.root();
        if (root == null) {
            return null;
        }
        for (Token child : sentence.children(root)) {
            if (DependencyWalk.relation(sentence, root, child).startsWith("nsubj")) {
                Entity entity = context.entityOfPhrase(sentence, child, byId);
                return entity != null && entity.type() == EntityType.ORGANIZATION ? entity : null;
            }
        }
        return null;
    }

    private static String lemma(Token token) {
        return token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
    }

    private static String word(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }


    private static boolean hasSubject(AnnotatedSentence sentence, Token token) {
        return sentence.children(token).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, token, c).startsWith("nsubj"));
    }

    /** A measure noun without a possessor or name of its own: "revenue", not "its revenue" or "Acme revenue". */
    private boolean isPlainMeasure(AnnotatedSentence sentence, Token noun) {
        return measures.isMeasureNoun(sentence, noun) && sentence.children(noun).stream().noneMatch(c -> {
            String relation = DependencyWalk.relation(sentence, noun, c);
            return relation.equals("nmod:poss") || relation.equals("compound") && context.entityAt(c) != null
                    || relation.startsWith("nmod");
        });
    }


    private static Token child(AnnotatedSentence sentence, Token token, String relation) {
        for (Token child : sentence.children(token)) {
            if (DependencyWalk.relation(sentence, token, child).equals(relation)) {
                return child;
            }
        }
        return null;
    }
}
