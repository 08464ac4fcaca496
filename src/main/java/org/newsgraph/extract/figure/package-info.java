/**
 * Figures: the word lists a figure is read with (units, organisation nouns, change nouns), loaded from resource files
 * under {@code src/main/resources/org/newsgraph/extract/} so that they can be extended without touching Java, and
 * shared by every reader that needs them.
 */
package org.newsgraph.extract.figure;
