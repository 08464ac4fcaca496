package org.newsgraph.extract;

import org.newsgraph.extract.figure.ComparedAmounts;
import org.newsgraph.extract.figure.FigureParser;
import org.newsgraph.extract.figure.PayOffers;
import org.newsgraph.extract.figure.ArticleCents;
import org.newsgraph.extract.figure.ImplicitCurrency;
import org.newsgraph.extract.figure.ListedAmounts;
import org.newsgraph.extract.figure.LocalCurrencies;
import org.newsgraph.extract.figure.SharePrices;
import org.newsgraph.extract.figure.ModelCodes;
import org.newsgraph.extract.figure.CountsAcrossVerbs;
import org.newsgraph.extract.figure.NerFigures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsgraph.article.Article;
import org.newsgraph.extract.relation.ContestedPeople;
import org.newsgraph.extract.relation.KbpReadings;
import org.newsgraph.extract.relation.MakerInArticle;
import org.newsgraph.extract.relation.MakerInName;
import org.newsgraph.extract.relation.NamedMakers;
import org.newsgraph.extract.relation.Operators;
import org.newsgraph.extract.relation.RelationReader;
import org.newsgraph.extract.relation.RelationRule;
import org.newsgraph.extract.relation.RuleEvidence;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.extract.relation.SurestReadings;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.KbpReader;
import org.newsgraph.nlp.KbpTriple;
import org.newsgraph.nlp.NlpPipeline;

/** Extracts sentences, entities, figures and relations from an article's plain text. */
public final class Extractor {

    /** Changes whenever extraction output may change, so that cached extractions are redone. */
    public static final String VERSION = "2+" + NlpPipeline.ANNOTATORS;

    /** The time budget of one article unless {@code --article-timeout} says otherwise. */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(60);

    private final Supplier<? extends Annotator> nlp;
    private final Supplier<Gazetteer> gazetteer;
    private final Duration articleTimeout;
    private final FigureParser figureParser = new FigureParser();
    private final Supplier<List<RelationRule>> relationRules;
    /**
     * The learned measure ({@link LearnedMeasures}): none for news (on MEANTIME's tuning half an asserting model added
     * a wrong measure and no right one, and session 31's proposing ranker proposed 9 right and 15 wrong measures), the
     * bundled model for company filings ({@link #forFilings}).
     */
    private final Supplier<LearnedMeasures> learned;
    /**
     * The learned promotion of proposed subjects ({@link LearnedSubjects}): none by default. On the reported half of
     * MEANTIME (session 21) the bundled model asserted 16 more right subjects and 15 more wrong ones (wrong asserted
     * 3.8% -> 10.3% of found figures), so it is asked only when a caller chooses it ({@link #withLearnedSubjects},
     * {@code eval --learned-subjects}).
     */
    private final Supplier<LearnedSubjects> promotion;
    /** Extraction threads given up at the budget that still run, shared by this extractor's variants. */
    private final LeftRunning leftRunning;
    /**
     * CoreNLP's KBP relation extractor ({@link KbpReader}): none by default (it annotates each text again, see
     * {@link org.newsgraph.nlp.KbpPipeline}); {@link #withKbp} adds what it reads where our rules read nothing.
     */
    private final Supplier<? extends KbpReader> kbp;
    /** With KBP: our rules' readings dropped, to measure KBP's on its own ({@code eval --kbp alone}). */
    private final boolean kbpAlone;

    /**
     * An extractor on the JVM's shared CoreNLP pipeline, loaded on the first extraction. The bundled gazetteer and
     * relation rules are read on the first extraction too: a build that extracts nothing never reads them.
     */
    public Extractor() {
        this(NlpPipeline::shared, Gazetteer::bundled, DEFAULT_ARTICLE_TIMEOUT, RuleFile::bundled);
    }

    /**
     * @param nlp supplies the annotator on first use, so that CoreNLP loads only when something needs extracting
     */
    public Extractor(Supplier<? extends Annotator> nlp, Gazetteer gazetteer) {
        this(nlp, gazetteer, DEFAULT_ARTICLE_TIMEOUT, RuleFile.bundled());
    }

