package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.Token;

/** The kind noun the sentence's capital glues before a name, on hand-made token runs. */
class LeadingKindWordsTest {

    @ParameterizedTest(name = "{0} [{1},{2}) -> {3}")
    @CsvSource(nullValues = "-", value = {
        // opening agent nouns of organisations: the name starts after them
        "Drugmaker Aventiq Labs won approval, 0, 3, ORGANIZATION",
        "Broadcaster Northlight TV lost the rights, 0, 3, ORGANIZATION",
        "Shipbuilder Keldane Yards hired welders, 0, 3, ORGANIZATION",
        // people by what only a person is, or their work in -ist
        "Economist Hilde Marstrand said, 0, 3, PERSON",
        "Columnist Bram Oosterhuis wrote, 0, 3, PERSON",
        // names that start with an institution's word keep it
        "Union Pacific said, 0, 2, -",
        "Studio Brightwell said, 0, 2, -",
        "Bank Leumi said, 0, 2, -",
        // job nouns in -er start firms' names: Trader Joe's, Designer Brands
        "Trader Joe's said, 0, 2, -",
        "Designer Brands said, 0, 2, -",
        // session 17: nouns of people's work or firms' agent nouns only WordNet holds, when the name after is a firm's
        // by its last word; words WordNet files under people that open names stay in it
        "Builder Fawley Homes warned, 0, 3, ORGANIZATION",
        "Miner Quarrendon Mining found gold, 0, 3, ORGANIZATION",
        "Housebuilder Brantley Homes sold, 0, 3, ORGANIZATION",
        "Builder Fawley said, 0, 2, -",
        "Guardian Media Group sold, 0, 3, -",
        "Quarry Point Capital bought, 0, 3, -",
        "Pioneer Natural Resources said, 0, 3, -",
        // session 40: a firm's agent noun only WordNet holds before one company a name list holds ("Maersk", "Aviva");
        // not before a name no list holds, nor a person's noun before a listed company
        "Shipper Maersk said, 0, 2, ORGANIZATION",
        "Insurer Aviva sold, 0, 2, ORGANIZATION",
        "Shipper Calloway said, 0, 2, -",
        // an organisation's noun that opens no listed organisation's name is a kind said before the name
        "Airline Corvid Airways said, 0, 3, ORGANIZATION",
        "Supermarket Hollin Foods said, 0, 3, ORGANIZATION",
        "University Teaching Hospital said, 0, 3, -",
        // session 43: a noun of organisations only (never of people) that opens no listed name, before any name
        // (no person is an airline): "Supermarket Halden", "Airline Brevik"
        "Supermarket Halden said, 0, 2, ORGANIZATION",
        "Airline Brevik cut routes, 0, 2, ORGANIZATION",
        "Charity Oxley Trust said, 0, 3, ORGANIZATION",
        "Union Pacific said, 0, 2, -",
        "Council Tax rose, 0, 2, -",
        "Charity Commission said, 0, 2, -",
        "Utility Warehouse said, 0, 2, -",
        "Supermarket Morrisons said, 0, 2, ORGANIZATION",
        // not the sentence's first word, one word only, a title run, the next word in lower case, capitals
        "Shares of Lender Brackley fell, 2, 4, -",
        "Lender said, 0, 1, -",
        "Chief Executive Dana Holm said, 0, 4, -",
        "Lender cuts rates, 0, 2, -",
        "LENDER BRACKLEY SAID, 0, 2, -"})
    void theOpeningKindNounSaysWhatTheNameIs(String sentence, int first, int last, String expected) {
        EntityType type = LeadingKindWords.glued(tokens(sentence), first, last);
        assertEquals(expected == null ? null : EntityType.valueOf(expected), type);
    }

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        int index = 0;
        for (String word : sentence.split(" ")) {
            tokens.add(new Token(index++, 0, start, start + word.length(), word, word.toLowerCase(), "NNP", "O", null));
            start += word.length() + 1;
        }
        return tokens;
    }
}
