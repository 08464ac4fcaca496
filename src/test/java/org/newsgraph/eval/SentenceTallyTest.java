package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceTallyTest {

    @Test
    void aSentenceIsOneExampleRightOnlyWhenAllItsAnswersAre() {
        SentenceTally tally = new SentenceTally();
        // four counts of one sentence, all right: one right sentence of fold a, MEANTIME gold
        for (int i = 0; i < 4; i++) {
            tally.add("0\tfleet-article\tsentence 3", 0, 0, true);
        }
        // three loans of another sentence, one wrong: one wrong sentence of fold b
        tally.add("0\tloan-article\tsentence 5", 0, 1, true);
        tally.add("0\tloan-article\tsentence 5", 0, 1, false);
        tally.add("0\tloan-article\tsentence 5", 0, 1, true);
        // the own gold's sentence of the same index in another article is another sentence
        tally.add("1\tloan-article\tsentence 5", 1, 1, true);
        assertArrayEquals(new Accuracy[] {new Accuracy(1, 2), new Accuracy(1, 1), new Accuracy(1, 1),
                new Accuracy(1, 2)}, tally.row());
        assertEquals(new Accuracy(7, 8), tally.figures());
    }

    @Test
    void aWrongAnswerFirstStaysWrong() {
        SentenceTally tally = new SentenceTally();
        tally.add("s", 0, 0, false);
        tally.add("s", 0, 0, true);
        assertArrayEquals(new Accuracy[] {new Accuracy(0, 1), Accuracy.NONE, new Accuracy(0, 1), Accuracy.NONE},
                tally.row());
    }
}
