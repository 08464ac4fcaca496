package org.newsgraph.extract.relation;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.extract.Relation;

/**
 * Reads the relation rules file. Lines are {@code class NAME = lemma | lemma ...} (a lemma class, written
 * {@code @NAME} inside a pattern's attribute, e.g. {@code {lemma:@ACQUIRE}}; {@code !@NAME} for any other lemma) or the fields of a rule, which starts
 * with {@code rule ID} and ends at a blank line:
 * {@code predicate}, {@code direction} (forward or inverse), {@code confidence}, {@code role} (optional), {@code pattern} (one line of
 * Semgrex), {@code otherwise company|undealt-company|topic|salient-topic|goods-holder|goods-maker} (optional), {@code place local} (optional, basedIn: no country), {@code object model-maker} (optional: the object node is
 * a product named after its maker, which is the relation's end) and
 * {@code example SENTENCE => SUBJECT | PREDICATE | OBJECT} (one or more), or {@code example SENTENCE => nothing} (the
 * rule must find no relation of its predicate there). {@code #} starts a comment line. Every mistake is reported with the file and line.
 */
public final class RuleFile {

    /** The bundled rules, compiled once per JVM. */
    public static final String BUNDLED = "/org/newsgraph/extract/relation-rules.txt";

    private static final Pattern CLASS_USE = Pattern.compile("(!?)@([A-Z][A-Z_]*)");

    private RuleFile() {
    }

    private static final class Holder {
        private static final List<RelationRule> RULES = bundledRules();

