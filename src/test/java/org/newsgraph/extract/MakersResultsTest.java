package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/**
 * Whether a figure reached through a product measures its maker's results ({@link MakersResults}): made-up sentences
 * parsed by hand as CoreNLP parses them; the product's word is the one named in the row, the measure the chain's.
 */
class MakersResultsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "results the product helped grow | camera | sales | true | Aster/NNP camera/NN helped/VBD/_/help "
                    + "the/DT company/NN grow/VB sales/NNS/_/sale by/IN 22/CD %/NN | compound(camera, Aster) "
                    + "nsubj(helped, camera) root(ROOT, helped) ccomp(helped, grow) det(company, the) "
                    + "nsubj(grow, company) obj(grow, sales) obl:by(grow, %) case(%, by) nummod(%, 22)",
            "results on the climb, no measure | drill | - | true | its/PRP$ Ridge/NNP drill/NN sold/VBD/_/sell "
                    + "80,000/CD units/NNS/_/unit ,/, lifting/VBG/_/lift group/NN revenue/NN 9/CD %/NN | "
                    + "nmod:poss(drill, its) compound(drill, Ridge) nsubj(sold, drill) root(ROOT, sold) "
                    + "obj(sold, units) nummod(units, 80,000) acl(units, lifting) iobj(lifting, revenue) "
                    + "compound(revenue, group) dep(revenue, %) nummod(%, 9)",
            "control: the product's own sales | camera | sales | false | Sales/NNS/_/sale of/IN the/DT Aster/NNP "
                    + "camera/NN rose/VBD/_/rise 22/CD %/NN | nsubj(rose, Sales) nmod:of(Sales, camera) "
                    + "case(camera, of) det(camera, the) compound(camera, Aster) root(ROOT, rose) obj(rose, %) "
                    + "nummod(%, 22)",
            "control: units the product sold | drill | units | false | its/PRP$ Ridge/NNP drill/NN "
                    + "sold/VBD/_/sell 80,000/CD units/NNS/_/unit | nmod:poss(drill, its) compound(drill, Ridge) "
                    + "nsubj(sold, drill) root(ROOT, sold) obj(sold, units) nummod(units, 80,000)"})
    void theFigureMeasuresTheMakersResults(String name, String product, String measure, boolean expected,
                                           String tokens, String dependencies) {
        ParsedText parsed = new ParsedText().sentence(tokens.strip(), dependencies.strip());
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        Token figure = sentence.tokens().stream().filter(t -> t.text().equals("%")).findFirst()
                .orElseGet(() -> sentence.tokens().stream().filter(t -> t.text().equals("80,000")).findFirst()
                        .orElseThrow());
        Token word = sentence.tokens().stream().filter(t -> t.text().equals(product)).findFirst().orElseThrow();
        assertEquals(expected, MakersResults.measured(sentence, List.of(figure), figure,
                measure.equals("-") ? null : measure, word));
    }
}
