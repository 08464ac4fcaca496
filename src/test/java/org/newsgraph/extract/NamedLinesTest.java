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
 * The named product or line a figure's measured noun is of ({@link NamedLines}): made-up sentences parsed by hand as
 * CoreNLP parses them; the word found, or "-" for none (a common noun of things, a place's sales).
 */
class NamedLinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a line noun with a name before it | line | Sales/NNS/_/sale of/IN the/DT Sentra/NNP line/NN "
                    + "reached/VBD/_/reach $/$/MONEY 205/CD/MONEY million/CD/MONEY | nsubj(reached, Sales) "
                    + "nmod:of(Sales, line) case(line, of) det(line, the) compound(line, Sentra) root(ROOT, reached) "
                    + "obj(reached, $) nummod($, million) compound(million, 205)",
            "a name with a product noun before it | Respira | Sales/NNS/_/sale of/IN its/PRP$ drug/NN Respira/NNP "
                    + "fell/VBD/_/fall 6/CD %/NN | nsubj(fell, Sales) nmod:of(Sales, Respira) case(Respira, of) "
                    + "nmod:poss(Respira, its) compound(Respira, drug) root(ROOT, fell) obj(fell, %) nummod(%, 6)",
            "a typed product by from | range | Revenue/NN from/IN its/PRP$ Fizzle/NNP/PRODUCT range/NN "
                    + "rose/VBD/_/rise 4/CD %/NN | nsubj(rose, Revenue) nmod:from(Revenue, range) case(range, from) "
                    + "nmod:poss(range, its) compound(range, Fizzle) root(ROOT, rose) obj(rose, %) nummod(%, 4)",
            "a name on the kind of goods before the line noun | range | Sales/NNS/_/sale of/IN its/PRP$ "
                    + "Hearthside/NNP soup/NN range/NN rose/VBD/_/rise 11/CD %/NN | nsubj(rose, Sales) "
                    + "nmod:of(Sales, range) case(range, of) nmod:poss(range, its) compound(range, soup) "
                    + "compound(soup, Hearthside) root(ROOT, rose) obj(rose, %) nummod(%, 11)",
            "control: a common noun of things | - | Sales/NNS/_/sale of/IN its/PRP$ phones/NNS/_/phone "
                    + "rose/VBD/_/rise 4/CD %/NN | nsubj(rose, Sales) nmod:of(Sales, phones) case(phones, of) "
                    + "nmod:poss(phones, its) root(ROOT, rose) obj(rose, %) nummod(%, 4)",
            "control: a place's line | - | Sales/NNS/_/sale of/IN the/DT Paris/NNP/LOCATION line/NN "
                    + "rose/VBD/_/rise 4/CD %/NN | nsubj(rose, Sales) nmod:of(Sales, line) case(line, of) "
                    + "det(line, the) compound(line, Paris) root(ROOT, rose) obj(rose, %) nummod(%, 4)"})
    void theMeasuredNounIsOfANamedLine(String name, String expected, String tokens, String dependencies) {
        ParsedText parsed = new ParsedText().sentence(tokens.strip(), dependencies.strip());
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        Function<Token, Entity> entityAt = parsed.entityAt();
        Token percent = sentence.tokens().stream().filter(t -> t.text().equals("%") || t.text().equals("$"))
                .findFirst().orElseThrow();
        Token found = NamedLines.of(sentence, List.of(percent), percent, entityAt);
        assertEquals(expected, found == null ? "-" : found.text());
    }
}
