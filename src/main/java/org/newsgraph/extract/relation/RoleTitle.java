package org.newsgraph.extract.relation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Token;

/**
 * The title a roleAt node says, in the newsroom's short form: the run of title words around the matched word
 * ("Chief executive", "chief financial officer", "co-founder") read as CEO, CFO, COO, CTO, chair, or as written.
 */
final class RoleTitle {

    private static final Set<String> TITLE_WORDS = Set.of("chief", "executive", "officer", "financial", "finance",
            "operating", "technology", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "chairperson",
            "founder", "co-founder", "cofounder", "president", "vice", "senior", "managing", "director", "head",
            "boss");

    /** Title phrases and their short forms, first match wins; a vice or senior title keeps its own words. */
    private static final List<Map.Entry<Pattern, String>> SHORT_FORMS = List.of(
            Map.entry(Pattern.compile("\\b(vice|senior)\\b"), ""),
            // "the Halvorsen boss": the newsroom's word for the chief executive
            Map.entry(Pattern.compile("\\b(ceo|chief executive|boss)\\b"), "CEO"),
            Map.entry(Pattern.compile("\\b(cfo|chief financial|finance (chief|director))\\b"), "CFO"),
            Map.entry(Pattern.compile("\\b(coo|chief operating)\\b"), "COO"),
            Map.entry(Pattern.compile("\\b(cto|chief technology)\\b"), "CTO"),
            Map.entry(Pattern.compile("\\bchair(man|woman|person)?\\b"), "chair"),
            Map.entry(Pattern.compile("\\b(co-?founder|cofounder)\\b"), "co-founder"),
            Map.entry(Pattern.compile("\\bfounder\\b"), "founder"));

    private RoleTitle() {
    }

    static String of(SentenceGraph graph, edu.stanford.nlp.ling.IndexedWord node) {
        List<Token> tokens = graph.sentence().tokens();
        int at = node.index() - 1;
        int first = at;
        while (first > 0 && TITLE_WORDS.contains(lower(tokens.get(first - 1)))) {
            first--;
        }
        int last = at;
        while (last + 1 < tokens.size() && TITLE_WORDS.contains(lower(tokens.get(last + 1)))) {
            last++;
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = first; i <= last; i++) {
            phrase.append(' ').append(lower(tokens.get(i)));
        }
        return normal(phrase.toString().strip());
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    /** Whether a title is one of the short forms (CEO, CFO, COO, CTO, chair, founder, co-founder). */
    static boolean isShortForm(String title) {
        return SHORT_FORMS.stream().anyMatch(form -> form.getValue().equals(title) && !title.isEmpty());
    }

    static String normal(String phrase) {
        for (Map.Entry<Pattern, String> form : SHORT_FORMS) {
            if (form.getKey().matcher(phrase).find()) {
                return form.getValue().isEmpty() ? phrase : form.getValue();
            }
        }
        return phrase;
    }
}
