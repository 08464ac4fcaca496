package org.newsgraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A count of the countries a thing is sold or shipped to measures its markets: "exports to 45 countries" (export
 * markets), "will be marketed to around 80 countries" (export markets), "the drug is sold in 60 countries" (markets).
 * Only a count of countries or nations that a verb of selling takes by "to" or "in"; where a thing is made or a firm
 * works ("produces vehicles in 37 countries", "employs staff in nine countries") stays a count of countries.
 */
final class ExportMarkets {

    static final String STEP = "markets";
    private static final Set<String> COUNTRIES = Set.of("country", "nation");
    /** Verb lemma -> what the countries are to it. */
    private static final Map<String, String> SELLING = Map.of("sell", "markets", "distribute", "markets",
            "export", "export markets", "market", "export markets", "ship", "export markets");
    private static final Set<String> PREPOSITIONS = Set.of("obl:to", "obl:in");

    private ExportMarkets() {
    }

    /** "export markets" or "markets" for a count of countries a thing is sold to; null otherwise. */
    static String measure(AnnotatedSentence sentence, Token noun) {
        Token verb = sentence.head(noun);
        if (noun.lemma() == null || !COUNTRIES.contains(noun.lemma().toLowerCase(Locale.ROOT)) || verb == null
                || verb.lemma() == null || !verb.pos().startsWith("VB")
                || !PREPOSITIONS.contains(sentence.relationToHead(noun))) {
            return null;
        }
        return SELLING.get(verb.lemma().toLowerCase(Locale.ROOT));
    }
}
