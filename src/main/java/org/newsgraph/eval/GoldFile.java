package org.newsgraph.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gold annotations of one article, in the shape of the seed's gold file: what a careful reader sees in it.
 *
 * @param article the article's file name ("microsoft-ai-cloud.txt", "2025-03-14-albion-skyways-order.md")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldFile(String article, List<GoldFigure> figures,
                       @JsonProperty("not_figures") List<String> notFigures, List<List<String>> entities,
                       List<List<String>> relations) {

    public GoldFile {
        figures = figures == null ? List.of() : List.copyOf(figures);
        notFigures = notFigures == null ? List.of() : List.copyOf(notFigures);
        entities = entities == null ? List.of() : List.copyOf(entities);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /** One figure as the gold states it; absent fields are null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldFigure(String text, Double value, Double min, Double max, String unit, String kind,
                             String subject, String measure, String period, String per, String qualifier,
                             String direction, String of, String time, String vague, Integer mentions) {
    }

    public static GoldFile read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), GoldFile.class);
    }

    /** The folder's gold files ({@code *.gold.json}) in name order. */
    public static List<Path> listIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    /** The article's file name without extension and without a leading date: the part slugs share. */
    public String stem() {
        String name = article.contains(".") ? article.substring(0, article.lastIndexOf('.')) : article;
        return name.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
    }

    /** Reads the article a gold file scores, naming the file and line of any problem in it. */
    public static org.newsgraph.article.Article readArticle(Path articleFile) throws IOException {
        try {
            return new org.newsgraph.article.ArticleReader().read(articleFile);
        } catch (org.newsgraph.article.ArticleException e) {
            throw new IllegalArgumentException(e.problem().toString());
        }
    }
}
