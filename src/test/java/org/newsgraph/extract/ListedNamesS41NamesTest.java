package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.testing.TaggedText;

/**
 * s41-names: a list's one-word name written with a small first letter and a capital inside ("easyJet", "eToro") counts
 * where the NER marks no name (Gazetteer); a listed firm's name that is the first words of a longer firm's name the
 * article introduced before it joins that firm, though the list identifies it as a thing of its own ("Samsung
 * Electronics ... Samsung said", ShortForms#mergeListedFirstWords).
 */
class ListedNamesS41NamesTest {

    private static Gazetteer knownOnly() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add(new Gazetteer.Entry("easyJet", EntityType.ORGANIZATION, null), List.of("easyJet"), false);
        gazetteer.add(new Gazetteer.Entry("Quarles", EntityType.ORGANIZATION, null), List.of("Quarles"), false);
        gazetteer.add(new Gazetteer.Entry("iOS", EntityType.PRODUCT, null), List.of("iOS"), false);
        return gazetteer;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Fares on easyJet rose. | easyJet true",
        "Fares on Quarles rose. | Quarles false",
        "Users of iOS complained. | iOS false"})
    void aSmallCappedListedNameCountsWithoutTheNer(String text, String expected) {
        String got = knownOnly().find(text.strip()).stream()
                .map(m -> m.entry().name() + " " + m.anywhere()).collect(Collectors.joining(", "));
        assertEquals(expected.strip(), got);
    }

    private static Gazetteer samsung() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add(new Gazetteer.Entry("Samsung", EntityType.ORGANIZATION, "http://www.wikidata.org/entity/Q20716"),
                List.of("Samsung"), true);
        gazetteer.add(new Gazetteer.Entry("Samsung Electronics", EntityType.ORGANIZATION,
                "http://www.wikidata.org/entity/Q20718"), List.of("Samsung Electronics"), true);
        return gazetteer;
    }

    private static String names(String tagged) {
        return new EntityRecognizer(samsung()).recognize(TaggedText.of(tagged), Set.of()).stream()
                .map(e -> e.name() + "=" + e.mentions().size()).sorted().collect(Collectors.joining(", "));
    }

    @Test
    void aListedFirstWordAfterTheLongerNameIsThatFirm() {
        assertEquals("Samsung Electronics=2",
                names("Samsung/ORGANIZATION Electronics/ORGANIZATION sold chips . Samsung/ORGANIZATION said so ."));
    }

    @Test
    void aListedFirstWordBeforeTheLongerNameStaysItsOwn() {
        assertEquals("Samsung Electronics=1, Samsung=1",
                names("Samsung/ORGANIZATION said so . Samsung/ORGANIZATION Electronics/ORGANIZATION sold chips ."));
    }

    @Test
    void aListedFirstWordOfTwoLongerNamesStaysItsOwn() {
        assertEquals("Samsung Electronics=1, Samsung Heavy=1, Samsung=1",
                names("Samsung/ORGANIZATION Electronics/ORGANIZATION and Samsung/ORGANIZATION Heavy/ORGANIZATION met ."
                        + " Samsung/ORGANIZATION said so ."));
    }
}
