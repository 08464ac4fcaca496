package org.newsgraph.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.YamlFile;
import org.newsgraph.extract.EntityType;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The journalists' corrections to entities, from {@code articles/_entities.yaml}: a map from an entity's name (or any
 * of its aliases) to what to change.
 * <pre>
 * Nordhav Energi:
 *   type: Organization          # Organization, Person, Place or Product
 *   wikidata: Q123456           # or the whole IRI
 *   aliases: [Nordhav, NE]      # more names of the same thing
 * Brightlane:
 *   merge-into: Brightlane Software   # one entity; the old page redirects to the new one
 * Lykke:
 *   not-an-entity: true         # drop it, its mentions and its relations
 * </pre>
 * Problems are reported with the file and line; the other entries still apply.
 */
public final class Curation {

    /** What the file says about one name. Absent options are null (or empty). */
    public record Entry(String name, int line, EntityType type, String wikidata, List<String> aliases,
                        String mergeInto, boolean notAnEntity) {

        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    public static final String FILE_NAME = "_entities.yaml";
    private static final Set<String> OPTIONS = Set.of("type", "wikidata", "aliases", "merge-into", "not-an-entity");
    private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no");
    private static final Pattern WIKIDATA = Pattern.compile("(?:https?://(?:www\\.)?wikidata\\.org/(?:entity|wiki)/)?(Q[1-9]\\d*)");

    private final Path file;
    private final Map<String, Entry> byName = new LinkedHashMap<>();

    private Curation(Path file) {
        this.file = file;
    }

    /** No corrections. */
    public static Curation none() {
        return new Curation(Path.of(FILE_NAME));
    }

    /**
     * Reads the file if it exists (an absent file means no corrections). Every entry that cannot be applied is added
     * to the problems with its line and why (not YAML, not a map of names, a name given twice, an unknown option or
     * type, a value of the wrong kind); the other entries still apply. {@code check}, {@code build} and {@code serve}
     * all read the file here, so they report the same problems.
     */
    public static Curation read(Path file, List<ArticleProblem> problems) throws IOException {
        Curation curation = new Curation(file);
        if (!Files.isRegularFile(file)) {
            return curation;
        }
        Optional<Node> root = YamlFile.read(file,
                "write one entry per name: 'Name:' then indented options (see README, Curating entities)", problems);
        if (root.isEmpty()) {
            return curation;
        }
        if (!(root.get() instanceof MappingNode entries)) {
            problems.add(curation.problem(root.get(), "the file must map entity names to options",
                    "start each entry with the entity's name followed by ':'"));
            return curation;
        }
        for (NodeTuple tuple : entries.getValue()) {
            curation.entry(tuple, problems).ifPresent(e -> {
                Entry first = curation.byName.get(e.name());
                if (first != null) {
                    problems.add(new ArticleProblem(file, e.line(), "'" + e.name() + "' has an entry already, at line "
                            + first.line() + "; this one is ignored", "put all its options in one entry"));
                } else {
                    curation.byName.put(e.name(), e);
                }
            });
        }
        return curation;
    }

    private Optional<Entry> entry(NodeTuple tuple, List<ArticleProblem> problems) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getValue().isBlank()) {
            problems.add(problem(tuple.getKeyNode(), "an entry needs an entity name", "write the name followed by ':'"));
            return Optional.empty();
        }
        String name = key.getValue().strip();
        if (!(tuple.getValueNode() instanceof MappingNode options)) {
            problems.add(problem(tuple.getValueNode(), "'" + name + "' has no options",
                    "indent one of type, wikidata, aliases, merge-into, not-an-entity under it"));
            return Optional.empty();
        }
        EntityType type = null;
        String wikidata = null;
        List<String> aliases = new ArrayList<>();
        String mergeInto = null;
        boolean notAnEntity = false;
        for (NodeTuple option : options.getValue()) {
            String optionName = option.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            Node value = option.getValueNode();
            if (!OPTIONS.contains(optionName)) {
                problems.add(problem(option.getKeyNode(), "'" + name + "': unknown option '" + optionName + "'",
                        "use type, wikidata, aliases, merge-into or not-an-entity"));
                continue;
            }
            switch (optionName) {
                case "type" -> {
                    try {
                        type = EntityType.fromLabel(scalar(value));
                    } catch (IllegalArgumentException e) {
                        problems.add(problem(value, "'" + name + "': " + e.getMessage(), null));
                    }
                }
                case "wikidata" -> {
                    wikidata = wikidataIri(scalar(value));
                    if (wikidata == null) {
                        problems.add(problem(value, "'" + name + "': '" + scalar(value) + "' is not a Wikidata id",
                                "write it as Q followed by digits, e.g. Q2283, or as http://www.wikidata.org/entity/Q2283"));
                    }
                }
                case "aliases" -> {
                    if (value instanceof SequenceNode list) {
                        list.getValue().forEach(item -> aliases.add(scalar(item)));
                    } else {
                        aliases.add(scalar(value));
                    }
                }
                case "merge-into" -> {
                    mergeInto = scalar(value);
                    if (mergeInto.isBlank() || mergeInto.equals(name)) {
                        problems.add(problem(value, "'" + name + "': merge-into needs the name of another entity",
                                "write the other entity's name as its page shows it"));
                        mergeInto = null;
                    }
                }
                default -> {
                    String flag = scalar(value).toLowerCase(Locale.ROOT);
                    if (!BOOLEANS.contains(flag)) {
                        problems.add(problem(value, "'" + name + "': not-an-entity is true or false, not '"
                                + scalar(value) + "'", "write 'not-an-entity: true' to drop it, or delete the line"));
                    }
                    notAnEntity = flag.equals("true") || flag.equals("yes");
                }
            }
        }
        aliases.removeIf(String::isBlank);
        return Optional.of(new Entry(name, key.getStartMark().map(m -> m.getLine() + 1).orElse(0), type, wikidata,
                aliases, mergeInto == null || mergeInto.isBlank() ? null : mergeInto.strip(), notAnEntity));
    }

    /**
     * "Q2283", "http://www.wikidata.org/entity/Q2283" or its page "https://www.wikidata.org/wiki/Q2283" -> the entity
     * IRI; anything else (another site, another scheme) -> null, so that it never reaches the graph.
     */
    static String wikidataIri(String value) {
        Matcher id = WIKIDATA.matcher(value.strip());
        return id.matches() ? "http://www.wikidata.org/entity/" + id.group(1) : null;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue().strip() : "";
    }

    private ArticleProblem problem(Node node, String message, String fix) {
        return new ArticleProblem(file, node.getStartMark().map(m -> m.getLine() + 1).orElse(0), message, fix);
    }

    /** The entry for an entity known under any of these names, or empty. */
    public Optional<Entry> forNames(List<String> names) {
        for (String name : names) {
            Entry entry = byName.get(name);
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public List<Entry> entries() {
        return List.copyOf(byName.values());
    }

    public Path file() {
        return file;
    }
}
