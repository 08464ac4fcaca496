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
 * A lone name the NER guessed to be a person, against what a name list knows of it: the names of each row as the
 * recogniser found them ({@code text/SOURCE; ...}: NER for the NER's person guess, PER for a person the article names,
 * CUE for a name the words around it typed a product), and the type the guess ends with.
 */
class PersonGuessesTest {

    private static final String LIST = String.join("\n",
            "Kellanova\tOrganization\t\t\tknown",
            "Lazard, Inc.\tOrganization\t\tLazard\tknown",
            "Varese\tPlace\t\t\tknown",
            "Tim S.a.\tOrganization\t\tTim\tknown",
            "Kestrel\tOrganization\t\t\tknown",
            "Jordan\tPlace\t\t\tknown",
            "Jordan\tOrganization\t\t\tknown");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // s19-relations (norvale-pettigrews): "competes with Mondelez and Kellanova", "Barclays and Lazard advised"
        "Kellanova/NER, Organization",
        "Lazard/NER, Organization",
        // s18-entities (rail-strike): "commuters from Como, Varese and Bergamo"
        "Varese/NER, Place",
        // no list knows it, or two types contest it: the NER's guess stays
        "Harcourt/NER, Person",
        "Jordan/NER, Person",
        // MEANTIME tuning: "Tim" after "Tim Cook" is his short form, whatever the list knows of TIM
        "Tim/NER; Tim Cook/PER, Person",
        // the article's words type the name elsewhere (s19-products "the Kestrel"): they decide, not the list
        "Kestrel/NER; Kestrel/CUE, Person",
        // a name of two words is not a lone guess
        "Ashworth Mills/NER, Person"})
    void aListedCompanyOrPlaceOutweighsALonePersonGuess(String names, String expected) throws IOException {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(LIST)));
        List<FoundName> found = new ArrayList<>();
        int at = 0;
        for (String name : names.split("; ")) {
            String text = name.substring(0, name.lastIndexOf('/'));
            String source = name.substring(name.lastIndexOf('/') + 1);
            TypeCues.Cue cue = source.equals("CUE") ? new TypeCues.Cue(EntityType.PRODUCT, "product-noun-before") : null;
            found.add(new FoundName(at, at + text.length(), text, 0, EntityType.PERSON,
                    source.equals("PER") ? TypeVote.NER_VOTE + 1 : TypeVote.NER_VOTE, cue, null));
            at += text.length() + 1;
        }
        PersonGuesses.retype(found, gazetteer);
        assertEquals(EntityType.valueOf(expected.toUpperCase()), found.get(0).type(), String.valueOf(found));
    }
}
