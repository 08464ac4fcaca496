package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.IndexedSentence;

/**
 * Session 35 (s35-entities, issue 13): the subject of a verb that reports a company's results is a company ("Zoom
 * posted revenue", "Visa said quarterly revenue rose"); a person's own results ("his sales") and other objects are not.
 */
class ReportedResultsTest {


    @Test
    void aReportingVerbWhoseObjectIsAResultReportsResults() {
        AnnotatedSentence posted = IndexedSentence.of("Zoom/NNP posted/VBD/post revenue/NN of/IN $/$ 1/CD billion/CD ./.",
                "root 0 2;nsubj 2 1;obj 2 3;nmod 3 5;case 5 4;nummod 5 6;compound 6 7;punct 2 8");
        assertTrue(ReportedResults.reports(posted, posted.token(1)));
        AnnotatedSentence reported = IndexedSentence.of("Square/NNP reported/VBD/report a/DT profit/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;punct 2 5");
        assertTrue(ReportedResults.reports(reported, reported.token(1)));
    }

    @Test
    void aSpeechVerbWhoseClauseHasAResultAsSubjectReportsResults() {
        AnnotatedSentence said = IndexedSentence.of("Visa/NNP said/VBD/say quarterly/JJ revenue/NN rose/VBD/rise 10/CD %/NN ./.",
                "root 0 2;nsubj 2 1;ccomp 2 5;amod 4 3;nsubj 5 4;obj 5 7;nummod 7 6;punct 2 8");
        assertTrue(ReportedResults.reports(said, said.token(1)));
    }

    @Test
    void aPersonsOwnResultsOrOtherObjectsReportNone() {
        AnnotatedSentence his = IndexedSentence.of("Lund/NNP said/VBD/say his/PRP$ sales/NNS/sale rose/VBD/rise ./.",
                "root 0 2;nsubj 2 1;ccomp 2 5;nmod:poss 4 3;nsubj 5 4;punct 2 6");
        assertFalse(ReportedResults.reports(his, his.token(1)));
        AnnotatedSentence theft = IndexedSentence.of("Lund/NNP reported/VBD/report a/DT theft/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;punct 2 5");
        assertFalse(ReportedResults.reports(theft, theft.token(1)));
        AnnotatedSentence posted = IndexedSentence.of("Lund/NNP posted/VBD/post a/DT video/NN ./.",
                "root 0 2;nsubj 2 1;obj 2 4;det 4 3;punct 2 5");
        assertFalse(ReportedResults.reports(posted, posted.token(1)));
    }
}
