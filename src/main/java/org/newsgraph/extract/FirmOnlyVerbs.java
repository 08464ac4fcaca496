package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * "Emirates ordered 50 jets", "IndiGo has leased 12 planes", "Qantas cut 300 jobs": the subject of a verb only a buyer
 * or an employer does ({@code firm-only-verbs.txt}; some only with their object: "cut jobs", not "cut battery life")
 * is no product, whatever a name list holds: a listed product's name there is the company of that name.
 */
final class FirmOnlyVerbs {

    static final String RULE = "subject-of-firm-only-verb";
    /** Lemma to the object lemmas it needs; an empty set where any object, or none, will do. */
    private static final Map<String, Set<String>> VERBS = read();

    private FirmOnlyVerbs() {
    }

    /** Whether the token is the active subject of one of the verbs, with the object the verb needs. */
    static boolean subjectOf(AnnotatedSentence sentence, Token token) {
        if (sentence.dependencies().isEmpty() || !sentence.relationToHead(token).startsWith("nsubj")
                || sentence.relationToHead(token).startsWith("nsubj:pass")) {
            return false;
        }
        Token verb = sentence.head(token);
        if (verb == null || !verb.pos().startsWith("VB") || verb.lemma() == null) {
            return false;
        }
        Set<String> objects = VERBS.get(verb.lemma().toLowerCase(Locale.ROOT));
        if (objects == null) {
            return false;
        }
        return objects.isEmpty() || sentence.children(verb).stream().anyMatch(child ->
                sentence.relationToHead(child).equals("obj") && child.lemma() != null
                        && objects.contains(child.lemma().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> verbs = new HashMap<>();
        for (String line : ResourceTable.lines("/org/newsgraph/extract/firm-only-verbs.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            verbs.put(parts[0], parts.length == 1 ? Set.of() : Set.of(parts[1].split("\\|")));
        }
        return Map.copyOf(verbs);
    }
}
