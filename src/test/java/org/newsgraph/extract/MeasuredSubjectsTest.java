package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.IndexedSentence;

/**
 * Session 37 (s37-news, issue 12): a length of time a verb of lasting takes with an infinitive of purpose times the
 * act ("paramedics took 18 minutes to reach the village"), not its subject; with none the subject lasts it.
 */
class MeasuredSubjectsTest {

    @Test
    void aTimeTakenToActIsNoMeasureOfWhoActs() {
        AnnotatedSentence reach = IndexedSentence.of("Paramedics/NNS/paramedic took/VBD/take 18/CD minutes/NNS/minute "
                        + "to/TO reach/VB the/DT village/NN ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obj 2 4;mark 6 5;xcomp 2 6;det 8 7;obj 6 8;punct 2 9");
        assertTrue(MeasuredSubjects.timesAnAct(reach, FigureKind.DURATION, reach.token(1)));
        assertFalse(MeasuredSubjects.timesAnAct(reach, FigureKind.COUNT, reach.token(1)));
    }

    @Test
    void aTimeWithNoActIsTheSubjectsOwn() {
        AnnotatedSentence inquiry = IndexedSentence.of("The/DT inquiry/NN took/VBD/take 14/CD months/NNS/month ./.",
                "det 2 1;nsubj 3 2;root 0 3;nummod 5 4;obj 3 5;punct 3 6");
        assertFalse(MeasuredSubjects.timesAnAct(inquiry, FigureKind.DURATION, inquiry.token(2)));
        AnnotatedSentence tracked = IndexedSentence.of("Teams/NNS/team tracked/VBD/track birds/NNS/bird for/IN "
                        + "five/CD years/NNS/year to/TO learn/VB more/JJR ./.",
                "nsubj 2 1;root 0 2;obj 2 3;case 6 4;nummod 6 5;obl:for 2 6;mark 8 7;advcl:to 2 8;obj 8 9;punct 2 10");
        assertFalse(MeasuredSubjects.timesAnAct(tracked, FigureKind.DURATION, tracked.token(1)));
    }
}
