package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;

/**
 * Every relation reading the extractor gives on the texts the rules are counted on, one line each, for the per-rule
 * evidence table ({@code relation-rule-evidence.tsv}): the project's own gold articles (each a source), the MEANTIME
 * dev tuning half (each article a source) and each made-up relation probe set (one source each; the held-out sets B of
 * sessions 20, 21, 22 and 23 are left out). Never the reported half. Run (after {@code mvn -o test-compile}, through {@code /work/bin/nlp-slot}
 * when the annotations are not cached):
 * <pre>java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.newsgraph.eval.RelationRuleAudit /tmp/ann &gt; readings.tsv</pre>
 * Columns: kind (meantime, own, probe), source, gold file, rule, confidence, weak, outcome (right, extra, unscored),
 * relation, sentence, then how its ends came (argument provenance): the weaker end's coreference level (or null),
 * and for subject and object their type, the type vote's reason, whether the sentence names them by their name, a
 * short form or not at all ("unnamed": coreference or the sentence's company), and how many entities of that type the
 * sentence names. With {@code --scores DIR set...} it prints each held-out relation set's score instead (all readings
 * and what the graph asserts), as HeldOutRelationArticlesIT counts it. A reading hidden in its sentence by a surer rule, or in its article by an earlier sentence's
 * reading of the same relation, is not listed (the table counts the reading the graph keeps).
 */
public final class RelationRuleAudit {

    private static final Path PROBES = Path.of("src/test/resources/eval");

