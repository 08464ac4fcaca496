package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.YamlFile;
import org.newsgraph.graph.Iris;
import org.newsgraph.site.SiteSettings;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The site configuration file, {@value #FILE_NAME} in the project's folder (as Hugo's {@code hugo.toml} or JBake's
 * {@code jbake.properties}): what a publisher sets once per site instead of on every command. Command-line options
 * override it. Each value is checked here, so that a bad one is reported with the file, its line and how to fix it;
 * a setting with a problem is left out (its built-in default applies) and the problem is kept in {@link #problems}.
 * Folders are relative to the file's own folder.
 *
 * @param values setting -> value as written (folders resolved), only valid ones; {@code serve.port} for nested ones
 */
public record ProjectConfig(Path file, Map<String, String> values, List<ArticleProblem> problems) {

    public static final String FILE_NAME = "newsgraph.yaml";

    /** What a setting holds, which decides how its value is checked. */
    enum Kind { IRI, TEXT, LANGUAGE, FOLDER, COUNT, PORT }

    /** Every setting, in the order the README lists them. */
    static final Map<String, Kind> SETTINGS = settings();

    private static final String SECTION = "serve";

    public ProjectConfig {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
        problems = List.copyOf(problems);
    }

    private static Map<String, Kind> settings() {
        Map<String, Kind> settings = new LinkedHashMap<>();
        settings.put("base", Kind.IRI);
        settings.put("title", Kind.TEXT);
        settings.put("language", Kind.LANGUAGE);
        settings.put("author", Kind.TEXT);
        settings.put("source", Kind.TEXT);
        settings.put("articles", Kind.FOLDER);
        settings.put("site", Kind.FOLDER);
        settings.put("templates", Kind.FOLDER);
        settings.put("cache", Kind.FOLDER);
        settings.put("workers", Kind.COUNT);
        settings.put("article-timeout", Kind.COUNT);
        settings.put(SECTION + ".port", Kind.PORT);
        settings.put(SECTION + ".timeout", Kind.COUNT);
        settings.put(SECTION + ".max-rows", Kind.COUNT);
        return Collections.unmodifiableMap(settings);
    }

    /** No file: every setting has its built-in default. */
    public static ProjectConfig none(Path file) {
        return new ProjectConfig(file, Map.of(), List.of());
    }

    public Optional<String> get(String setting) {
        return Optional.ofNullable(values.get(setting));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Reads the file; a missing file is no configuration, not a problem. */
    public static ProjectConfig read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return none(file);
        }
        List<ArticleProblem> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Optional<Node> root = YamlFile.read(file,
                "write one 'setting: value' per line (see the README, Site configuration)", problems);
        if (root.isEmpty()) {
            return new ProjectConfig(file, values, problems);
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.add(problem(file, root.get(), "the file must map settings to values",
                    "write one 'setting: value' per line, e.g. 'title: Business Desk'"));
            return new ProjectConfig(file, values, problems);
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        read(file, mapping, "", values, seen, problems);
        return new ProjectConfig(file, values, problems);
    }

    private static void read(Path file, MappingNode mapping, String prefix, Map<String, String> values,
                             Map<String, Integer> seen, List<ArticleProblem> problems) {
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue().strip() : "";
            String setting = prefix + key;
            Node value = tuple.getValueNode();
            int line = line(tuple.getKeyNode());
            Integer first = seen.putIfAbsent(setting, line);
            if (first != null) {
                problems.add(new ArticleProblem(file, line, "'" + setting + "' is set already, at line " + first
                        + "; this one is ignored", "keep one of the two lines"));
                continue;
            }
            if (prefix.isEmpty() && key.equals(SECTION)) {
                if (value instanceof MappingNode section) {
                    read(file, section, SECTION + ".", values, seen, problems);
                } else {
                    problems.add(problem(file, value, "'" + SECTION + "' holds settings of the server",
                            "indent port, timeout or max-rows under it"));
                }
                continue;
            }
            Kind kind = SETTINGS.get(setting);
            if (kind == null) {
                problems.add(problem(file, tuple.getKeyNode(), "unknown setting '" + setting + "'",
                        "use " + known(prefix)));
                continue;
            }
            if (!(value instanceof ScalarNode scalar)) {
                problems.add(problem(file, value, "'" + setting + "' must be a single value", fix(kind)));
                continue;
            }
            String text = scalar.getValue().strip();
            String why = invalid(kind, text);
            if (why != null) {
                problems.add(problem(file, value, "'" + setting + "': " + why, fix(kind)));
                continue;
            }
            values.put(setting, kind == Kind.FOLDER ? folder(file, text) : text);
        }
    }

    /** What is wrong with a value, or null when it is good. */
    private static String invalid(Kind kind, String text) {
        if (text.isEmpty()) {
            return "has no value";
        }
        return switch (kind) {
            case IRI -> {
                try {
                    new Iris(text);
                    yield null;
                } catch (IllegalArgumentException e) {
                    yield "'" + text + "' is not an http(s) IRI ending in '/'";
                }
            }
            case LANGUAGE -> text.matches(SiteSettings.LANGUAGE_TAG) ? null : "'" + text + "' is not a language tag";
            case COUNT -> number(text, 1, Integer.MAX_VALUE) ? null : "'" + text + "' is not a whole number of at least 1";
            case PORT -> number(text, 0, 65535) ? null : "'" + text + "' is not a port number (0 to 65535)";
            case TEXT, FOLDER -> null;
        };
    }

    private static String fix(Kind kind) {
        return switch (kind) {
            case IRI -> "write the address the site is published at, with the trailing slash, e.g. "
                    + "'base: https://news.example.org/'";
            case TEXT -> "write the text after the colon, in quotes if it holds a colon or a '#'";
            case LANGUAGE -> "write a BCP 47 tag such as 'en', 'en-GB' or 'de'";
            case FOLDER -> "write a folder, relative to this file's folder, e.g. 'articles'";
            case COUNT -> "write a whole number such as 4";
            case PORT -> "write a port such as 8080 (0 picks a free one)";
        };
    }

    private static boolean number(String text, long min, long max) {
        if (!text.matches("[0-9]{1,10}")) {
            return false;
        }
        long value = Long.parseLong(text);
        return value >= min && value <= max;
    }

    private static String folder(Path file, String text) {
        Path parent = file.toAbsolutePath().getParent();
        Path given = Path.of(text);
        if (given.isAbsolute() || file.getParent() == null) {
            return given.toString();
        }
        return parent.resolve(given).normalize().toString();
    }

    private static String known(String prefix) {
        List<String> names = SETTINGS.keySet().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length())).filter(k -> !k.contains(".")).toList();
        List<String> all = new ArrayList<>(names);
        if (prefix.isEmpty()) {
            all.add(SECTION + " (port, timeout, max-rows)");
        }
        return String.join(", ", all);
    }

    private static int line(Node node) {
        return YamlFile.line(node);
    }

    private static ArticleProblem problem(Path file, Node node, String message, String fix) {
        return new ArticleProblem(file, line(node), message, fix);
    }
}
