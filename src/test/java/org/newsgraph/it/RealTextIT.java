package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.PlainText;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extractor;

/**
 * Extraction over all the real text in ../shared, with CoreNLP: the 60 MEANTIME dev articles, every KPI-EDGAR
 * sentence and every Recognizers-Text input (both batched into documents), and the product-review sentence that
 * once made the walk over the parse loop forever. No document may throw or run past the product's default time
 * budget, unless {@code -Dnewsgraph.it.articleTimeout=SECONDS} raises it for a machine too loaded to meet it (as in
 * {@link BuildIT}). Skipped when ../shared is not there.
 */
class RealTextIT {

    private static final Path SHARED = Path.of("../shared/datasets");
    private static final int SENTENCES_PER_DOCUMENT = 40;
    /** From issue 12: CoreNLP's enhanced++ graph of this sentence holds a cycle. */
    static final String HANGING_SENTENCE = "Its essentially an $800 stone pizza oven, but portable, which isnt so "
            + "impressive until you realise it can hit 500 degrees celsius and cook a Neapolitan pizza in around a "
            + "minute.";

    @Test
    void everyDocumentIsExtractedWithinItsBudget() throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "../shared/datasets is not present");
        List<Article> documents = new ArrayList<>();
        documents.add(document("issue-12-hanging-sentence", HANGING_SENTENCE));
        documents.addAll(meantime());
        documents.addAll(batched("kpi-edgar", kpiSentences()));
        documents.addAll(batched("recognizers-text", recognizersInputs()));
        assertTrue(documents.size() > 60 + 1357 / SENTENCES_PER_DOCUMENT, documents.size() + " documents");
        List<String> failures = new ArrayList<>();
        List<ExtractedArticle> done = BuildIT.budgeted(new Extractor()).extractAll(documents, 1,
                (article, e) -> failures.add(article.slug() + ": " + e));
        assertEquals(List.of(), failures);
        assertEquals(documents.size(), done.size());
        assertTrue(done.get(0).extraction().figures().stream().anyMatch(f -> "DEG_C".equals(f.unit())),
                "500 degrees celsius is read: " + done.get(0).extraction().figures());
    }

    private static List<Article> meantime() throws Exception {
        Path folder = SHARED.resolve("meantime/dev-articles");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(new ArticleReader().read(file));
            }
        }
        return articles;
    }

    private static List<String> kpiSentences() throws IOException {
        Path file = SHARED.resolve("kpi-edgar/kpi_edgar.jsonl");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                sentences.add(json.readTree(line).get("text").asText());
            }
        }
        return sentences;
    }

    private static List<String> recognizersInputs() throws IOException {
        Path folder = SHARED.resolve("recognizers-text");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
                for (JsonNode entry : json.readTree(text)) {
                    inputs.add(entry.get("Input").asText());
                }
            }
        }
        return inputs;
    }

    /** Sentences joined into documents of a few dozen, one sentence a paragraph. */
    private static List<Article> batched(String name, List<String> sentences) {
        List<Article> documents = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += SENTENCES_PER_DOCUMENT) {
            List<String> part = sentences.subList(from, Math.min(sentences.size(), from + SENTENCES_PER_DOCUMENT));
            documents.add(document(name + "-" + from, String.join("\n\n", part)));
        }
        return documents;
    }

    private static Article document(String slug, String body) {
        PlainText.Result plain = PlainText.of(body);
        return new Article(slug, Path.of(slug + ".txt"), slug, null, null, null, null, List.of(), body, plain.text(),
                plain.blocks());
    }
}
