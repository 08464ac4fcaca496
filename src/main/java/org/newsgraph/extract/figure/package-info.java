/**
 * Figures as the text states them: {@link org.newsgraph.extract.figure.FigureParser} reads each number of a sentence
 * and asks one small rule per question (is it a figure at all, its currency or unit, what it counts, which way it
 * moves, its rate, its range, the amount it restates). The word lists they read (units, currencies, change words,
 * qualifiers, plurals) are resource files under {@code src/main/resources/org/newsgraph/extract/}.
 */
package org.newsgraph.extract.figure;
