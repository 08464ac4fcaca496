package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Relation;

/**
 * Relations against hand-made gold ({@code src/test/resources/gold/*.gold.json}: {@code "relations": [[subject,
 * predicate, object], ...]} by entity name). Gold writes titles as their own predicates (ceoOf, cfoOf, chairOf,
 * founderOf) where Newsgraph says roleAt with a role; competitorOf and partnerOf count in either direction. A title
 * gold has no predicate for (roleAt as COO, president, director) is neither right nor wrong when the gold file uses
 * no roleAt: it is listed as unscored.
 */
public final class RelationEvaluation {

    /** Per predicate and overall; each miss and each wrong relation as "subject predicate object (article)". */
    public record Result(Map<String, PrecisionRecall> byPredicate, PrecisionRecall total, List<String> missed,
                         List<String> wrong, int articles, Map<String, String> why, List<String> unscored,
                         List<Scored> scored, List<String> weakRight) {

        public Result(Map<String, PrecisionRecall> byPredicate, PrecisionRecall total, List<String> missed,
                      List<String> wrong, int articles) {
            this(byPredicate, total, missed, wrong, articles, Map.of(), List.of(), List.of(), List.of());
        }
    }

    /** What became of one relation: right, extra or missed. */
    public enum Outcome { RIGHT, EXTRA, MISSED }

    /**
     * One scored relation of one gold file, with the rule that found it (none for a miss), so that a caller can count
     * by rule and by fold.
     */
    public record Scored(String goldFile, String predicate, String rule, Outcome outcome, boolean weak) {

        /** A relation read surely (a miss is never weak). */
        public Scored(String goldFile, String predicate, String rule, Outcome outcome) {
            this(goldFile, predicate, rule, outcome, false);
        }

        /** Its count as precision and recall: right is a true positive, extra a false one, missed a false negative. */
        public PrecisionRecall count() {
            return switch (outcome) {
                case RIGHT -> new PrecisionRecall(1, 0, 0);
                case EXTRA -> new PrecisionRecall(0, 1, 0);
                case MISSED -> new PrecisionRecall(0, 0, 1);
            };
        }

        /**
         * Its count for what the graph asserts, the relations no weak reading alone gives: a weak right one is a miss
         * there, a weak extra nothing.
         */
        public PrecisionRecall assertedCount() {
            if (!weak) {
                return count();
            }
            return outcome == Outcome.EXTRA ? PrecisionRecall.ZERO : new PrecisionRecall(0, 0, 1);
        }
    }

    private static final Set<String> SYMMETRIC = Set.of("competitorOf", "partnerOf");

    /** Predicates scored as the inverse of another (ontology.ttl's owl:inverseOf): supplierOf as customerOf. */
    private static final Map<String, String> INVERSES = Map.of("supplierOf", "customerOf");

    private final Extractor extractor;

    public RelationEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Scores every gold file of the folder against its article in the articles folder. */
    public Result evaluate(Path goldFolder, Path articlesFolder) throws IOException {
        List<Path> golds = GoldFile.listIn(goldFolder);
        return evaluate(golds, articlesFolder);
    }

