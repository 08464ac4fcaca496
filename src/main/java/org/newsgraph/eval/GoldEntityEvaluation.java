package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;

/**
 * Entity recall against the {@code entities} lists of gold files ({@code [name, type]} pairs, as the seed's gold and
 * MEANTIME's dev gold have them): a gold entity is found when an extracted entity has its name as name or alias (a leading "The" aside); its
 * type is right when the types' labels are equal.
 */
public final class GoldEntityEvaluation {

    /** Recall over the gold entities and type accuracy over those found; the misses as "name [type] (file)". */
    public record Result(int files, int gold, int found, int typedRight, List<String> missed) {

        public double recall() {
            return gold == 0 ? 1 : found / (double) gold;
        }

        public double typeAccuracy() {
            return found == 0 ? 1 : typedRight / (double) found;
        }
    }

    private final Extractor extractor;

    public GoldEntityEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    /**
     * @param goldFiles gold files, each naming its article in {@code "article"}
     * @param articles  the folder of those articles
     */
    public Result evaluate(List<Path> goldFiles, Path articles) throws IOException {
        int gold = 0;
        int found = 0;
        int typedRight = 0;
        List<String> missed = new ArrayList<>();
        for (Path file : goldFiles) {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Path articleFile = articles.resolve(root.path("article").asText());
            if (!Files.isRegularFile(articleFile)) {
                throw new IllegalArgumentException(file + ": no article " + articleFile);
            }
            Article article = GoldFile.readArticle(articleFile);
            Extraction extraction = extractor.extractWithinBudget(article.slug(), article.text(),
                    article.date());
            for (JsonNode pair : root.path("entities")) {
                String name = pair.path(0).asText();
                String type = pair.path(1).asText();
                gold++;
                Optional<Entity> match = extraction.entities().stream()
                        .filter(e -> sameName(e.name(), name) || e.aliases().stream().anyMatch(a -> sameName(a, name)))
                        .findFirst();
                if (match.isEmpty()) {
                    missed.add(name + " [" + type + "] (" + file.getFileName() + ")");
                    continue;
                }
                found++;
                if (match.get().type().label().equals(type)) {
                    typedRight++;
                } else {
                    missed.add(name + " [" + type + "] typed " + match.get().type().label() + " (" + file.getFileName() + ")");
                }
            }
        }
        return new Result(goldFiles.size(), gold, found, typedRight, missed);
    }

    /** Names are the same with or without a leading "The": "The New York Times" is "New York Times". */
    static boolean sameName(String ours, String gold) {
        return ours.equals(gold) || withoutThe(ours).equals(withoutThe(gold));
    }

    private static String withoutThe(String name) {
        return name.startsWith("The ") || name.startsWith("the ") ? name.substring(4) : name;
    }
}
