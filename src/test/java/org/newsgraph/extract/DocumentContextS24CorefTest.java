package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/**
 * Session 24 (task coref): the organisation a phrase stands for when its owner is "its" and a name sits inside it:
 * the name ("the company sold its Anatomical Pathology business to PHC Holdings": Thermo Fisher's 10-K, KPI-EDGAR
 * train; "Halvorsen Industries agreed to sell its sensor unit ..." the relation rules' examples), not whatever "its"
 * stands for. Each row: the sentence's tagged tokens, its dependencies, the phrase's head word, the entity id wanted.
 */
class DocumentContextS24CorefTest {

    @ParameterizedTest(name = "{2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        // "its" first, the name after it: the name (was the firm "its" stands for)
        "Acme/NNP/ORGANIZATION said/VBD/_/say it/PRP sold/VBD/_/sell its/PRP$ Beta/NNP/ORGANIZATION business/NN ./."
                + "|nsubj(said, Acme) root(ROOT, said) ccomp(said, sold) nsubj(sold, it) obj(sold, business) "
                + "nmod:poss(business, its) compound(business, Beta)|business|beta",
        // no name inside: the owner "its" stands for
        "Acme/NNP/ORGANIZATION said/VBD/_/say it/PRP sold/VBD/_/sell its/PRP$ business/NN ./."
                + "|nsubj(said, Acme) root(ROOT, said) ccomp(said, sold) nsubj(sold, it) obj(sold, business) "
                + "nmod:poss(business, its)|business|acme",
    })
    void aNameInsideThePhraseWinsOverItsOwner(String tokens, String dependencies, String head, String wanted) {
        ParsedText parsed = new ParsedText().sentence(tokens, dependencies);
        AnnotatedText text = parsed.text();
        DocumentContext context = new DocumentContext(text, parsed.entities());
        AnnotatedSentence sentence = text.sentences().get(0);
        Token token = sentence.tokens().stream().filter(t -> t.text().equals(head)).findFirst().orElseThrow();
        Map<String, Entity> byId = parsed.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        Entity entity = context.entityOfPhrase(sentence, token, byId);
        assertEquals(wanted, entity == null ? "-" : entity.id());
    }
}
