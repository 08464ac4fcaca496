package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/**
 * A product's maker that no sentence about the product names, read from what the rest of the article says of its
 * makers. Both readings are weak, so pages mark them:
 * <ul>
 *   <li>{@value #FAMILY}: a model code of the same family as a model whose maker the article surely states ("A320" and
 *   "A330" beside "Airbus A380", "737" beside "Boeing 747"): makers number their lines alike. Not a model whose name
 *   opens with a word of its own that is not that maker's ("ATR 72", "Dornier 328", "Dash 8-400" beside "Boeing 747"
 *   or "Saab 340"): the word names another line or its maker, whom the article may never name.</li>
 *   <li>{@value #BRAND}: a product whose name starts with the same brand word as a product whose maker the article
 *   surely states ("the Zephyr Pad" beside "Halvorsen's Zephyr X5"): a product line named once with its maker. The
 *   bare brand ("the Zephyr") is left alone: it may name the family, which the article need not say is the maker's.</li>
 *   <li>{@value #SOLE_MAKER}: the article's main organisation, when it is the only maker the article surely states and no
 *   other organisation's name is part of the product's ("its new phone ... the tablet X" in an article about one
 *   company's products). Weak: session 19 asserted it where the sentence that first names the product names that maker
 *   and no other organisation (right 5 of 5 on MEANTIME dev's tuning half), and on the reported half 1 of the 5 it
 *   asserted was right, so it went back to weak.</li>
 *   <li>{@value #TOPIC_MAKER}: the article's main organisation, when the article surely states no maker at all, calls
 *   that organisation a maker ("Airbus, Europe's biggest aircraft manufacturer", "Kessler, the Munich-based carmaker")
 *   and no sentence that names the product names any other organisation ("delays on its A380 super-jumbo" where "its"
 *   is left unresolved; not "a TV movie from Disney is available on iTunes" in an article about Apple).</li>
 * </ul>
 */
public final class MakerInArticle {

    /** Rule ids kept in the relations' provenance. */
    public static final String FAMILY = "product-model-family";
    public static final String SOLE_MAKER = "product-sole-maker";
    public static final String BRAND = "product-brand-family";
    public static final String TOPIC_MAKER = "product-topic-maker";
    private static final double TOPIC_MAKER_CONFIDENCE = 0.5;
    private static final double BRAND_CONFIDENCE = 0.6;
    private static final double FAMILY_CONFIDENCE = 0.6;
    private static final double SOLE_MAKER_CONFIDENCE = 0.55;

