package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Session 35 (s35-entities, issue 13): the subject of a verb that reports a company's results is a company ("Zoom
 * posted revenue", "Visa said quarterly revenue rose"); a person's own results ("his sales") and other objects are not.
 */
class ReportedResultsTest {

    /** A sentence from "word/TAG[/lemma]" tokens and "relation governor dependent" edges (1-based; 0 the root). */
    private static AnnotatedSentence sentence(String words, String dependencies) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String part : words.split(" ")) {
            String[] p = part.split("/");
            String lemma = p.length > 2 ? p[2] : p[0].toLowerCase();
            tokens.add(new Token(tokens.size(), 0, at, at + p[0].length(), p[0], lemma, p[1], "O", null));
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

    @Test
    void aReportingVerbWhoseObjectIsAResultReportsResults() {
        AnnotatedSentence posted = sentence("Zoom/NNP posted/VBD/post revenue/NN of/IN $/$ 1/CD billion/CD ./.",
                "root 0 2;nsubj 2 1;obj 2 3;nmod 3 5;case 5 4;nummod 5 6;compound 6 7;punct 2 8");
        assertTrue(ReportedResults.reports(posted, posted.token(1)));
        AnnotatedSentence reported = sentence("Square/NNP reported/VBD/report a/DT profit/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;punct 2 5");
        assertTrue(ReportedResults.reports(reported, reported.token(1)));
    }

    @Test
    void aSpeechVerbWhoseClauseHasAResultAsSubjectReportsResults() {
        AnnotatedSentence said = sentence("Visa/NNP said/VBD/say quarterly/JJ revenue/NN rose/VBD/rise 10/CD %/NN ./.",
                "root 0 2;nsubj 2 1;ccomp 2 5;amod 4 3;nsubj 5 4;obj 5 7;nummod 7 6;punct 2 8");
        assertTrue(ReportedResults.reports(said, said.token(1)));
    }

    @Test
    void aPersonsOwnResultsOrOtherObjectsReportNone() {
        AnnotatedSentence his = sentence("Lund/NNP said/VBD/say his/PRP$ sales/NNS/sale rose/VBD/rise ./.",
                "root 0 2;nsubj 2 1;ccomp 2 5;nmod:poss 4 3;nsubj 5 4;punct 2 6");
        assertFalse(ReportedResults.reports(his, his.token(1)));
        AnnotatedSentence theft = sentence("Lund/NNP reported/VBD/report a/DT theft/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;punct 2 5");
        assertFalse(ReportedResults.reports(theft, theft.token(1)));
        AnnotatedSentence posted = sentence("Lund/NNP posted/VBD/post a/DT video/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;punct 2 5");
        assertFalse(ReportedResults.reports(posted, posted.token(1)));
    }
}
