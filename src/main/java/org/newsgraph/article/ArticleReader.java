package org.newsgraph.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads one article file: {@code .md} with YAML front matter, or {@code .txt} whose first line is the title.
 * Every problem becomes an {@link ArticleException} naming the file, the line and the fix.
 */
public final class ArticleReader {

    /** Front matter fields an article may have. */
    public static final Set<String> FIELDS = Set.of("title", "date", "author", "source", "url", "tags", "slug");

    static final Pattern CLOSING_FENCE = Pattern.compile("^(---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern MARKDOWN_TITLE = Pattern.compile("\\A#[ \\t]+(.+)\\n?");

    public Article read(Path file) throws ArticleException {
        String raw = decode(file);
        String content = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (content.isBlank()) {
            throw problem(file, 0, "the file is empty", "write the article, or delete the file");
        }
        if (content.startsWith("---\n")) {
            return withFrontMatter(file, content);
        }
        return withoutFrontMatter(file, content);
    }

    private Article withFrontMatter(Path file, String content) throws ArticleException {
        Matcher closing = CLOSING_FENCE.matcher(content);
        if (!closing.find(4)) {
            throw problem(file, 1, "the front matter starting here is never closed",
                    "add a line '---' after the last front matter field");
        }
        String yaml = content.substring(4, closing.start());
        int bodyStart = Math.min(content.length(), closing.end() + 1);
        int bodyLine = lineAt(content, bodyStart);
        Map<?, ?> fields = parseYaml(file, yaml);
        String body = content.substring(bodyStart);
        String title = text(file, yaml, fields, "title");
        if (title == null || title.isBlank()) {
            throw problem(file, 1, "the front matter has no title", "add a line 'title: ...' to the front matter");
        }
        if (body.isBlank()) {
            throw problem(file, bodyLine, "the article has a title but no text", "write the article below the front matter");
        }
        String slug = text(file, yaml, fields, "slug");
        return build(file, slug, title, date(file, yaml, fields), text(file, yaml, fields, "author"),
                text(file, yaml, fields, "source"), text(file, yaml, fields, "url"), tags(file, yaml, fields), body);
    }

    private Article withoutFrontMatter(Path file, String content) throws ArticleException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String body = content.stripLeading();
        String title;
        Matcher heading = MARKDOWN_TITLE.matcher(body);
        if (heading.lookingAt()) {
            title = heading.group(1);
            body = body.substring(heading.end());
        } else if (name.endsWith(".txt")) {
            int newline = body.indexOf('\n');
            title = newline < 0 ? body : body.substring(0, newline);
            body = newline < 0 ? "" : body.substring(newline + 1);
        } else {
            throw problem(file, 1, "no front matter and no '# Title' line",
                    "start the file with '---', a line 'title: ...', and '---'");
        }
        if (body.isBlank()) {
            throw problem(file, 1, "the article has a title but no text", "write the article below the title line");
        }
        return build(file, null, title.strip(), null, null, null, null, List.of(), body);
    }

    private Article build(Path file, String slug, String title, LocalDate date, String author, String source,
                          String url, List<String> tags, String body) {
        String fileName = file.getFileName().toString();
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        PlainText.Result plain = PlainText.of(body);
        return new Article(Slugs.of(slug == null || slug.isBlank() ? stem : slug), file, title.strip(), date,
                author, source, url, tags, body, plain.text(), plain.blocks());
    }

    private static String decode(Path file) throws ArticleException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw problem(file, 0, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    "check that it is a readable file");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw problem(file, 1, "the file is UTF-16, not UTF-8", "save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw problem(file, lineAt(bytes, i), "the file is binary (it contains NUL bytes), not text",
                        "save the article as a UTF-8 text or Markdown file");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw problem(file, lineAt(bytes, in.position()),
                    "the bytes at offset " + in.position() + " are not valid UTF-8", "save the file as UTF-8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Map<?, ?> parseYaml(Path file, String yaml) throws ArticleException {
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false)
                .setLabel(file.toString()).setMaxAliasesForCollections(10).build();
        Object loaded;
        try {
            loaded = new Load(settings).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(1);
            throw problem(file, line, "the front matter is not valid YAML (" + firstLine(e.getProblem()) + ")",
                    "write each field as 'name: value' and quote values that contain ':' or '#'");
        } catch (YamlEngineException e) {
            throw problem(file, 1, "the front matter is not valid YAML (" + firstLine(e.getMessage()) + ")",
                    "write each field as 'name: value'");
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw problem(file, 2, "the front matter is not a list of 'name: value' fields",
                    "write each field as 'name: value', e.g. 'title: My headline'");
        }
        return map;
    }

    private static String text(Path file, String yaml, Map<?, ?> fields, String key) throws ArticleException {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw problem(file, lineOfKey(yaml, key), "'" + key + "' must be a single value",
                    "write '" + key + ": ...' on one line");
        }
        return value.toString();
    }

    private static LocalDate date(Path file, String yaml, Map<?, ?> fields) throws ArticleException {
        String value = text(file, yaml, fields, "date");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().length() > 10 && value.charAt(10) == 'T'
                    ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            throw problem(file, lineOfKey(yaml, "date"), "'" + value + "' is not a valid date",
                    "write the date as YYYY-MM-DD, e.g. 'date: 2025-03-14'");
        }
    }

    private static List<String> tags(Path file, String yaml, Map<?, ?> fields) throws ArticleException {
        Object value = fields.get("tags");
        List<String> tags = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object tag : list) {
                if (tag instanceof Map || tag instanceof List) {
                    throw problem(file, lineOfKey(yaml, "tags"), "each tag must be a word or phrase",
                            "write tags as 'tags: [energy, earnings]'");
                }
                if (tag != null && !tag.toString().isBlank()) {
                    tags.add(tag.toString().strip());
                }
            }
        } else if (value != null) {
            for (String tag : value.toString().split(",")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
        }
        return tags;
    }

    /** The 1-based line in the file of a front matter key (the file's line 1 is the opening '---'). */
    static int lineOfKey(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s*" + Pattern.quote(key) + "\\s*:.*")) {
                return i + 2;
            }
        }
        return 1;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    }

    private static ArticleException problem(Path file, int line, String message, String fix) {
        return new ArticleException(new ArticleProblem(file, line, message, fix));
    }
}
