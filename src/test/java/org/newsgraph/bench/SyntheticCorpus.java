package org.newsgraph.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsgraph.article.Article;
import org.newsgraph.article.TextBlock;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/**
 * A large made-up archive for render benchmarks: N articles mentioning entities drawn from a pool, each with figures
 * and relations, already "extracted" (no CoreNLP). Seeded, so every run renders the same site.
 */
public final class SyntheticCorpus {

    private static final EntityType[] TYPES = EntityType.values();
    private static final String[] PREDICATES = {"ownedBy", "customerOf", "partnerOf", "competitorOf", "investsIn"};
    /**
     * The first words of the entities' names: one per letter and one that starts with a digit, so that each type's
     * entities spread over every letter of its index (session 34; until then every name was "Company N", all under C).
     */
    private static final String[] NAME_WORDS = {"Alder", "Birch", "Cedar", "Dune", "Elm", "Fjord", "Granite", "Harbour",
            "Iris", "Juniper", "Kestrel", "Linden", "Maple", "Nordic", "Oak", "Pine", "Quarry", "River", "Summit",
            "Tundra", "Upland", "Valley", "Willow", "Xenon", "Yarrow", "Zephyr", "3D"};

    private SyntheticCorpus() {
    }

    /** Any entity's name in a generated article. */
    static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "\\b(?:" + String.join("|", NAME_WORDS) + ") \\d+\\b");

    /** Entity {@code id}'s name: a word that varies with the entity within its type, then the id ("Birch 17"). */
    static String name(int id) {
        return NAME_WORDS[(id / TYPES.length) % NAME_WORDS.length] + " " + id;
    }

    public static List<ExtractedArticle> generate(int articles, int entities, int figuresPerArticle) {
        Random random = new Random(42);
        List<ExtractedArticle> corpus = new ArrayList<>(articles);
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            List<Sentence> sentences = new ArrayList<>();
            List<Entity> mentioned = new ArrayList<>();
            List<Figure> figures = new ArrayList<>();
            List<Relation> relations = new ArrayList<>();
            int[] ids = random.ints(4, 0, entities).distinct().toArray();
            for (int s = 0; s < figuresPerArticle; s++) {
                int id = ids[s % ids.length];
                String name = name(id);
                int start = text.length();
                text.append(name).append(" reported revenue of $").append(s + 1).append(".5 million a month, up ")
                        .append(s + 2).append("% from a year earlier. ");
                sentences.add(new Sentence(s, start, text.length() - 1));
                Span mention = new Span(start, start + name.length(), name, s);
                int figureStart = text.indexOf("$", start);
                int figureEnd = text.indexOf(" a month", figureStart) + " a month".length();
                figures.add(new Figure("figure-" + (s + 1), FigureKind.AMOUNT,
                        java.math.BigDecimal.valueOf(s).add(new java.math.BigDecimal("1.5")).movePointRight(6), null, null, "USD", null,
                        "P1M", null, null, "revenue", "company-" + id, null, "2025-0" + (1 + s % 9), null,
                        List.of(new Span(figureStart, figureEnd, text.substring(figureStart, figureEnd), s))));
                mentioned.add(new Entity("company-" + id, name, TYPES[id % TYPES.length], List.of(), null, List.of(mention)));
            }
            List<Entity> merged = mergeById(mentioned);
            for (int r = 0; r + 1 < ids.length; r++) {
                relations.add(new Relation("company-" + ids[r], PREDICATES[(a + r) % PREDICATES.length],
                        "company-" + ids[r + 1], null, new Span(sentences.get(0).start(), sentences.get(0).end(),
                        text.substring(sentences.get(0).start(), sentences.get(0).end()), 0), "synthetic",
                        r % 3 == 0 ? 0.5 : 0.9));
            }
            String slug = "synthetic-" + a;
            String body = text.toString().strip();
            Article article = new Article(slug, Path.of(slug + ".md"), "Synthetic article " + a,
                    LocalDate.of(2020, 1, 1).plusDays(a % 2000), "Bench", null, null, List.of("tag" + a % 50), body, body,
                    List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, body.length())));
            corpus.add(new ExtractedArticle(article, new Extraction(slug, sentences, merged, figures, relations)));
        }
        return corpus;
    }

    private static List<Entity> mergeById(List<Entity> entities) {
        java.util.Map<String, Entity> byId = new java.util.LinkedHashMap<>();
        for (Entity e : entities) {
            byId.merge(e.id(), e, (x, y) -> {
                List<Span> mentions = new ArrayList<>(x.mentions());
                mentions.addAll(y.mentions());
                return new Entity(x.id(), x.name(), x.type(), x.aliases(), x.sameAs(), mentions);
            });
        }
        return List.copyOf(byId.values());
    }

    /** A generated archive as a build hands it to {@code GraphBuilder}: its extractions resolved across articles. */
    public record Resolved(List<ExtractedArticle> articles, List<org.newsgraph.resolve.ResolvedEntity> entities) {
    }

    /** {@link #generate}, resolved with no curation. */
    public static Resolved resolved(int articles, int entities, int figuresPerArticle) {
        List<ExtractedArticle> corpus = generate(articles, entities, figuresPerArticle);
        org.newsgraph.resolve.Resolver.Resolution resolution = new org.newsgraph.resolve.Resolver(
                org.newsgraph.resolve.Curation.none()).resolution(corpus.stream().map(ExtractedArticle::extraction).toList());
        List<ExtractedArticle> resolved = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            resolved.add(new ExtractedArticle(corpus.get(i).article(), resolution.extractions().get(i)));
        }
        return new Resolved(resolved, resolution.entities());
    }
}
