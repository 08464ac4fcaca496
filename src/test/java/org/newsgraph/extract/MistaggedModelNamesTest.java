package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Session 35 (s35-entities, issue 13): a product's name holding a word the tagger read as a verb or a common noun
 * ("the Switch/VB 2", "the Model Y/NN"), after a determiner or a launch verb; not one ordinary word, a lower-case
 * phrase or a sentence's first word.
 */
class MistaggedModelNamesTest {

    /** A sentence from "word/TAG[/lemma]" tokens and "relation governor dependent" edges (1-based; 0 the root). */
    private static AnnotatedSentence sentence(String words, String dependencies) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String part : words.split(" ")) {
            String[] p = part.split("/");
            String lemma = p.length > 2 ? p[2] : p[0].toLowerCase();
            String ner = p[1].equals("CD") ? "NUMBER" : "O";
            tokens.add(new Token(tokens.size(), 0, at, at + p[0].length(), p[0], lemma, p[1], ner, null));
            at += p[0].length() + 1;
        }
        List<Dependency> deps = new ArrayList<>();
        for (String dependency : dependencies.split(";")) {
            String[] d = dependency.trim().split(" ");
            int governor = Integer.parseInt(d[1]);
            deps.add(new Dependency(governor == 0 ? -1 : governor - 1, Integer.parseInt(d[2]) - 1, d[0]));
        }
        return new AnnotatedSentence(0, 0, at, tokens, deps);
    }

    private static List<String> names(String words, String dependencies) {
        AnnotatedSentence sentence = sentence(words, dependencies);
        String text = String.join(" ", sentence.tokens().stream().map(Token::text).toList());
        return MistaggedModelNames.find(text, sentence, List.of()).stream().map(FoundName::text).toList();
    }

    @Test
    void aNameAndNumberAVerbBrokeIsAProductShippedOrUnveiled() {
        // the tagger's verb broke the parse: "the" is ship's object, "2" Switch's
        assertEquals(List.of("Switch 2"), names("Nintendo/NNP will/MD ship/VB the/DT Switch/VB/switch 2/CD in/IN June/NNP ./.",
                "root 0 3;nsubj 3 1;aux 3 2;obj 3 4;dep 4 5;obj 5 6;obl:in 5 8;case 8 7;punct 3 9"));
    }

    @Test
    void aNameWithACommonNounThatIsSoldIsAProduct() {
        assertEquals(List.of("Model Y"), names("Tesla/NNP cut/VBD/cut the/DT price/NN of/IN the/DT Model/NNP Y/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;nmod:of 4 8;case 8 5;det 8 6;compound 8 7;punct 2 9"));
    }

    @Test
    void anOrdinaryWordAloneLowerCaseOrOpeningASentenceIsNone() {
        assertEquals(List.of(), names("Fold/VB/fold it/PRP twice/RB ./.", "root 0 1;obj 1 2;advmod 1 3;punct 1 4"));
        assertEquals(List.of(), names("They/PRP sold/VBD/sell the/DT new/JJ model/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 5;det 5 3;amod 5 4;punct 2 6"));
        assertEquals(List.of(), names("They/PRP unveiled/VBD/unveil the/DT Fold/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;punct 2 5"));
    }
}
