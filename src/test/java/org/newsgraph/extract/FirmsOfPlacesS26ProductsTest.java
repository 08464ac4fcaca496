package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * s26-products, {@link FirmsOfPlaces}: the NER's organisation run of a sentence's words (tagged ORGANIZATION) and the
 * names it is split into. No real text held has a firm "of" its town without a comma (MEANTIME tuning half, KPI-EDGAR
 * train, Recognizers-Text's tuning half: 0; the names there with "of" are a bank's, a board's and statements'): these
 * sentences are made up, in the shapes session 25's held-out set B and newswire use.
 */
class FirmsOfPlacesS26ProductsTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Aldermoor Aerospace of Bristol designs turboprops . | Aldermoor Aerospace of Bristol | Aldermoor Aerospace ORGANIZATION, Bristol PLACE
            Kettering Holdings Inc. of Boston approved it . | Kettering Holdings Inc. of Boston | Kettering Holdings Inc. ORGANIZATION, Boston PLACE
            Tallis & Webb of Norwich sells it . | Tallis & Webb of Norwich | Tallis & Webb ORGANIZATION, Norwich PLACE
            The Bank of England raised rates . | Bank of England | Bank of England ORGANIZATION
            Royal Bank of Scotland cut its forecast . | Royal Bank of Scotland | Royal Bank of Scotland ORGANIZATION
            The Art Institute of Chicago bought it . | Art Institute of Chicago | Art Institute of Chicago ORGANIZATION
            Brask Capital of Goodwill Partners sold it . | Brask Capital of Goodwill Partners | Brask Capital of Goodwill Partners ORGANIZATION
            Halvard Aero of Bergen builds planes . | Halvard Aero of Bergen | Halvard Aero of Bergen ORGANIZATION
            """)
    void aFirmsNameAndItsTownAreTwoNames(String words, String run, String expected) {
        assertEquals(expected, split(words, run));
    }

    /** The names FirmsOfPlaces makes of the NER's organisation run (its words tagged ORGANIZATION) of a sentence. */
    static String split(String words, String run) {
        StringBuilder tagged = new StringBuilder();
        int[] at = TypeCuesTest.find(TypeCuesTest.sentence(words, ""), run);
        String[] items = words.split(" ");
        for (int k = 0; k < items.length; k++) {
            tagged.append(k == 0 ? "" : " ").append(items[k]);
            if (k >= at[0] && k < at[1]) {
                String pos = items[k].equals("of") ? "IN" : items[k].equals("&") ? "CC" : "NNP";
                tagged.append('/').append(pos).append('/').append(items[k].toLowerCase()).append("/ORGANIZATION");
            }
        }
        AnnotatedSentence sentence = TypeCuesTest.sentence(tagged.toString(), "");
        List<Token> tokens = sentence.tokens();
        int start = tokens.get(at[0]).start();
        int end = tokens.get(at[1] - 1).end();
        String text = String.join(" ", items);
        FoundName span = new FoundName(start, end, text.substring(start, end), 0, EntityType.ORGANIZATION,
                TypeVote.NER_VOTE, null, null);
        return FirmsOfPlaces.split(text, sentence, List.of(span), GAZETTEER).stream()
                .map(f -> f.text() + " " + f.type()).collect(Collectors.joining(", "));
    }
}
