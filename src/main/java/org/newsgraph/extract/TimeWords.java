package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.io.ResourceTable;

/**
 * The words {@link FigureTime} reads ({@code time-words.tsv}, one word and its role a line): lemmas of founding
 * verbs, lemmas of maturity and expiry, words of a base of change or comparison, the words that join a list of dates, the words of a period a date
 * ends, the words that make a date fiscal or relative, the lemmas of verbs of saying whose day is when something
 * was said, and of verbs of making results known whose weekday is when they were made known.
 */
record TimeWords(Set<String> founding, Set<String> maturity, Set<String> baseOfChange, Set<String> beforeBase, Set<String> compare,
                 Set<String> listJoins, Set<String> period, Set<String> periodEnd, Set<String> periodLength,
                 Set<String> fiscal, Set<String> relative, Set<String> statement, Set<String> announcement) {

    private static final String RESOURCE = "/org/newsgraph/extract/time-words.tsv";
    private static final List<String> ROLES = List.of("founding", "maturity", "base-of-change", "before-base", "compare",
            "list-join", "period", "period-end", "period-length", "fiscal", "relative", "statement",
            "announcement");

    /** The bundled list. */
    static final TimeWords BUNDLED = read(RESOURCE);

    TimeWords {
        founding = Set.copyOf(founding);
        maturity = Set.copyOf(maturity);
        baseOfChange = Set.copyOf(baseOfChange);
        beforeBase = Set.copyOf(beforeBase);
        compare = Set.copyOf(compare);
        listJoins = Set.copyOf(listJoins);
        period = Set.copyOf(period);
        periodEnd = Set.copyOf(periodEnd);
        periodLength = Set.copyOf(periodLength);
        fiscal = Set.copyOf(fiscal);
        relative = Set.copyOf(relative);
        statement = Set.copyOf(statement);
        announcement = Set.copyOf(announcement);
    }

    /** "(a|b|c)": the words of a role as one alternation for a pattern, longest first. */
    static String alternation(Set<String> words) {
        return "(" + String.join("|", words.stream().map(Pattern::quote)
                .sorted((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b)).toList()) + ")";
    }

    static TimeWords read(String resource) {
        Map<String, Set<String>> byRole = new HashMap<>();
        ROLES.forEach(role -> byRole.put(role, new HashSet<>()));
        for (ResourceTable.Row row : ResourceTable.rows(resource, 2, "word <TAB> " + String.join("|", ROLES))) {
            String word = row.columns()[0].strip().toLowerCase(Locale.ROOT);
            Set<String> words = byRole.get(row.columns()[1].strip());
            if (word.isEmpty() || words == null) {
                throw row.problem("word <TAB> " + String.join("|", ROLES));
            }
            words.add(word);
        }
        return new TimeWords(byRole.get("founding"), byRole.get("maturity"), byRole.get("base-of-change"), byRole.get("before-base"),
                byRole.get("compare"), byRole.get("list-join"), byRole.get("period"), byRole.get("period-end"),
                byRole.get("period-length"), byRole.get("fiscal"), byRole.get("relative"),
                byRole.get("statement"), byRole.get("announcement"));
    }
}