    /** A model code in a name: a letter or two and 2-4 digits ("A380", "CRJ900" no), or three digits ("747"). */
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}{1,2})?(\\d)(\\d{1,3}|[a-z]\\d)(?![\\d])");

    private MakerInArticle() {
    }

    /**
     * productOf relations of the article's products that {@code known} leaves without a maker.
     *
     * @param known        the relations found so far (their productOf give the article's makers)
     * @param topic        the id of the organisation the article is about, or null
     * @param topicIsMaker whether the article calls its topic organisation a maker (then a product of an article that
     *                     states no maker is the topic's, {@value #TOPIC_MAKER})
     * @param listedMaker  whether a word is the name of an organisation general knowledge lists: a product whose name
     *                     starts with one and a model code ("Volkswagen ID.3", where the maker is named nowhere else in
     *                     the article) is that organisation's, never the article's sole or topic maker's
     */
    public static List<Relation> relations(List<Entity> entities, List<Relation> known, String topic, boolean topicIsMaker,
                                           Predicate<String> listedMaker, List<Sentence> sentences, String text) {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        Map<String, Set<String>> makersOf = new HashMap<>();
        Set<String> makers = new LinkedHashSet<>();
        for (Relation relation : known) {
            if (relation.predicate().equals("productOf") && !relation.weak()) {
                makersOf.computeIfAbsent(relation.subject(), k -> new LinkedHashSet<>()).add(relation.object());
                makers.add(relation.object());
            }
        }
        Map<String, Set<String>> makersOfFamily = new HashMap<>();
        Map<String, Set<String>> makersOfBrand = new HashMap<>();
        for (Map.Entry<String, Set<String>> made : makersOf.entrySet()) {
            String family = family(byId.get(made.getKey()));
            if (family != null) {
                makersOfFamily.computeIfAbsent(family, k -> new LinkedHashSet<>()).addAll(made.getValue());
            }
            String brand = brand(byId.get(made.getKey()));
            if (brand != null) {
                makersOfBrand.computeIfAbsent(brand, k -> new LinkedHashSet<>()).addAll(made.getValue());
            }
        }
        List<Relation> out = new ArrayList<>();
        for (Entity product : entities) {
            if (product.type() != EntityType.PRODUCT || makersOf.containsKey(product.id()) || product.mentions().isEmpty()) {
                continue;
            }
            Span evidence = MakerInName.sentenceOf(product.mentions().get(0), sentences, text);
            if (evidence == null) {
                continue;
            }
            Set<String> familyMakers = makersOfFamily.get(family(product));
            // siblings only: the bare brand ("Zephyr", "Azure" after "Azure OpenAI") may be a family no sentence gives a maker
            Set<String> brandMakers = product.name().strip().contains(" ") ? makersOfBrand.get(brand(product)) : null;
            if (familyMakers != null && familyMakers.size() == 1
                    && !opensWithOtherName(product, byId.get(familyMakers.iterator().next()))) {
                out.add(new Relation(product.id(), "productOf", familyMakers.iterator().next(), null, evidence, FAMILY,
                        FAMILY_CONFIDENCE));
            } else if (brandMakers != null && brandMakers.size() == 1 && byId.containsKey(brandMakers.iterator().next())) {
                out.add(new Relation(product.id(), "productOf", brandMakers.iterator().next(), null, evidence, BRAND,
                        BRAND_CONFIDENCE));
            } else if (namedAfterListedMaker(product, byId.get(topic), listedMaker)) {
                continue;
            } else if (topic != null && makers.equals(Set.of(topic)) && byId.containsKey(topic)
                    && entities.stream().noneMatch(o -> o.type() == EntityType.ORGANIZATION && names(product, o))) {
                out.add(new Relation(product.id(), "productOf", topic, null, evidence, SOLE_MAKER, SOLE_MAKER_CONFIDENCE));
            } else if (topicIsMaker && topic != null && makers.isEmpty() && byId.containsKey(topic)
                    && known.stream().noneMatch(r -> r.subject().equals(product.id()) && r.predicate().equals("productOf"))
                    && noOtherOrganisation(product, byId.get(topic), entities)) {
                out.add(new Relation(product.id(), "productOf", topic, null, evidence, TOPIC_MAKER, TOPIC_MAKER_CONFIDENCE));
            }
        }
        return out;
    }

    /**
     * Whether the product's name is a listed organisation's name other than the topic's (the first word, or the first
     * two) and a model code: "Volkswagen ID.3", "Renault 5".
     */
    private static boolean namedAfterListedMaker(Entity product, Entity topic, Predicate<String> listed) {
        String[] words = product.name().strip().split("\\s+");
        for (int n = 1; n < words.length && n <= 2; n++) {
            String maker = String.join(" ", Arrays.asList(words).subList(0, n));
            // the maker's name and a model code ("Renault 5", "Embraer E195-E2"); not "Mac OS X" ("Mac" is listed too)
            if (words[n].matches(".*\\d.*") && listed.test(maker) && (topic == null || !topic.name().equals(maker)
                    && !topic.aliases().contains(maker) && !topic.name().startsWith(maker + " "))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no sentence that names the product names an organisation other than the topic, and no organisation's
     * name is part of the product's ("Boeing 747" in an article about Airbus).
     */
    private static boolean noOtherOrganisation(Entity product, Entity topic, List<Entity> entities) {
        Set<Integer> productSentences = new HashSet<>();
        product.mentions().forEach(m -> productSentences.add(m.sentence()));
        return entities.stream().noneMatch(other -> other.type() == EntityType.ORGANIZATION
                && !other.id().equals(topic.id())
                && (names(product, other)
                        || other.mentions().stream().anyMatch(m -> productSentences.contains(m.sentence()))));
    }

    /** A model code's family: its letters and first digit ("A3" of "A330-300E", "7" of "Boeing 737"), or null. */
    static String family(Entity product) {
        if (product == null) {
            return null;
        }
        Matcher code = CODE.matcher(product.name());
        return code.find() ? (code.group(1) == null ? "" : code.group(1)) + code.group(2) : null;
    }

    /**
     * Whether the product's name opens with a word of letters that is not a model code and not the maker's name ("ATR"
     * of "ATR 72" beside a Boeing; not "Boeing" of "Boeing 737", nor a bare "737" or "A350 XWB").
     */
    static boolean opensWithOtherName(Entity product, Entity maker) {
        String[] words = product.name().strip().split("\\s+");
        String first = words[0];
        if (words.length < 2 || !first.matches("\\p{L}[\\p{L}&.'-]*") || CODE.matcher(first).find()) {
            return false;
        }
        return maker == null || !(MakerInName.startsWithNameOf(product.name().strip(), maker)
                || maker.name().equals(first) || maker.name().startsWith(first + " ") || maker.aliases().contains(first));
    }

    /**
     * A product name's brand word: its first word, when it is a word of letters that is no model code ("Zephyr" of
     * "Zephyr X5" and of "Zephyr Pad"), or null.
     */
    static String brand(Entity product) {
        if (product == null) {
            return null;
        }
        String first = product.name().split("\\s+")[0];
        return first.length() >= 3 && first.matches("\\p{L}+") && !CODE.matcher(first).find() ? first : null;
    }

    /** Whether one of the product's names holds the organisation's name ("Holden Commodore" holds "Holden"). */
    private static boolean names(Entity product, Entity organization) {
        for (Span mention : product.mentions()) {
            if (MakerInName.startsWithNameOf(mention.text(), organization)
                    || mention.text().contains(organization.name())) {
                return true;
            }
        }
        return false;
    }
}
