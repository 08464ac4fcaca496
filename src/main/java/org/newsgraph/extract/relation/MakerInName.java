package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/**
 * A product named with its maker's name in front ("Airbus A380", "Boeing 737-800", "Ford Falcon") is that maker's
 * product: productOf from the name itself, where the article also names the maker as an organisation. The evidence
 * is the sentence of the first mention written that way.
 */
public final class MakerInName {

    /** The rule id kept in the relation's provenance: the product's name starts with the maker's name or alias. */
    public static final String RULE = "product-maker-in-name";
    /**
     * The rule id of the weaker reading: the product's name starts with only the first word of the organisation's
     * name ("Corvo Iv" beside the "Corvo Program", "Delta 747" beside "Delta Air Lines"), which another organisation
     * of that word, or an operator's fleet, may share.
     */
    public static final String FIRST_WORD = "product-maker-first-word";
    private static final double CONFIDENCE = 0.85;
    private static final double FIRST_WORD_CONFIDENCE = 0.6;

    private MakerInName() {
    }

    /** productOf relations of the article's products whose mention starts with an organisation's name. */
    public static List<Relation> relations(List<Entity> entities, List<Sentence> sentences, String text) {
        return relations(entities, sentences, text, List.of());
    }

    /**
     * The same, where {@code known} relations were found by the sentences: a product whose maker a sentence states
     * takes no maker from the first word of its name alone ("Boeing's Delta IV" is not the "Delta Program"'s).
     */
    public static List<Relation> relations(List<Entity> entities, List<Sentence> sentences, String text,
                                           List<Relation> known) {
        List<Relation> out = new ArrayList<>();
        for (Entity product : entities) {
            if (product.type() != EntityType.PRODUCT) {
                continue;
            }
            boolean stated = known.stream().anyMatch(r -> r.subject().equals(product.id())
                    && r.predicate().equals("productOf"));
            Entity maker = null;
            Span evidence = null;
            int longest = 0;
            for (Span mention : product.mentions()) {
                for (Entity organization : entities) {
                    // "Ford Falcon" is Ford's, not Ford Australia's: the organisation whose own name it starts with
                    int length = organization.type() == EntityType.ORGANIZATION
                            ? nameLength(mention.text(), organization) : 0;
                    if (length == 1 && stated) {
                        continue;
                    }
                    if (length > longest) {
                        longest = length;
                        maker = organization;
                        evidence = sentenceOf(mention, sentences, text);
                    }
                }
            }
            if (maker != null && evidence != null) {
                out.add(longest == 1
                        ? new Relation(product.id(), "productOf", maker.id(), null, evidence, FIRST_WORD,
                                FIRST_WORD_CONFIDENCE)
                        : new Relation(product.id(), "productOf", maker.id(), null, evidence, RULE, CONFIDENCE));
            }
        }
        return out;
    }

    /** Whether a product's mention is one of the organisation's names (or its first word) and more words after it. */
    static boolean startsWithNameOf(String mention, Entity organization) {
        return nameLength(mention, organization) > 0;
    }

    /**
     * How well a mention starts with the organisation's name: the length of its name or alias there, one for its
     * first word alone, 0 when it does not.
     */
    private static int nameLength(String mention, Entity organization) {
        Set<String> names = new LinkedHashSet<>();
        names.add(organization.name());
        names.addAll(organization.aliases());
        int length = 0;
        for (String name : names) {
            if (!name.isBlank() && mention.length() > name.length() + 1 && mention.startsWith(name + " ")) {
                length = Math.max(length, name.length() + 1);
            }
        }
        String first = organization.name().split(" ")[0];
        if (length == 0 && first.length() >= 3 && Character.isUpperCase(first.charAt(0))
                && mention.length() > first.length() + 1 && mention.startsWith(first + " ")) {
            length = 1;
        }
        return length;
    }

    static Span sentenceOf(Span mention, List<Sentence> sentences, String text) {
        for (Sentence sentence : sentences) {
            if (sentence.start() <= mention.start() && mention.end() <= sentence.end()) {
                return new Span(sentence.start(), sentence.end(), text.substring(sentence.start(), sentence.end()),
                        sentence.index());
            }
        }
        return null;
    }
}
