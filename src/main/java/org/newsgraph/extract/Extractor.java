package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.article.Article;
import org.newsgraph.extract.relation.RelationReader;
import org.newsgraph.extract.relation.RelationRule;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;

/** Extracts sentences, entities, figures and relations from an article's plain text. */
public final class Extractor {

    /** Changes whenever extraction output may change, so that cached extractions are redone. */
    public static final String VERSION = "2+" + NlpPipeline.ANNOTATORS;

    private final Supplier<? extends Annotator> nlp;
    private final Gazetteer gazetteer;
    private final FigureParser figureParser = new FigureParser();
    private final List<RelationRule> relationRules;

    /** An extractor on the JVM's shared CoreNLP pipeline, loaded on the first extraction. */
    public Extractor() {
        this(NlpPipeline::shared, Gazetteer.bundled());
    }

    /**
     * @param nlp supplies the annotator on first use, so that CoreNLP loads only when something needs extracting
     */
    public Extractor(Supplier<? extends Annotator> nlp, Gazetteer gazetteer) {
        this(nlp, gazetteer, RuleFile.bundled());
    }

    /** @param relationRules the rules relations are read with (a test runs each bundled rule on its own) */
    public Extractor(Supplier<? extends Annotator> nlp, Gazetteer gazetteer, List<RelationRule> relationRules) {
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.relationRules = List.copyOf(relationRules);
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
        List<ExtractedArticle> extracted = new ArrayList<>();
        if (workers == 1 || articles.size() < 2) {
            for (Article article : articles) {
                try {
                    extracted.add(new ExtractedArticle(article, extract(article)));
                } catch (RuntimeException e) {
                    onFailure.accept(article, e);
                }
            }
            return extracted;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-extract");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (Article article : articles) {
                futures.add(pool.submit(() -> extract(article)));
            }
            for (int i = 0; i < articles.size(); i++) {
                try {
                    extracted.add(new ExtractedArticle(articles.get(i), futures.get(i).get()));
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException(e.getCause());
                    onFailure.accept(articles.get(i), cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while extracting", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return extracted;
    }

    public Extraction extract(String doc, String text, LocalDate date) {
        if (text.isBlank()) {
            return new Extraction(doc, List.of(), List.of(), List.of(), List.of());
        }
        return extract(doc, nlp.get().annotate(text, date));
    }

    /** Extraction from an already annotated text; the part of the work that needs no CoreNLP models. */
    public Extraction extract(String doc, AnnotatedText annotated) {
        List<Sentence> sentences = new ArrayList<>();
        Set<Integer> boilerplate = new HashSet<>();
        for (AnnotatedSentence sentence : annotated.sentences()) {
            sentences.add(new Sentence(sentence.index(), sentence.start(), sentence.end()));
            if (Boilerplate.isBoilerplate(annotated.text().substring(sentence.start(), sentence.end()))) {
                boilerplate.add(sentence.index());
            }
        }
        List<Entity> entities = new EntityRecognizer(gazetteer).recognize(annotated, boilerplate);
        Map<String, Entity> byId = new LinkedHashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        DocumentContext context = new DocumentContext(annotated, entities);
        List<Figure> figures = figures(annotated, boilerplate, entities, new FigureContext(context, byId));
        RelationReader relationReader = new RelationReader(relationRules, context, byId);
        List<Relation> relations = new ArrayList<>();
        for (AnnotatedSentence sentence : annotated.sentences()) {
            if (!boilerplate.contains(sentence.index()) && sentence.tokens().size() > 2) {
                Span evidence = new Span(sentence.start(), sentence.end(),
                        annotated.text().substring(sentence.start(), sentence.end()), sentence.index());
                for (Relation relation : relationReader.read(sentence, evidence)) {
                    boolean known = relations.stream().anyMatch(r -> r.subject().equals(relation.subject())
                            && r.predicate().equals(relation.predicate()) && r.object().equals(relation.object())
                            && Objects.equals(r.role(), relation.role()));
                    if (!known) {
                        relations.add(relation);
                    }
                }
            }
        }
        return new Extraction(doc, sentences, entities, figures, relations);
    }

    private record FactKey(FigureKind kind, Double value, Double min, Double max, String unit, String qualifier,
                           String period, String per, String direction, String subject) {
    }

    private List<Figure> figures(AnnotatedText annotated, Set<Integer> boilerplate, List<Entity> entities,
                                 FigureContext figureContext) {
        List<Span> names = entities.stream().filter(e -> e.type() != EntityType.PLACE)
                .flatMap(e -> e.mentions().stream()).toList();
        Map<FactKey, List<Span>> mentions = new LinkedHashMap<>();
        Map<FactKey, Function<String, Figure>> facts = new LinkedHashMap<>();
        for (AnnotatedSentence sentence : annotated.sentences()) {
            if (boilerplate.contains(sentence.index())) {
                continue;
            }
            String text = annotated.text().substring(sentence.start(), sentence.end());
            for (FigureCandidate candidate : figureParser.parse(text)) {
                int start = sentence.start() + candidate.start();
                int end = sentence.start() + candidate.end();
                if (names.stream().anyMatch(n -> n.start() < end && start < n.end() && !(n.start() >= start && n.end() <= end))) {
                    continue;
                }
                FigureContext.About about = figureContext.about(sentence, start, end, candidate);
                FactKey key = new FactKey(candidate.kind(), candidate.value(), candidate.min(), candidate.max(),
                        candidate.unit(), candidate.qualifier(), candidate.period(), candidate.per(),
                        candidate.direction(), about.subject());
                mentions.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Span(start, end, annotated.text().substring(start, end), sentence.index()));
                facts.putIfAbsent(key, id -> new Figure(id, candidate.kind(), candidate.value(), candidate.min(),
                        candidate.max(), candidate.unit(), candidate.qualifier(), candidate.period(), candidate.per(),
                        candidate.direction(), about.measure(), about.subject(), about.of(), about.time(),
                        candidate.vague(), mentions.get(key)));
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<FactKey, Function<String, Figure>> fact : facts.entrySet()) {
            figures.add(fact.getValue().apply("figure-" + (figures.size() + 1)));
        }
        return figures;
    }
}
