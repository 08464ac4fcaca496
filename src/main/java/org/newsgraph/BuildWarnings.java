package org.newsgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.article.ArticleProblem;

/**
 * The warnings a build found only by extracting and resolving (an {@code _entities.yaml} entry that names no entity
 * of the articles), kept in the site as {@value #FILE} beside its stamp, so that a build that finds the site up to
 * date (and so extracts nothing) repeats them for as long as the problem is there.
 */
final class BuildWarnings {

    static final String FILE = ".newsgraph-warnings";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BuildWarnings() {
    }

    /** The file's content: a JSON array of {file, line, message, fix}, in the order given. */
    static String json(List<ArticleProblem> warnings) throws IOException {
        ArrayNode array = MAPPER.createArrayNode();
        for (ArticleProblem w : warnings) {
            array.addObject().put("file", w.file().toString()).put("line", w.line()).put("message", w.message())
                    .put("fix", w.fix());
        }
        return MAPPER.writeValueAsString(array) + "\n";
    }

    /** The warnings kept in the site now in {@code site}; none when it has no readable file (a site built before). */
    static List<ArticleProblem> read(Path site) {
        List<ArticleProblem> warnings = new ArrayList<>();
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return warnings;
        }
        try {
            for (JsonNode w : MAPPER.readTree(file.toFile())) {
                JsonNode fix = w.get("fix");
                warnings.add(new ArticleProblem(Path.of(w.path("file").asText()), w.path("line").asInt(),
                        w.path("message").asText(), fix == null || fix.isNull() ? null : fix.asText()));
            }
        } catch (IOException | RuntimeException e) {
            // A damaged file: the next build that renders writes it again; nothing to repeat meanwhile.
            return new ArrayList<>();
        }
        return warnings;
    }
}
