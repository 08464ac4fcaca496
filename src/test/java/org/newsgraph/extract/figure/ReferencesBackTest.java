package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 41 (s41-quantities, issue 12): a definite pair or trio of organisations and the ways a claim holds count
 * nothing; a number in digits, one without a determiner and a count of things that are no organisation still count.
 */
class ReferencesBackTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the merger of the two companies|two|company",
            "These two major automakers|two|automaker",
            "the deal between the three carmakers|three|carmaker",
            "it helps the environment in two respects|two|respect"})
    void countsNothing(String text, String number, String unit) {
        assertNotNull(ReferencesBack.why(text, text.indexOf(number), number, unit));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The 12 banks that failed|12|bank",
            "Two companies bid for the contract|Two|company",
            "the two projects it funds|two|project",
            "the merger of the five carmakers|five|carmaker"})
    void stillCounts(String text, String number, String unit) {
        assertNull(ReferencesBack.why(text, text.indexOf(number), number, unit));
    }
}
