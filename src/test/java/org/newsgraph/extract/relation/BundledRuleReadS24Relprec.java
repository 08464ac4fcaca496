package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.DocumentContext;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Session 24 (s24-relprec) test helper: what one bundled rule reads in one sentence given as words
 * ({@code text/TAG[/lemma]}) and dependencies ({@code relation governor dependent}, 1-based, 0 the root), with the named
 * entities of the given types; each relation as "subject predicate object confidence".
 */
final class BundledRuleReadS24Relprec {

    private BundledRuleReadS24Relprec() {
    }

    static List<String> read(String words, String dependencies, String rule, Map<String, EntityType> names) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String part : words.trim().split(" ")) {
            String[] p = part.split("/");
            int start = text.length();
            text.append(p[0]).append(' ');
            tokens.add(new Token(tokens.size(), 0, start, start + p[0].length(), p[0], p.length > 2 ? p[2] : p[0],
                    p[1], "O", null));
        }
        List<Dependency> deps = new ArrayList<>();
        for (String dependency : dependencies.trim().split(";")) {
            String[] d = dependency.trim().split(" ");
            int governor = Integer.parseInt(d[1]);
            deps.add(new Dependency(governor == 0 ? -1 : governor - 1, Integer.parseInt(d[2]) - 1, d[0]));
        }
        AnnotatedSentence sentence = new AnnotatedSentence(0, 0, text.length() - 1, tokens, deps);
        AnnotatedText annotated = new AnnotatedText(text.toString(), List.of(sentence));
        Map<String, Entity> byId = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(named -> {
            String name = named.getKey();
            int start = text.indexOf(name);
            if (start >= 0) {
                String id = name.toLowerCase().replace(' ', '-');
                byId.put(id, new Entity(id, name, named.getValue(), List.of(), null,
                        List.of(new Span(start, start + name.length(), name, 0))));
            }
        });
        DocumentContext context = new DocumentContext(annotated, List.copyOf(byId.values()));
        List<RelationRule> rules = RuleFile.bundled().stream().filter(r -> r.id().equals(rule)).toList();
        return new RelationReader(rules, context, byId).read(sentence, new Span(0, text.length() - 1,
                text.toString().strip(), 0)).stream()
                .map(r -> r.subject() + " " + r.predicate() + " " + r.object() + " " + r.confidence()).toList();
    }

    /**
     * Asserts what the rule reads in a table row: {@code names} as "Name=O;Other=P" (P a person, anything else an
     * organisation), {@code expected} as "subject predicate object confidence" readings separated by commas, or null
     * for none.
     */
    static void assertReads(String sentence, String words, String dependencies, String rule, String names,
                            String expected) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (String named : names.split(";")) {
            String[] parts = named.trim().split("=");
            types.put(parts[0], parts[1].equals("P") ? EntityType.PERSON : EntityType.ORGANIZATION);
        }
        List<String> wanted = expected == null ? List.of() : Arrays.stream(expected.split(",")).map(String::trim).toList();
        assertEquals(wanted, read(words, dependencies, rule, types), sentence);
    }
}
