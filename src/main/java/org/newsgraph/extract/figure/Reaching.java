package org.newsgraph.extract.figure;

/**
 * The words between a noun and the number it reaches ("the death toll has now passed 1,200", "the number of
 * passengers will jump to 70m"), as parts of a regular expression.
 */
final class Reaching {

    /** Verbs of reaching or being, and the auxiliaries and prepositions between them and the number. */
    static final String VERBS = "has|have|had|now|rose|risen|climbed|jumped|jump|grew|grown|fell|fallen|dropped"
            + "|reached|passed|topped|exceeded|hit|stood|stands|is|was|at|to|increased|decreased|swelled|soared"
            + "|officially|already|could|may|might|will|would|rise|climb|reach|exceed|top|be|pass|surpass|surpassed"
            + "|grow";

    /** A qualifier before the number, with its space, or nothing. */
    static final String QUALIFIER = "(?:(?:about|around|nearly|almost|over|more than|at least|some|roughly"
            + "|approximately|an estimated|just over|just under)\\s+)?";

    private Reaching() {
    }
}
