package org.newsgraph.article;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Reads one article file: {@code .md} with YAML front matter, or {@code .txt} whose first line is the title.
 * Every problem becomes an {@link ArticleException} naming the file, the line and the fix.
 */
public final class ArticleReader {

    /** Front matter fields an article may have. */
    public static final Set<String> FIELDS = Set.of("title", "date", "author", "source", "url", "tags", "slug");

    static final Pattern CLOSING_FENCE = Pattern.compile("^(---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern MARKDOWN_TITLE = Pattern.compile("\\A#[ \\t]+(.+)\\n?");

    /**
     * The longest stretch of text without a sentence end that an article may have: ten times a long sentence.
     * Past it the text is a paste gone wrong (a table, a log), and the NLP pipeline and the figure parser,
     * which work a sentence at a time, slow down with the square of its length.
     */
    static final int MAX_RUN_ON = 5_000;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u3002\uFF01\uFF1F](?=\\s|$)|\\n");

    private static final FrontMatterCheck CHECK = new FrontMatterCheck();

    public Article read(Path file) throws ArticleException {
        return read(file, ArticleFile.bytes(file), new FrontMatterSeen());
    }

    /**
     * Reads one article file once for a whole build: the digest of its bytes (for the site's input stamp), the article or
     * the problem that stops it, and {@link FrontMatterCheck}'s warnings from the same parse of its front matter.
     * Never throws: every problem is in the scan.
     */
    public ArticleScan scan(Path file) {
        byte[] bytes;
        try {
            bytes = ArticleFile.bytes(file);
        } catch (ArticleException e) {
            // The check reads what it can of a file the reader refuses (an oversized one still gets its warnings).
            return new ArticleScan(file, null, null, e.problem(), CHECK.check(file));
        }
        FrontMatterSeen seen = new FrontMatterSeen();
        Article article = null;
        ArticleProblem problem = null;
        try {
            article = read(file, bytes, seen);
        } catch (ArticleException e) {
            problem = e.problem();
        }
        return new ArticleScan(file, digest(bytes), article, problem, CHECK.check(file, bytes, seen.yaml, seen.root));
    }

    /** The SHA-256 of a file's bytes, in hex: what a scan and the site's input stamp know the file by. */
    public static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The front matter text a read composed and its node tree, for the check to use instead of parsing again. */
    private static final class FrontMatterSeen {
        private String yaml;
        private Node root;
    }

    private Article read(Path file, byte[] bytes, FrontMatterSeen seen) throws ArticleException {
        String content = ArticleFile.text(file, bytes);
        if (content.isBlank()) {
            throw ArticleException.at(file, 0, "the file is empty", "write the article, or delete the file");
        }
        if (content.startsWith("---\n")) {
            return withFrontMatter(file, content, seen);
        }
        return withoutFrontMatter(file, content);
    }

    private Article withFrontMatter(Path file, String content, FrontMatterSeen seen) throws ArticleException {
        Matcher closing = CLOSING_FENCE.matcher(content);
        if (!closing.find(4)) {
            throw ArticleException.at(file, 1, "the front matter starting here is never closed",
                    "add a line '---' after the last front matter field");
        }
        String yaml = content.substring(4, closing.start());
        int bodyStart = Math.min(content.length(), closing.end() + 1);
        int bodyLine = lineAt(content, bodyStart);
        Map<?, ?> fields = parseYaml(file, yaml, seen);
        String body = content.substring(bodyStart);
        String title = text(file, yaml, fields, "title");
        if (title == null || title.isBlank()) {
            throw ArticleException.at(file, 1, "the front matter has no title", "add a line 'title: ...' to the front matter");
        }
        if (body.isBlank()) {
            throw ArticleException.at(file, bodyLine, "the article has a title but no text", "write the article below the front matter");
        }
        String slug = text(file, yaml, fields, "slug");
        return build(file, slug, title, date(file, yaml, fields), text(file, yaml, fields, "author"),
                text(file, yaml, fields, "source"), text(file, yaml, fields, "url"), tags(file, yaml, fields), body,
                bodyLine);
    }

