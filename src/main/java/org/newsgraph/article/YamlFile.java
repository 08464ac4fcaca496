package org.newsgraph.article;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML file a person edits ({@code _entities.yaml}, {@code newsgraph.yaml}) read as a node tree that keeps line
 * numbers, so that each problem can name its line; a file that is not UTF-8 or not YAML is one problem.
 */
public final class YamlFile {

    private YamlFile() {
    }

    /**
     * The file's document; empty (with the problem added) when it cannot be read, and empty when it is empty.
     *
     * @param fix how to write the file, for the problem of a file that is not YAML
     */
    public static Optional<Node> read(Path file, String fix, List<ArticleProblem> problems) throws IOException {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.add(new ArticleProblem(file, 0, "cannot be read as UTF-8 text", "save it as a UTF-8 YAML file"));
            return Optional.empty();
        }
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
            return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml))).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            String what = e.getProblem() == null ? "invalid" : e.getProblem().lines().findFirst().orElse("").strip();
            problems.add(new ArticleProblem(file, line, "not valid YAML (" + what + ")", fix));
        } catch (YamlEngineException | StackOverflowError e) {
            problems.add(new ArticleProblem(file, 0, "not valid YAML (" + e.getClass().getSimpleName() + ")", fix));
        }
        return Optional.empty();
    }

    /** The 1-based line a node starts on, 0 when unknown. */
    public static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }
}
