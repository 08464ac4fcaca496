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
 * The organisation the sentence before names as its main clause's subject ({@link OthersBefore}): made-up sentences
 * parsed by hand as CoreNLP parses them, followed by "Revenue fell 9%."; the name found, or "-" for none.
 */
class OthersBeforeTest {

    private static final String NEXT = "Revenue/NN fell/VBD/_/fall 9/CD %/NN";
    private static final String NEXT_DEPENDENCIES = "nsubj(fell, Revenue) root(ROOT, fell) obj(fell, %) nummod(%, 9)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a name beside the subject's noun | Glenholt Farms | Its/PRP$ supplier/NN ,/, "
                    + "Glenholt/NNP/ORGANIZATION Farms/NNP/ORGANIZATION ,/, warned/VBD/_/warn | "
                    + "nmod:poss(supplier, Its) appos(supplier, Farms) compound(Farms, Glenholt) "
                    + "nsubj(warned, supplier) root(ROOT, warned)",
            "the subject named | Dalby Coaches | Dalby/NNP/ORGANIZATION Coaches/NNP/ORGANIZATION lost/VBD/_/lose "
                    + "money/NN | compound(Coaches, Dalby) nsubj(lost, Coaches) root(ROOT, lost) obj(lost, money)",
            "control: a common noun only | - | The/DT company/NN lost/VBD/_/lose money/NN | det(company, The) "
                    + "nsubj(lost, company) root(ROOT, lost) obj(lost, money)",
            "control: a person | - | Ravi/NNP/PERSON Mehta/NNP/PERSON resigned/VBD/_/resign | "
                    + "compound(Mehta, Ravi) nsubj(resigned, Mehta) root(ROOT, resigned)"})
    void theSentenceBeforeNamesAnotherOrganisation(String name, String expected, String tokens,
                                                   String dependencies) {
        ParsedText parsed = new ParsedText().sentence(tokens.strip(), dependencies.strip())
                .sentence(NEXT, NEXT_DEPENDENCIES);
        List<AnnotatedSentence> sentences = parsed.text().sentences();
        Function<Token, Entity> entityAt = parsed.entityAt();
        Entity found = OthersBefore.subject(sentences, 1, entityAt);
        assertEquals(expected, found == null ? "-" : found.name());
        assertEquals(null, OthersBefore.subject(sentences, 0, entityAt));
    }
}
