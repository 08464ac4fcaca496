/**
 * SPARQL over a built site's graph ({@code site/data/graph.trig}): a read-only dataset whose default graph is the
 * union of the per-article graphs, the limits every query runs under, and the terminal's result formats.
 */
package org.newsgraph.sparql;