        private static List<RelationRule> bundledRules() {
            try (InputStream in = RuleFile.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is missing from the classpath");
                }
                return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static List<RelationRule> bundled() {
        return Holder.RULES;
    }

    /** The rules of a file's text; {@code name} is what messages call the file. */
    public static List<RelationRule> parse(String name, String text) {
        Map<String, String> classes = new LinkedHashMap<>();
        List<RelationRule> rules = new ArrayList<>();
        Map<String, String> fields = null;
        List<RelationRule.Example> examples = new ArrayList<>();
        int start = 0;
        int number = 0;
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            lines = reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                if (fields != null) {
                    rules.add(rule(name, start, fields, examples, classes));
                    fields = null;
                }
                continue;
            }
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1).strip();
            if (fields == null) {
                if (key.equals("class")) {
                    addClass(name, number, value, classes);
                } else if (key.equals("rule") && !value.isEmpty()) {
                    fields = new LinkedHashMap<>();
                    fields.put("rule", value);
                    examples = new ArrayList<>();
                    start = number;
                } else {
                    throw problem(name, number, "expected 'class NAME = ...' or 'rule ID', found '" + line + "'");
                }
            } else if (key.equals("example")) {
                String[] parts = value.split("=>");
                if (parts.length != 2 || parts[1].strip().split(" ").length < 3
                        && !parts[1].strip().equals(RelationRule.Example.NOTHING)) {
                    throw problem(name, number, "an example is 'example SENTENCE => SUBJECT | PREDICATE | OBJECT' or "
                            + "'example SENTENCE => nothing'");
                }
                examples.add(new RelationRule.Example(parts[0].strip(), parts[1].strip()));
            } else if (List.of("predicate", "direction", "confidence", "role", "pattern", "otherwise", "place", "object").contains(key)) {
                if (fields.put(key, value) != null) {
                    throw problem(name, number, "'" + key + "' given twice");
                }
            } else {
                throw problem(name, number, "unknown field '" + key + "'");
            }
        }
        if (fields != null) {
            rules.add(rule(name, start, fields, examples, classes));
        }
        long ids = rules.stream().map(RelationRule::id).distinct().count();
        if (ids != rules.size()) {
            throw new IllegalArgumentException(name + ": two rules share an id");
        }
        return List.copyOf(rules);
    }

    private static void addClass(String name, int number, String value, Map<String, String> classes) {
        String[] parts = value.split("=", 2);
        String className = parts[0].strip();
        if (parts.length != 2 || !className.matches("[A-Z][A-Z_]*")) {
            throw problem(name, number, "a lemma class is 'class NAME = lemma | lemma', NAME in capitals");
        }
        List<String> lemmas = java.util.Arrays.stream(parts[1].split("\\|")).map(String::strip)
                .filter(l -> !l.isEmpty()).map(l -> l.toLowerCase(Locale.ROOT)).toList();
        if (lemmas.isEmpty() || lemmas.stream().anyMatch(l -> !l.matches("[\\p{L}\\d'.&-]+"))) {
            throw problem(name, number, "lemmas are single words separated by '|'");
        }
        classes.put(className, lemmas.stream().map(l -> l.replace(".", "\\.")).collect(Collectors.joining("|")));
    }

    private static RelationRule rule(String name, int line, Map<String, String> fields,
                                     List<RelationRule.Example> examples, Map<String, String> classes) {
        String id = fields.get("rule");
        for (String required : List.of("predicate", "pattern", "confidence")) {
            if (!fields.containsKey(required)) {
                throw problem(name, line, "rule " + id + " has no '" + required + "'");
            }
        }
        String predicate = fields.get("predicate");
        if (!Relation.PREDICATES.contains(predicate)) {
            throw problem(name, line, "rule " + id + ": unknown predicate '" + predicate + "' (one of "
                    + Relation.PREDICATES + ")");
        }
        String direction = fields.getOrDefault("direction", "forward");
        if (!direction.equals("forward") && !direction.equals("inverse")) {
            throw problem(name, line, "rule " + id + ": direction is 'forward' or 'inverse'");
        }
        double confidence;
        try {
            confidence = Double.parseDouble(fields.get("confidence"));
        } catch (NumberFormatException e) {
            confidence = -1;
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw problem(name, line, "rule " + id + ": confidence is a number in (0, 1]");
        }
        String otherwise = fields.get("otherwise");
        if (otherwise != null && !List.of("company", "undealt-company", "topic", "salient-topic", "goods-holder", "goods-maker").contains(otherwise)) {
            throw problem(name, line, "rule " + id + ": 'otherwise' is 'company', 'undealt-company', 'topic', 'salient-topic', 'goods-holder' or 'goods-maker'");
        }
        String place = fields.get("place");
        if (place != null && (!place.equals("local") || !predicate.equals("basedIn"))) {
            throw problem(name, line, "rule " + id + ": 'place' is 'local', on a basedIn rule");
        }
        String object = fields.get("object");
        if (object != null && !object.equals("model-maker")) {
            throw problem(name, line, "rule " + id + ": 'object' is 'model-maker'");
        }
        if (examples.isEmpty()) {
            throw problem(name, line, "rule " + id + " needs at least one 'example'");
        }
        if (examples.stream().allMatch(RelationRule.Example::nothing)) {
            throw problem(name, line, "rule " + id + " needs at least one 'example' with a relation");
        }
        String source = fields.get("pattern");
        Matcher use = CLASS_USE.matcher(source);
        StringBuilder expanded = new StringBuilder();
        while (use.find()) {
            String lemmas = classes.get(use.group(2));
            if (lemmas == null) {
                throw problem(name, line, "rule " + id + ": no lemma class " + use.group(2) + " above it");
            }
            String regex = use.group(1).isEmpty() ? "/^(?:" + lemmas + ")$/" : "/^(?!(?:" + lemmas + ")$).*$/";
            use.appendReplacement(expanded, Matcher.quoteReplacement(regex));
        }
        use.appendTail(expanded);
        SemgrexPattern pattern;
        try {
            pattern = SemgrexPattern.compile(expanded.toString());
        } catch (RuntimeException e) {
            throw problem(name, line, "rule " + id + ": its pattern is not Semgrex (" + e.getMessage() + ")");
        }
        if (!source.contains("=subject") || !source.contains("=object") && otherwise == null) {
            throw problem(name, line, "rule " + id + ": the pattern must name the nodes =subject and =object");
        }
        return new RelationRule(id, predicate, direction.equals("inverse"), confidence, fields.get("role"), source, pattern, otherwise,
                place != null, object != null, examples, line);
    }

    private static IllegalArgumentException problem(String name, int line, String message) {
        return new IllegalArgumentException(name + ":" + line + ": " + message);
    }
}
