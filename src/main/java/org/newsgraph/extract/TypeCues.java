package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Reads what the words around a name say it is: "Brightlane CEO", "Shares in Nordhav", "owned by X", "X, the Munich-based
 * carmaker", "the drug Lenvara", "Ms X", "X, 51,". CoreNLP's NER guesses from the name alone and often takes an unknown
 * company for a person or a place; the article itself usually says.
 */
final class TypeCues {

    /** Nouns that name what kind of organisation something is ("the grid operator Baltnet", "X, a startup"). */
    static final Set<String> ORGANIZATION_NOUNS = Set.of("company", "companies", "firm", "startup", "start-up", "maker",
            "developer", "operator", "group", "bank", "lender", "insurer", "carrier", "airline", "retailer", "grocer",
            "chain", "supermarket", "carmaker", "automaker", "manufacturer", "supplier", "fintech", "utility", "fund",
            "investor", "conglomerate", "producer", "subsidiary", "provider", "drugmaker", "chipmaker", "biotech",
            "broker", "exchange", "agency", "regulator", "union", "club", "publisher", "newspaper", "brokerage",
            "rival", "rivals", "competitor", "competitors", "distributor", "wholesaler", "partner", "owner", "buyer",
            "seller", "acquirer", "client", "clients", "customer", "customers", "lessor", "contractor", "consultancy", "app");
    /** Words after a name that only an organisation has ("Brightlane CEO", "Kessler's board", "Nordhav shares"). */
    static final Set<String> ORGANIZATION_ATTRIBUTES = Set.of("ceo", "cfo", "coo", "cto", "chief", "founder",
            "co-founder", "chairman", "chairwoman", "board", "shares", "stock", "shareholders", "investors",
            "employees", "staff", "workers", "executives", "spokesman", "spokeswoman", "spokesperson", "headquarters",
            "subsidiary", "unit", "division", "revenue", "revenues", "profit", "profits", "earnings", "customers",
            "clients", "stores", "factories", "plants", "deliveries", "inc", "inc.", "corp", "corp.", "ltd", "ltd.",
            "plc", "llc", "ag", "gmbh", "co.");
    /** Nouns that say a name is a product ("the drug Lenvara", "the Vela 500, an electric saloon"). */
    static final Set<String> PRODUCT_NOUNS = Set.of("drug", "drugs", "pill", "medicine", "vaccine", "treatment",
            "therapy", "model", "car", "saloon", "sedan", "suv", "hatchback", "vehicle", "truck", "jet", "jets",
            "aircraft", "plane", "planes", "airliner", "airliners", "phone", "smartphone", "handset", "chip", "processor",
            "software", "chatbot", "assistant", "product", "console", "device", "laptop", "tablet", "engine", "app",
            "game", "browser");
    /** Nouns after a name that make it a place ("the Kansai region", "its Vesterhav Syd offshore cluster"). */
    static final Set<String> PLACE_NOUNS = Set.of("region", "field", "cluster", "farm", "basin", "coast", "valley",
            "peninsula", "province", "county", "district", "prefecture", "state", "city");
    /** Titles before a person's name ("Ms Okafor", "chief executive Priya Raman"). */
    static final Set<String> PERSON_TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
            "president", "senator", "minister", "governor", "mayor", "executive", "ceo", "cfo", "coo", "cto", "founder",
            "co-founder", "chairman", "chairwoman", "chair", "director", "officer", "analyst", "economist", "professor",
            "spokesman", "spokeswoman", "spokesperson", "chief", "secretary", "judge", "rep.", "sen.", "gov.", "king",
            "queen", "prince", "princess", "pope", "lawmaker", "manager", "deputy", "head");
    private static final Set<String> PREPOSITIONS_BEFORE_ORGANIZATION = Set.of("competes with", "compete with",
            "competition with", "works with", "shares in", "shares of", "owned by",
            "controlled by", "acquired by", "bought by", "stake in", "invested in", "acquire", "acquired", "buy",
            "bought", "partnered with", "partners with", "customers of", "clients of", "rivals", "rival");
    private static final Set<String> ORGANIZATION_VERBS = Set.of("employ", "hire", "acquire", "buy", "partner",
            "compete", "manufacture", "supply", "invest", "merge", "operate", "ship");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "one");

    private TypeCues() {
    }

    /** The type the words around tokens [from, to) of a sentence give the name there, or null. */
    static EntityType around(AnnotatedSentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        int first = from - tokens.get(0).index();
        int last = to - tokens.get(0).index();
        String before = lower(tokens, first - 1);
        String before2 = lower(tokens, first - 2);
        int after = last;
        if (after < tokens.size() && (lower(tokens, after).equals("'s") || lower(tokens, after).equals("’s")
                || lower(tokens, after).equals("'"))) {
            after++;
        }
        String next = lower(tokens, after);
        if (ORGANIZATION_ATTRIBUTES.contains(next) && !(next.equals("chief") && !lower(tokens, after + 1).matches(
                "executive|financial|operating|technology|scientist"))) {
            return EntityType.ORGANIZATION;
        }
        if (next.equals("-") && lower(tokens, after + 1).matches("based|headquartered")) {
            return EntityType.PLACE;
        }
        if (PREPOSITIONS_BEFORE_ORGANIZATION.contains(before2 + " " + before)
                || PREPOSITIONS_BEFORE_ORGANIZATION.contains(before) && !before.equals("rival")) {
            return EntityType.ORGANIZATION;
        }
        if (before.matches("in|at") && before2.matches("based|headquartered")) {
            return EntityType.PLACE;
        }
        boolean lowerBefore = first >= 1 && Character.isLowerCase(tokens.get(first - 1).text().charAt(0));
        if (ORGANIZATION_NOUNS.contains(before) && lowerBefore) {
            return EntityType.ORGANIZATION;
        }
        if (PRODUCT_NOUNS.contains(before) && lowerBefore) {
            return EntityType.PRODUCT;
        }
        if (PLACE_NOUNS.contains(next) || PLACE_NOUNS.contains(lower(tokens, after + 1))
                && tokens.get(Math.min(after, tokens.size() - 1)).pos().startsWith("JJ")) {
            return EntityType.PLACE;
        }
        if (PERSON_TITLES.contains(before)) {
            return EntityType.PERSON;
        }
        if (next.equals(",")) {
            EntityType apposition = apposition(tokens, after + 1);
            if (apposition != null) {
                return apposition;
            }
        }
        return verbOfSubject(sentence, tokens, first, last);
    }

    /** "X, the Munich-based carmaker", "X, a San Francisco startup", "X, 51,", "X, who", "X, which". */
    private static EntityType apposition(List<Token> tokens, int at) {
        String word = lower(tokens, at);
        if (word.matches("\\d{2}") && lower(tokens, at + 1).equals(",")) {
            return EntityType.PERSON;
        }
        if (word.equals("who")) {
            return EntityType.PERSON;
        }
        int from = at + 1;
        if (at + 1 < tokens.size() && Character.isUpperCase(tokens.get(at).text().charAt(0))
                && lower(tokens, at + 1).matches("'s|’s")) {
            from = at + 2;
        } else if (!DETERMINERS.contains(word)) {
            return null;
        }
        for (int k = from; k < Math.min(tokens.size(), at + 8); k++) {
            String w = lower(tokens, k);
            if (w.equals(",") || w.equals(".") || w.equals("of") && !lower(tokens, k - 1).equals("maker")
                    || w.equals("with") || w.equals("that") || w.equals("which")) {
                return null;
            }
            boolean nounEnds = k + 1 >= tokens.size() || !tokens.get(k + 1).pos().startsWith("NN");
            if (ORGANIZATION_NOUNS.contains(w) && nounEnds) {
                return EntityType.ORGANIZATION;
            }
            if (PRODUCT_NOUNS.contains(w) && nounEnds) {
                return EntityType.PRODUCT;
            }
        }
        return null;
    }

    /** The subject of verbs that companies do ("Kessler employs 96,000 people", "Nordhav partnered with"). */
    private static EntityType verbOfSubject(AnnotatedSentence sentence, List<Token> tokens, int first, int last) {
        if (sentence.dependencies().isEmpty()) {
            return null;
        }
        for (int k = first; k < last; k++) {
            Token token = tokens.get(k);
            Token head = sentence.head(token);
            if (head != null && sentence.relationToHead(token).startsWith("nsubj") && head.lemma() != null
                    && ORGANIZATION_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                return EntityType.ORGANIZATION;
            }
        }
        return null;
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
