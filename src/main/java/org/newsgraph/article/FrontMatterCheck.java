package org.newsgraph.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * What {@code newsgraph check} finds in front matter beyond what stops a build: fields nobody reads (usually a
 * typo, so the value is silently lost) and a date that disagrees with the date the file name starts with.
 * Problems that stop a build come from {@link ArticleReader}.
 */
public final class FrontMatterCheck {

    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-");

    public List<ArticleProblem> check(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return check(file, bytes, null, null);
    }

    /**
     * The same for a file's bytes already read, with the front matter {@code composedYaml} that the reader composed
     * into {@code composed} (null: none): used instead of composing again when it is this file's front matter.
     */
    List<ArticleProblem> check(Path file, byte[] bytes, String composedYaml, Node composed) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            return List.of();
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        Matcher closing = ArticleReader.CLOSING_FENCE.matcher(content);
        if (!content.startsWith("---\n") || !closing.find(4)) {
            return List.of();
        }
        String yaml = content.substring(4, closing.start());
        Node root;
        try {
            root = composed != null && yaml.equals(composedYaml) ? composed
                    : new Compose(LoadSettings.builder().build()).composeString(yaml).orElse(null);
        } catch (YamlEngineException | StackOverflowError e) {
            // Front matter that does not parse, or nests too deeply to compose, is the reader's problem, said once.
            return List.of();
        }
        if (!(root instanceof MappingNode mapping)) {
            return List.of();
        }
        List<ArticleProblem> problems = new ArrayList<>();
        for (NodeTuple field : mapping.getValue()) {
            if (!(field.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            int line = key.getStartMark().map(m -> m.getLine() + 2).orElse(1);
            if (!ArticleReader.FIELDS.contains(key.getValue())) {
                problems.add(new ArticleProblem(file, line, "unknown front matter field '" + key.getValue() + "'",
                        "rename it to one of " + String.join(", ", new TreeSet<>(ArticleReader.FIELDS))
                                + ", or delete it"));
            } else if (key.getValue().equals("date") && field.getValueNode() instanceof ScalarNode date) {
                dateAgreesWithName(file, line, date.getValue()).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private static Optional<ArticleProblem> dateAgreesWithName(Path file, int line, String date) {
        Matcher nameDate = DATED_NAME.matcher(file.getFileName().toString());
        if (!nameDate.find()) {
            return Optional.empty();
        }
        // Compared as days, not as text: "30 November 2026" is the day 2026-11-30 names. A date that is no day is
        // the reader's problem, reported once.
        Optional<LocalDate> named = ArticleDates.parse(nameDate.group(1));
        Optional<LocalDate> given = ArticleDates.parse(date);
        if (named.isEmpty() || given.isEmpty() || named.equals(given)) {
            return Optional.empty();
        }
        return Optional.of(new ArticleProblem(file, line, "the date " + date.strip()
                + " disagrees with the file name, which starts with " + nameDate.group(1),
                "correct the date, or rename the file"));
    }
}
