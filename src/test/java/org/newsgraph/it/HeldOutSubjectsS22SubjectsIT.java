package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.eval.AttributionEvaluation;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.LearnedSubjects;

/**
 * Session 22's held-out set B of s22-subjects ({@code probes-s22-subjects/B}: a storm story of general news and an
 * aerospace story of products and their makers, made up, figure gold written before any extractor read them): floors
 * at what the session measured, the subjects of the found figures as {@code eval --figures} scores them. Before the
 * session's changes (main 304d71c6): asserted right 14 of 31, with candidates 21, wrong asserted 4 of 36 found; after
 * them: asserted right 15, with candidates 24, wrong asserted 4 (all four product-versus-maker in sure steps: a
 * possessor that is the product's maker, "Corvin's Mistral 7 business jet ... has won only nine orders"; a named
 * product noun's maker; a relative clause's "it"). The learned promotion, off in the product, asked for: asserted
 * right 20, with candidates 24, wrong asserted 4. Wrong asserted is held to at most the measured 4.
 */
class HeldOutSubjectsS22SubjectsIT {

    private static final Path SET = Path.of("src/test/resources/eval/probes-s22-subjects/B");

    @Test
    void subjectsKeepTheirMeasuredFloors() throws Exception {
        AttributionEvaluation.Result total = score(new Newsgraph());
        String summary = summary(total);
        System.out.println("[s22-subjects B] " + summary);
        assertTrue(total.subject().correct() >= 15, summary);
        assertTrue(total.subjectOrCandidate().correct() >= 24, summary);
        assertTrue(total.wrongSubject().correct() <= 4, summary);
    }

    @Test
    void theLearnedPromotionKeepsItsMeasuredFloors() throws Exception {
        AttributionEvaluation.Result total = score(
                new Newsgraph(new Extractor().withLearnedSubjects(LearnedSubjects.bundled())));
        String summary = summary(total);
        System.out.println("[s22-subjects B, learned promotion] " + summary);
        assertTrue(total.subject().correct() >= 20, summary);
        assertTrue(total.subjectOrCandidate().correct() >= 24, summary);
        assertTrue(total.wrongSubject().correct() <= 4, summary);
    }

    private static String summary(AttributionEvaluation.Result total) {
        return "asserted " + total.subject() + ", with candidates " + total.subjectOrCandidate()
                + ", wrong asserted " + total.wrongSubject() + "; " + total.errors();
    }

    private static AttributionEvaluation.Result score(Newsgraph newsgraph) throws Exception {
        List<ArticleProblem> problems = new ArrayList<>();
        List<Article> articles = Newsgraph.readAll(SET.resolve("articles"), problems);
        assertEquals(List.of(), problems);
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(SET.resolve("gold"))) {
            goldFiles = files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertEquals(2, goldFiles.size());
        AttributionEvaluation.Result total = AttributionEvaluation.Result.EMPTY;
        for (Path file : goldFiles) {
            GoldFile gold = GoldFile.read(file);
            Article article = articles.stream().filter(a -> a.file().getFileName().toString().equals(gold.article()))
                    .findFirst().orElseThrow(() -> new AssertionError("no article for " + file));
            total = total.plus(new AttributionEvaluation().score(article.text(), newsgraph.extract(article), gold));
        }
        return total;
    }
}