    /** Scores these gold files against their articles in the articles folder. */
    public Result evaluate(List<Path> golds, Path articlesFolder) throws IOException {
        Map<String, PrecisionRecall> byPredicate = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        Map<String, String> why = new java.util.HashMap<>();
        List<String> unscored = new ArrayList<>();
        List<Scored> scored = new ArrayList<>();
        List<String> weakRight = new ArrayList<>();
        for (Path goldFile : golds) {
            String goldName = goldFile.getFileName().toString();
            JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
            Path articleFile = articleOf(goldFile, gold, articlesFolder);
            Article article = GoldFile.readArticle(articleFile);
            Extraction extraction = extractor.extractWithinBudget(article.slug(), article.text(),
                    article.date());
            Map<String, String> names = canonicalNames(extraction);
            Set<Triple> expected = new LinkedHashSet<>();
            for (JsonNode triple : gold.path("relations")) {
                String subject = triple.path(0).asText();
                String object = triple.path(2).asText();
                expected.add(Triple.of(names.getOrDefault(subject, subject), triple.path(1).asText(),
                        names.getOrDefault(object, object)));
            }
            Set<Triple> found = new LinkedHashSet<>();
            Map<Triple, String> ruleOf = new java.util.HashMap<>();
            Set<Triple> sure = new java.util.HashSet<>();
            String where = " (" + article.slug() + ")";
            for (Relation relation : extraction.relations()) {
                Triple triple = Triple.of(extraction.nameOf(relation.subject()), goldPredicate(relation),
                        extraction.nameOf(relation.object()));
                found.add(triple);
                ruleOf.putIfAbsent(triple, relation.rule());
                if (!relation.weak()) {
                    sure.add(triple);
                }
                why.putIfAbsent(triple + where, relation.rule() + " " + relation.confidence() + ": "
                        + relation.evidence().text().replaceAll("\\s+", " "));
            }
            boolean goldHasTitles = expected.stream().anyMatch(t -> t.predicate().equals("roleAt"));
            for (Triple relation : found) {
                if (relation.predicate().equals("roleAt") && !goldHasTitles) {
                    unscored.add(relation + where);
                    continue;
                }
                boolean right = expected.contains(relation);
                byPredicate.merge(relation.predicate(), new PrecisionRecall(right ? 1 : 0, right ? 0 : 1, 0),
                        PrecisionRecall::plus);
                if (!right) {
                    wrong.add(relation + where);
                } else if (!sure.contains(relation)) {
                    weakRight.add(relation + where);
                }
                scored.add(new Scored(goldName, relation.predicate(), ruleOf.get(relation),
                        right ? Outcome.RIGHT : Outcome.EXTRA, !sure.contains(relation)));
            }
            for (Triple relation : expected) {
                if (!found.contains(relation)) {
                    byPredicate.merge(relation.predicate(), new PrecisionRecall(0, 0, 1), PrecisionRecall::plus);
                    missed.add(relation + where);
                    scored.add(new Scored(goldName, relation.predicate(), "", Outcome.MISSED));
                    why.put(relation + where, sentencesNaming(article.text(), relation));
                }
            }
        }
        PrecisionRecall total = byPredicate.values().stream().reduce(PrecisionRecall.ZERO, PrecisionRecall::plus);
        return new Result(byPredicate, total, missed, wrong, golds.size(), Map.copyOf(why),
                List.copyOf(unscored), List.copyOf(scored), List.copyOf(weakRight));
    }

    /** The sentences of the text that name both ends of a missed relation by their last words, for --verbose. */
    private static String sentencesNaming(String text, Triple relation) {
        String subject = lastWord(relation.subject());
        String object = lastWord(relation.object());
        StringBuilder said = new StringBuilder();
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            if (sentence.contains(subject) && sentence.contains(object)) {
                said.append(" | ").append(sentence.replaceAll("\\s+", " "));
            }
        }
        return said.length() == 0 ? "no sentence names both" : said.substring(3);
    }

    private static String lastWord(String name) {
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    /** Gold may name a thing by any of its names ("US" for the United States): each alias to the entity's name. */
    private static Map<String, String> canonicalNames(Extraction extraction) {
        Map<String, String> names = new java.util.HashMap<>();
        for (Entity entity : extraction.entities()) {
            entity.aliases().forEach(alias -> names.putIfAbsent(alias, entity.name()));
        }
        for (Entity entity : extraction.entities()) {
            names.put(entity.name(), entity.name());
        }
        return names;
    }

    /** The article a gold file is about: its "article" field, or an article file whose name ends with that stem. */
    static Path articleOf(Path goldFile, JsonNode gold, Path articlesFolder) throws IOException {
        String named = gold.path("article").asText("");
        String stem = (named.isEmpty() ? goldFile.getFileName().toString().replace(".gold.json", "") : named)
                .replaceFirst("\\.(md|txt)$", "");
        try (Stream<Path> files = Files.list(articlesFolder)) {
            return files.filter(f -> f.getFileName().toString().matches("(?:.*-)?" + java.util.regex.Pattern.quote(stem)
                            + "\\.(md|txt)")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(goldFile + ": no article " + stem
                            + ".md in " + articlesFolder + "; set \"article\" to the article's file name"));
        }
    }

    /** roleAt with the title CEO is gold's ceoOf; other titles keep roleAt. */
    static String goldPredicate(Relation relation) {
        if (!relation.predicate().equals("roleAt") || relation.role() == null) {
            return relation.predicate();
        }
        return switch (relation.role()) {
            case "CEO" -> "ceoOf";
            case "CFO" -> "cfoOf";
            case "chair" -> "chairOf";
            case "founder", "co-founder" -> "founderOf";
            default -> "roleAt";
        };
    }

    /**
     * A relation by entity names; symmetric predicates in name order, so either direction matches; an inverse
     * predicate as the one it inverts ("B supplierOf A" is "A customerOf B": one fact, one way to score it).
     */
    record Triple(String subject, String predicate, String object) {

        static Triple of(String subject, String predicate, String object) {
            String inverted = INVERSES.get(predicate);
            if (inverted != null) {
                return new Triple(object, inverted, subject);
            }
            boolean swap = SYMMETRIC.contains(predicate) && subject.compareTo(object) > 0;
            return new Triple(swap ? object : subject, predicate, swap ? subject : object);
        }

        @Override
        public String toString() {
            return subject + " " + predicate + " " + object;
        }
    }
}