    private RelationRuleAudit() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--table")) {
            table(Path.of(args[1]), Path.of(args[2]), new PrintStream(System.out, true, StandardCharsets.UTF_8));
            return;
        }
        boolean scores = args.length > 0 && args[0].equals("--scores");
        Path annotations = Path.of(args.length > (scores ? 1 : 0) ? args[scores ? 1 : 0] : "/tmp/ann");
        Extractor extractor = new Extractor(() -> new StoredAnnotator(NlpPipeline::shared, annotations),
                Gazetteer.bundled());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (scores) {
            // each held-out relation set as HeldOutRelationArticlesIT counts it: all readings, and what the graph asserts
            for (int i = 2; i < args.length; i++) {
                Path set = PROBES.resolve(args[i]);
                RelationEvaluation.Result result = new RelationEvaluation(extractor).evaluate(set.resolve("gold"),
                        set.resolve("articles"));
                PrecisionRecall asserted = result.scored().stream().map(RelationEvaluation.Scored::assertedCount)
                        .reduce(PrecisionRecall.ZERO, PrecisionRecall::plus);
                out.println(args[i] + ": all " + result.total().summary() + "; asserted " + asserted.summary());
            }
            return;
        }
        List<Path> meantime = Halves.meantimeGold(Halves.Half.TUNING, Halves.MEANTIME_DEV, Halves.MEANTIME_GOLD);
        for (Path gold : meantime) {
            audit(out, extractor, "meantime", gold.getFileName().toString(), List.of(gold), Halves.MEANTIME_ARTICLES);
        }
        for (Path gold : golds(Path.of("src/test/resources/gold"))) {
            audit(out, extractor, "own", gold.getFileName().toString(), List.of(gold), Path.of("articles"));
        }
        List<Path> sets = new ArrayList<>(List.of(PROBES.resolve("heldout")));
        try (Stream<Path> dirs = Files.list(PROBES)) {
            dirs.filter(d -> d.getFileName().toString().startsWith("probes-")
                    && !d.getFileName().toString().startsWith("probes-s20-relations")
                    && !d.getFileName().toString().startsWith("probes-s21-relations")
                    && !d.getFileName().toString().startsWith("probes-s22-products")
                    && !d.getFileName().toString().startsWith("probes-s23-relprec")).sorted().forEach(d -> {
                        sets.add(d);
                        for (String part : List.of("A", "B")) {
                            if (Files.isDirectory(d.resolve(part))) {
                                sets.add(d.resolve(part));
                            }
                        }
                    });
        }
        for (Path set : sets) {
            if (!Files.isDirectory(set.resolve("gold")) || !Files.isDirectory(set.resolve("articles"))) {
                continue;
            }
            List<Path> golds = golds(set.resolve("gold")).stream().filter(RelationRuleAudit::hasRelations).toList();
            if (!golds.isEmpty()) {
                audit(out, extractor, "probe", PROBES.relativize(set).toString().isEmpty() ? "eval"
                        : PROBES.relativize(set).toString(), golds, set.resolve("articles"));
            }
        }
    }

    private static List<Path> golds(Path folder) throws IOException {
        return GoldFile.listIn(folder);
    }

    private static boolean hasRelations(Path gold) {
        try {
            return new ObjectMapper().readTree(gold.toFile()).path("relations").size() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void audit(PrintStream out, Extractor extractor, String kind, String source, List<Path> golds,
                              Path articles) throws IOException {
        for (Path goldFile : golds) {
            JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
            Article article = GoldFile.readArticle(RelationEvaluation.articleOf(goldFile, gold, articles));
            Extraction extraction = extractor.extract(article);
            Map<String, String> names = new HashMap<>();
            for (Entity entity : extraction.entities()) {
                entity.aliases().forEach(alias -> names.putIfAbsent(alias, entity.name()));
            }
            for (Entity entity : extraction.entities()) {
                names.put(entity.name(), entity.name());
            }
            Set<RelationEvaluation.Triple> expected = new HashSet<>();
            for (JsonNode triple : gold.path("relations")) {
                String subject = triple.path(0).asText();
                String object = triple.path(2).asText();
                expected.add(RelationEvaluation.Triple.of(names.getOrDefault(subject, subject), triple.path(1).asText(),
                        names.getOrDefault(object, object)));
            }
            boolean goldHasTitles = expected.stream().anyMatch(t -> t.predicate().equals("roleAt"));
            for (Relation relation : extraction.relations()) {
                RelationEvaluation.Triple triple = RelationEvaluation.Triple.of(extraction.nameOf(relation.subject()),
                        RelationEvaluation.goldPredicate(relation), extraction.nameOf(relation.object()));
                String outcome = triple.predicate().equals("roleAt") && !goldHasTitles ? "unscored"
                        : expected.contains(triple) ? "right" : "extra";
                out.println(String.join("\t", kind, source, goldFile.getFileName().toString(), relation.rule(),
                        String.valueOf(relation.confidence()), String.valueOf(relation.weak()), outcome,
                        triple.toString(), relation.evidence().text().replaceAll("\\s+", " "),
                        String.valueOf(relation.endResolution()), ends(extraction, relation)));
            }
        }
    }

    /**
     * How each end of a reading came to be, for the argument-provenance columns: its type and the type vote's reason,
     * whether the sentence names it by another form than its name (a short form, or not at all: coreference), and
     * how many entities of its type the sentence names.
     */
    private static String ends(Extraction extraction, Relation relation) {
        List<String> columns = new ArrayList<>();
        for (String id : List.of(relation.subject(), relation.object())) {
            Entity entity = extraction.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
            if (entity == null) {
                columns.addAll(List.of("?", "?", "?", "?"));
                continue;
            }
            int sentence = relation.evidence().sentence();
            List<org.newsgraph.extract.Span> here = entity.mentions().stream().filter(m -> m.sentence() == sentence)
                    .toList();
            String named = here.isEmpty() ? "unnamed"
                    : here.stream().anyMatch(m -> m.text().equals(entity.name())) ? "name" : "short";
            long sameType = extraction.entities().stream().filter(e -> e.type() == entity.type()
                    && e.mentions().stream().anyMatch(m -> m.sentence() == sentence)).count();
            columns.addAll(List.of(entity.type().label(), String.valueOf(entity.typeReason()), named,
                    String.valueOf(sameType)));
        }
        return String.join("\t", columns);
    }

    /**
     * The per-rule evidence table from the readings ({@code main}'s output) and the extras read one by one
     * ({@code relation-extras-judged-s20-relations.tsv}): every bundled rule and every rule of the code's own steps,
     * sorted by id. A source is one MEANTIME tuning article, one of the project's own gold articles, or one made-up
     * probe set; {@code sources} counts those where the rule gave a right relation.
     * <pre>java -cp ... org.newsgraph.eval.RelationRuleAudit --table readings.tsv src/test/resources/eval/relation-extras-judged-s20-relations.tsv &gt; src/main/resources/org/newsgraph/extract/relation-rule-evidence.tsv</pre>
     */
    static void table(Path readings, Path judged, PrintStream out) throws IOException {
        Map<String, String> verdicts = new HashMap<>();
        for (String line : Files.readAllLines(judged, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                verdicts.put(f[0] + "\t" + f[1], f[2]);
            }
        }
        java.util.TreeMap<String, int[]> counts = new java.util.TreeMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        Map<String, Set<String>> meantime = new HashMap<>();
        Map<String, Set<String>> own = new HashMap<>();
        Map<String, Set<String>> probes = new HashMap<>();
        org.newsgraph.extract.relation.RuleFile.bundled().forEach(r -> counts.put(r.id(), new int[7]));
        for (String rule : List.of(org.newsgraph.extract.relation.MakerInName.RULE,
                org.newsgraph.extract.relation.MakerInName.FIRST_WORD, org.newsgraph.extract.relation.MakerInArticle.FAMILY,
                org.newsgraph.extract.relation.MakerInArticle.SOLE_MAKER, org.newsgraph.extract.relation.MakerInArticle.BRAND,
                org.newsgraph.extract.relation.MakerInArticle.TOPIC_MAKER)) {
            counts.put(rule, new int[7]);
        }
        for (String line : Files.readAllLines(readings, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            String kind = f[0];
            String rule = f[3];
            String outcome = f[6];
            int[] c = counts.computeIfAbsent(rule, k -> new int[7]);
            String source = kind.equals("probe") ? "probe:" + f[1] : kind + ":" + f[2];
            if (outcome.equals("right")) {
                c[0]++;
                sources.computeIfAbsent(rule, k -> new java.util.TreeSet<>()).add(source);
                (kind.equals("meantime") ? meantime : kind.equals("own") ? own : probes)
                        .computeIfAbsent(rule, k -> new java.util.TreeSet<>()).add(source);
            } else if (outcome.equals("extra")) {
                String verdict = verdicts.get(rule + "\t" + f[7]);
                if (verdict == null) {
                    throw new IllegalStateException("an extra reading nobody judged: " + rule + " " + f[7]
                            + " (add it to " + judged + ")");
                }
                c[switch (verdict) {
                    case "wrong" -> 1;
                    case "coref" -> 2;
                    case "name" -> 3;
                    case "gold-gap" -> 4;
                    default -> throw new IllegalStateException("unknown verdict " + verdict);
                }]++;
            } else {
                c[5]++;
            }
        }
        out.println("# Evidence of each relation rule, counted on text: the MEANTIME dev tuning half (each article a source),");
        out.println("# the project's own gold articles (each a source) and the made-up held-out relation sets (each set one");
        out.println("# source); never the reported half, never the rules' own examples or the phrasing tables. Made by");
        out.println("# org.newsgraph.eval.RelationRuleAudit (src/test/java; its javadoc gives the two commands) from the readings");
        out.println("# the extractor keeps and the extras read one by one (relation-extras-judged-s20-relations.tsv).");
        out.println("# sources: sources where the rule gave a right relation (meantime, own, probes: of which); right: right");
        out.println("# readings; wrong: readings wrong by the rule itself; coref, name, gold_gap: extras that are coreference's");
        out.println("# error, a name the gold writes otherwise, a true relation the gold lacks (not the rule's); unscored: titles");
        out.println("# the gold has no predicate for. cap: the most the rule may be sure of (RuleEvidence): when wrong > 0,");
        out.println("# (sources + 1) / (sources + wrong + 2), at most 0.65 (weak); otherwise none (1.00). The evidence only");
        out.println("# lowers a rule's written confidence.");
        out.println("rule\tsources\tmeantime\town\tprobes\tright\twrong\tcoref\tname\tgold_gap\tunscored\tcap");
        counts.forEach((rule, c) -> {
            int s = sources.getOrDefault(rule, Set.of()).size();
            out.println(String.join("\t", rule, String.valueOf(s),
                    String.valueOf(meantime.getOrDefault(rule, Set.of()).size()),
                    String.valueOf(own.getOrDefault(rule, Set.of()).size()),
                    String.valueOf(probes.getOrDefault(rule, Set.of()).size()), String.valueOf(c[0]),
                    String.valueOf(c[1]), String.valueOf(c[2]), String.valueOf(c[3]), String.valueOf(c[4]),
                    String.valueOf(c[5]), String.format(java.util.Locale.ROOT, "%.2f",
                            org.newsgraph.extract.relation.RuleEvidence.cap(s, c[1]))));
        });
    }
}
