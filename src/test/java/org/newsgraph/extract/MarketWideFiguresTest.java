package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/**
 * Whether a figure's measured noun is a whole market's ({@link MarketWideFigures}): made-up sentences parsed by hand
 * as CoreNLP parses them; a company's own results stay the company's.
 */
class MarketWideFiguresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "across a place's or a market's noun | true | Home/NN sales/NNS/_/sale across/IN the/DT country/NN "
                    + "dropped/VBD/_/drop 12/CD %/NN | compound(sales, Home) nmod:across(sales, country) "
                    + "case(country, across) det(country, the) nsubj(dropped, sales) root(ROOT, dropped) "
                    + "obj(dropped, %) nummod(%, 12)",
            "a market word | true | Industry/NN revenue/NN rose/VBD/_/rise 7/CD %/NN | compound(revenue, Industry) "
                    + "nsubj(rose, revenue) root(ROOT, rose) obj(rose, %) nummod(%, 7)",
            "goods in a place | true | Car/NN sales/NNS/_/sale in/IN Europe/NNP/LOCATION fell/VBD/_/fall 4/CD %/NN "
                    + "| compound(sales, Car) nmod:in(sales, Europe) case(Europe, in) nsubj(fell, sales) "
                    + "root(ROOT, fell) obj(fell, %) nummod(%, 4)",
            "a world market (session 41) | true | World/NN car/NN sales/NNS/_/sale fell/VBD/_/fall 14/CD %/NN "
                    + "| compound(sales, World) compound(sales, car) nsubj(fell, sales) root(ROOT, fell) obj(fell, %) "
                    + "nummod(%, 14)",
            "control: across its own stores | false | Sales/NNS/_/sale across/IN its/PRP$ 300/CD stores/NNS/_/store "
                    + "rose/VBD/_/rise 3/CD %/NN | nmod:across(Sales, stores) case(stores, across) "
                    + "nmod:poss(stores, its) nummod(stores, 300) nsubj(rose, Sales) root(ROOT, rose) obj(rose, %) "
                    + "nummod(%, 3)",
            "control: sales in a place | false | Sales/NNS/_/sale in/IN China/NNP/LOCATION fell/VBD/_/fall 8/CD "
                    + "%/NN | nmod:in(Sales, China) case(China, in) nsubj(fell, Sales) root(ROOT, fell) "
                    + "obj(fell, %) nummod(%, 8)",
            "control: net sales | false | Net/JJ sales/NNS/_/sale rose/VBD/_/rise 6/CD %/NN | amod(sales, Net) "
                    + "nsubj(rose, sales) root(ROOT, rose) obj(rose, %) nummod(%, 6)"})
    void theMeasuredNounIsAMarkets(String name, boolean expected, String tokens, String dependencies) {
        ParsedText parsed = new ParsedText().sentence(tokens.strip(), dependencies.strip());
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        Function<Token, Entity> entityAt = parsed.entityAt();
        Token percent = sentence.tokens().stream().filter(t -> t.text().equals("%")).findFirst().orElseThrow();
        assertEquals(expected, MarketWideFigures.measured(sentence, List.of(percent), percent, entityAt));
    }
}
