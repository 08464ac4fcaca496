package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * s42-ownership: a firm's arm named by its owner's words and a country or region is owned by the organisation the
 * article writes with those words ({@link OwnerInArmName}; MEANTIME tuning half "Ford Australia" beside "Ford"). Each
 * row: the article's organisations as written (one sentence), and the ownedBy relations read from the names alone.
 */
class OwnerInArmNameTest {

    private static final String LIST = "Tarrowby\tPlace\t\t\tknown";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Halvard Australia; Halvard | Halvard Australia ownedBy Halvard",
        "Halvard North America; Halvard | Halvard North America ownedBy Halvard",
        "Halvard of America; Halvard | Halvard of America ownedBy Halvard",
        // the owner's words less a word firms name their arms with ("Toyota Motor Europe" beside "Toyota")
        "Halvard Motor Europe; Halvard | Halvard Motor Europe ownedBy Halvard",
        // the owner not named in the article, no country at the end, a place's own name: nothing
        "Halvard Australia; Brennick | none",
        "Halvard Heights; Halvard | none",
        "Tarrowby Denmark; Tarrowby | none",
        // two organisations written with the owner's words: no guess
        "Halvard Australia; Halvard; Halvard | none"})
    void anArmNamedByItsOwnerAndACountryIsTheOwners(String names, String expected) throws IOException {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(LIST)));
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        for (String name : names.split(";")) {
            String written = name.strip();
            if (!text.isEmpty()) {
                text.append(" and ");
            }
            Span mention = new Span(text.length(), text.length() + written.length(), written, 0);
            text.append(written);
            entities.add(new Entity(written + "#" + entities.size(), written, EntityType.ORGANIZATION, List.of(), null,
                    List.of(mention)));
        }
        text.append(" said so.");
        List<String> read = OwnerInArmName.relations(entities, List.of(new Sentence(0, 0, text.length())),
                text.toString(), gazetteer).stream()
                .map(r -> r.subject().replaceAll("#.*", "") + " " + r.predicate() + " "
                        + r.object().replaceAll("#.*", "")).toList();
        assertEquals(expected.strip(), read.isEmpty() ? "none" : String.join(", ", read), names);
    }
}
