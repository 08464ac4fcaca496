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

    /**
     * The change a noun made on its way to the number ("subscribers rose 12% to 3.1 million", "the number of
     * branches fell by 4 percent to 1,150"), as one more word between the noun and the number.
     */
    static final String CHANGE = "(?:by\\s+)?(?:about\\s+|nearly\\s+|almost\\s+|some\\s+)?\\d+(?:\\.\\d+)?\\s?"
            + "(?:%|percent\\b|per\\s+cent\\b)";

    private Reaching() {
    }
}
