package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.lexicon.Lexicon.Kind;

/** The lexicon's kinds from WordNet 3.1 and the overrides: general nouns no hand list held, and the traps. */
class LexiconTest {

    private static final Lexicon LEXICON = Lexicon.shared();

    @ParameterizedTest(name = "{0} is {1}: {2}")
    @CsvSource({
            // products: devices, vehicles, consumer goods, utensils (none of them a word of the held-out tables)
            "forklifts, PRODUCT, true", "bulldozer, PRODUCT, true", "lorry, PRODUCT, true",
            "harp, PRODUCT, true", "submarine, PRODUCT, true", "drone, PRODUCT, true",
            // a product needs WordNet's first sense to be one: these first name a wave, a person who scans, a pacer,
            // one who proposes a toast (the hand lists may still hold such a noun)
            "microwave, PRODUCT, false", "scanner, PRODUCT, false", "pacemaker, PRODUCT, false", "toaster, PRODUCT, false",
            // not products: buildings, places, money, people, the general words kept to the hand lists
            "plant, PRODUCT, false", "factory, PRODUCT, false", "airport, PRODUCT, false", "road, PRODUCT, false",
            "bank, PRODUCT, false", "club, PRODUCT, false", "profit, PRODUCT, false", "share, PRODUCT, false",
            "system, PRODUCT, false", "unit, PRODUCT, false", "model, PRODUCT, false", "church, PRODUCT, false",
            "stock, PRODUCT, false", "technology, PRODUCT, false", "store, PRODUCT, false", "record, PRODUCT, false",
            // organisations: institutions, clubs, bodies, parties, and trades news uses for firms
            "church, ORGANISATION, true", "ministry, ORGANISATION, true", "league, ORGANISATION, true",
            "federation, ORGANISATION, true", "distributor, ORGANISATION, true", "dealer, ORGANISATION, false",
            "insurer, ORGANISATION, true", "trader, ORGANISATION, false", "bank, ORGANISATION, true",
            "label, ORGANISATION, true", "studio, ORGANISATION, true",
            // not organisations: things, people, parts of a company
            "plant, ORGANISATION, false", "machine, ORGANISATION, false", "toaster, ORGANISATION, false",
            "shopkeeper, ORGANISATION, false", "family, ORGANISATION, false", "board, ORGANISATION, false",
            "nurse, ORGANISATION, false", "city, ORGANISATION, false", "house, ORGANISATION, false",
            "reserves, ORGANISATION, false", "forces, ORGANISATION, false",
            // people and places
            "nurse, PERSON, true", "ambassador, PERSON, true", "goalkeeper, PERSON, true", "trader, PERSON, true", "distributor, PERSON, false",
            "church, PERSON, false", "province, PLACE, true", "county, PLACE, true", "city, PLACE, true",
            "toaster, PLACE, false"
    })
    void nounsHaveTheirKinds(String noun, Kind kind, boolean expected) {
        assertEquals(expected, LEXICON.is(noun, kind), noun + " " + kind + " in " + LEXICON.kindsOf(noun));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"fridges, fridge", "turbines, turbine", "mice, mouse", "Watches, watch", "xqzv, xqzv"})
    void lemmas(String noun, String lemma) {
        assertEquals(lemma, LEXICON.lemma(noun));
    }

    @ParameterizedTest(name = "{0} known: {1}")
    @CsvSource({"center, true", "Delivery, true", "fridges, true", "mice, true", "notara, false", "Brekka, false",
            "'', false"})
    void knowsCommonNounsNotCoinedNames(String noun, boolean known) {
        assertEquals(known, LEXICON.knows(noun), noun);
    }

    @Test
    void wordsWordNetLacksHaveNoKind() {
        assertEquals(Set.of(), LEXICON.kindsOf("zxqwv"));
        assertEquals(Set.of(), LEXICON.kindsOf(""));
        assertEquals(Set.of(), LEXICON.kindsOf("R2-D2"));
    }

    /**
     * The lexicographer class of a noun's most frequent sense (the learned measure's feature of meaning): money words
     * are possessions whatever their form, staff are people, a document is communication; a word WordNet lacks is
     * "unknown".
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"revenues, possession", "expense, possession", "liabilities, possession", "employees, person",
            "statement, communication", "zxqwv, unknown", "'', unknown"})
    void classesOfMeaning(String noun, String expected) {
        assertEquals(expected, LEXICON.lexicalClass(noun));
    }

    @Test
    void loadsOnceAndReportsItsCost() {
        assertTrue(Lexicon.shared() == LEXICON);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.println("lexicon load " + LEXICON.loadMillis() + " ms; heap in use after load "
                + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MiB");
        LEXICON.describeKinds().forEach((kind, synsets) -> synsets.forEach(s -> System.out.println(kind + " " + s)));
        assertTrue(LEXICON.loadMillis() >= 0);
    }
}
