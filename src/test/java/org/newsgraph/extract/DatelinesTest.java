package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;

/**
 * Wire datelines opening an article, on hand-tagged first sentences: the place under its ordinary name (the name
 * list's entry where it has one), the agency an organisation, nothing else (session 19, s19-entities). The forms are
 * those of the wire datelines in session 18's made-up articles by different authors (SANTIAGO, Sept 11 -; LONDON -;
 * MILAN -; NIAMEY, Oct 16 -; TAIPEI, June 4 -) and the agencies' usual ones.
 */
class DatelinesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // the place the list knows, under its entry's name; the agency in brackets an organisation
        "LONDON/NNP/london/LOCATION (/-LRB- Reuters/NNP/reuters/ORGANIZATION )/-RRB- -/HYPH Barclays said it would cut jobs ."
                + " | London Place, Reuters Organization",
        // a region and a day between the place and the dash
        "WASHINGTON/NNP/washington/LOCATION ,/, March/NNP/march/DATE 3/CD/3/DATE (/-LRB- AP/NN/ap/ORGANIZATION"
                + " )/-RRB- --/: The Senate voted ." + " | Washington Place, AP Organization",
        "SANTIAGO/NNP/santiago/LOCATION ,/, Sept/NNP/sept/DATE 11/CD/11/DATE -/HYPH Chile 's finance minister said ."
                + " | Santiago Place",
        // the NER took the capitals for a person; the agency it did not tag
        "SAO/NNP/sao/PERSON PAULO/NNP/paulo/PERSON ,/, May/NNP/may/DATE 2/CD/2/DATE (/-LRB- AFP/NNP/afp/O )/-RRB-"
                + " -/HYPH Brazil 's central bank held rates ." + " | Sao Paulo Place, AFP Organization",
        // a town the list does not know, tagged a place, in its ordinary case
        "KIRKBY/NNP/kirkby/LOCATION STANNARD/NNP/stannard/LOCATION -/HYPH Floods closed the bridge ."
                + " | Kirkby Stannard Place",
        "RIO/NNP/rio/LOCATION DE/NNP/de/LOCATION JANEIRO/NNP/janeiro/LOCATION -/HYPH Petrobras said ."
                + " | Rio de Janeiro Place",
        // no dateline: a label in capitals, an organisation's initials before a dash and lower case, no dash
        "EXCLUSIVE/NNP/exclusive/O -/HYPH Barclays plans cuts ." + " | ",
        "BP/NNP/bp/ORGANIZATION -/HYPH the/DT oil/NN major/NN -/HYPH said ." + " | ",
        "NASA/NNP/nasa/ORGANIZATION -/HYPH The/DT agency/NN said ." + " | ",
        "LONDON/NNP/london/LOCATION stocks/NNS rose/VBD on/IN Monday/NNP/monday/DATE ." + " | ",
        "Shares/NNS in/IN BP/NNP/bp/ORGANIZATION fell/VBD -/HYPH Brent/NNP rose ." + " | "})
    void aDatelineGivesItsPlaceAndAgency(String words, String expected) {
        AnnotatedSentence sentence = TypeCuesTest.sentence(words, "");
        String text = sentence.tokens().stream().map(t -> t.text()).collect(Collectors.joining(" "));
        List<FoundName> found = Datelines.find(text, sentence, GAZETTEER);
        String got = found.stream().map(f -> (f.entry() != null ? f.entry().name() : f.text()) + " " + f.cueType().label())
                .collect(Collectors.joining(", "));
        assertEquals(expected == null ? "" : expected, got, words);
    }

    @Test
    void capitalsTakeTheirOrdinaryCase() {
        assertEquals("Winston-Salem", Datelines.ordinaryCase("WINSTON-SALEM"));
        assertEquals("Stratford-upon-Avon", Datelines.ordinaryCase("STRATFORD-UPON-AVON"));
        assertEquals("St. Louis", Datelines.ordinaryCase("ST. LOUIS"));
    }
}
