package org.newsgraph.extract.relation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Token;

/**
 * The title a roleAt node says, in the newsroom's short form: the run of title words around the matched word
 * ("Chief executive", "chief financial officer", "co-founder") read as CEO, CFO, COO, CTO, chair, or as written.
 */
final class RoleTitle {

    private static final Set<String> TITLE_WORDS = Set.of("chief", "executive", "officer", "financial", "finance",
            "operating", "technology", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "chairperson",
            "founder", "co-founder", "cofounder", "president", "vice", "senior", "managing", "director", "head");

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

    static String normal(String phrase) {
        if (phrase.matches(".*\\b(vice|senior)\\b.*")) {
            return phrase;
        }
        if (phrase.matches(".*\\b(ceo|chief executive)\\b.*")) {
            return "CEO";
        }
        if (phrase.matches(".*\\b(cfo|chief financial|finance (chief|director))\\b.*")) {
            return "CFO";
        }
        if (phrase.matches(".*\\b(coo|chief operating)\\b.*")) {
            return "COO";
        }
        if (phrase.matches(".*\\b(cto|chief technology)\\b.*")) {
            return "CTO";
        }
        if (phrase.matches(".*\\bchair(man|woman|person)?\\b.*")) {
            return "chair";
        }
        if (phrase.matches(".*\\b(co-?founder|cofounder)\\b.*")) {
            return "co-founder";
        }
        if (phrase.matches(".*\\bfounder\\b.*")) {
            return "founder";
        }
        return phrase;
    }
}