    /** @param relationRules the rules relations are read with (a test runs each bundled rule on its own) */
    public Extractor(Supplier<? extends Annotator> nlp, Gazetteer gazetteer, List<RelationRule> relationRules) {
        this(nlp, gazetteer, DEFAULT_ARTICLE_TIMEOUT, relationRules);
    }

    /** @param articleTimeout how long one article may take; an article over it is reported and skipped */
    public Extractor(Supplier<? extends Annotator> nlp, Gazetteer gazetteer, Duration articleTimeout) {
        this(nlp, gazetteer, articleTimeout, RuleFile.bundled());
    }

    /**
     * @param articleTimeout how long one article may take; an article over it is reported and skipped
     * @param relationRules  the rules relations are read with
     */
    public Extractor(Supplier<? extends Annotator> nlp, Gazetteer gazetteer, Duration articleTimeout,
                     List<RelationRule> relationRules) {
        this(nlp, constant(Objects.requireNonNull(gazetteer, "gazetteer")), articleTimeout,
                constant(List.copyOf(relationRules)));
    }

    /**
     * @param gazetteer     supplies the gazetteer on the first extraction (asked once)
     * @param relationRules supplies the relation rules on the first extraction (asked once)
     */
    public Extractor(Supplier<? extends Annotator> nlp, Supplier<Gazetteer> gazetteer, Duration articleTimeout,
                     Supplier<List<RelationRule>> relationRules) {
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.gazetteer = once(Objects.requireNonNull(gazetteer, "gazetteer"));
        this.articleTimeout = Objects.requireNonNull(articleTimeout, "articleTimeout");
        if (articleTimeout.isNegative() || articleTimeout.isZero()) {
            throw new IllegalArgumentException("articleTimeout must be positive, was " + articleTimeout);
        }
        this.relationRules = once(Objects.requireNonNull(relationRules, "relationRules"));
        this.learned = constant(LearnedMeasures.none());
        this.promotion = constant(LearnedSubjects.none());
        this.leftRunning = new LeftRunning();
        this.kbp = constant(KbpReader.none());
        this.kbpAlone = false;
    }

    private Extractor(Extractor base, Duration articleTimeout, Supplier<LearnedMeasures> learned) {
        this(base, articleTimeout, learned, base.promotion);
    }

    private Extractor(Extractor base, Duration articleTimeout, Supplier<LearnedMeasures> learned,
                      Supplier<LearnedSubjects> promotion) {
        this(base, articleTimeout, learned, promotion, base.kbp, base.kbpAlone);
    }

    private Extractor(Extractor base, Duration articleTimeout, Supplier<LearnedMeasures> learned,
                      Supplier<LearnedSubjects> promotion, Supplier<? extends KbpReader> kbp, boolean kbpAlone) {
        this.nlp = base.nlp;
        this.gazetteer = base.gazetteer;
        this.articleTimeout = articleTimeout;
        if (articleTimeout.isNegative() || articleTimeout.isZero()) {
            throw new IllegalArgumentException("articleTimeout must be positive, was " + articleTimeout);
        }
        this.relationRules = base.relationRules;
        this.learned = learned;
        this.promotion = promotion;
        this.leftRunning = base.leftRunning;
        this.kbp = kbp;
        this.kbpAlone = kbpAlone;
    }

    /** The same extractor with another time budget per article. */
    public Extractor withArticleTimeout(Duration timeout) {
        return new Extractor(this, Objects.requireNonNull(timeout, "timeout"), learned);
    }

    /**
     * The same extractor for text from company filings (10-K notes and MD&A, annual and quarterly reports): where the
     * measure chain asserts no measure, the learned measure trained on 10-K sentences answers when it is sure
     * ({@link LearnedMeasures}). News keeps the chain alone.
     */
    public Extractor forFilings() {
        return new Extractor(this, articleTimeout, once(LearnedMeasures::bundled));
    }

    /** The same extractor with another learned measure (training and measuring it: {@link LearnedMeasures}). */
    public Extractor withLearnedMeasures(LearnedMeasures model) {
        return new Extractor(this, articleTimeout, constant(Objects.requireNonNull(model, "model")));
    }

