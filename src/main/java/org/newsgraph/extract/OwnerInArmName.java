package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.io.ResourceTable;

/**
 * A firm's arm named by its owner's name and a country or region ("Ford Australia", "EADS North America", "Toyota
 * Motor Europe", "Volkswagen of America") is owned by the organisation of the article written with that name: ownedBy
 * from the name itself, as {@code MakerInName} reads a product's maker from the product's name. News names national
 * arms so and rarely says "a unit of" beside them (MEANTIME tuning half: Ford Australia beside Ford, five mentions, no
 * sentence naming both; KPI-EDGAR train: Walmart Brazil, Sojitz America, Nets Denmark, the shapes
 * {@link CountryArmNames} types). Only the words the article writes count, both ends: a canonical name the gazetteer
 * gives ("Stellantis North America" for "Chrysler") says nothing of who owned the firm when the article was written.
 * The owner's words are one of its mentions, or one with a word firms name their arms with after it ("Toyota Motor"
 * for "Toyota", {@code maker-unit-words.txt}). None where the owner is not named in the article (an empty field beats
 * a guessed one).
 */
final class OwnerInArmName {

    /** The rule id kept in the relation's provenance. */
    static final String RULE = "arm-named-after-owner";
    private static final double CONFIDENCE = 0.75;
    private static final Set<String> UNIT_WORDS = Set.copyOf(ResourceTable.words(
            "/org/newsgraph/extract/maker-unit-words.txt"));

    private OwnerInArmName() {
    }

    /** ownedBy relations of the article's organisations whose mention is another's mention and a place. */
    static List<Relation> relations(List<Entity> entities, List<Sentence> sentences, String text,
                                    Gazetteer gazetteer) {
        List<Relation> out = new ArrayList<>();
        for (Entity arm : entities) {
            if (arm.type() != EntityType.ORGANIZATION) {
                continue;
            }
            Entity owner = null;
            Span evidence = null;
            boolean ambiguous = false;
            for (Span mention : arm.mentions()) {
                String firm = firmOf(mention.text(), gazetteer);
                if (firm == null) {
                    continue;
                }
                for (Entity organization : entities) {
                    if (organization != arm && organization.type() == EntityType.ORGANIZATION
                            && writtenAs(firm, organization)) {
                        ambiguous |= owner != null && owner != organization; // two firms of those words: no guess
                        owner = organization;
                        if (evidence == null) {
                            evidence = sentenceOf(mention, sentences, text);
                        }
                    }
                }
            }
            if (owner != null && evidence != null && !ambiguous) {
                out.add(new Relation(arm.id(), "ownedBy", owner.id(), null, evidence, RULE, CONFIDENCE));
            }
        }
        return out;
    }

    /**
     * The owner's words of an arm's name: the words before its country or region ("Ford" of "Ford Australia"), also
     * before "of" ("Volkswagen" of "Volkswagen of America"); null where the name is no such thing.
     */
    static String firmOf(String name, Gazetteer gazetteer) {
        String bare = name.strip();
        int of = bare.indexOf(" of ");
        if (of > 0 && bare.indexOf(" of ", of + 1) < 0) {
            String place = bare.substring(of + 4);
            String firm = CountryArmNames.firmBeforeCountry(bare.substring(0, of) + " " + place, gazetteer);
            return bare.substring(0, of).equals(firm) ? firm : null;
        }
        return CountryArmNames.firmBeforeCountry(bare, gazetteer);
    }

    /** Whether the article writes the organisation with these words, or with them less an arm's word at the end. */
    private static boolean writtenAs(String firm, Entity organization) {
        Set<String> written = new LinkedHashSet<>();
        organization.mentions().forEach(m -> written.add(m.text().strip()));
        if (written.contains(firm)) {
            return true;
        }
        int last = firm.lastIndexOf(' ');
        return last > 0 && UNIT_WORDS.contains(firm.substring(last + 1)) && written.contains(firm.substring(0, last));
    }

    private static Span sentenceOf(Span mention, List<Sentence> sentences, String text) {
        for (Sentence sentence : sentences) {
            if (sentence.start() <= mention.start() && mention.end() <= sentence.end()) {
                return new Span(sentence.start(), sentence.end(), text.substring(sentence.start(), sentence.end()),
                        sentence.index());
            }
        }
        return null;
    }
}
