package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.io.ResourceTable;

/**
 * Which coreference steps each subject group counts on the coreference gold: the second column of
 * {@code subject-resolution-evidence.tsv} read as data ("same-sentence*, described*, conjunction* (not sole)"), so
 * that the table's counts can be recounted from {@code eval --coref} and a row that no longer matches a run is found
 * (session 18 noticed the near-sole row had drifted and nothing checked it). A step is what coreference answered with
 * the resolved word's details ("previous-subject/noun/sole"); each comma-separated pattern matches a whole step, "*"
 * standing for any characters; "(not sole)" at the end leaves out the steps whose sentence names no other
 * organisation.
 */
public final class ResolutionSteps {

    private static final String RESOURCE = "/org/newsgraph/extract/subject-resolution-evidence.tsv";
    private static final String NOT_SOLE = "(not sole)";
    private static final ResolutionSteps BUNDLED = load();

    /** One group's step patterns. */
    public record Steps(String group, List<Pattern> patterns, boolean notSole) {

        /** Whether this group counts a sentence in which coreference answered by this step. */
        public boolean counts(String step) {
            if (notSole && (step.equals("sole") || step.endsWith("/sole"))) {
                return false;
            }
            return patterns.stream().anyMatch(p -> p.matcher(step).matches());
        }
    }

    private final Map<String, Steps> groups;

    private ResolutionSteps(Map<String, Steps> groups) {
        this.groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /** The steps the bundled table lists, per group. */
    public static ResolutionSteps bundled() {
        return BUNDLED;
    }

    /** Per group, the steps it counts, in the table's order. */
    public Map<String, Steps> groups() {
        return groups;
    }

    /** The steps of one column, e.g. "same-sentence*, described* (not sole)". */
    static Steps parse(String group, String column) {
        String text = column.strip();
        boolean notSole = text.endsWith(NOT_SOLE);
        if (notSole) {
            text = text.substring(0, text.length() - NOT_SOLE.length()).strip();
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String part : text.split(",")) {
            String glob = part.strip();
            if (glob.isEmpty() || !glob.matches("[a-z*/-]+")) {
                throw new IllegalArgumentException("a step pattern of lower-case words, '/' and '*': '" + glob + "'");
            }
            StringBuilder regex = new StringBuilder();
            for (String piece : glob.split("\\*", -1)) {
                if (!regex.isEmpty() || glob.startsWith("*")) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(piece));
            }
            patterns.add(Pattern.compile(regex.toString()));
        }
        return new Steps(group, List.copyOf(patterns), notSole);
    }

    private static ResolutionSteps load() {
        Map<String, Steps> groups = new LinkedHashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows(RESOURCE, 4,
                "group <TAB> coreference step(s) <TAB> fold a right/checked <TAB> fold b right/checked")) {
            try {
                String group = row.columns()[0].strip();
                groups.put(group, parse(group, row.columns()[1]));
            } catch (IllegalArgumentException e) {
                throw row.problem("comma-separated step patterns, optionally ending in (not sole), in the second "
                        + "column: " + e.getMessage());
            }
        }
        return new ResolutionSteps(groups);
    }
}