    /**
     * The same extractor with a learned promotion of subjects ({@link LearnedSubjects#bundled()} to measure the bundled
     * model, another to train it); the default extractor promotes none.
     */
    public Extractor withLearnedSubjects(LearnedSubjects model) {
        return new Extractor(this, articleTimeout, learned, constant(Objects.requireNonNull(model, "model")));
    }

    /**
     * The same extractor with CoreNLP's KBP relations added where our rules read none ({@link KbpReadings}; asked on
     * the first extraction that needs it). Measured in session 31: less precise than our rules on every source and
     * nothing right they miss on the tuning half, so only {@code eval --kbp} uses it.
     *
     * @param alone drop our rules' readings and keep KBP's only: to measure KBP on its own, never for a site
     */
    public Extractor withKbp(Supplier<? extends KbpReader> reader, boolean alone) {
        return new Extractor(this, articleTimeout, learned, promotion, once(Objects.requireNonNull(reader, "reader")),
                alone);
    }

    private static <T> Supplier<T> constant(T value) {
        return () -> value;
    }

    /** A supplier that asks {@code source} on first use only, from whichever thread comes first. */
    private static <T> Supplier<T> once(Supplier<T> source) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T seen = value;
                if (seen == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = Objects.requireNonNull(source.get(), "supplied value");
                        }
                        seen = value;
                    }
                }
                return seen;
            }
        };
    }

    public Extraction extract(Article article) {
        return extract(article.slug(), article.text(), article.date());
    }

    /**
     * Extracts many articles on {@code workers} threads sharing the one pipeline (CoreNLP annotators are
     * thread-safe; two documents at once gave ~1.6x the throughput of one here). Results keep the input order.
     *
     * @param onFailure told of each article whose extraction threw; the others still come back
     */
    public List<ExtractedArticle> extractAll(List<Article> articles, int workers,
                                             BiConsumer<Article, RuntimeException> onFailure) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (articles.stream().anyMatch(a -> !a.text().isBlank())) {
            loadModels();
        }
        List<Budgeted.Outcome<Extraction>> outcomes = Budgeted.run(articles, workers, articleTimeout, this::extract,
                article -> new ArticleTimeoutException(article.file().toString(), articleTimeout), leftRunning,
                article -> article.file().toString());
        List<ExtractedArticle> extracted = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (outcomes.get(i) instanceof Budgeted.Done<Extraction> done) {
                extracted.add(new ExtractedArticle(articles.get(i), done.result()));
            } else if (outcomes.get(i) instanceof Budgeted.Failed<Extraction> failed) {
                onFailure.accept(articles.get(i), failed.cause());
            }
        }
        return extracted;
    }

    /**
     * One text, within the article time budget.
     *
     * @throws ArticleTimeoutException when it takes longer
     */
    public Extraction extractWithinBudget(String doc, String text, LocalDate date) {
        if (!text.isBlank()) {
            loadModels();
        }
        return within(doc, text, () -> extract(doc, text, date));
    }

    /**
     * The rules over an already annotated text, within the article time budget (the eval's MEANTIME articles, whose
     * annotation is stored or made beforehand).
     *
     * @throws ArticleTimeoutException when it takes longer
     */
    public Extraction extractWithinBudget(String doc, AnnotatedText parsed) {
        try {
            Lexicon.shared();   // loaded before the clock starts; the NLP models are not needed here
        } catch (RuntimeException e) {
            // reported by the extraction that needs it
        }
        return within(doc, parsed.text(), () -> extract(doc, parsed));
    }

    /** {@code work} within the budget; the same text of the same document is not started beside itself. */
    private Extraction within(String doc, String text, Supplier<Extraction> work) {
        Budgeted.Outcome<Extraction> outcome = Budgeted.run(List.of(doc), 1, articleTimeout, d -> work.get(),
                d -> new ArticleTimeoutException(doc, articleTimeout), leftRunning, d -> d + "\u0000" + text).get(0);
        if (outcome instanceof Budgeted.Failed<Extraction> failed) {
            throw failed.cause();
        }
        return ((Budgeted.Done<Extraction>) outcome).result();
    }

    /**
     * Loads the NLP models and the WordNet lexicon before any article's clock starts: loading takes longer than a
     * whole article, more so on a busy machine, and a budget running out mid-load interrupts the reading. A failure to
     * load is left for each article to report.
     */
    private void loadModels() {
        try {
            nlp.get();
            Lexicon.shared();
        } catch (RuntimeException e) {
            // reported by every article that needs the models
        }
    }

    /** How long one article may take before it is skipped. */
    public Duration articleTimeout() {
        return articleTimeout;
    }

    public Extraction extract(String doc, String text, LocalDate date) {
        if (text.isBlank()) {
            return new Extraction(doc, List.of(), List.of(), List.of(), List.of());
        }
        return extract(doc, nlp.get().annotate(text, date));
    }

    /** Extraction from an already annotated text; the part of the work that needs no CoreNLP models. */
    public Extraction extract(String doc, AnnotatedText parsed) {
        // one reading of a misparsed verb ("X ships the Y", "rates have more than tripled") for every step: entities,
        // figures and relations
        AnnotatedText annotated = PerfectsAfterMoreThan.repair(VerbsTaggedAsNouns.repair(parsed));
        List<Sentence> sentences = new ArrayList<>();
        Set<Integer> boilerplate = new HashSet<>();
        for (AnnotatedSentence sentence : annotated.sentences()) {
            sentences.add(new Sentence(sentence.index(), sentence.start(), sentence.end()));
            if (Boilerplate.isBoilerplate(annotated.text().substring(sentence.start(), sentence.end()))) {
                boilerplate.add(sentence.index());
            }
        }
        List<Entity> entities = new EntityRecognizer(gazetteer.get()).recognize(annotated, boilerplate);
        Map<String, Entity> byId = new LinkedHashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        DocumentContext context = new DocumentContext(annotated, entities);
        List<Figure> figures = figures(annotated, boilerplate, entities, new FigureContext(context, byId,
                SubjectCases.bundled(), learned.get(), promotion.get()));
        // "Qantas has ordered twelve Airbus A350-1000 jets": the known maker of a product's name, named nowhere else;
        // an order of the model makes its buyer the maker's customer (rules with 'object model-maker')
        List<Entity> withMakers = new ArrayList<>(entities);
        withMakers.addAll(NamedMakers.makersInProductNames(entities, this::knownMakerEntry));
        RelationReader relationReader = new RelationReader(relationRules.get(), context, byId,
                product -> NamedMakers.makerOfModel(product, withMakers));
        List<Relation> relations = new ArrayList<>();
        for (AnnotatedSentence sentence : annotated.sentences()) {
            if (!boilerplate.contains(sentence.index()) && sentence.tokens().size() > 2) {
                Span evidence = new Span(sentence.start(), sentence.end(),
                        annotated.text().substring(sentence.start(), sentence.end()), sentence.index());
                for (Relation relation : relationReader.read(sentence, evidence)) {
                    int known = -1;
                    for (int i = 0; i < relations.size() && known < 0; i++) {
                        Relation r = relations.get(i);
                        if (r.subject().equals(relation.subject()) && r.predicate().equals(relation.predicate())
                                && r.object().equals(relation.object()) && Objects.equals(r.role(), relation.role())) {
                            known = i;
                        }
                    }
                    if (known < 0) {
                        relations.add(relation);
                    } else if (relation.confidence() > relations.get(known).confidence()) {
                        relations.set(known, relation); // stated again, and surer: the surer sentence is the evidence
                    }
                }
            }
        }
        // an airline's "its A380s", a retailer's "sells the X": what an operator has is not what it makes
        relations = new ArrayList<>(Operators.withoutOperatorMakers(relations, entities,
                annotated.sentences(), context));
        // "Lufthansa took delivery of its first Boeing 787": a product named after its maker is not the buyer's
        relations = new ArrayList<>(NamedMakers.withoutOtherMakers(relations, entities, this::knownMaker));
        for (Relation relation : MakerInName.relations(withMakers, sentences, annotated.text(),
                List.copyOf(relations))) {
            if (relations.stream().noneMatch(r -> r.subject().equals(relation.subject())
                    && r.predicate().equals(relation.predicate()) && r.object().equals(relation.object()))) {
                relations.add(relation);
            }
        }
        // "Ford Australia" beside "Ford": an arm named by its owner and a country is the owner's
        for (Relation relation : OwnerInArmName.relations(entities, sentences, annotated.text(), gazetteer.get())) {
            if (relations.stream().noneMatch(r -> r.subject().equals(relation.subject())
                    && r.predicate().equals(relation.predicate()) && r.object().equals(relation.object()))) {
                relations.add(relation);
            }
        }
        relations.addAll(MakerInArticle.relations(entities, relations, context.topic(),
                context.topicIsMaker(), name -> gazetteer.get().find(name).stream()
                        .anyMatch(m -> m.start() == 0 && m.end() == name.length()
                                && m.entry().type() == EntityType.ORGANIZATION), sentences, annotated.text()));
        // a rule that read a relation wrong in the counted sources (relation-rule-evidence.tsv) gives a weak reading;
        // the steps above read the rules' own confidences
        RuleEvidence evidence = RuleEvidence.bundled();
        relations = withKbpReadings(relations, annotated, entities, sentences);
        relations = relations.stream().map(evidence::applyTo)
                .map(r -> ContestedPeople.applyTo(r, byId))
                .collect(Collectors.toList());
        relations = SurestReadings.of(relations);
        return new Extraction(doc, sentences, withMakers, figures, relations);
    }

    /**
     * Whether words are, whole, the name of an organisation the gazetteer holds everywhere or with a Wikidata id
     * ("Boeing", "Tesla", "Ford"; not a bare entry only the NER's mark makes a firm, "Mac", "Xbox", "Quest").
     */
    private boolean knownMaker(String words) {
        return knownMakerEntry(words) != null;
    }

    /** The gazetteer's entry of such an organisation ({@link #knownMaker}), or null. */
    private Gazetteer.Entry knownMakerEntry(String words) {
        return gazetteer.get().find(words).stream().filter(m -> m.start() == 0 && m.end() == words.length()
                        && (m.anywhere() || m.entry().wikidata() != null) && m.entry().type() == EntityType.ORGANIZATION)
                .map(Gazetteer.Match::entry).findFirst().orElse(null);
    }

    /**
     * Our rules' relations and KBP's where our rules related neither entity pair nor titled the person elsewhere in the
     * sentence ({@link KbpReadings#unread}); with {@link #kbpAlone}, KBP's only.
     */
    private List<Relation> withKbpReadings(List<Relation> relations, AnnotatedText annotated, List<Entity> entities,
                                           List<Sentence> sentences) {
        String text = annotated.text();
        List<KbpTriple> triples = kbp.get().read(text);
        if (triples.isEmpty() && !kbpAlone) {
            return relations;
        }
        if (kbpAlone) {
            return KbpReadings.read(triples, entities, sentences, text, KbpReadings.bundledConfidence());
        }
        List<Relation> kept = new ArrayList<>(relations);
        kept.addAll(KbpReadings.unread(KbpReadings.read(triples, entities, sentences, text,
                KbpReadings.bundledConfidence()), relations));
        return kept;
    }

    /**
     * What makes two mentions one figure: the same reading of the same subject; {@code measure} is null but where a
     * later mention has a sure measure other than the first's ("$0, $89 and $0 for X, Y and Z, respectively" are two
     * facts of $0, X's and Z's; merged, one would show the other's measure).
     */
    private record FactKey(FigureKind kind, BigDecimal value, BigDecimal min, BigDecimal max, String unit, String qualifier,
                           String period, String per, String direction, String subject, String measure) {
    }

    private static String sure(FigureContext.Found found) {
        return found.sure() ? found.value() : null;
    }

    private static Attribution attribution(FigureContext.About about) {
        // a subject the learned promotion asserted shows the model as its step and keeps the chain's case
        return new Attribution(about.subject().sure() ? null : about.subject().value(),
                about.subject().promoted() ? LearnedSubjects.STEP : about.subject().step(),
                about.measure().sure() ? null : about.measure().value(), about.measure().step(),
                about.subject().others(), about.subject().key(), null, about.measure().confidence(),
                about.subject().promoted() ? about.subject().confidence() : null);
    }

    private List<Figure> figures(AnnotatedText annotated, Set<Integer> boilerplate, List<Entity> entities,
                                 FigureContext figureContext) {
        List<Span> names = entities.stream().filter(e -> e.type() != EntityType.PLACE)
                .flatMap(e -> e.mentions().stream()).toList();
        Map<FactKey, List<Span>> mentions = new LinkedHashMap<>();
        Map<FactKey, Function<String, Figure>> facts = new LinkedHashMap<>();
        Map<FactKey, FactKey> conversions = new HashMap<>();
        Map<FactKey, String> measures = new HashMap<>();
        ModelCodes.Names productNames = ModelCodes.names(entities, annotated.text());
        Map<Integer, List<FigureCandidate>> stated = new LinkedHashMap<>();
        Map<Integer, String> sentenceTexts = new HashMap<>();
        BiFunction<Integer, FigureCandidate, String> words =
                (index, figure) -> sentenceTexts.get(index).substring(figure.start(), figure.end());
        // the currencies of the countries the article names: they decide "400 pesos", "R18.50" (LocalCurrencies)
        Set<String> localCurrencies = LocalCurrencies.currenciesOf(entities.stream()
                .filter(e -> e.type() == EntityType.PLACE)
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream()))
                .toList());
        AnnotatedSentence previous = null; // the sentence before, where "Of those, 75 failed" finds its count
        for (AnnotatedSentence sentence : annotated.sentences()) {
            if (boilerplate.contains(sentence.index())) {
                previous = null;
            } else {
                String text = annotated.text().substring(sentence.start(), sentence.end());
                // what the rules refused in this sentence (offsets within it): NerFigures keeps those refused
                List<Rejection> refused = new ArrayList<>();
                List<FigureCandidate> candidates = new ArrayList<>(
                        PayOffers.read(sentence, CountsAcrossVerbs.kept(sentence, figureParser.parse(text, refused::add))));
                candidates.addAll(NerFigures.missed(sentence, previous, text, candidates, refused));
                candidates.addAll(ParsedAges.missed(sentence, text, candidates, refused));
                stated.put(sentence.index(), LocalCurrencies.read(text, candidates, localCurrencies));
                sentenceTexts.put(sentence.index(), text);
                previous = sentence;
            }
        }
        // bare cents ("up 4 cents to 2.73 euros") are cents of the article's currency (ArticleCents)
        Map<FigureCandidate, String> centsStep = new HashMap<>();
        ArticleCents.Decision cents = ArticleCents.decide(ImplicitCurrency.articleCurrency(stated.entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(f -> !ArticleCents.bare(f, words.apply(e.getKey(), f))))
                .toList()), localCurrencies);
        if (cents != null) {
            for (Map.Entry<Integer, List<FigureCandidate>> sentenceFigures : stated.entrySet()) {
                sentenceFigures.setValue(sentenceFigures.getValue().stream().map(f -> {
                    if (!ArticleCents.bare(f, words.apply(sentenceFigures.getKey(), f))) {
                        return f;
                    }
                    FigureCandidate decided = f.withUnit(cents.currency());
                    centsStep.put(decided, cents.step());
                    return decided;
                }).toList());
            }
        }
        String currency = ImplicitCurrency.articleCurrency(stated.values().stream().flatMap(List::stream).toList());
        for (AnnotatedSentence sentence : annotated.sentences()) {
            if (boilerplate.contains(sentence.index())) {
                continue;
            }
            String text = annotated.text().substring(sentence.start(), sentence.end());
            Map<Integer, FactKey> keyAt = new HashMap<>();
            List<FigureCandidate> priced = new ArrayList<>();
            List<FigureCandidate> candidates = new ArrayList<>(
                    NerFigures.withCurrency(stated.get(sentence.index()), currency, priced));
            List<FigureCandidate> inferred = new ArrayList<>(ImplicitCurrency.find(text, currency, candidates));
            inferred.addAll(priced);
            candidates.addAll(inferred);
            List<FigureCandidate> prices = SharePrices.find(text, currency, candidates);
            inferred.addAll(prices);
            candidates.addAll(prices);
            List<FigureCandidate> compared = ComparedAmounts.find(text, candidates);
            candidates.addAll(compared);
            List<FigureCandidate> listed = ListedAmounts.find(text, candidates);
            candidates.addAll(listed);
            candidates.sort(Comparator.comparingInt(FigureCandidate::start));
            for (FigureCandidate candidate : candidates) {
                int start = sentence.start() + candidate.start();
                int end = sentence.start() + candidate.end();
                if (names.stream().anyMatch(n -> n.start() < end && start < n.end() && !(n.start() >= start && n.end() <= end))) {
                    continue;
                }
                String said = text.substring(candidate.start(), candidate.end());
                if (ModelCodes.isModelCode(candidate, said, productNames)) {
                    continue; // a model name, not a count: `eval --verbose` gives ModelCodes.REASON
                }
                boolean unitInferred = inferred.contains(candidate)
                        || ImplicitCurrency.INFERRED.equals(centsStep.get(candidate));
                boolean unitCompared = compared.contains(candidate);
                boolean unitListed = listed.contains(candidate);
                boolean unitLocal = LocalCurrencies.decidedBy(candidate, said, localCurrencies)
                        || LocalCurrencies.LOCAL.equals(centsStep.get(candidate));
                FigureContext.About about = figureContext.about(sentence, start, end, candidate);
                FactKey reading = new FactKey(candidate.kind(), candidate.value(), candidate.min(), candidate.max(),
                        candidate.unit(), candidate.qualifier(), candidate.period(), candidate.per(),
                        candidate.direction(), about.subject().value(), null);
                String measure = sure(about.measure());
                String kept = measures.get(reading);
                // the same reading with another sure measure is another fact, not a second mention of this one
                FactKey key = kept == null || measure == null || kept.equals(measure) ? reading
                        : new FactKey(candidate.kind(), candidate.value(), candidate.min(), candidate.max(),
                                candidate.unit(), candidate.qualifier(), candidate.period(), candidate.per(),
                                candidate.direction(), about.subject().value(), measure);
                if (!mentions.containsKey(key)) {
                    measures.put(key, measure);
                }
                keyAt.put(candidate.start(), key);
                if (candidate.convertedFrom() != null && keyAt.containsKey(candidate.convertedFrom())) {
                    conversions.putIfAbsent(key, keyAt.get(candidate.convertedFrom()));
                }
                mentions.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Span(start, end, annotated.text().substring(start, end), sentence.index()));
                facts.putIfAbsent(key, id -> new Figure(id, candidate.kind(), candidate.value(), candidate.min(),
                        candidate.max(), candidate.unit(), candidate.qualifier(), candidate.period(), candidate.per(),
                        candidate.direction(), sure(about.measure()), sure(about.subject()), about.of(), about.time(),
                        candidate.vague(), mentions.get(key), unitInferred
                        ? attribution(about).withUnitStep(ImplicitCurrency.INFERRED)
                        : unitCompared ? attribution(about).withUnitStep(ComparedAmounts.INFERRED)
                        : unitListed ? attribution(about).withUnitStep(ListedAmounts.INFERRED)
                        : unitLocal ? attribution(about).withUnitStep(LocalCurrencies.LOCAL)
                        : attribution(about)));
            }
        }
        List<Figure> figures = new ArrayList<>();
        Map<FactKey, String> ids = new HashMap<>();
        for (Map.Entry<FactKey, Function<String, Figure>> fact : facts.entrySet()) {
            ids.put(fact.getKey(), "figure-" + (figures.size() + 1));
            figures.add(fact.getValue().apply(ids.get(fact.getKey())));
        }
        List<FactKey> keys = List.copyOf(facts.keySet());
        for (int i = 0; i < figures.size(); i++) {
            FactKey from = conversions.get(keys.get(i));
            if (from != null && !from.equals(keys.get(i))) {
                figures.set(i, figures.get(i).restating(figures.get(keys.indexOf(from))));
            }
        }
        return figures;
    }
}
