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
 * Whether a measurement's clause is about another thing the product only describes ({@link
 * ProductClauses#describesAnother}): made-up sentences parsed by hand as CoreNLP parses them, the product typed.
 */
class ProductsDescribingAnotherTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a relative clause of another noun | true | The/DT factory/NN that/WDT builds/VBZ/_/build the/DT "
                    + "Kite/NNP/PRODUCT covers/VBZ/_/cover 85,000/CD square/JJ metres/NNS/_/metre | "
                    + "det(factory, The) acl:relcl(factory, builds) nsubj(builds, factory) obj(builds, Kite) "
                    + "det(Kite, the) nsubj(covers, factory) root(ROOT, covers) obj(covers, metres) "
                    + "nummod(metres, 85,000) amod(metres, square)",
            "control: the product's own part | false | The/DT Kite/NNP/PRODUCT 's/POS battery/NN "
                    + "weighs/VBZ/_/weigh 85,000/CD grams/NNS/_/gram | det(Kite, The) nmod:poss(battery, Kite) "
                    + "case(Kite, 's) nsubj(weighs, battery) root(ROOT, weighs) obj(weighs, grams) "
                    + "nummod(grams, 85,000)",
            "control: an attribute noun for the product | false | Range/NN for/IN the/DT Kite/NNP/PRODUCT "
                    + "model/NN is/VBZ/_/be 85,000/CD miles/NNS/_/mile | nmod:for(Range, model) case(model, for) "
                    + "det(model, the) compound(model, Kite) nsubj(miles, Range) cop(miles, is) root(ROOT, miles) "
                    + "nummod(miles, 85,000)",
            "control: the product itself | false | The/DT Kite/NNP/PRODUCT weighs/VBZ/_/weigh 85,000/CD "
                    + "grams/NNS/_/gram | det(Kite, The) nsubj(weighs, Kite) root(ROOT, weighs) obj(weighs, grams) "
                    + "nummod(grams, 85,000)"})
    void theMeasurementIsAnotherThings(String name, boolean expected, String tokens, String dependencies) {
        ParsedText parsed = new ParsedText().sentence(tokens.strip(), dependencies.strip());
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        Function<Token, Entity> entityAt = parsed.entityAt();
        Token figure = sentence.tokens().stream().filter(t -> t.text().equals("85,000")).findFirst().orElseThrow();
        Token product = sentence.tokens().stream().filter(t -> t.text().equals("Kite")).findFirst().orElseThrow();
        assertEquals(expected, ProductClauses.describesAnother(sentence, List.of(figure), figure, product, entityAt));
    }
}
