package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The steps a row of subject-resolution-evidence.tsv counts, read from its second column. */
class ResolutionStepsTest {

    @ParameterizedTest(name = "{0} counts {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "previous-subject, previous-subject/sole | previous-subject | true",
        "previous-subject, previous-subject/sole | previous-subject/sole | true",
        "previous-subject, previous-subject/sole | previous-subject/noun | false",
        "previous-subject/alone*, previous-subject/noun/alone* | previous-subject/noun/alone/sole | true",
        "previous-subject/alone*, previous-subject/noun/alone* | previous-subject/noun | false",
        "same-sentence*/sole, described*/sole, conjunction*/sole | same-sentence/alone/sole | true",
        "same-sentence*/sole, described*/sole, conjunction*/sole | same-sentence | false",
        "same-sentence*/sole, described*/sole, conjunction*/sole | singular-they/alone/sole | false",
        "same-sentence*, described*, conjunction* (not sole) | described/noun | true",
        "same-sentence*, described*, conjunction* (not sole) | same-sentence | true",
        "same-sentence*, described*, conjunction* (not sole) | same-sentence/alone/sole | false",
        "same-sentence*, described*, conjunction* (not sole) | quote-speaker | false",
    })
    void aRowCountsTheStepsItNames(String column, String step, boolean counts) {
        assertEquals(counts, ResolutionSteps.parse("group", column).counts(step));
    }

    @Test
    void aColumnThatIsNotStepsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ResolutionSteps.parse("group", "same sentence; described"));
    }

    @Test
    void theBundledTableNamesStepsForEveryRow() {
        assertEquals(6, ResolutionSteps.bundled().groups().size());
    }
}
