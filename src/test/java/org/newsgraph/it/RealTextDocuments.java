package org.newsgraph.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.PlainText;

/**
 * The documents {@link RealTextIT} extracts, in its order: a sentence of its own, the MEANTIME dev articles, then the
 * KPI-EDGAR sentences and the Recognizers-Text inputs batched into documents. Shared with {@link RealTextProfile}.
 */
final class RealTextDocuments {

    static final int SENTENCES_PER_DOCUMENT = 40;

    private RealTextDocuments() {
    }

    static List<Article> all(Path shared, String firstSentence) throws Exception {
        List<Article> documents = new ArrayList<>();
        documents.add(document("issue-12-hanging-sentence", firstSentence));
        documents.addAll(meantime(shared));
        documents.addAll(batched("kpi-edgar", kpiSentences(shared)));
        documents.addAll(batched("recognizers-text", recognizersInputs(shared)));
        return documents;
    }

    private static List<Article> meantime(Path shared) throws Exception {
        Path folder = shared.resolve("meantime/dev-articles");
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

    private static List<String> kpiSentences(Path shared) throws IOException {
        Path file = shared.resolve("kpi-edgar/kpi_edgar.jsonl");
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

    private static List<String> recognizersInputs(Path shared) throws IOException {
        Path folder = shared.resolve("recognizers-text");
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
