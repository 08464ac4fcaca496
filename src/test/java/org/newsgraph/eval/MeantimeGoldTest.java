package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Halves.Half;

/**
 * The MEANTIME dev gold written in this project ({@code src/test/resources/eval/meantime-gold/}) stays readable and
 * anchored in its articles: a misspelt name or a figure text that is not in the article would silently score as a miss.
 * Skips where ../shared is not beside the project.
 */
class MeantimeGoldTest {

    /** Halves lists the gold folders in this order: the 30 articles annotated in ../shared, then ours. */
    private static final Path SHARED = Halves.MEANTIME_GOLD.get(0);
    private static final Path OURS = Halves.MEANTIME_GOLD.get(1);
    private static final Set<String> KINDS = Set.of("amount", "count", "share", "change", "multiple", "measurement",
            "duration");
    private static final Set<String> TYPES = Set.of("Organization", "Person", "Place", "Product");
    private static final Set<String> PREDICATES = Set.of("ownedBy", "basedIn", "customerOf", "supplierOf",
            "competitorOf", "partnerOf", "investsIn", "acquires", "productOf",
            "ceoOf", "cfoOf", "chairOf", "founderOf");

    @Test
    void everyGoldFileIsAnchoredInTheBodyOfItsArticle() throws IOException {
        assumeTrue(Files.isDirectory(Halves.MEANTIME_ARTICLES), "MEANTIME dev articles are not in ../shared");
        List<Path> golds = goldFiles(OURS);
        assertFalse(golds.isEmpty(), "no gold files in " + OURS);
        List<String> problems = new ArrayList<>();
        for (Path file : golds) {
            problems.addAll(problemsOf(file));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theTwoGoldFoldersTogetherCoverEveryDevArticleOnce() throws IOException {
        assumeTrue(Files.isDirectory(Halves.MEANTIME_DEV) && Files.isDirectory(SHARED),
                "MEANTIME dev or its gold is not in ../shared");
        Set<String> shared = ids(goldFiles(SHARED));
        Set<String> ours = ids(goldFiles(OURS));
        Set<String> both = new TreeSet<>(shared);
        both.retainAll(ours);
        assertEquals(Set.of(), both, "articles with gold in both folders");
        Set<String> all = new TreeSet<>(shared);
        all.addAll(ours);
        assertEquals(new TreeSet<>(Halves.meantimeRanks(Halves.MEANTIME_DEV)), all);
        int tuning = Halves.meantimeGold(Half.TUNING, Halves.MEANTIME_DEV, Halves.MEANTIME_GOLD).size();
        assertEquals(all.size() / 2, tuning, "half of the dev articles tune");
    }

    private static List<String> problemsOf(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        String where = file.getFileName() + ": ";
        GoldFile gold = GoldFile.read(file);
        if (gold.article() == null || !file.getFileName().toString().equals(gold.stem() + ".gold.json")) {
            return List.of(where + "\"article\" " + gold.article() + " does not match the file name");
        }
        Path articleFile = Halves.MEANTIME_ARTICLES.resolve(gold.article());
        if (!Files.isRegularFile(articleFile)) {
            return List.of(where + "no article " + articleFile);
        }
        String body = body(Files.readString(articleFile, StandardCharsets.UTF_8));
        for (GoldFile.GoldFigure figure : gold.figures()) {
            String what = where + "figure '" + figure.text() + "' ";
            if (figure.text() == null || !body.contains(figure.text())) {
                problems.add(what + "is not in the article's body");
            }
            if (!KINDS.contains(figure.kind())) {
                problems.add(what + "has kind " + figure.kind());
            }
            if (figure.unit() == null || figure.value() == null && figure.vague() == null && figure.min() == null) {
                problems.add(what + "needs a unit and a value (or vague)");
            }
            if (figure.subject() != null) {
                for (String subject : figure.subject().split(",")) {
                    if (!body.contains(subject.strip())) {
                        problems.add(what + "has subject " + subject.strip() + ", not in the body");
                    }
                }
            }
        }
        for (String trap : gold.notFigures()) {
            if (!body.contains(trap)) {
                problems.add(where + "not-figure '" + trap + "' is not in the body");
            }
        }
        Set<String> names = new HashSet<>();
        for (List<String> entity : gold.entities()) {
            if (entity.size() != 2 || !TYPES.contains(entity.get(1))) {
                problems.add(where + "entity " + entity + " is not [name, type]");
            } else if (!body.contains(entity.get(0))) {
                problems.add(where + "entity " + entity.get(0) + " is not in the body");
            } else if (!names.add(entity.get(0))) {
                problems.add(where + "entity " + entity.get(0) + " is listed twice");
            }
        }
        for (List<String> relation : gold.relations()) {
            if (relation.size() != 3 || !PREDICATES.contains(relation.get(1))) {
                problems.add(where + "relation " + relation + " is not [subject, predicate, object]");
            } else if (!names.contains(relation.get(0)) || !names.contains(relation.get(2))) {
                problems.add(where + "relation " + relation + " names an entity the file does not list");
            }
        }
        return problems;
    }

    /** The article without its title and date lines: title, blank line, date, blank line, then the body. */
    private static String body(String text) {
        String[] parts = text.split("\n", 5);
        return parts.length == 5 ? parts[4] : "";
    }

    private static List<Path> goldFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        return GoldFile.listIn(folder);
    }

    private static Set<String> ids(List<Path> files) {
        Set<String> ids = new TreeSet<>();
        files.forEach(f -> ids.add(Halves.meantimeId(f.getFileName().toString())));
        return ids;
    }
}
