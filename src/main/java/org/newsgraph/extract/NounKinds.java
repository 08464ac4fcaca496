package org.newsgraph.extract;

import java.util.Locale;
import org.newsgraph.lexicon.Lexicon;

/**
 * Whether a lower-case common noun names a kind of product ("drone", "turbine", "fridges") or of organisation ("the
 * carmaker", "the orchestra", "the caterer"): the type cues' hand lists first, then WordNet's general knowledge
 * ({@link Lexicon}) for the nouns the lists never met; and whether it names a person by role or work ("investor",
 * "violinist", "housebuilder"). A capitalised word is never asked: it may be a name.
 */
final class NounKinds {

    private NounKinds() {
    }

    /** Whether the noun (a lemma or a word, lower case) is a kind of product. */
    static boolean product(String noun) {
        return TypeCues.PRODUCT_NOUNS.contains(noun) || common(noun) && Lexicon.shared().isProduct(noun)
                || electric(noun) && product(noun.substring(2));
    }

    /**
     * Whether a noun is an electric version of another written with "e-" ("e-scooter", "e-van", "e-truck"), which
     * WordNet does not list: its kind is the rest's.
     */
    private static boolean electric(String noun) {
        return noun.length() > 4 && noun.startsWith("e-") && Character.isLetter(noun.charAt(2));
    }

    /**
     * Whether the noun (a lemma or a word, lower case) is a kind of organisation; never a noun of people's work
     * ("a trader at X" is a person, whatever WordNet files traders under).
     */
    static boolean organisation(String noun) {
        return TypeCues.ORGANIZATION_NOUNS.contains(noun)
                || common(noun) && !TypeCues.jobNoun(noun) && Lexicon.shared().isOrganisation(noun);
    }

    /**
     * Whether the noun (a lemma or a word, lower case) names a person by role or work: the hand lists of roles and
     * jobs first, then WordNet's people ("investor", "violinist", "miner"). Many such nouns name firms too
     * ("lender", "shipper"): ask {@link #organisation} as well where that matters.
     */
    static boolean person(String noun) {
        return TypeCues.PERSON_ROLES.contains(noun) || TypeCues.jobNoun(noun)
                || common(noun) && Lexicon.shared().isPerson(noun);
    }

    /**
     * Whether a word the tagger read with this part of speech is a kind of product: the lexicon asks common nouns only
     * (NN, NNS), never a proper noun lower-cased ("the Derby-based firm" names no hat).
     */
    static boolean product(String noun, String pos) {
        return TypeCues.PRODUCT_NOUNS.contains(noun) || commonTag(pos) && product(noun);
    }

    /** Whether a word the tagger read with this part of speech is a kind of organisation: common nouns only, as above. */
    static boolean organisation(String noun, String pos) {
        return TypeCues.ORGANIZATION_NOUNS.contains(noun) || commonTag(pos) && organisation(noun);
    }

    private static boolean commonTag(String pos) {
        return pos.equals("NN") || pos.equals("NNS");
    }

    private static boolean common(String noun) {
        return !noun.isEmpty() && noun.equals(noun.toLowerCase(Locale.ROOT)) && Character.isLetter(noun.charAt(0));
    }
}
