package org.newsgraph.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.newsgraph.article.ArticleProblem;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Checks the curation file {@code articles/_entities.yaml}: that it is valid YAML without duplicate keys, then its
 * own rules through {@code schema}, which gets the parsed nodes (they carry line numbers) and reports problems.
 */
public final class EntitiesFileCheck {

    public static final String FILE_NAME = "_entities.yaml";

    private final BiFunction<Path, Node, List<ArticleProblem>> schema;

    /** Checks the YAML only; the file's own rules are added with {@link #EntitiesFileCheck(BiFunction)}. */
    public EntitiesFileCheck() {
        this((file, root) -> List.of());
    }

    public EntitiesFileCheck(BiFunction<Path, Node, List<ArticleProblem>> schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public List<ArticleProblem> check(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of(new ArticleProblem(file, 0, "cannot be read as UTF-8 text (" + e.getMessage() + ")",
                    "save it as a UTF-8 YAML file"));
        }
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).setLabel(file.toString()).build();
        try {
            new Load(settings).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            String what = e.getProblem() == null ? "invalid" : e.getProblem().lines().findFirst().orElse("").strip();
            return List.of(new ArticleProblem(file, line, "not valid YAML (" + what + ")",
                    "fix the YAML here: indent nested entries with spaces, write each key once, quote values with ':' or '#'"));
        } catch (YamlEngineException e) {
            return List.of(new ArticleProblem(file, 0, "not valid YAML (" + e.getMessage() + ")", "fix the YAML"));
        }
        Node root = new Compose(settings).composeString(yaml).orElse(null);
        return root == null ? List.of() : new ArrayList<>(schema.apply(file, root));
    }
}
