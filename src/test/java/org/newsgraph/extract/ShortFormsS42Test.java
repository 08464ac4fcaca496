package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.TaggedText;

/**
 * s42-shortforms: a later short form of a firm the list knows by its full name with an id. Its last word, which the
 * list holds alone for nothing with an id ("Eli Lilly ... Lilly", ShortForms#listedFirmsLastWord); a list's alias
 * that is only the first word of its own entry's longer name ("Novo Nordisk ... Novo", not the list's Novo Holdings,
 * ShortForms#aliasOfUnwrittenName). An alias that is its entry's own name stays the listed thing.
 */
class ShortFormsS42Test {

    private static final String Q = "http://www.wikidata.org/entity/Q";

    private static Gazetteer lists() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add(new Gazetteer.Entry("Orlen Vask", EntityType.ORGANIZATION, Q + "1"), List.of("Orlen Vask"), true);
        gazetteer.add(new Gazetteer.Entry("Vask", EntityType.ORGANIZATION, null), List.of("Vask"), false);
        gazetteer.add(new Gazetteer.Entry("Tarvo Nordal", EntityType.ORGANIZATION, Q + "2"), List.of("Tarvo Nordal"), true);
        gazetteer.add(new Gazetteer.Entry("Tarvo Holdings", EntityType.ORGANIZATION, Q + "3"), List.of("Tarvo"), true);
        gazetteer.add(new Gazetteer.Entry("Pelno Inc.", EntityType.ORGANIZATION, Q + "4"), List.of("Pelno"), true);
        return gazetteer;
    }

    private static String names(String tagged) {
        return new EntityRecognizer(lists()).recognize(TaggedText.of(tagged), Set.of()).stream()
                .map(e -> e.name() + "=" + e.mentions().size()).sorted().collect(Collectors.joining(", "));
    }

    @Test
    void aListedFirmsLastWordAfterItIsThatFirm() {
        assertEquals("Orlen Vask=2",
                names("Orlen/ORGANIZATION Vask/ORGANIZATION sold drugs . Vask/ORGANIZATION said so ."));
    }

    @Test
    void anAliasOfAnUnwrittenListedNameIsTheFirmNamedInFull() {
        assertEquals("Tarvo Nordal=2",
                names("Tarvo/ORGANIZATION Nordal/ORGANIZATION sold drugs . Tarvo/ORGANIZATION said so ."));
    }

    @Test
    void anAliasThatIsItsEntrysOwnNameStaysTheListedThing() {
        assertEquals("Pelno Corps=1, Pelno=1",
                names("Pelno/ORGANIZATION Corps/ORGANIZATION sued . Pelno/ORGANIZATION said so ."));
    }
}
