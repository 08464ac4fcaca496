package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newsgraph.article.Slugs;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;

/**
 * A product whose name starts with a maker's name ("Boeing 787", "Airbus A321neo", "Tesla Model 3") is that maker's;
 * another organisation's possessive, launch or order of it names its operator or buyer, not its maker ("Lufthansa
 * took delivery of its first Boeing 787", "the rental firm's Tesla Model 3s"). Such a productOf is dropped unless a
 * rule that states making found it ({@link Operators#MAKING_RULES}). The maker's name is an organisation of the article
 * or a name the gazetteer holds as an organisation; a maker whose own name shares that first word keeps the product
 * ("Ford Falcon" and "Ford Australia").
 */
public final class NamedMakers {

    /** The type reason of a maker known only from a product's name. */
    public static final String MAKER_IN_NAME_REASON = "known maker at the start of a product's name";
    /**
     * The type reasons of a product the entity step named from a known maker's name and a model after it ("Boeing 787":
     * a model code after a listed name; "Ford Transit": a listed maker and a model's word): only there are the leading
     * words a maker; a model family that shares a listed firm's name ("Arcus 3" beside Arcus Biosciences, a "Vela 3" the
     * NER took for a firm "Vela") is no maker's name.
     */
    static final List<String> MAKER_NAMED_REASONS = List.of("model code after a known name",
            "context: maker-and-model-name");
    /** How many leading words of a product's name are tried as a maker's name. */
    private static final int MAX_MAKER_WORDS = 3;

    private NamedMakers() {
    }

    /**
     * The relations without a productOf whose product is named after another maker, {@code knownOrganization} saying
     * whether words are an organisation's name (the gazetteer's).
     */
    public static List<Relation> withoutOtherMakers(List<Relation> relations, List<Entity> entities,
                                                    Predicate<String> knownOrganization) {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        List<Relation> kept = new ArrayList<>();
        for (Relation relation : relations) {
            Entity product = byId.get(relation.subject());
            Entity maker = byId.get(relation.object());
            if (!relation.predicate().equals("productOf") || product == null || maker == null
                    || Operators.MAKING_RULES.contains(relation.rule())
                    || otherMaker(product, maker, entities, knownOrganization) == null) {
                kept.add(relation);
            }
        }
        return kept;
    }

    /** The leading words of the product's name that name a maker other than {@code maker}, or null. */
    static String otherMaker(Entity product, Entity maker, List<Entity> entities, Predicate<String> knownOrganization) {
        if (!namedFromMaker(product)) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(product.name());
        names.addAll(product.aliases());
        for (String name : names) {
            String[] words = name.strip().split("\\s+");
            for (int n = Math.min(MAX_MAKER_WORDS, words.length - 1); n >= 1; n--) {
                String leading = String.join(" ", Arrays.copyOf(words, n));
                if (!Character.isUpperCase(leading.charAt(0)) || !isOrganization(leading, entities, knownOrganization)) {
                    continue;
                }
                return sharesFirstWord(maker, words[0]) ? null : leading;
            }
        }
        return null;
    }

    /**
     * The known makers (the gazetteer's entry of the words, or null) whose names start the article's products and that the article names nowhere as an organisation
     * of its own ("Qantas has ordered twelve Airbus A350-1000 jets": Airbus), each with the maker's words of the first
     * such mention as its mention, so that the product's name can give its maker ({@link MakerInName}). None where an
     * organisation of the article has that first word (its own name or alias: MakerInName links it).
     */
    public static List<Entity> makersInProductNames(List<Entity> entities, Function<String, Gazetteer.Entry> knownOrganization) {
        Map<String, Entity> makers = new LinkedHashMap<>();
        for (Entity product : entities) {
            if (product.type() != EntityType.PRODUCT || !namedFromMaker(product)) {
                continue;
            }
            for (Span mention : product.mentions()) {
                String[] words = mention.text().strip().split("\\s+");
                if (words.length < 2 || !mention.text().startsWith(words[0]) || hasOrganization(words[0], entities)) {
                    continue;
                }
                for (int n = Math.min(MAX_MAKER_WORDS, words.length - 1); n >= 1; n--) {
                    String leading = String.join(" ", Arrays.copyOf(words, n));
                    Gazetteer.Entry known = Character.isUpperCase(leading.charAt(0))
                            ? knownOrganization.apply(leading) : null;
                    if (known != null) {
                        // under the list's own name, as the entity step names "Ford" "Ford Motor Company"
                        makers.putIfAbsent(known.name(), new Entity(Slugs.of(known.name()), known.name(),
                                EntityType.ORGANIZATION, known.name().equals(leading) ? List.of() : List.of(leading),
                                known.wikidata(), List.of(new Span(mention.start(), mention.start() + leading.length(),
                                leading, mention.sentence())), MAKER_IN_NAME_REASON));
                        break;
                    }
                }
            }
        }
        Set<String> ids = new HashSet<>();
        entities.forEach(e -> ids.add(e.id()));
        return makers.values().stream().filter(m -> !ids.contains(m.id())).toList();
    }

    /**
     * The maker a product is named after: the organisation among {@code organisations} (the article's, and the makers
     * {@link #makersInProductNames} adds) whose name or alias is the leading words of one of the product's mentions
     * ("Airbus" of "twelve Airbus A350-1000 jets"); null where the entity step did not type the product from a known
     * maker's name ({@link #namedFromMaker}: "Arcus 3" beside Arcus Biosciences is no maker's model) or no such
     * organisation is there.
     */
    public static Entity makerOfModel(Entity product, List<Entity> organisations) {
        if (product == null || product.type() != EntityType.PRODUCT || !namedFromMaker(product)) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        product.mentions().forEach(m -> names.add(m.text().strip()));
        names.add(product.name());
        for (String name : names) {
            String[] words = name.split("\\s+");
            for (int n = Math.min(MAX_MAKER_WORDS, words.length - 1); n >= 1; n--) {
                String leading = String.join(" ", Arrays.copyOf(words, n));
                for (Entity organisation : organisations) {
                    if (organisation.type() == EntityType.ORGANIZATION && (organisation.name().equals(leading)
                            || organisation.aliases().contains(leading))) {
                        return organisation;
                    }
                }
            }
        }
        return null;
    }

    /** Whether an organisation of the article is named with that word or starts with it. */
    private static boolean hasOrganization(String word, List<Entity> entities) {
        return entities.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && sharesFirstWord(e, word));
    }

    /** Whether the entity step typed the product from a known maker's name in it. */
    static boolean namedFromMaker(Entity product) {
        return product.typeReason() != null && MAKER_NAMED_REASONS.stream().anyMatch(product.typeReason()::startsWith);
    }

    private static boolean isOrganization(String words, List<Entity> entities, Predicate<String> knownOrganization) {
        for (Entity entity : entities) {
            if (entity.type() == EntityType.ORGANIZATION
                    && (entity.name().equals(words) || entity.aliases().contains(words))) {
                return true;
            }
        }
        return knownOrganization.test(words);
    }

    /** Whether the maker's name or one of its aliases starts with the word ("Ford Australia", "Ford"). */
    private static boolean sharesFirstWord(Entity maker, String word) {
        Set<String> names = new LinkedHashSet<>();
        names.add(maker.name());
        names.addAll(maker.aliases());
        return names.stream().anyMatch(n -> n.equals(word) || n.startsWith(word + " "));
    }
}
