package org.newsgraph.extract.relation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.DocumentContext;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Organisations that fly, sell or buy products rather than make them: an airline's "its A380s", a retailer that
 * "sells the Zephyr", a customer that "launched the Z380 service". Their possessives and launches name what they
 * operate or stock, so a productOf to one of them is dropped, unless a rule that states making found it ("built by",
 * "the maker of").
 *
 * <p>An organisation is an operator when its name has an airline's word ("Korvath Air", "Nordic Airways", "Delta Air
 * Lines") or when the article calls it one: an apposition ("Brindle Mart, the electronics retailer"), a noun it
 * modifies or that modifies it ("the carrier Korvath"), or a copula ("Korvath is a low-cost airline").
 */
public final class Operators {

    /** Nouns that say an organisation operates, sells or buys products: what the article calls it. */
    static final Set<String> OPERATOR_NOUNS = Set.of("airline", "carrier", "operator", "retailer", "reseller",
            "dealer", "dealership", "distributor", "lessor", "customer", "client", "buyer", "supermarket", "grocer",
            "chain");
    /** Words of an airline's name. */
    static final Set<String> AIRLINE_NAME_WORDS = Set.of("air", "airlines", "airline", "airways", "lines");
    /** Rules whose words say who makes the product: they hold whoever the maker is otherwise called. */
    static final Set<String> MAKING_RULES = Set.of("product-made", "product-maker-compound", "product-maker-title",
            "product-maker-of", "product-maker-of-copula", "product-maker-possessive", "product-maker-possessive-appos",
            "product-maker-in-name", "product-maker-built", "product-production-of");

    private Operators() {
    }

    /** The relations without the productOf whose maker is an operator and whose rule states no making. */
    public static List<Relation> withoutOperatorMakers(List<Relation> relations, List<Entity> entities,
                                                       List<AnnotatedSentence> sentences, DocumentContext context) {
        Set<String> operators = operators(entities, sentences, context);
        if (operators.isEmpty()) {
            return relations;
        }
        return relations.stream().filter(r -> !r.predicate().equals("productOf") || !operators.contains(r.object())
                || MAKING_RULES.contains(r.rule())).toList();
    }

    /** The ids of the article's organisations that its words or their names mark as operators. */
    static Set<String> operators(List<Entity> entities, List<AnnotatedSentence> sentences, DocumentContext context) {
        Set<String> out = new HashSet<>();
        for (Entity entity : entities) {
            if (entity.type() == EntityType.ORGANIZATION && airlineName(entity.name())) {
                out.add(entity.id());
            }
        }
        for (AnnotatedSentence sentence : sentences) {
            for (Token token : sentence.tokens()) {
                if (!OPERATOR_NOUNS.contains(lemma(token)) || !Character.isLowerCase(token.text().charAt(0))
                        || context.entityAt(token) != null) {
                    continue;
                }
                Entity described = described(sentence, token, context);
                if (described != null && described.type() == EntityType.ORGANIZATION) {
                    out.add(described.id());
                }
            }
        }
        return out;
    }

    /** Whether a name ends or starts with an airline's word: "Korvath Air", "Air Nordica", "Nordic Airways". */
    static boolean airlineName(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String last = words[words.length - 1];
        return AIRLINE_NAME_WORDS.contains(last) || words[0].equals("air") && !words[1].equals("force");
    }

    /**
     * The organisation an operator noun describes: the name it is in apposition to or compounds ("X, the retailer",
     * "the carrier X"), the name in apposition to it, or the subject of its copula ("X is an airline"). A noun owned
     * by another ("Halvorsen's biggest customer, X") still describes X.
     */
    private static Entity described(AnnotatedSentence sentence, Token noun, DocumentContext context) {
        Token head = sentence.head(noun);
        String relation = sentence.relationToHead(noun);
        if (head != null && (relation.equals("appos") || relation.equals("compound")) && context.entityAt(head) != null) {
            return context.entityAt(head);
        }
        boolean copula = sentence.children(noun).stream().anyMatch(c -> sentence.relationToHead(c).equals("cop"));
        for (Token child : sentence.children(noun)) {
            String childRelation = sentence.relationToHead(child);
            if ((childRelation.equals("appos") || copula && childRelation.startsWith("nsubj"))
                    && context.entityAt(child) != null) {
                return context.entityAt(child);
            }
        }
        return null;
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
