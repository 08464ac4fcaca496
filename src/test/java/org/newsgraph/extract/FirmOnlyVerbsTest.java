package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * The subject of a buyer's or an employer's verb, on hand-made parses: words ({@code word[~lemma]}; verbs are the words
 * given a lemma that ends no noun), dependencies as {@code relation:governor:dependent} (0-based, governor -1 the
 * root), and whether token 0 is such a subject.
 */
class FirmOnlyVerbsTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Emirates ordered~order 50 jets~jet .| nsubj:1:0 obj:1:3 nummod:3:2 root:-1:1| true",
        "IndiGo leased~lease 12 planes~plane .| nsubj:1:0 obj:1:3 nummod:3:2 root:-1:1| true",
        // "cut" needs its object: jobs are an employer's, battery life a product's too
        "Qantas cut~cut 300 jobs~job .| nsubj:1:0 obj:1:3 nummod:3:2 root:-1:1| true",
        "Photoshop cut~cut the time~time .| nsubj:1:0 obj:1:3 det:3:2 root:-1:1| false",
        // a verb a product does too
        "Qantas flies~fly to Dallas .| nsubj:1:0 obl:to:1:3 case:3:2 root:-1:1| false",
        // the passive subject is what was ordered
        "Falcon was ordered~order by Emirates .| nsubj:pass:2:0 aux:pass:2:1 obl:by:2:4 case:4:3 root:-1:2| false"})
    void theSubjectOfABuyersVerbIsAFirm(String sentence, String deps, boolean expected) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        for (String written : sentence.strip().split(" ")) {
            String word = written.contains("~") ? written.substring(0, written.indexOf('~')) : written;
            String lemma = written.contains("~") ? written.substring(written.indexOf('~') + 1) : word.toLowerCase();
            String pos = written.contains("~") && !lemma.matches("job|time|plane|jet") ? "VBD"
                    : word.equals("was") ? "VBD" : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(tokens.size(), 0, start, start + word.length(), word, lemma, pos, "O", null));
            start += word.length() + 1;
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String d : deps.strip().split(" ")) {
            int last = d.lastIndexOf(':');
            int middle = d.lastIndexOf(':', last - 1);
            dependencies.add(new Dependency(Integer.parseInt(d.substring(middle + 1, last)),
                    Integer.parseInt(d.substring(last + 1)), d.substring(0, middle)));
        }
        AnnotatedSentence annotated = new AnnotatedSentence(0, 0, start, tokens, dependencies);
        assertEquals(expected, FirmOnlyVerbs.subjectOf(annotated, tokens.get(0)));
    }
}
