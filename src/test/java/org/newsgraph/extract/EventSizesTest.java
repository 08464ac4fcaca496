package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.IndexedSentence;

/**
 * Session 37 (s37-news, issue 12): a length written before a noun of movement it modifies ("after a 12-metre fall")
 * is the size of that event; a change written so ("a 5% fall") or a length before any other noun is none.
 */
class EventSizesTest {

    private static final AnnotatedSentence FALL = IndexedSentence.of("A/DT walker/NN was/VBD/be hurt/VBN/hurt "
                    + "after/IN a/DT 12-metre/JJ fall/NN ./.",
            "det 2 1;nsubj:pass 4 2;aux:pass 4 3;root 0 4;case 8 5;det 8 6;amod 8 7;obl:after 4 8;punct 4 9");

    @Test
    void aLengthBeforeANounOfMovementIsThatEventsSize() {
        Token fall = FALL.token(7);
        assertEquals(fall, EventSizes.event(FALL, List.of(FALL.token(6)), FigureKind.MEASUREMENT));
    }

    @Test
    void aChangeOrALengthBeforeAnotherNounIsNone() {
        assertNull(EventSizes.event(FALL, List.of(FALL.token(6)), FigureKind.CHANGE));
        AnnotatedSentence wall = IndexedSentence.of("They/PRP built/VBD/build a/DT 12-metre/JJ wall/NN ./.",
                "nsubj 2 1;root 0 2;det 5 3;amod 5 4;obj 2 5;punct 2 6");
        assertNull(EventSizes.event(wall, List.of(wall.token(3)), FigureKind.MEASUREMENT));
        AnnotatedSentence apart = IndexedSentence.of("It/PRP fell/VBD/fall 12/CD metres/NNS/metre ./.",
                "nsubj 2 1;root 0 2;nummod 4 3;obl:npmod 2 4;punct 2 5");
        assertNull(EventSizes.event(apart, List.of(apart.token(2), apart.token(3)), FigureKind.MEASUREMENT));
    }
}