    private Article withoutFrontMatter(Path file, String content) throws ArticleException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String body = content.stripLeading();
        int titleLine = lineAt(content, content.length() - body.length());
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
            throw ArticleException.at(file, 1, "no front matter and no '# Title' line",
                    "start the file with '---', a line 'title: ...', and '---'");
        }
        if (title.isBlank()) {
            // "# " followed only by spaces the pattern's [ \t] does not know (an em space, a vertical tab)
            throw ArticleException.at(file, titleLine, "the title line has no words",
                    "write the headline after '# ' on the first line");
        }
        if (body.isBlank()) {
            throw ArticleException.at(file, titleLine, "the article has a title but no text",
                    "write the article below the title line");
        }
        return build(file, null, title.strip(), null, null, null, null, List.of(), body, titleLine + 1);
    }

    private Article build(Path file, String slug, String title, LocalDate date, String author, String source,
                          String url, List<String> tags, String body, int bodyLine) throws ArticleException {
        String fileName = file.getFileName().toString();
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        PlainText.Result plain;
        try {
            plain = PlainText.of(body);
        } catch (IllegalArgumentException e) {
            throw ArticleException.at(file, bodyLine + mostNestedLine(body, "*_[>") - 1, e.getMessage(),
                    "remove the long run of repeated '*', '_', '[' or '>' characters on that line");
        }
        checkSentenceLength(file, body, bodyLine, plain.text());
        return new Article(Slugs.of(slug == null || slug.isBlank() ? stem : slug), file, title.strip(), date,
                author, source, url, tags, body, plain.text(), plain.blocks());
    }

    private static Map<?, ?> parseYaml(Path file, String yaml, FrontMatterSeen seen) throws ArticleException {
        // The failsafe schema keeps every value as written: "slug: 007" stays "007", "title: 1e400" is no Infinity.
        // It has no constructor for the null an empty front matter is; without one snakeyaml-engine fails on it.
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).setSchema(new FailsafeSchema())
                .setTagConstructors(Map.of(Tag.NULL, node -> null))
                .setLabel(file.toString()).setMaxAliasesForCollections(10).build();
        Object loaded;
        try {
            // What Load.loadFromString does, in its two steps, so that the check can read the composed tree.
            Optional<Node> root = new Compose(settings).composeString(yaml);
            seen.yaml = yaml;
            seen.root = root.orElse(null);
            loaded = new StandardConstructor(settings).constructSingleDocument(root);
        } catch (StackOverflowError e) {
            // snakeyaml-engine has no nesting limit and composes recursively; the failed load leaves nothing behind.
            throw ArticleException.at(file, 1 + mostNestedLine(yaml, "[{"), "the front matter nests too deeply to read",
                    "write each field as 'name: value' without brackets inside brackets");
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(1);
            throw ArticleException.at(file, line, "the front matter is not valid YAML (" + firstLine(e.getProblem()) + ")",
                    "write each field as 'name: value' and quote values that contain ':' or '#'");
        } catch (YamlEngineException e) {
            throw ArticleException.at(file, 1, "the front matter is not valid YAML (" + firstLine(e.getMessage()) + ")",
                    "write each field as 'name: value'");
        } catch (RuntimeException e) {
            // A safety net: fuzzing found snakeyaml-engine failing with a NullPointerException where its schema had no
            // constructor for a node; any such failure of the library is this file's problem, not the build's.
            throw ArticleException.at(file, 1, "the front matter uses YAML that Newsgraph does not read ("
                    + e.getClass().getSimpleName() + ")", "write plain 'name: value' fields");
        }
        if (loaded == null) {
            loaded = Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw ArticleException.at(file, 2, "the front matter is not a list of 'name: value' fields",
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
            throw ArticleException.at(file, lineOfKey(yaml, key), "'" + key + "' must be a single value",
                    "write '" + key + ": ...' on one line");
        }
        return value.toString();
    }

    private static LocalDate date(Path file, String yaml, Map<?, ?> fields) throws ArticleException {
        String value = text(file, yaml, fields, "date");
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = ArticleDates.parse(value);
        if (date.isEmpty()) {
            throw ArticleException.at(file, lineOfKey(yaml, "date"), "'" + value + "' is not a valid date",
                    "write the date as YYYY-MM-DD, e.g. 'date: 2025-03-14'");
        }
        return date.get();
    }

    private static List<String> tags(Path file, String yaml, Map<?, ?> fields) throws ArticleException {
        Object value = fields.get("tags");
        List<String> tags = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object tag : list) {
                if (tag instanceof Map || tag instanceof List) {
                    throw ArticleException.at(file, lineOfKey(yaml, "tags"), "each tag must be a word or phrase",
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

    private static void checkSentenceLength(Path file, String body, int bodyLine, String text) throws ArticleException {
        Matcher end = SENTENCE_END.matcher(text);
        int from = 0;
        while (from < text.length()) {
            int to = end.find(from) ? end.end() : text.length();
            if (to - from > MAX_RUN_ON) {
                String start = text.substring(from, from + 40).strip();
                int at = body.indexOf(start);
                int line = at < 0 ? bodyLine : bodyLine + lineAt(body, at) - 1;
                throw ArticleException.at(file, line, "the text runs on for " + (to - from)
                        + " characters without ending a sentence (at most " + MAX_RUN_ON + ")",
                        "end its sentences with '.', '!' or '?', or remove the pasted table or data");
            }
            from = Math.max(to, from + 1);
        }
    }

    /** The 1-based line of {@code text} with the most of the given markup characters: where a nesting bomb sits. */
    private static int mostNestedLine(String text, String markup) {
        String[] lines = text.split("\n", -1);
        int best = 0;
        long most = -1;
        for (int i = 0; i < lines.length; i++) {
            long count = lines[i].chars().filter(c -> markup.indexOf(c) >= 0).count();
            if (count > most) {
                most = count;
                best = i;
            }
        }
        return best + 1;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    }
}
