package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;

/**
 * s24-names: a firm's name and a country after it, which the NER alone calls a place ({@link CountryArmNames}), is no
 * place: an organisation where the firm is listed, a company suffix follows or the NER tags the firm's words an
 * organisation, else dropped; a place's own name before a country ("Northern Ireland", "Danish Greenland", a listed
 * town) stays a place. Real sources: KPI-EDGAR train "Nets Denmark A/S" (MA), "Sojitz America is the sole owner"
 * (NKE), "Walmart Brazil" (WMT); MEANTIME "Ford Australia". Each row a hand-parsed sentence ({@link
 * TypeCuesTest#sentence}), the name the NER guessed a place, and its type after the step ("none": dropped).
 */
class CountryArmNamesS24NamesTest {

    private static final String LIST = String.join("\n",
            "Tarrowby\tPlace\t\t\tknown",
            "Halvard Stores\tOrganization\t\t\tknown");

    @ParameterizedTest(name = "{2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "they bought Tessvik/NNP/tessvik/LOCATION Denmark/NNP/denmark/LOCATION AB for cash . | 1:nsubj:0 1:obj:3 3:compound:2 | Tessvik Denmark | Organization",
        "they bought Tessvik/NNP/tessvik/LOCATION Denmark/NNP/denmark/LOCATION Ltd, for cash . | 1:nsubj:0 1:obj:3 3:compound:2 | Tessvik Denmark | Organization",
        "Korvald/NNP/korvald/LOCATION America/NNP/america/LOCATION is the sole owner . | 6:nsubj:1 1:compound:0 6:cop:2 | Korvald America | none",
        "sales at Halvard/NNP/halvard/LOCATION Stores/NNP/stores/LOCATION Brazil/NNP/brazil/LOCATION fell . | 0:nmod:4 | Halvard Stores Brazil | Organization",
        "Ortvald/NNP/ortvald/ORGANIZATION Europe/NNP/europe/LOCATION cut jobs . | 2:nsubj:1 1:compound:0 | Ortvald Europe | Organization",
        // a place's own name: a qualifier, a demonym, a listed place or a lower-case link before the country
        "they opened a plant in Northern/NNP/northern/LOCATION Ireland/NNP/ireland/LOCATION . | 1:nsubj:0 1:obj:4 | Northern Ireland | Place",
        "ice covers Danish/NNP/danish/LOCATION Greenland/NNP/greenland/LOCATION . | 1:nsubj:0 1:obj:3 | Danish Greenland | Place",
        "they flew to Tarrowby/NNP/tarrowby/LOCATION Denmark/NNP/denmark/LOCATION . | 1:nsubj:0 | Tarrowby Denmark | Place",
        "the Republic/NNP/republic/LOCATION of/IN/of/LOCATION Ireland/NNP/ireland/LOCATION voted . | 4:nsubj:1 | Republic of Ireland | Place",
        // no country at the end
        "they flew to Korvald/NNP/korvald/LOCATION Heights/NNP/heights/LOCATION . | 1:nsubj:0 | Korvald Heights | Place"})
    void aFirmsArmInACountryIsNoPlace(String words, String parse, String name, String expected) throws IOException {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(LIST)));
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        int[] span = TypeCuesTest.find(sentence, name.strip());
        int start = sentence.tokens().get(span[0]).start();
        int end = sentence.tokens().get(span[1] - 1).end();
        String text = String.join(" ", sentence.tokens().stream().map(t -> t.text()).toList());
        List<FoundName> found = new ArrayList<>();
        found.add(new FoundName(start, end, name.strip(), 0, EntityType.PLACE, TypeVote.NER_VOTE, null, null));
        CountryArmNames.retype(new AnnotatedText(text, List.of(sentence)), found, gazetteer);
        assertEquals(expected.strip(), found.isEmpty() ? "none" : found.get(0).type().label(), words);
    }
}
