package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Up to" after a verb of movement names the level reached; elsewhere it is "at most". */
class UpToLevelsTest {

    @Test
    void afterAVerbOfMovementUpToIsTheLevel() {
        assertTrue(UpToLevels.isLevel("up to", "Ticket prices will go "));
        assertTrue(UpToLevels.isLevel("up to", "Unemployment went "));
        assertTrue(UpToLevels.isLevel("up  to", "The fare edged "));
        assertTrue(UpToLevels.isLevel("Up to", "Rents climbed ")); // a change verb of increase
    }

    @Test
    void elsewhereUpToIsAtMost() {
        assertFalse(UpToLevels.isLevel("up to", "Rents could rise by "));
        assertFalse(UpToLevels.isLevel("up to", "The phone will cost "));
        assertFalse(UpToLevels.isLevel("up to", "gusts of "));
        assertFalse(UpToLevels.isLevel("up to", ""));
        assertFalse(UpToLevels.isLevel("as much as", "Prices went "));
    }
}
